package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdIndexProperties {
  private static final Function<Object, String> ID = o -> (String) o;

  @Property(tries = 300)
  void findsEveryIdAtItsPositionAcrossListsAndNothingElse(
      @ForAll @Size(max = 300)
          Set<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> ids,
      @ForAll @Size(max = 20) List<@AlphaChars @StringLength(min = 1, max = 7) String> probes) {
    List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
    int cut = all.size() / 3;
    IdIndex index = IdIndex.of(ID, all.subList(0, cut), all.subList(cut, all.size()));
    assertEquals(all.size(), index.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i, index.find(all.get(i)));
      assertEquals(all.get(i), index.id(i));
    }
    for (String p : probes) {
      assertEquals(all.indexOf(p), index.find(p));
    }
  }

  @Test
  void sequentialIdsOfALargePlanAreAllFound() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      ids.add("p" + i + ".k" + (i % 5));
    }
    IdIndex index = IdIndex.of(ID, ids);
    for (int i = 0; i < ids.size(); i += 7) {
      assertEquals(i, index.find(ids.get(i)));
    }
    assertEquals(-1, index.find("p200000.k0"));
  }

  @Test
  void aRepeatedIdIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> IdIndex.of(ID, List.of("a", "b"), List.of("a")));
    assertTrue(e.getMessage().contains("position 2"), e.getMessage());
  }

  @Test
  void repeatsAreReportedAndFoundAtTheirFirstPosition() {
    List<String> repeats = new ArrayList<>();
    IdIndex index =
        IdIndex.of(
            ID,
            (p, first) -> repeats.add(p + "->" + first),
            List.of("a", "b", "a"),
            List.of("b", "c"));
    assertEquals(List.of("2->0", "3->1"), repeats);
    assertEquals(0, index.find("a"));
    assertEquals(1, index.find("b"));
    assertEquals(4, index.find("c"));
    assertEquals("a", index.id(2));
  }

  @Test
  void anEmptyIndexFindsNothing() {
    assertEquals(-1, IdIndex.of(ID).find("x"));
  }
}

package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PersistentVectorProperties {

  @Property(tries = 200)
  void behavesLikeAnArrayListUnderAppendsAndSets(
      @ForAll @IntRange(min = 0, max = 40_000) int size,
      @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 1_000_000) Integer> sets) {
    PersistentVector<Integer> v = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    List<PersistentVector<Integer>> versions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      v = v.append(i);
      model.add(i);
      if (i % 997 == 0) {
        versions.add(v);
      }
    }
    for (int s : sets) {
      if (size > 0) {
        int index = s % size;
        v = v.with(index, -s);
        model.set(index, -s);
      }
    }
    assertEquals(model, v);
    assertEquals(model.hashCode(), v.hashCode());
    // older versions are untouched by later appends and sets
    for (PersistentVector<Integer> old : versions) {
      for (int i = 0; i < old.size(); i++) {
        assertEquals(i, old.get(i));
      }
    }
  }

  @Test
  void isReadOnlyAndChecksIndexes() {
    PersistentVector<String> v = PersistentVector.<String>empty().append("a");
    assertThrows(UnsupportedOperationException.class, () -> v.add("b"));
    assertThrows(IndexOutOfBoundsException.class, () -> v.get(1));
    assertEquals(List.of("a"), v);
  }
}

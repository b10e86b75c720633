package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link SparseVector} against a map from index to value. */
class SparseVectorProperties {

  @Property(tries = 300)
  void behavesLikeAMapFromIndexToValue(
      @ForAll @IntRange(min = 1, max = 70_000) int length,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> puts,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> probes) {
    SparseVector<Integer> vector = SparseVector.empty(length);
    SparseVector<Integer> empty = vector;
    Map<Integer, Integer> model = new HashMap<>();
    for (int p : puts) {
      // every other put lands on a slot already written, when there is one
      int index = p % 2 == 1 && !model.isEmpty() ? model.keySet().iterator().next() : p % length;
      vector = vector.with(index, p);
      model.put(index, p);
    }

    assertEquals(length, vector.length());
    assertEquals(model.size(), vector.size());
    for (Map.Entry<Integer, Integer> e : model.entrySet()) {
      assertEquals(e.getValue(), vector.get(e.getKey()), () -> "slot " + e.getKey());
    }
    for (int probe : probes) {
      int index = probe % length;
      assertEquals(model.get(index), vector.get(index), () -> "slot " + index);
      assertNull(empty.get(index), "an earlier version is untouched");
    }
    if (length <= 2_000) {
      for (int i = 0; i < length; i++) {
        assertEquals(model.get(i), vector.get(i), "slot " + i);
      }
    }
    assertEquals(0, empty.size());
  }

  @Test
  void slotsOnEveryLevelOfALargeVectorKeepTheirValues() {
    int length = 1 << 21;
    SparseVector<String> vector = SparseVector.empty(length);
    int[] indexes = {0, 31, 32, 1023, 1024, 32_767, 32_768, length - 1};
    for (int i : indexes) {
      vector = vector.with(i, "v" + i);
    }
    for (int i : indexes) {
      assertEquals("v" + i, vector.get(i));
    }
    assertNull(vector.get(33));
    assertNull(vector.get(length - 2));
    assertEquals(indexes.length, vector.size());
  }

  @Test
  void anEmptyVectorOfNoSlotsIsAllowedAndANegativeLengthIsNot() {
    assertEquals(0, SparseVector.empty(0).length());
    assertEquals(
        "length -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> SparseVector.empty(-1)).getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> SparseVector.empty(5).get(5));
  }
}

package org.okrkit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoubleChunksTest {

  @Test
  void filledHoldsTheValueInEverySlotOfEveryChunk() {
    for (int length : new int[] {0, 1, 1023, 1024, 1025, 2047, 3000}) {
      DoubleChunks d = DoubleChunks.filled(length, Double.NaN);
      assertEquals(length, d.length());
      for (int i = 0; i < length; i++) {
        assertEquals(Double.NaN, d.get(i), "slot " + i + " of " + length);
      }
    }
    DoubleChunks sevens = DoubleChunks.filled(2050, 7);
    assertEquals(7.0, sevens.get(0));
    assertEquals(7.0, sevens.get(1024));
    assertEquals(7.0, sevens.get(2049));
  }

  @Test
  void aCopySharesNothingThatItChanges() {
    DoubleChunks original = DoubleChunks.filled(3000, 0);
    original.set(5, 1);
    original.set(2500, 2);
    DoubleChunks copy = original.copy();
    copy.set(5, 10);
    copy.set(1500, 20);
    assertEquals(1.0, original.get(5));
    assertEquals(0.0, original.get(1500));
    assertEquals(10.0, copy.get(5));
    assertEquals(20.0, copy.get(1500));
    // an untouched chunk reads the same, and a second change to a chunk stays in the copy
    assertEquals(2.0, copy.get(2500));
    copy.set(6, 11);
    assertEquals(0.0, original.get(6));
    assertEquals(11.0, copy.get(6));
    // and a copy of the copy leaves the copy alone
    DoubleChunks again = copy.copy();
    again.set(5, 100);
    assertEquals(10.0, copy.get(5));
    assertEquals(3000, again.length());
  }
}

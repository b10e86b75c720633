package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How numbers read in messages and explanations. */
class NumbersTest {

  @Test
  void readableDropsBinaryFractionNoise() {
    assertEquals("0.6", Numbers.readable(0.6000000000000001));
    assertEquals("0.6", Numbers.readable(0.5999999999999991));
    assertEquals("0.28", Numbers.readable(0.27999999999999997));
    assertEquals("0.3", Numbers.readable(0.1 + 0.2));
  }

  @Test
  void readableKeepsAtMostTenSignificantDigits() {
    assertEquals("0.5666666667", Numbers.readable(0.5666666666666667));
    assertEquals("0.3666666667", Numbers.readable(0.36666666666666475));
    assertEquals("0.4320833333", Numbers.readable(0.43208333333333326));
    assertEquals("12345678900", Numbers.readable(12_345_678_901.0));
    assertEquals("0.00001234567891", Numbers.readable(0.0000123456789123));
  }

  @Test
  void readableWritesWholeNumbersWithoutAFractionAndNeverInScientificNotation() {
    assertEquals("120", Numbers.readable(120.0));
    assertEquals("1300000", Numbers.readable(1_300_000));
    assertEquals("-20", Numbers.readable(-20));
    assertEquals("0", Numbers.readable(0.0));
    assertEquals("0", Numbers.readable(-0.0));
    assertEquals("100000000000000000000", Numbers.readable(1e20));
    assertEquals("0.000015", Numbers.readable(0.000015));
  }

  @Test
  void readableNeverRoundsTheLargestDoubleToInfinity() {
    assertEquals(
        Double.MAX_VALUE,
        Double.parseDouble(Numbers.readable(Double.MAX_VALUE)),
        1e-9 * Double.MAX_VALUE);
    assertEquals(
        -Double.MAX_VALUE,
        Double.parseDouble(Numbers.readable(-Double.MAX_VALUE)),
        1e-9 * Double.MAX_VALUE);
  }

  @Test
  void readableSpellsNonFiniteValuesAsJavaDoes() {
    assertEquals("NaN", Numbers.readable(Double.NaN));
    assertEquals("Infinity", Numbers.readable(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", Numbers.readable(Double.NEGATIVE_INFINITY));
  }

  @Test
  void readableAgreesWithPlainOnShortNumbers() {
    for (double x : new double[] {96.8, 2.5, -1.4, 0.65, 1_150_000, 0.001, 123456.789}) {
      assertEquals(Numbers.plain(x), Numbers.readable(x));
    }
  }
}

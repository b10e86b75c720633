package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of {@link Numbers#readable}. */
class NumbersProperties {

  /**
   * Every finite double is as likely as its bit pattern: tiny, huge and subnormal values included,
   * and shrinking stays cheap (jqwik's own doubles go through BigDecimal).
   */
  @Provide
  Arbitrary<Double> anyDouble() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
        Arbitraries.doubles().between(-1e7, 1e7),
        Arbitraries.of(
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.1 + 0.2));
  }

  @Property
  void readableParsesBackWithinARelativeBillionth(@ForAll("anyDouble") double x) {
    double back = Double.parseDouble(Numbers.readable(x));
    assertTrue(
        Math.abs(back - x) <= 1e-9 * Math.abs(x), () -> x + " read as " + Numbers.readable(x));
  }

  @Property
  void readableHasAtMostTenSignificantDigitsInPlainNotation(@ForAll("anyDouble") double x) {
    String text = Numbers.readable(x);
    assertFalse(text.contains("E") || text.contains("e"), text);
    assertTrue(new BigDecimal(text).stripTrailingZeros().precision() <= 10, text);
    assertFalse(text.contains(".") && text.endsWith("0"), text);
    assertFalse(text.endsWith("."), text);
  }

  @Property
  void readableWritesAShortDecimalExactlyAsItIsWritten(
      @ForAll @LongRange(min = -9_999_999_999L, max = 9_999_999_999L) long digits,
      @ForAll @IntRange(min = 0, max = 12) int decimals) {
    BigDecimal written = BigDecimal.valueOf(digits, decimals);
    double x = written.doubleValue();
    String expected = written.signum() == 0 ? "0" : written.stripTrailingZeros().toPlainString();
    assertEquals(expected, Numbers.readable(x));
    assertEquals(Numbers.plain(x), Numbers.readable(x));
  }
}

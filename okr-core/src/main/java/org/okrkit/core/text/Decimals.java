package org.okrkit.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Computed numbers as a {@link Phrasebook} writes them into text for people: {@link #readable} for
 * {@code {name}}, {@link #rounded} for {@code {name:3}} and {@code {name:score}}.
 * Locale-independent: a number reads the same on every host. {@link org.okrkit.core.Numbers} offers
 * the same two functions beside {@link org.okrkit.core.Numbers#plain}.
 */
public final class Decimals {
  private Decimals() {}

  private static final MathContext TEN_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);
  private static final MathContext TEN_DIGITS_DOWN = new MathContext(10, RoundingMode.DOWN);

  /**
   * {@code value} as a person reads a computed number: the shortest decimal of at most ten
   * significant digits, in plain notation, with trailing zeros dropped and a whole number without a
   * fraction. Binary-fraction noise goes ({@code 0.6000000000000001} is {@code 0.6}, {@code
   * 0.27999999999999997} is {@code 0.28}), long fractions are cut to ten digits ({@code
   * 0.5666666666666667} is {@code 0.5666666667}), and so are long whole numbers ({@code
   * 12345678901} is {@code 12345678900}). Negative zero reads {@code 0}; NaN and the infinities as
   * Java spells them.
   *
   * <p>For a finite {@code value} the text parses back to within a relative {@code 5e-10} of it,
   * and a number of at most ten significant digits ({@code 96.8}, {@code 1300000}) reads exactly as
   * {@link org.okrkit.core.Numbers#plain} writes it.
   */
  public static String readable(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e10) {
      // a whole number of at most ten digits, negative zero included, as it is
      return Long.toString((long) value);
    }
    // the exact binary value, rounded once: rounding the shortest decimal again could round twice
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded = exact.round(TEN_DIGITS);
    if (Double.isInfinite(rounded.doubleValue())) {
      // next to Double.MAX_VALUE rounding up would read back as infinity
      rounded = exact.round(TEN_DIGITS_DOWN);
    }
    return rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * {@code value} rounded half up to at most {@code decimals} places, in plain notation with
   * trailing zeros dropped: {@code rounded(0.4833333, 3)} is {@code 0.483}, {@code rounded(1.0, 3)}
   * is {@code 1}. Scores and shares are shown this way to people (three places). NaN and the
   * infinities as Java spells them.
   *
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public static String rounded(double value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be at least 0, got " + decimals);
    }
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value)
        .setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}

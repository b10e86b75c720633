package org.okrkit.core;

import java.math.BigDecimal;

/**
 * Numbers as okrkit's messages write them: {@code 120} rather than {@code 120.0}, and the shortest
 * decimal otherwise. Locale-independent: a message reads the same on every host.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code value} as people write it: a whole number without a fraction ({@code 120}), otherwise
   * the shortest decimal that {@link Double#toString} gives, in plain notation ({@code 0.3},
   * {@code 0.000015}); NaN and the infinities as Java spells them.
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}

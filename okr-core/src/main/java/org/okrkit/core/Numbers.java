package org.okrkit.core;

import java.math.BigDecimal;
import org.okrkit.core.text.Decimals;

/**
 * Numbers as okrkit's messages and explanations write them: {@code 120} rather than {@code 120.0},
 * and the shortest decimal otherwise. Locale-independent: a message reads the same on every host.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * {@code value} as people write it: a whole number without a fraction ({@code 120}), otherwise
   * the shortest decimal that {@link Double#toString} gives, in plain notation ({@code 0.3}, {@code
   * 0.000015}); NaN and the infinities as Java spells them.
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
   * {@code value} as a person reads a computed number: the shortest decimal of at most ten
   * significant digits ({@code 0.6000000000000001} is {@code 0.6}), exactly as a {@link
   * org.okrkit.core.text.Phrasebook} writes {@code {name}}; {@link Decimals#readable} states the
   * rules.
   */
  public static String readable(double value) {
    return Decimals.readable(value);
  }

  /**
   * {@code value} rounded half up to at most {@code decimals} places, in plain notation with
   * trailing zeros dropped ({@code rounded(0.4833333, 3)} is {@code 0.483}), exactly as a {@link
   * org.okrkit.core.text.Phrasebook} writes {@code {name:3}}; see {@link Decimals#rounded}.
   *
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public static String rounded(double value, int decimals) {
    return Decimals.rounded(value, decimals);
  }
}

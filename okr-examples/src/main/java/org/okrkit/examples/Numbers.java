package org.okrkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the library's text shows them. */
final class Numbers {
  private Numbers() {}

  /** {@code 0.4833} as {@code 0.483}, {@code 1.0} as {@code 1}: at most three decimals. */
  static String score(double value) {
    return new BigDecimal(value)
        .setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}

package org.okrkit.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as explanations show computed results: at most three decimals. */
public final class Display {
  private Display() {}

  /** {@code 0.4833333} as {@code 0.483}, {@code 0.6} as {@code 0.6}, {@code 1.0} as {@code 1}. */
  public static String score(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}

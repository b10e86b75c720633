package org.okrkit.scoring.internal;

/** Numbers as explanations show computed results: at most three decimals. */
public final class Display {
  private Display() {}

  /** {@code 0.4833333} as {@code 0.483}, {@code 0.6} as {@code 0.6}, {@code 1.0} as {@code 1}. */
  public static String score(double value) {
    return org.okrkit.core.Numbers.rounded(value, 3);
  }
}

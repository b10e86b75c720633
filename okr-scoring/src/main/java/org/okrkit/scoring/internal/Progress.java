package org.okrkit.scoring.internal;

import org.okrkit.scoring.ScoringInput;

/**
 * Progress toward a target, in the two forms the scorecard reports: {@linkplain #signed signed},
 * the linear {@link Achievement} as it is (below 0 when the value moved away from the target, past
 * the baseline; above 1 beyond the target), and {@linkplain #clamped clamped} to [0, 1], the form
 * pace and status compare with the expected progress. The clamped form is the signed one clamped,
 * never a formula of its own; the compiled progress batch ({@code Strategies.linear()}) gives the
 * same numbers bit for bit.
 */
public final class Progress {
  private Progress() {}

  /**
   * The signed progress of {@code in}: {@link Achievement#of}, finite for a valid input, with a
   * negative zero read as 0.
   */
  public static double signed(ScoringInput in) {
    // + 0.0 turns -0.0 (a value at the baseline of a decreasing target) into 0.0
    return Achievement.of(in) + 0.0;
  }

  /** The progress of {@code in} clamped to [0, 1]: {@link #signed} clamped. */
  public static double clamped(ScoringInput in) {
    return Achievement.clamp(signed(in), 0, 1);
  }

  /**
   * Whether a clamped progress of {@code clamped} is already the signed progress: it lies strictly
   * inside (0, 1), where clamping changed nothing.
   */
  public static boolean isSigned(double clamped) {
    return clamped > 0 && clamped < 1;
  }
}

package org.okrkit.scoring;

import org.immutables.value.Value;

/**
 * A point of a payout table or curve: an achievement (0 at the baseline, 1 at the target) and the
 * score it earns. See {@link Strategies#stepped} and {@link Strategies#curve}.
 */
@Value.Immutable
public abstract sealed class Point implements java.io.Serializable permits ImmutablePoint {
  private static final long serialVersionUID = 1L;

  Point() {}

  /** The achievement: 0 at the baseline, 1 at the target, above 1 beyond it. */
  @Value.Parameter
  public abstract double achievement();

  /** The score earned at that achievement. */
  @Value.Parameter
  public abstract double score();

  /** A point. */
  public static Point of(double achievement, double score) {
    return ImmutablePoint.of(achievement, score);
  }

  /** {@code achievement -> score}. */
  @Override
  public final String toString() {
    return org.okrkit.core.Numbers.plain(achievement())
        + " -> "
        + org.okrkit.core.Numbers.plain(score());
  }
}

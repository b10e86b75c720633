package org.okrkit.scoring;

/**
 * The built-in {@link Aggregation aggregations}, immutable values that print their parameters. All
 * of them are symmetric (the children's order does not matter), give back the score when every
 * child has the same one (within the cap of {@link #cappedWeightedSum}), do not change when every
 * weight is multiplied by the same factor, and never fall when a child's score rises.
 */
public final class Aggregations {
  private Aggregations() {}

  /** {@code Σ w·s / Σ w}: the default for objectives and owners. */
  public static Aggregation weightedMean() {
    return BuiltInAggregation.WeightedMean.INSTANCE;
  }

  /** The lowest child score: a chain is as strong as its weakest link. Weights play no part. */
  public static Aggregation minimum() {
    return BuiltInAggregation.Minimum.INSTANCE;
  }

  /**
   * {@code Π s^(w / Σ w)}: like the mean, but a weak child pulls harder, and a child scoring 0
   * makes the result 0.
   */
  public static Aggregation geometricMean() {
    return BuiltInAggregation.GeometricMean.INSTANCE;
  }

  /**
   * A gate: the weighted mean when every child scores at least {@code passMark}, otherwise the
   * lowest child score. With binary children and pass mark 1 it is 1 only when all pass.
   *
   * @throws IllegalArgumentException if {@code passMark} is negative or not finite
   */
  public static Aggregation allMustPass(double passMark) {
    return new BuiltInAggregation.AllMustPass(passMark);
  }

  /**
   * The weighted sum with weights taken as shares of their total (0.4, 0.3, 0.3 is 40 %, 30 %, 30
   * %), capped at {@code cap}: over-achievement in one child makes up for another, but only up to
   * the cap. Equal to {@code min(cap, weightedMean)}.
   *
   * @throws IllegalArgumentException if {@code cap} is not finite and above 0
   */
  public static Aggregation cappedWeightedSum(double cap) {
    return new BuiltInAggregation.CappedWeightedSum(cap);
  }
}

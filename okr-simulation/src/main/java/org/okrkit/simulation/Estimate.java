package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * A metric summarised over trials: the mean of its per-trial values, their standard deviation
 * (divisor {@code N − 1}), and a confidence interval for the mean, {@code mean ± z·sd/√N} with
 * {@code z} the standard normal quantile of the spec's confidence level, clipped to the metric's
 * range. With a single trial the standard deviation is 0 and the interval is the mean itself. Sums
 * run in trial order, so the estimate does not depend on how trials were spread over threads.
 */
@Value.Immutable
public abstract sealed class Estimate permits ImmutableEstimate {

  Estimate() {}

  /** The mean over trials. */
  public abstract double mean();

  /** The lower end of the confidence interval; at most {@link #mean()}. */
  public abstract double lower();

  /** The upper end of the confidence interval; at least {@link #mean()}. */
  public abstract double upper();

  /** The standard deviation of the per-trial values. */
  public abstract double sd();

  /** The number of trials summarised. */
  public abstract int trials();

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Estimate}. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }
}

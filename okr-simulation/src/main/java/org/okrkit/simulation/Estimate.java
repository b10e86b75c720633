package org.okrkit.simulation;

import java.util.List;
import org.immutables.value.Value;
import org.okrkit.simulation.internal.Stats;

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

  /**
   * The estimates of one quantity from independent samples (a sweep's seeds) pooled as one sample:
   * the mean weighted by trials, the standard deviation of all the values from the samples' means
   * and standard deviations ({@code Σ (n − 1)·sdₖ² + n·(meanₖ − mean)²} over {@code N − 1}), and
   * {@code mean ± z·sd/√N} at {@code confidence}, clipped to {@code [lowest, highest]}.
   */
  static Estimate pool(List<Estimate> estimates, double lowest, double highest, double confidence) {
    long total = 0;
    double sum = 0;
    for (Estimate e : estimates) {
      total += e.trials();
      sum += e.mean() * e.trials();
    }
    double mean = sum / (double) total;
    double squares = 0;
    for (Estimate e : estimates) {
      double d = e.mean() - mean;
      squares += (e.trials() - 1) * e.sd() * e.sd() + e.trials() * d * d;
    }
    double sd = total > 1 ? Math.sqrt(squares / (double) (total - 1)) : 0.0;
    double z = Stats.normalQuantile((1 + confidence) / 2);
    double m = Math.max(lowest, Math.min(highest, mean));
    double half = z * sd / Math.sqrt((double) total);
    return Estimate.builder()
        .mean(m)
        .lower(Math.min(m, Math.max(lowest, m - half)))
        .upper(Math.max(m, Math.min(highest, m + half)))
        .sd(sd)
        .trials((int) Math.min(Integer.MAX_VALUE, total))
        .build();
  }
}

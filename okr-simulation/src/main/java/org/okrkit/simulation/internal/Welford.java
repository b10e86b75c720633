package org.okrkit.simulation.internal;

import org.okrkit.simulation.Estimate;

/**
 * Mean and spread of per-replication values, folded in replication order (Welford's method), and
 * the {@link Estimate} they give: the mean, the standard deviation (divisor {@code N − 1}), and
 * {@code mean ± z·sd/√N} clipped to the quantity's range.
 */
final class Welford {
  int count;
  double mean;
  double m2;

  void add(double x) {
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
  }

  /** The estimate, clipped to {@code [lowest, highest]}, for the normal quantile {@code z}. */
  Estimate estimate(double lowest, double highest, double z) {
    double sd = count > 1 ? Math.sqrt(Math.max(0, m2) / (count - 1)) : 0.0;
    double m = Math.max(lowest, Math.min(highest, mean));
    double half = z * sd / Math.sqrt(count);
    return Estimate.builder()
        .mean(m)
        .lower(Math.min(m, Math.max(lowest, m - half)))
        .upper(Math.max(m, Math.min(highest, m + half)))
        .sd(sd)
        .trials(count)
        .build();
  }
}

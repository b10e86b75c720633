package org.okrkit.simulation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link WorkforceSweep} gave: one {@link WorkforceResult} per {@linkplain
 * WorkforceSweep#cells() cell}, in the sweep's cell order, each with every arm's {@link Estimate}
 * per period and {@link WorkforceMetric}; and, across the seeds of a setting, a {@linkplain #pooled
 * pooled} estimate, as {@link SweepResult} pools a policy sweep's. Immutable; equal results are
 * bit-identical, which is what two runs of one sweep give, in one JVM or on Spark.
 */
@Value.Immutable
public abstract sealed class WorkforceSweepResult permits ImmutableWorkforceSweepResult {

  WorkforceSweepResult() {}

  /** The sweep run. */
  public abstract WorkforceSweep sweep();

  /** Each cell's result, in the sweep's cell order. */
  public abstract Map<SweepCell, WorkforceResult> results();

  /**
   * The result of the sweep's cells from their results, which must be those of every cell of the
   * sweep: for a host that ran the cells elsewhere (okr-spark's {@code SparkSweep}).
   *
   * @throws IllegalArgumentException if a cell of the sweep has no result, or a result is for a
   *     cell the sweep does not have
   */
  public static WorkforceSweepResult of(
      WorkforceSweep sweep, Map<SweepCell, WorkforceResult> results) {
    ImmutableWorkforceSweepResult.Builder b = ImmutableWorkforceSweepResult.builder().sweep(sweep);
    SweepResult.putInCellOrder(sweep.cells(), results, b::putResult);
    return b.build();
  }

  /**
   * The result of the cell of setting {@code setting} and seed {@code seed}.
   *
   * @throws IllegalArgumentException if the sweep has no such setting or seed
   */
  public final WorkforceResult result(String setting, long seed) {
    return SweepResult.result(results(), sweep().setting(setting), seed, sweep().seeds());
  }

  /**
   * The estimate of {@code metric} in period {@code period} under arm {@code arm} in the cell of
   * {@code setting} and {@code seed}; empty if the metric is not measured in that period.
   *
   * @throws IllegalArgumentException if the sweep has no such setting, seed or arm
   * @throws IndexOutOfBoundsException unless {@code period} lies from 0 to the study's last period
   */
  public final Optional<Estimate> estimate(
      String setting, long seed, String arm, int period, WorkforceMetric metric) {
    return result(setting, seed).arm(arm).estimate(period, metric);
  }

  /**
   * The estimate of {@code metric} in period {@code period} under arm {@code arm} across every seed
   * of setting {@code setting}: the companies of all its cells taken as one sample of {@code N =
   * seeds × companies}, since each seed's companies are independent draws, pooled as {@link
   * SweepResult#pooled} pools trials. Empty if the metric is not measured in that period.
   *
   * @throws IllegalArgumentException if the sweep has no such setting or arm
   * @throws IndexOutOfBoundsException unless {@code period} lies from 0 to the study's last period
   */
  public final Optional<Estimate> pooled(
      String setting, String arm, int period, WorkforceMetric metric) {
    return SweepResult.pooled(
        results(),
        sweep().setting(setting),
        sweep().seeds(),
        r -> r.arm(arm).estimate(period, metric),
        metric.lowest(),
        metric.highest(),
        sweep().spec().confidence());
  }
}

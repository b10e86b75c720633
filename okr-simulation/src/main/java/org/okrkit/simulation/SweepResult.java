package org.okrkit.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Sweep} gave: one {@link SimulationResult} per {@linkplain Sweep#cells() cell}, in
 * the sweep's cell order, each with every arm's {@link Estimate} per {@link Metric}; and, across
 * the seeds of a setting, a {@linkplain #pooled pooled} estimate. Immutable; equal results are
 * bit-identical, which is what two runs of one sweep give, in one JVM or on Spark.
 */
@Value.Immutable
public abstract sealed class SweepResult permits ImmutableSweepResult {

  SweepResult() {}

  /** The sweep run. */
  public abstract Sweep sweep();

  /** Each cell's result, in the sweep's cell order. */
  public abstract Map<SweepCell, SimulationResult> results();

  /**
   * The result of the sweep's cells from their results, which must be those of every cell of the
   * sweep: for a host that ran the cells elsewhere (okr-spark's {@code SparkSweep}).
   *
   * @throws IllegalArgumentException if a cell of the sweep has no result, or a result is for a
   *     cell the sweep does not have
   */
  public static SweepResult of(Sweep sweep, Map<SweepCell, SimulationResult> results) {
    ImmutableSweepResult.Builder b = ImmutableSweepResult.builder().sweep(sweep);
    putInCellOrder(sweep.cells(), results, b::putResult);
    return b.build();
  }

  /**
   * The result of the cell of setting {@code setting} and seed {@code seed}.
   *
   * @throws IllegalArgumentException if the sweep has no such setting or seed
   */
  public final SimulationResult result(String setting, long seed) {
    return result(results(), sweep().setting(setting), seed, sweep().seeds());
  }

  /**
   * The estimate of {@code metric} under arm {@code arm} in the cell of {@code setting} and {@code
   * seed}; empty if the arm does not report the metric.
   *
   * @throws IllegalArgumentException if the sweep has no such setting, seed or arm
   */
  public final Optional<Estimate> estimate(String setting, long seed, String arm, Metric metric) {
    return result(setting, seed).arm(arm).estimate(metric);
  }

  /**
   * The estimate of {@code metric} under arm {@code arm} across every seed of setting {@code
   * setting}: the trials of all its cells taken as one sample of {@code N = seeds × trials} trials,
   * since each seed's trials are independent draws. The mean is the mean of the cells' means (each
   * cell has the same trials); the standard deviation that of all {@code N} per-trial values, from
   * the cells' means and standard deviations ({@code Σ (n − 1)·sdₖ² + n·(meanₖ − mean)²} over
   * {@code N − 1}); the interval {@code mean ± z·sd/√N} at the spec's confidence, clipped to the
   * metric's range, as {@link Estimate} describes. Empty if the arm does not report the metric.
   *
   * @throws IllegalArgumentException if the sweep has no such setting or arm
   */
  public final Optional<Estimate> pooled(String setting, String arm, Metric metric) {
    return pooled(
        results(),
        sweep().setting(setting),
        sweep().seeds(),
        r -> r.arm(arm).estimate(metric),
        metric.lowest(),
        metric.highest(),
        sweep().spec().confidence());
  }

  /**
   * Checks that {@code results} holds a result for each of {@code cells} and no other, then hands
   * each cell and its result to {@code put} in the cells' order: for a policy or a workforce
   * sweep's result.
   *
   * @throws IllegalArgumentException if a cell has no result, or a result is for another cell
   */
  static <R> void putInCellOrder(
      List<SweepCell> cells, Map<SweepCell, R> results, BiConsumer<SweepCell, R> put) {
    if (!results.keySet().equals(new HashSet<>(cells))) {
      throw new IllegalArgumentException(
          "a sweep's result needs a result for each of its "
              + cells.size()
              + " cells and no other; got "
              + results.size()
              + " results for "
              + results.keySet());
    }
    for (SweepCell cell : cells) {
      put.accept(cell, requireResult(results.get(cell)));
    }
  }

  /**
   * The result of the cell of {@code setting} and {@code seed} among {@code results}.
   *
   * @throws IllegalArgumentException if {@code seed} is not among {@code seeds}
   */
  static <R> R result(
      Map<SweepCell, R> results, SweepSetting setting, long seed, List<Long> seeds) {
    R r = results.get(SweepCell.of(setting, seed));
    if (r == null) {
      throw new IllegalArgumentException(
          "no seed " + seed + " in the sweep; the seeds are " + seeds);
    }
    return r;
  }

  /**
   * The estimate that {@code estimate} takes from each seed's result of {@code setting}, pooled
   * over the seeds; empty if any seed's result has none.
   */
  static <R> Optional<Estimate> pooled(
      Map<SweepCell, R> results,
      SweepSetting setting,
      List<Long> seeds,
      Function<R, Optional<Estimate>> estimate,
      double lowest,
      double highest,
      double confidence) {
    List<Estimate> estimates = new ArrayList<>();
    for (long seed : seeds) {
      Optional<Estimate> e =
          estimate.apply(requireResult(results.get(SweepCell.of(setting, seed))));
      if (e.isEmpty()) {
        return Optional.empty();
      }
      estimates.add(e.get());
    }
    return Optional.of(Estimate.pool(estimates, lowest, highest, confidence));
  }

  private static <R> R requireResult(@Nullable R r) {
    return Objects.requireNonNull(r, "every cell has a result");
  }
}

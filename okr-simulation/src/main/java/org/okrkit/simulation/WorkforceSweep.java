package org.okrkit.simulation;

import java.util.List;
import org.immutables.value.Value;

/**
 * A sweep of a workforce study as plain data: one {@link WorkforceSpec} (its population, rules,
 * arms, periods, companies, confidence …) run over a grid of {@linkplain #settings() settings} and
 * a list of {@linkplain #seeds() seeds}, as a {@link Sweep} runs a policy comparison. Every setting
 * meets every seed: the cells are the settings × the seeds ({@link SweepCell}), and each cell runs
 * the study with the setting's outcome model, the setting's {@linkplain SweepSetting#arms() arms}
 * (the study's own when the setting gives none) and the cell's seed ({@link #spec(SweepCell)}),
 * every arm on the same draws.
 *
 * <p>A setting names a whole outcome model and, if it likes, a whole list of arms, so that a grid
 * may vary the personnel rules the study compares (the share dismissed, the turnover, the
 * selection's validity, the rating's validity) as well as the model of outcomes that policy-rated
 * arms see. A cartesian grid is a loop in code:
 *
 * <pre>{@code
 * WorkforceSweep.Builder sweep = WorkforceSweep.builder().spec(study).addSeeds(1, 2, 3);
 * for (double share : new double[] {0.05, 0.1, 0.2}) {
 *   sweep.addSettings(SweepSetting.of("dismiss " + share, study.model(), List.of(
 *       WorkforceArm.builder().name("forced").rating(WorkforceRating.plain(0.5))
 *           .dismissal(Dismissal.lowestShare(share)).build())));
 * }
 * WorkforceSweepResult result = sweep.build().run(0);
 * }</pre>
 *
 * <p>The study's own {@link WorkforceSpec#model() model} and {@link WorkforceSpec#arms() arms} are
 * the base a sweep file's settings change (okr-simulation-io's {@code SweepFiles}). Its {@link
 * WorkforceSpec#seed() seed} is replaced by the first of the seeds when the sweep is built, so two
 * sweeps that run the same cells are equal.
 *
 * <p>A cell's result depends on the cell alone: it is bit for bit {@code
 * WorkforceSimulation.run(spec(cell))}, whichever other cells the sweep holds and in whatever order
 * (on one Java version).
 */
@Value.Immutable
public abstract sealed class WorkforceSweep implements WithWorkforceSweep
    permits ImmutableWorkforceSweep {

  WorkforceSweep() {}

  /** The study every cell runs, with the cell's model, arms and seed. */
  public abstract WorkforceSpec spec();

  /** The settings, at least one, with unique names. */
  public abstract List<SweepSetting> settings();

  /** The seeds, at least one, all different. */
  public abstract List<Long> seeds();

  /** A builder; the spec, at least one setting and at least one seed are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceSweep}. */
  public static final class Builder extends ImmutableWorkforceSweep.Builder {
    Builder() {}
  }

  /**
   * The cells, settings × seeds: every seed of the first setting in the seeds' order, then every
   * seed of the second, and so on.
   */
  @Value.Lazy
  public List<SweepCell> cells() {
    return Sweep.cells(settings(), seeds());
  }

  /**
   * The setting named {@code name}.
   *
   * @throws IllegalArgumentException if there is no such setting, naming the settings there are
   */
  public final SweepSetting setting(String name) {
    return Sweep.setting(settings(), name);
  }

  /**
   * The study that {@code cell} runs: the sweep's study with the cell's model, its setting's arms
   * (unless the setting gives none) and the cell's seed.
   */
  public final WorkforceSpec spec(SweepCell cell) {
    SweepSetting setting = cell.setting();
    WorkforceSpec spec = spec().withModel(setting.model()).withSeed(cell.seed());
    return setting.arms().isEmpty() ? spec : spec.withArms(setting.arms());
  }

  /**
   * Runs every cell, one after the other, each on {@code parallelism} threads (0 for one per
   * available processor); the result is the same for every value.
   *
   * @throws IllegalArgumentException if {@code parallelism} is negative
   * @throws org.okrkit.scoring.PolicyException if an arm's policy names ids or tags the plan does
   *     not have
   * @throws IllegalStateException if a host strategy, aggregation or noise shape breaks its
   *     contract
   */
  public final WorkforceSweepResult run(int parallelism) {
    return WorkforceSweepResult.of(
        this,
        Sweep.runCells(
            cells(),
            parallelism,
            cell -> WorkforceSimulation.compile(spec(cell)).run(parallelism)));
  }

  /** Runs every cell with the study's parallelism: {@code run(spec().parallelism())}. */
  public final WorkforceSweepResult run() {
    return run(spec().parallelism());
  }

  /** {@code WorkforceSweep[3 settings × 5 seeds, 2 arms, 10 periods, 100 companies]}. */
  @Override
  public final String toString() {
    return "WorkforceSweep["
        + settings().size()
        + " settings × "
        + seeds().size()
        + " seeds, "
        + spec().arms().size()
        + " arms, "
        + spec().periods()
        + " periods, "
        + spec().replications()
        + " companies]";
  }

  @Value.Check
  WorkforceSweep check() {
    Sweep.checkGrid(settings(), seeds());
    long first = seeds().get(0);
    return spec().seed() == first ? this : withSpec(spec().withSeed(first));
  }
}

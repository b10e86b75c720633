package org.okrkit.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A policy sweep as plain data: one {@link SimulationSpec} (its population, rules, arms, trials,
 * confidence …) run over a grid of outcome-model {@linkplain #settings() settings} and a list of
 * {@linkplain #seeds() seeds}. Every setting meets every seed: the sweep's {@linkplain #cells()
 * cells} are the settings × the seeds, and each cell runs the spec with the setting's model and the
 * cell's seed ({@link #spec(SweepCell)}), every arm on the same draws. The arms are the spec's.
 *
 * <p>The grid is a list of named points, not axes: a point names a whole {@link OutcomeModel}, so
 * that a grid may be irregular (a few settings of interest) or a cartesian product of axes, which
 * is a loop in code:
 *
 * <pre>{@code
 * Sweep.Builder sweep = Sweep.builder().spec(spec).addSeeds(1, 2, 3);
 * for (double alpha : new double[] {0.1, 0.2, 0.4}) {
 *   for (double noise : new double[] {0.1, 0.3}) {
 *     sweep.addSetting(SweepSetting.of("α=" + alpha + " noise=" + noise,
 *         spec.model().withAbilityWeight(alpha).withNoise(Noise.normal(noise))));
 *   }
 * }
 * SweepResult result = sweep.build().run(0);
 * }</pre>
 *
 * <p>The spec's own {@link SimulationSpec#model() model} is the base a sweep file's settings change
 * (okr-simulation-io's {@code SweepFiles}); no cell runs it unless a setting names it. Its {@link
 * SimulationSpec#seed() seed} is replaced by the first of the seeds when the sweep is built, so two
 * sweeps that run the same cells are equal.
 *
 * <p>A cell's result depends on the cell alone: it is bit for bit {@code
 * Simulation.run(spec(cell))}, whichever other cells the sweep holds and in whatever order (on one
 * Java version).
 */
@Value.Immutable
public abstract sealed class Sweep implements WithSweep permits ImmutableSweep {

  Sweep() {}

  /** The spec every cell runs, with the cell's model and seed. */
  public abstract SimulationSpec spec();

  /** The outcome-model settings, at least one, with unique names; none gives {@code arms}. */
  public abstract List<SweepSetting> settings();

  /** The seeds, at least one, all different. */
  public abstract List<Long> seeds();

  /** A builder; the spec, at least one setting and at least one seed are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sweep}. */
  public static final class Builder extends ImmutableSweep.Builder {
    Builder() {}
  }

  /**
   * The cells, settings × seeds: every seed of the first setting in the seeds' order, then every
   * seed of the second, and so on.
   */
  @Value.Lazy
  public List<SweepCell> cells() {
    return cells(settings(), seeds());
  }

  /**
   * The setting named {@code name}.
   *
   * @throws IllegalArgumentException if there is no such setting, naming the settings there are
   */
  public final SweepSetting setting(String name) {
    return setting(settings(), name);
  }

  /** The spec that {@code cell} runs: the sweep's spec with the cell's model and seed. */
  public final SimulationSpec spec(SweepCell cell) {
    return spec().withModel(cell.setting().model()).withSeed(cell.seed());
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
  public final SweepResult run(int parallelism) {
    return SweepResult.of(
        this,
        runCells(cells(), parallelism, cell -> Simulation.compile(spec(cell)).run(parallelism)));
  }

  /** Runs every cell with the spec's parallelism: {@code run(spec().parallelism())}. */
  public final SweepResult run() {
    return run(spec().parallelism());
  }

  /** {@code Sweep[3 settings × 5 seeds, 2 arms, 200 trials]}. */
  @Override
  public final String toString() {
    return "Sweep["
        + settings().size()
        + " settings × "
        + seeds().size()
        + " seeds, "
        + spec().arms().size()
        + " arms, "
        + spec().trials()
        + " trials]";
  }

  static String names(List<SweepSetting> settings) {
    return settings.stream()
        .map(s -> "'" + s.name() + "'")
        .reduce((x, y) -> x + ", " + y)
        .orElse("none");
  }

  @Value.Check
  Sweep check() {
    checkGrid(settings(), seeds());
    for (SweepSetting s : settings()) {
      ModelProblems.require(s.arms().isEmpty(), "sweep.settingArms", "setting", s.name());
    }
    long first = seeds().get(0);
    return spec().seed() == first ? this : withSpec(spec().withSeed(first));
  }

  /**
   * Checks a grid of settings and seeds, for a policy or a workforce sweep: at least one of each,
   * unique setting names and different seeds.
   */
  static void checkGrid(List<SweepSetting> settings, List<Long> seeds) {
    ModelProblems.require(!settings.isEmpty(), "sweep.noSettings");
    ModelProblems.require(!seeds.isEmpty(), "sweep.noSeeds");
    Set<String> names = new HashSet<>();
    for (SweepSetting s : settings) {
      ModelProblems.require(names.add(s.name()), "sweep.settingTwice", "setting", s.name());
    }
    Set<Long> seen = new HashSet<>();
    for (long seed : seeds) {
      ModelProblems.require(seen.add(seed), "sweep.seedTwice", "seed", seed);
    }
  }

  /** The cells of a grid: every seed of the first setting, then every seed of the second … */
  static List<SweepCell> cells(List<SweepSetting> settings, List<Long> seeds) {
    List<SweepCell> cells = new ArrayList<>(settings.size() * seeds.size());
    for (SweepSetting setting : settings) {
      for (long seed : seeds) {
        cells.add(SweepCell.of(setting, seed));
      }
    }
    return List.copyOf(cells);
  }

  /**
   * Runs {@code cells} one after the other with {@code run}, for a policy or a workforce sweep:
   * each cell's result, in the cells' order.
   *
   * @throws IllegalArgumentException if {@code parallelism} is negative, before any cell runs
   */
  static <R> Map<SweepCell, R> runCells(
      List<SweepCell> cells, int parallelism, Function<SweepCell, R> run) {
    if (parallelism < 0) {
      throw new IllegalArgumentException(
          "parallelism must be 0 (all processors) or more, got " + parallelism);
    }
    Map<SweepCell, R> results = new LinkedHashMap<>();
    for (SweepCell cell : cells) {
      results.put(cell, run.apply(cell));
    }
    return results;
  }

  /** The setting named {@code name} among {@code settings}. */
  static SweepSetting setting(List<SweepSetting> settings, String name) {
    for (SweepSetting s : settings) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "no setting named '" + name + "'; the settings are " + names(settings));
  }
}

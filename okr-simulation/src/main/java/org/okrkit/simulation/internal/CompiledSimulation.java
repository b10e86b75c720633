package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.simulation.AgentRule;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;

/**
 * A spec compiled into flat arrays (a {@link CompiledPopulation} and one {@link CompiledArm} per
 * arm) and the parallel, deterministic trial loop. Trials run in blocks; within a block, worker
 * threads take trial numbers from a counter and write each trial's metrics into that trial's slot;
 * after the block, the slots are folded into running sums in trial order. Every trial draws from
 * its own random stream, keyed by the seed and the trial's number, so neither the number of threads
 * nor their timing changes a result.
 */
// metrics index dense arrays by their declaration order
@SuppressWarnings("EnumOrdinal")
public final class CompiledSimulation {
  static final int BLOCK = 1024;
  static final Metric[] METRICS = Metric.values();

  final SimulationSpec spec;
  final CompiledPopulation population;
  final CompiledArm[] arms;
  final @Nullable MarginalEffort marginal;
  final @Nullable Sandbagging sandbagging;
  final @Nullable Bunching bunching;

  /** {@code m^γ} for m quanta of effort. */
  final double[] quantaPower;

  /** Which metrics each arm reports. */
  final boolean[][] reported;

  private CompiledSimulation(SimulationSpec spec) {
    this.spec = spec;
    MarginalEffort m = null;
    Sandbagging s = null;
    Bunching b = null;
    for (AgentRule rule : spec.rules()) {
      if (rule instanceof MarginalEffort marginalEffort) {
        m = marginalEffort;
      } else if (rule instanceof Sandbagging sandbagging) {
        s = sandbagging;
      } else {
        b = (Bunching) rule;
      }
    }
    marginal = m;
    sandbagging = s;
    bunching = b;
    population = new CompiledPopulation(spec.population().plan(), spec.model());
    arms = new CompiledArm[spec.arms().size()];
    for (int r = 0; r < arms.length; r++) {
      arms[r] =
          new CompiledArm(
              spec.arms().get(r),
              r,
              population,
              spec.model().noise(),
              b != null,
              m != null || s != null,
              spec.statusAt());
    }
    int quanta = m == null ? 0 : m.quanta() * population.maxOwnElements;
    quantaPower = new double[quanta + 2];
    for (int k = 0; k < quantaPower.length; k++) {
      quantaPower[k] = Math.pow(k, spec.model().effortElasticity());
    }
    reported = new boolean[arms.length][METRICS.length];
    for (int r = 0; r < arms.length; r++) {
      for (Metric metric : METRICS) {

        boolean on =
            switch (metric) {
              case KPIS_MET -> population.kpis > 0;
              case ON_TRACK -> spec.statusAt().isPresent();
              case SANDBAGGERS -> s != null;
              case MISCLASSIFIED -> arms[r].arm.rating().isPresent();
              default -> true;
            };
        reported[r][metric.ordinal()] = on;
      }
    }
  }

  /** Compiles {@code spec}; see {@link org.okrkit.simulation.Simulation#compile}. */
  public static CompiledSimulation compile(SimulationSpec spec) {
    return new CompiledSimulation(spec);
  }

  /** The spec compiled. */
  public SimulationSpec spec() {
    return spec;
  }

  /** The number of simulated people. */
  public int people() {
    return population.people;
  }

  /** The number of simulated elements. */
  public int elements() {
    return population.elements;
  }

  /** The compiled population, for tests. */
  public CompiledPopulation population() {
    return population;
  }

  /** A fresh workspace, for tests that look at one trial. */
  public Workspace workspace() {
    return new Workspace(this);
  }

  /** Runs every trial on {@code parallelism} threads (0: one per processor). */
  public SimulationResult run(int parallelism) {
    int trials = spec.trials();
    int threads = Parallel.threads(parallelism, trials);
    Workspace[] workspaces = new Workspace[threads];
    for (int k = 0; k < threads; k++) {
      workspaces[k] = new Workspace(this);
    }
    double[][][] block = new double[arms.length][METRICS.length][Math.min(BLOCK, trials)];
    Welford[][] sums = new Welford[arms.length][METRICS.length];
    for (Welford[] row : sums) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new Welford();
      }
    }
    Parallel.run(
        trials,
        threads,
        BLOCK,
        (worker, trial, slot) -> workspaces[worker].run(trial, block, slot),
        (first, end) -> {
          for (int r = 0; r < arms.length; r++) {
            for (int k = 0; k < METRICS.length; k++) {
              if (reported[r][k]) {
                for (int t = first; t < end; t++) {
                  sums[r][k].add(block[r][k][t - first]);
                }
              }
            }
          }
        });
    return result(sums, workspaces);
  }

  private SimulationResult result(Welford[][] sums, Workspace[] workspaces) {
    double z = Stats.normalQuantile((1 + spec.confidence()) / 2);
    List<ArmResult> results = new ArrayList<>();
    for (int r = 0; r < arms.length; r++) {
      Arm arm = arms[r].arm;
      Map<Metric, Estimate> metrics = new EnumMap<>(Metric.class);
      for (Metric metric : METRICS) {
        if (reported[r][metric.ordinal()]) {
          metrics.put(
              metric, sums[r][metric.ordinal()].estimate(metric.lowest(), metric.highest(), z));
        }
      }
      long[] counts = new long[spec.histogramBins()];
      for (Workspace w : workspaces) {
        for (int k = 0; k < counts.length; k++) {
          counts[k] += w.histogram[r][k];
        }
      }
      List<Long> countList = new ArrayList<>();
      for (long c : counts) {
        countList.add(c);
      }
      results.add(
          ArmResult.builder()
              .name(arm.name())
              .policy(arm.policy())
              .rating(arm.rating())
              .metrics(metrics)
              .histogram(
                  Histogram.builder().lower(0).upper(arms[r].maxScore).counts(countList).build())
              .unscoredPeople(arms[r].unscored)
              .build());
    }
    return SimulationResult.builder()
        .seed(spec.seed())
        .trials(spec.trials())
        .people(population.people)
        .elements(population.elements)
        .confidence(spec.confidence())
        .arms(results)
        .build();
  }

  /**
   * The seed of trial {@code trial}'s random stream: SplitMix64's finaliser over seed and trial.
   */
  static long trialSeed(long seed, long trial) {
    return Keys.trial(seed, trial);
  }
}

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
import org.okrkit.simulation.TrialBlock;

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
    long[][] counts = new long[arms.length][spec.histogramBins()];
    for (Workspace w : workspaces) {
      add(counts, w.histogram);
    }
    return result(sums, counts);
  }

  /**
   * Runs trials {@code first} to {@code end - 1} on {@code parallelism} threads; see {@link
   * org.okrkit.simulation.Simulation#runTrials}.
   */
  public TrialBlock runTrials(int first, int end, int parallelism) {
    int n = end - first;
    int threads = Parallel.threads(parallelism, n);
    Workspace[] workspaces = new Workspace[threads];
    for (int k = 0; k < threads; k++) {
      workspaces[k] = new Workspace(this);
    }
    int metrics = METRICS.length;
    double[] values = new double[arms.length * metrics * n];
    double[][][] block = new double[arms.length][metrics][Math.min(BLOCK, n)];
    Parallel.run(
        n,
        threads,
        BLOCK,
        (worker, t, slot) -> workspaces[worker].run(first + t, block, slot),
        (from, to) -> {
          for (int r = 0; r < arms.length; r++) {
            for (int k = 0; k < metrics; k++) {
              if (reported[r][k]) {
                System.arraycopy(block[r][k], 0, values, (r * metrics + k) * n + from, to - from);
              }
            }
          }
        });
    int bins = spec.histogramBins();
    long[][] counts = new long[arms.length][bins];
    for (Workspace w : workspaces) {
      add(counts, w.histogram);
    }
    long[] histogram = new long[arms.length * bins];
    for (int r = 0; r < arms.length; r++) {
      System.arraycopy(counts[r], 0, histogram, r * bins, bins);
    }
    return TrialBlock.of(first, n, arms.length, bins, values, histogram);
  }

  /**
   * The result of blocks that together hold every trial once, folded in trial order; see {@link
   * org.okrkit.simulation.Simulation#combine}.
   */
  public SimulationResult combine(List<TrialBlock> blocks) {
    List<TrialBlock> ordered = new ArrayList<>(blocks);
    ordered.sort(java.util.Comparator.comparingInt(TrialBlock::firstTrial));
    int bins = spec.histogramBins();
    int next = 0;
    for (TrialBlock b : ordered) {
      if (b.arms() != arms.length || b.bins() != bins) {
        throw new IllegalArgumentException(
            b
                + " does not come from this simulation: expected "
                + arms.length
                + " arms and "
                + bins
                + " bins");
      }
      if (b.firstTrial() != next) {
        throw new IllegalArgumentException(
            (b.firstTrial() < next ? "trials overlap: " : "trials are missing: ")
                + b
                + " follows trials up to "
                + next
                + "; expected blocks that hold trials 0 to "
                + (spec.trials() - 1)
                + " once each");
      }
      next = b.endTrial();
    }
    if (next != spec.trials()) {
      throw new IllegalArgumentException(
          "the blocks hold trials 0 to "
              + (next - 1)
              + "; expected trials 0 to "
              + (spec.trials() - 1)
              + " once each");
    }
    Welford[][] sums = new Welford[arms.length][METRICS.length];
    for (Welford[] row : sums) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new Welford();
      }
    }
    long[][] counts = new long[arms.length][bins];
    for (TrialBlock b : ordered) {
      for (int r = 0; r < arms.length; r++) {
        for (int k = 0; k < METRICS.length; k++) {
          if (reported[r][k]) {
            Metric metric = METRICS[k];
            for (int t = b.firstTrial(); t < b.endTrial(); t++) {
              sums[r][k].add(b.value(r, metric, t));
            }
          }
        }
        for (int bin = 0; bin < bins; bin++) {
          counts[r][bin] += b.count(r, bin);
        }
      }
    }
    return result(sums, counts);
  }

  private static void add(long[][] into, long[][] counts) {
    for (int r = 0; r < into.length; r++) {
      for (int k = 0; k < into[r].length; k++) {
        into[r][k] += counts[r][k];
      }
    }
  }

  private SimulationResult result(Welford[][] sums, long[][] counts) {
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
      List<Long> countList = new ArrayList<>();
      for (long c : counts[r]) {
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

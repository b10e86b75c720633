package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
              m != null || s != null);
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
    int threads = parallelism == 0 ? Runtime.getRuntime().availableProcessors() : parallelism;
    threads = Math.max(1, Math.min(threads, trials));
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
    ExecutorService executor =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                task -> {
                  Thread t = new Thread(task, "okr-simulation");
                  t.setDaemon(true);
                  return t;
                });
    try {
      for (int start = 0; start < trials; start += BLOCK) {
        int first = start;
        int end = Math.min(trials, start + BLOCK);
        if (executor == null) {
          for (int t = first; t < end; t++) {
            workspaces[0].run(t, block, t - first);
          }
        } else {
          AtomicInteger next = new AtomicInteger(first);
          List<Callable<Void>> tasks = new ArrayList<>();
          for (Workspace w : workspaces) {
            tasks.add(
                () -> {
                  for (int t = next.getAndIncrement(); t < end; t = next.getAndIncrement()) {
                    w.run(t, block, t - first);
                  }
                  return null;
                });
          }
          for (Future<Void> f : executor.invokeAll(tasks)) {
            join(f);
          }
        }
        for (int r = 0; r < arms.length; r++) {
          for (int k = 0; k < METRICS.length; k++) {
            if (reported[r][k]) {
              for (int t = first; t < end; t++) {
                sums[r][k].add(block[r][k][t - first]);
              }
            }
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the simulation was interrupted", e);
    } finally {
      if (executor != null) {
        executor.shutdownNow();
      }
    }
    return result(sums, workspaces);
  }

  private static void join(Future<Void> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private SimulationResult result(Welford[][] sums, Workspace[] workspaces) {
    double z = Stats.normalQuantile((1 + spec.confidence()) / 2);
    List<ArmResult> results = new ArrayList<>();
    for (int r = 0; r < arms.length; r++) {
      Arm arm = arms[r].arm;
      Map<Metric, Estimate> metrics = new EnumMap<>(Metric.class);
      for (Metric metric : METRICS) {
        if (reported[r][metric.ordinal()]) {
          metrics.put(metric, sums[r][metric.ordinal()].estimate(metric, z));
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

  /** Mean and spread of per-trial values, folded in trial order (Welford's method). */
  static final class Welford {
    int count;
    double mean;
    double m2;

    void add(double x) {
      count++;
      double delta = x - mean;
      mean += delta / count;
      m2 += delta * (x - mean);
    }

    Estimate estimate(Metric metric, double z) {
      double sd = count > 1 ? Math.sqrt(Math.max(0, m2) / (count - 1)) : 0.0;
      double m = Math.max(metric.lowest(), Math.min(metric.highest(), mean));
      double half = z * sd / Math.sqrt(count);
      return Estimate.builder()
          .mean(m)
          .lower(Math.min(m, Math.max(metric.lowest(), m - half)))
          .upper(Math.max(m, Math.min(metric.highest(), m + half)))
          .sd(sd)
          .trials(count)
          .build();
    }
  }

  /**
   * The seed of trial {@code trial}'s random stream: SplitMix64's finaliser over seed and trial.
   */
  static long trialSeed(long seed, long trial) {
    return mix(mix(seed) + (trial + 1) * 0x9E3779B97F4A7C15L);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

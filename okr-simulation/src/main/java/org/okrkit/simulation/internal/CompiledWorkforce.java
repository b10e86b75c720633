package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.PolicyRating;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceBlock;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.simulation.WorkforceSpec;

/**
 * A workforce spec compiled: the population, the policies its arms rate by (as a {@link
 * CompiledSimulation} of those arms, so that people are scored as a trial scores them), and the
 * parallel, deterministic loop over companies. Each company's figures go to its slot in a block;
 * after a block, the slots are folded into running sums in company order.
 */
// metrics index dense arrays by their declaration order
@SuppressWarnings("EnumOrdinal")
public final class CompiledWorkforce {
  static final WorkforceMetric[] METRICS = WorkforceMetric.values();

  /** The most figures a block holds before it is folded: 32 MiB of doubles. */
  private static final int BLOCK_FIGURES = 1 << 22;

  final WorkforceSpec spec;
  final CompiledPopulation population;

  /** The arms that rate by a policy, compiled; null when every arm rates plainly. */
  final @Nullable CompiledSimulation scoring;

  /** Per arm: its index among the compiled policy arms, or -1 for a plain rating. */
  final int[] scoringArm;

  private CompiledWorkforce(WorkforceSpec spec) {
    this.spec = spec;
    List<Arm> policies = new ArrayList<>();
    scoringArm = new int[spec.arms().size()];
    for (int a = 0; a < scoringArm.length; a++) {
      WorkforceArm arm = spec.arms().get(a);
      if (arm.rating() instanceof PolicyRating rating) {
        scoringArm[a] = policies.size();
        policies.add(Arm.of(arm.name(), rating.policy()));
      } else {
        scoringArm[a] = -1;
      }
    }
    if (policies.isEmpty()) {
      scoring = null;
      population = new CompiledPopulation(spec.population().plan(), spec.model());
    } else {
      scoring =
          CompiledSimulation.compile(
              SimulationSpec.builder()
                  .population(spec.population())
                  .model(spec.model())
                  .rules(spec.rules())
                  .arms(policies)
                  .trials(1)
                  .seed(spec.seed())
                  .build());
      population = scoring.population;
    }
  }

  /** Compiles {@code spec}; see {@link org.okrkit.simulation.WorkforceSimulation#compile}. */
  public static CompiledWorkforce compile(WorkforceSpec spec) {
    return new CompiledWorkforce(spec);
  }

  /** The spec compiled. */
  public WorkforceSpec spec() {
    return spec;
  }

  /** The number of people in each company. */
  public int people() {
    return population.people;
  }

  /** The number of key results and KPIs in each company. */
  public int elements() {
    return population.elements;
  }

  /** Runs every company on {@code parallelism} threads (0: one per processor). */
  public WorkforceResult run(int parallelism) {
    int companies = spec.replications();
    int arms = spec.arms().size();
    int rows = (spec.periods() + 1) * METRICS.length;
    int block = Math.max(1, Math.min(1024, BLOCK_FIGURES / (arms * rows)));
    block = Math.min(block, companies);
    int threads = Parallel.threads(parallelism, companies);
    Company[] workers = new Company[threads];
    for (int w = 0; w < threads; w++) {
      workers[w] = new Company(this);
    }
    double[][][] figures = new double[arms][rows][block];
    Welford[][] sums = new Welford[arms][rows];
    for (Welford[] row : sums) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new Welford();
      }
    }
    Parallel.run(
        companies,
        threads,
        block,
        (worker, company, slot) -> workers[worker].run(company, figures, slot),
        (first, end) -> {
          for (int a = 0; a < arms; a++) {
            for (int k = 0; k < rows; k++) {
              if (measured(k)) {
                for (int c = first; c < end; c++) {
                  sums[a][k].add(figures[a][k][c - first]);
                }
              }
            }
          }
        });
    return result(sums);
  }

  /**
   * Runs companies {@code first} to {@code end - 1} on {@code parallelism} threads; see {@link
   * org.okrkit.simulation.WorkforceSimulation#runTrials}.
   */
  public WorkforceBlock runTrials(int first, int end, int parallelism) {
    int n = end - first;
    int arms = spec.arms().size();
    int rows = (spec.periods() + 1) * METRICS.length;
    int block = Math.min(n, Math.max(1, Math.min(1024, BLOCK_FIGURES / (arms * rows))));
    int threads = Parallel.threads(parallelism, n);
    Company[] workers = new Company[threads];
    for (int w = 0; w < threads; w++) {
      workers[w] = new Company(this);
    }
    double[][][] figures = new double[arms][rows][block];
    double[] values = new double[arms * rows * n];
    Parallel.run(
        n,
        threads,
        block,
        (worker, c, slot) -> workers[worker].run(first + c, figures, slot),
        (from, to) -> {
          for (int a = 0; a < arms; a++) {
            for (int k = 0; k < rows; k++) {
              if (measured(k)) {
                System.arraycopy(figures[a][k], 0, values, (a * rows + k) * n + from, to - from);
              }
            }
          }
        });
    return WorkforceBlock.of(first, n, arms, spec.periods(), values);
  }

  /**
   * The result of blocks that together hold every company once, folded in company order; see {@link
   * org.okrkit.simulation.WorkforceSimulation#combine}.
   */
  public WorkforceResult combine(List<WorkforceBlock> blocks) {
    List<WorkforceBlock> ordered = new ArrayList<>(blocks);
    ordered.sort(Comparator.comparingInt(WorkforceBlock::firstTrial));
    int arms = spec.arms().size();
    int next = 0;
    for (WorkforceBlock b : ordered) {
      if (b.arms() != arms || b.periods() != spec.periods()) {
        throw new IllegalArgumentException(
            b
                + " does not come from this study: expected "
                + arms
                + " arms and "
                + spec.periods()
                + " periods");
      }
      if (b.firstTrial() != next) {
        throw new IllegalArgumentException(
            (b.firstTrial() < next ? "companies overlap: " : "companies are missing: ")
                + b
                + " follows companies up to "
                + next
                + "; expected blocks that hold companies 0 to "
                + (spec.replications() - 1)
                + " once each");
      }
      next = b.endTrial();
    }
    if (next != spec.replications()) {
      throw new IllegalArgumentException(
          "the blocks hold companies 0 to "
              + (next - 1)
              + "; expected companies 0 to "
              + (spec.replications() - 1)
              + " once each");
    }
    int rows = (spec.periods() + 1) * METRICS.length;
    Welford[][] sums = new Welford[arms][rows];
    for (Welford[] row : sums) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new Welford();
      }
    }
    for (WorkforceBlock b : ordered) {
      for (int a = 0; a < arms; a++) {
        for (int k = 0; k < rows; k++) {
          if (measured(k)) {
            int period = k / METRICS.length;
            WorkforceMetric metric = METRICS[k % METRICS.length];
            for (int c = b.firstTrial(); c < b.endTrial(); c++) {
              sums[a][k].add(b.value(a, period, metric, c));
            }
          }
        }
      }
    }
    return result(sums);
  }

  /** Whether row {@code k} (period × metrics + metric) is measured. */
  static boolean measured(int k) {
    return k >= METRICS.length || METRICS[k].atPeriodZero();
  }

  private WorkforceResult result(Welford[][] sums) {
    double z = Stats.normalQuantile((1 + spec.confidence()) / 2);
    List<WorkforceArmResult> arms = new ArrayList<>();
    for (int a = 0; a < spec.arms().size(); a++) {
      List<PeriodResult> periods = new ArrayList<>();
      for (int t = 0; t <= spec.periods(); t++) {
        Map<WorkforceMetric, Estimate> metrics = new EnumMap<>(WorkforceMetric.class);
        for (WorkforceMetric metric : METRICS) {
          int k = t * METRICS.length + metric.ordinal();
          if (measured(k)) {
            metrics.put(metric, sums[a][k].estimate(metric.lowest(), metric.highest(), z));
          }
        }
        periods.add(PeriodResult.builder().period(t).metrics(metrics).build());
      }
      arms.add(WorkforceArmResult.builder().arm(spec.arms().get(a)).periods(periods).build());
    }
    return WorkforceResult.builder()
        .seed(spec.seed())
        .replications(spec.replications())
        .periods(spec.periods())
        .people(population.people)
        .confidence(spec.confidence())
        .arms(arms)
        .build();
  }
}

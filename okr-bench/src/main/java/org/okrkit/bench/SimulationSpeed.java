package org.okrkit.bench;

import java.util.List;
import java.util.Locale;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.BatchScorer;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;

/**
 * Measures simulation throughput and the batch scorer against a plain array loop, and prints the
 * figures. Not a JMH benchmark: a documented program that runs whole configurations, with and
 * without behaviour rules, run with
 *
 * <pre>{@code
 * mvn -B -q -pl okr-bench -am package -DskipTests
 * java -cp okr-bench/target/benchmarks.jar org.okrkit.bench.SimulationSpeed
 * }</pre>
 *
 * <p>Arguments, all optional: people (10,000), trials (1,000), threads (0: all processors). The
 * experiment: a generated population of teams of 8 people, each with 5 KPIs and one objective of 3
 * key results, scored under three policies (binary KPIs with graded OKRs, the default; graded KPIs
 * and OKRs; tiered payouts with a forced distribution), without and then with every behaviour rule.
 * Each configuration runs once on a tenth of the trials to warm up, then once measured. Wall-clock
 * and process CPU time are read here only, never inside the library; on a shared machine the figure
 * per CPU-second (throughput per busy core) is the steadier one.
 */
public final class SimulationSpeed {
  private SimulationSpeed() {}

  /** Runs the measurements and prints them. */
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int trials = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    System.out.printf(
        Locale.US,
        "okr-simulation speed: %d people, %d trials, %s threads, %d processors, Java %s%n",
        people,
        trials,
        threads == 0 ? "all" : Integer.toString(threads),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    batchAgainstPlainLoop();
    simulate(people, trials, threads, false);
    simulate(people, trials, threads, true);
  }

  static SimulationSpec spec(int people, int trials, int threads, boolean behaviour) {
    GeneratedPopulation population =
        GeneratedPopulation.builder().teams(Math.max(1, people / 8)).peoplePerTeam(8).build();
    SimulationSpec.Builder spec =
        SimulationSpec.builder()
            .population(population)
            .trials(trials)
            .seed(2026)
            .parallelism(threads)
            .addArms(
                Arm.of("binary KPIs", ScoringPolicy.defaults()),
                Arm.of(
                    "graded",
                    ScoringPolicy.builder().kpiStrategy(Strategies.linear(1.2, false)).build()),
                Arm.rated(
                    "tiered + forced",
                    ScoringPolicy.builder()
                        .kpiStrategy(Strategies.tiered(0.5, 1.5))
                        .keyResultStrategy(Strategies.tiered(0.5, 1.5))
                        .build(),
                    ForcedDistribution.of(0.2, 0.7, 0.1)));
    if (behaviour) {
      spec.addRules(MarginalEffort.of(), Sandbagging.of(), Bunching.of());
    }
    return spec.build();
  }

  private static void simulate(int people, int trials, int threads, boolean behaviour) {
    long t0 = System.nanoTime();
    Simulation simulation = Simulation.compile(spec(people, trials, threads, behaviour));
    long t1 = System.nanoTime();
    // warm-up on a tenth of the trials, then the measured run
    var unused =
        Simulation.compile(spec(people, Math.max(1, trials / 10), threads, behaviour)).run();
    long t2 = System.nanoTime();
    long cpu0 = processCpuNanos();
    SimulationResult result = simulation.run();
    long t3 = System.nanoTime();
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    double seconds = (t3 - t2) / 1e9;
    long evaluations = simulation.elementEvaluations();
    System.out.printf(
        Locale.US,
        "%nsimulation %s behaviour rules: %d people, %d elements, %d arms, %d trials%n"
            + "  compile %.2f s; run %.2f s wall, %.2f s CPU (all threads of the process)%n"
            + "  %.1f million element evaluations/s (%d evaluations: elements x arms x trials x 4"
            + " passes)%n"
            + "  %.1f million element evaluations per CPU-second (per core, whatever else runs)%n"
            + "  %.1f million composite scores/s (people x arms x trials x 4 passes)%n",
        behaviour ? "with" : "without",
        simulation.people(),
        simulation.elements(),
        simulation.spec().arms().size(),
        trials,
        (t1 - t0) / 1e9,
        seconds,
        cpuSeconds,
        evaluations / seconds / 1e6,
        evaluations,
        evaluations / cpuSeconds / 1e6,
        (double) simulation.people()
            * trials
            * simulation.spec().arms().size()
            * 4
            / seconds
            / 1e6);
    System.out.print(result.render());
  }

  /** CPU time of the whole process so far, as the operating system reports it; 0 if it does not. */
  private static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  /**
   * The batch scorer and a plain loop computing the same linear formula, over 1,000,000 elements.
   */
  private static void batchAgainstPlainLoop() {
    int n = 1_000_000;
    Measure m = Measure.increasing("m", Unit.COUNT);
    List<Measure> measures = java.util.Collections.nCopies(n, m);
    Target[] targetArray = new Target[n];
    double[] baseline = new double[n];
    double[] target = new double[n];
    double[] actuals = new double[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      baseline[i] = random.nextInt(100);
      target[i] = baseline[i] + 1 + random.nextInt(100);
      targetArray[i] = Target.increase(baseline[i], target[i]);
      actuals[i] = baseline[i] + random.nextDouble() * 1.5 * (target[i] - baseline[i]);
    }
    BatchScorer scorer = BatchScorer.of(Strategies.linear(), measures, List.of(targetArray));
    double[] scores = new double[n];
    double[] plain = new double[n];
    double batchBest = Double.MAX_VALUE;
    double plainBest = Double.MAX_VALUE;
    for (int round = 0; round < 30; round++) {
      long a = System.nanoTime();
      scorer.score(actuals, scores);
      long b = System.nanoTime();
      for (int i = 0; i < n; i++) {
        plain[i] =
            Math.max(0.0, Math.min(1.0, (actuals[i] - baseline[i]) / (target[i] - baseline[i])));
      }
      long c = System.nanoTime();
      if (round >= 10) {
        batchBest = Math.min(batchBest, (double) (b - a) / n);
        plainBest = Math.min(plainBest, (double) (c - b) / n);
      }
    }
    if (!java.util.Arrays.equals(scores, plain)) {
      throw new IllegalStateException("the batch and the plain loop disagree");
    }
    System.out.printf(
        Locale.US,
        "%nbatch scoring, linear over %d elements (best of 20 rounds after 10 warm-up rounds):%n"
            + "  BatchScorer %.2f ns/element (with its finiteness check); plain loop %.2f ns/element;"
            + " ratio %.2f%n",
        n,
        batchBest,
        plainBest,
        batchBest / plainBest);
  }
}

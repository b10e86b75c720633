package org.okrkit.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.okrkit.core.Direction;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.BatchScorer;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.testing.OrgPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Columnar batch scoring against a plain loop computing the same formula, in one run, and
 * simulation throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ThroughputBenchmarks {
  @Param({"1000", "10000", "100000"})
  public int people;

  private BatchScorer scorer;
  private double[] actuals;
  private double[] scores;
  private double[] baselines;
  private double[] values;
  private Simulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    Plan plan = OrgPlans.generate(people, 42);
    // the INCREASE KPIs with a baseline: the linear grade's formula, plainly
    List<Kpi> graded =
        plan.kpis().stream()
            .filter(
                k ->
                    k.target().kind() == Target.Kind.ABSOLUTE
                        && k.measure().direction() == Direction.INCREASE
                        && k.target().baseline().isPresent()
                        && k.target().baseline().getAsDouble()
                            != k.target().absoluteValue().getAsDouble())
            .collect(Collectors.toList());
    int n = graded.size();
    scorer = BatchScorer.of(Strategies.linear(), graded);
    actuals = new double[n];
    scores = new double[n];
    baselines = new double[n];
    values = new double[n];
    Random r = new Random(7);
    for (int i = 0; i < n; i++) {
      Target t = graded.get(i).target();
      baselines[i] = t.baseline().getAsDouble();
      values[i] = t.absoluteValue().getAsDouble();
      actuals[i] = baselines[i] + (values[i] - baselines[i]) * (r.nextDouble() * 1.4 - 0.2);
    }
    simulation = Simulation.compile(simulationSpec(people));
  }

  /** Ten trials of three policies (binary, graded and tiered KPIs) over teams of eight. */
  static SimulationSpec simulationSpec(int people) {
    return SimulationSpec.builder()
        .population(
            GeneratedPopulation.builder().teams(Math.max(1, people / 8)).peoplePerTeam(8).build())
        .trials(10)
        .seed(2026)
        .addArms(
            Arm.of("binary KPIs", ScoringPolicy.defaults()),
            Arm.of(
                "graded",
                ScoringPolicy.builder().kpiStrategy(Strategies.linear(1.2, false)).build()),
            Arm.of(
                "tiered", ScoringPolicy.builder().kpiStrategy(Strategies.tiered(0.5, 1.5)).build()))
        .build();
  }

  /** The linear grade of every graded KPI through the batch scorer. */
  @Benchmark
  public double[] batchScoring() {
    scorer.score(actuals, scores);
    return scores;
  }

  /** The same grade in a plain array loop: the baseline the batch scorer is held to. */
  @Benchmark
  public double[] plainLoop() {
    double[] b = baselines;
    double[] v = values;
    double[] a = actuals;
    double[] s = scores;
    for (int i = 0; i < a.length; i++) {
      s[i] = Math.max(0.0, Math.min(1.0, (a[i] - b[i]) / (v[i] - b[i])));
    }
    return s;
  }

  /**
   * Ten trials of three policies over the organisation's people: {@link
   * Simulation#elementEvaluations()} evaluations per operation.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SimulationResult simulation() {
    return simulation.run();
  }

  /** How many element evaluations one {@link #simulation()} makes, for the figures file. */
  public long evaluations() {
    return simulation.elementEvaluations();
  }
}

package org.okrkit.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.okrkit.core.Direction;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.formula.FormulaStrategies;
import org.okrkit.scoring.BatchScorer;
import org.okrkit.scoring.CompiledPolicy;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;
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
 * Scoring under a formula KPI strategy (okr-formula, a CEL program compiled once) against the same
 * scores from built-ins: the whole organisation through a compiled policy, and the graded KPIs
 * through the batch scorer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class FormulaBenchmarks {
  /**
   * Every KPI of the generated plans: a range within 3 of its bounds, else the linear grade from
   * the baseline (every increasing and decreasing KPI there has one).
   */
  static final String KPI_FORMULA =
      "has(given.low) ? (actual < low ? (actual <= low - 3.0 ? 0.0 : 1.0 - (low - actual) / 3.0)"
          + " : (actual > high ? (actual >= high + 3.0 ? 0.0 : 1.0 - (actual - high) / 3.0) :"
          + " 1.0)) : ((actual - baseline) / (target - baseline) <= 0.0 ? 0.0 : ((actual -"
          + " baseline) / (target - baseline) >= 1.0 ? 1.0 : (actual - baseline) / (target -"
          + " baseline)))";

  @Param({"1000", "10000", "100000"})
  public int people;

  private Plan plan;
  private CompiledPolicy formulaPolicy;
  private CompiledPolicy builtInPolicy;
  private BatchScorer formulaBatch;
  private BatchScorer linearBatch;
  private double[] actuals;
  private double[] scores;

  @Setup(Level.Trial)
  public void setUp() {
    plan = OrgPlans.generate(people, 42);
    ScoringStrategy formula =
        FormulaStrategies.formula(
            KPI_FORMULA, EnumSet.of(Direction.INCREASE, Direction.DECREASE, Direction.RANGE));
    formulaPolicy = ScoringPolicy.builder().kpiStrategy(formula).build().compile(plan);
    builtInPolicy = ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build().compile(plan);
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
    formulaBatch = BatchScorer.of(formula, graded);
    linearBatch = BatchScorer.of(Strategies.linear(), graded);
    int n = graded.size();
    actuals = new double[n];
    scores = new double[n];
    Random r = new Random(7);
    for (int i = 0; i < n; i++) {
      Target t = graded.get(i).target();
      double b = t.baseline().getAsDouble();
      double v = t.absoluteValue().getAsDouble();
      actuals[i] = b + (v - b) * (r.nextDouble() * 1.4 - 0.2);
    }
  }

  /** The whole organisation's scorecard, every KPI scored by the formula. */
  @Benchmark
  public Scorecard formulaScoring() {
    return formulaPolicy.score(plan, OrgPlans.AS_OF);
  }

  /** The same scorecard with the built-in linear grade for KPIs. */
  @Benchmark
  public Scorecard builtInScoring() {
    return builtInPolicy.score(plan, OrgPlans.AS_OF);
  }

  /** The graded KPIs' scores through the batch scorer, by the formula. */
  @Benchmark
  public double[] formulaBatchScoring() {
    formulaBatch.score(actuals, scores);
    return scores;
  }

  /** The same through the built-in linear grade. */
  @Benchmark
  public double[] linearBatchScoring() {
    linearBatch.score(actuals, scores);
    return scores;
  }
}

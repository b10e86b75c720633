package org.okrkit.bench;

import java.util.concurrent.TimeUnit;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.scoring.CompiledPolicy;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
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
 * Building, scoring, re-scoring and analysing plans of 1,000 to 100,000 people.
 *
 * <p>Every fork pre-touches its 8 GB heap ({@code -XX:+AlwaysPreTouch}): otherwise the first pass
 * of allocation through the young generation pays the operating system's page faults, which a
 * long-running host has paid long before, and small operations measure five to fifty times slower
 * for the first 15 seconds or so.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class PlanBenchmarks {
  @Param({"1000", "10000", "100000"})
  public int people;

  private OrgPlans.Parts parts;
  private Plan plan;
  private ScoringPolicy policy;
  private CompiledPolicy compiled;
  private CheckIn next;
  private Scorecard card;
  private int counter;

  @Setup(Level.Trial)
  public void setUp() {
    parts = OrgPlans.parts(people, 42);
    plan = parts.builder().build();
    policy = ScoringPolicy.defaults();
    compiled = policy.compile(plan);
    String kpi = plan.kpis().get(plan.kpis().size() / 2).id();
    next = CheckIn.of(kpi, OrgPlans.AS_OF, 17);
    card = policy.score(plan, OrgPlans.AS_OF);
  }

  /** Builds and validates the whole plan from its parts. */
  @Benchmark
  public Plan buildAndValidate() {
    return parts.builder().build();
  }

  /** Scores every element and owner, compiling the policy for the plan first. */
  @Benchmark
  public Scorecard fullScoring() {
    return policy.score(plan, OrgPlans.AS_OF);
  }

  /**
   * Scores every element and owner through a handle compiled once: what a host that re-scores
   * holds.
   */
  @Benchmark
  public Scorecard fullScoringCompiled() {
    return compiled.score(plan, OrgPlans.AS_OF);
  }

  /**
   * Re-scores after one new check-in: the element, the objectives it rolls into and their owners
   * are recomputed, the rest shared.
   */
  @Benchmark
  public Scorecard rescoreAfterOneCheckIn() {
    // a new value each time, so that no append is a duplicate
    return card.withCheckIn(next.withValue(counter++ % 1000));
  }

  /** Appends one check-in. */
  @Benchmark
  public Plan appendOneCheckIn() {
    return plan.withCheckIn(next.withValue(counter++ % 1000));
  }

  /** Runs the default alignment rules. */
  @Benchmark
  public AlignmentReport alignment() {
    return AlignmentAnalyzer.defaults().analyze(plan);
  }
}

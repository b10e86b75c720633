package org.okrkit.bench;

import java.util.concurrent.TimeUnit;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.simulation.WorkforceSimulation;
import org.okrkit.simulation.WorkforceSpec;
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
 * A workforce study of the size the library is held to: 100 companies of 100 people for 30 periods
 * under 3 arms (0 %, 5 % and 10 % dismissed, 10 % turnover, selective hiring), on every processor.
 * The arms rate plainly ({@code plain}), by three scoring policies (binary KPIs, graded KPIs,
 * tiered payouts) on 100 people with five KPIs and three key results each ({@code policy}), or by
 * those policies with people putting their effort where it pays and sandbagging ({@code
 * policy+rules}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class WorkforceBenchmarks {
  @Param({"plain", "policy", "policy+rules"})
  public String ratings;

  private WorkforceSimulation study;

  @Setup(Level.Trial)
  public void setUp() {
    study = WorkforceSimulation.compile(spec(ratings));
  }

  /** The study benchmarked, for {@code ratings} plain, policy or policy+rules. */
  static WorkforceSpec spec(String ratings) {
    boolean plain = ratings.equals("plain");
    WorkforceRating[] rating = {
      plain ? WorkforceRating.plain(0.7) : WorkforceRating.policy(ScoringPolicy.defaults()),
      plain
          ? WorkforceRating.plain(0.7)
          : WorkforceRating.policy(
              ScoringPolicy.builder().kpiStrategy(Strategies.linear(1.2, false)).build()),
      plain
          ? WorkforceRating.plain(0.7)
          : WorkforceRating.policy(
              ScoringPolicy.builder().kpiStrategy(Strategies.tiered(0.5, 1.5)).build())
    };
    Dismissal[] dismissal = {
      Dismissal.none(), Dismissal.lowestShare(0.05), Dismissal.lowestShare(0.1)
    };
    WorkforceSpec.Builder b =
        WorkforceSpec.builder()
            .population(GeneratedPopulation.builder().teams(10).peoplePerTeam(10).build())
            .periods(30)
            .replications(100)
            .seed(2026);
    for (int a = 0; a < 3; a++) {
      b.addArms(
          WorkforceArm.builder()
              .name("arm " + a)
              .rating(rating[a])
              .dismissal(dismissal[a])
              .turnover(Turnover.of(0.1))
              .selection(Selection.of(0.3, 0.5))
              .build());
    }
    if (ratings.equals("policy+rules")) {
      b.addRules(MarginalEffort.of(), Sandbagging.of());
    }
    return b.build();
  }

  /** 100 companies x 100 people x 30 periods x 3 arms, on every processor. */
  @Benchmark
  public WorkforceResult study() {
    return study.run();
  }
}

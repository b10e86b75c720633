package org.okrkit.scoring;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** The scoring module's values compare by content, and its public methods refuse nulls. */
class ScoringValueTypesTest {

  @Test
  void valuesCompareByContent() {
    new EqualsTester()
        .addEqualityGroup(
            Strategies.linear(), Strategies.linear(1, false), new BuiltInStrategy.Linear(1, false))
        .addEqualityGroup(Strategies.linear(1.2, false))
        .addEqualityGroup(Strategies.linear(1, true))
        .addEqualityGroup(Strategies.tiered(), Strategies.tiered(0.5, 1.5))
        .addEqualityGroup(
            Strategies.stepped(Point.of(0.5, 0.5), Point.of(1, 1)),
            Strategies.stepped(Point.of(0.5, 0.5), Point.of(1, 1)))
        .addEqualityGroup(Strategies.curve(Point.of(0.5, 0.5), Point.of(1, 1)))
        .addEqualityGroup(Strategies.percentOfTarget(), Strategies.percentOfTarget(1))
        .addEqualityGroup(Strategies.range(1))
        .addEqualityGroup(Strategies.binary())
        .addEqualityGroup(Strategies.milestones())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Aggregations.allMustPass(0.5), new BuiltInAggregation.AllMustPass(0.5))
        .addEqualityGroup(Aggregations.allMustPass(0.6))
        .addEqualityGroup(Aggregations.cappedWeightedSum(1.2))
        .addEqualityGroup(Aggregations.weightedMean())
        .addEqualityGroup(Aggregations.minimum())
        .addEqualityGroup(Aggregations.geometricMean())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Pace.linear())
        .addEqualityGroup(
            Pace.of(new double[] {0, 0.5, 1}, new double[] {0, 0.3, 1}),
            Pace.of(new double[] {0, 0.5, 1}, new double[] {0, 0.3, 1}))
        .addEqualityGroup(Pace.of(new double[] {0, 1}, new double[] {0, 1}))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Point.of(0.5, 0.3), Point.of(0.5, 0.3))
        .addEqualityGroup(Point.of(0.5, 0.4))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Bands.defaults(), Bands.builder().build())
        .addEqualityGroup(Bands.builder().yellowFrom(0.3).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScoringPolicy.defaults(), ScoringPolicy.builder().build())
        .addEqualityGroup(ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build())
        .addEqualityGroup(ScoringPolicy.builder().keyResultKpiShare(0.3).build())
        .addEqualityGroup(ScoringPolicy.builder().putTagStrategy("x", Strategies.binary()).build())
        .testEquals();
    Plan plan = SeedPlans.marketing();
    LocalDate asOf = LocalDate.of(2026, 5, 31);
    new EqualsTester()
        .addEqualityGroup(
            ScoringPolicy.defaults().score(plan, asOf),
            ScoringPolicy.defaults().compile(plan).score(plan, asOf))
        .addEqualityGroup(ScoringPolicy.defaults().score(plan, asOf.minusDays(1)))
        .addEqualityGroup(
            ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build().score(plan, asOf))
        .testEquals();
  }

  @Test
  void publicMethodsRejectNulls() {
    Plan plan = SeedPlans.marketing();
    LocalDate asOf = LocalDate.of(2026, 5, 31);
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Plan.class, plan)
            .setDefault(LocalDate.class, asOf)
            .setDefault(String.class, "KR-partners")
            .setDefault(CheckIn.class, CheckIn.of("KR-forums", asOf, 3))
            .setDefault(ScoringStrategy.class, Strategies.linear())
            .setDefault(Aggregation.class, Aggregations.weightedMean())
            .setDefault(Point.class, Point.of(1, 1))
            .setDefault(PolicyExtensions.class, PolicyExtensions.none())
            .setDefault(ScoringPolicy.class, ScoringPolicy.defaults())
            .setDefault(org.okrkit.core.MeasuredElement.class, plan.keyResults().get(0))
            .setDefault(org.okrkit.core.PlanStructure.class, plan.structure());
    for (Class<?> type :
        new Class<?>[] {
          Strategies.class, Aggregations.class, ScoringPolicy.class, Rollup.class, BatchScorer.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    ScoringPolicy policy = ScoringPolicy.defaults();
    tester.testAllPublicInstanceMethods(policy);
    tester.testAllPublicInstanceMethods(policy.compile(plan));
    tester.testAllPublicInstanceMethods(policy.score(plan, asOf));
    tester.testAllPublicInstanceMethods(PolicyExtensions.none());
  }
}

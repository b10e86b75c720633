package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.testing.PlanArbitraries;

/** Re-scoring after one check-in gives exactly what scoring the new plan afresh gives. */
class IncrementalScoringProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Arbitraries.of(
        ScoringPolicy.defaults(),
        ScoringPolicy.builder().keyResultKpiShare(0.4).build(),
        ScoringPolicy.builder().missingValue(MissingValue.UNSCORED).childObjectiveWeight(2).build(),
        ScoringPolicy.builder()
            .objectiveAggregation(Aggregations.geometricMean())
            .kpiStrategy(Strategies.linear(1.2, true))
            .compositeOkrWeight(0)
            .build(),
        ScoringPolicy.builder().statusRule(StatusRule.weakest()).pace(Pace.frontLoaded(2)).build(),
        ScoringPolicy.builder()
            .statusRule(StatusRule.shareOnTrack(0.6))
            .paceTolerance(PaceTolerance.ratio(0.95, 0.75))
            .build(),
        ScoringPolicy.builder()
            .paceTolerance(PaceTolerance.ratio(0.8, 0.5))
            .pace(Pace.backLoaded(3))
            .compositeKpiWeight(0)
            .build());
  }

  @Property(tries = 300)
  void aScorecardWithACheckInEqualsScoringTheNewPlan(
      @ForAll("plans") Plan plan, @ForAll("policies") ScoringPolicy policy, @ForAll long seed) {
    Random r = new Random(seed);
    LocalDate asOf = plan.period().start().plusDays(20 + r.nextInt(60));
    Scorecard card = policy.score(plan, asOf);
    List<MeasuredElement> measured = new ArrayList<>(plan.keyResults());
    measured.addAll(plan.kpis());
    for (int i = 0; i < 3; i++) {
      MeasuredElement e = measured.get(r.nextInt(measured.size()));
      LocalDate date =
          plan.period().start().plusDays(r.nextInt((int) plan.period().lengthInDays()));
      CheckIn c;
      if (e.target().kind() == Target.Kind.MILESTONES) {
        c = CheckIn.milestone(e.id(), date, e.target().milestones().get(0).name(), r.nextBoolean());
      } else {
        c = CheckIn.of(e.id(), date, r.nextInt(200));
      }
      card = card.withCheckIn(c);
      plan = plan.withCheckIn(c);
      Scorecard fresh = policy.score(plan, asOf);
      assertEquals(fresh.elements(), card.elements());
      assertEquals(fresh.owners(), card.owners());
      assertEquals(fresh, card);
    }
  }

  @Test
  void aDuplicateCheckInGivesBackTheSameScorecard() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    assertSame(card, card.withCheckIn(SeedPlans.marketing().checkIns().get(0)));
  }
}

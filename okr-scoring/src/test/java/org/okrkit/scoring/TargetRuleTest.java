package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.testing.SeedPlans;

/** A target raised in week 9 must not rewrite how the weeks before were judged. */
class TargetRuleTest {
  static final LocalDate WEEK_9 = LocalDate.of(2026, 5, 27);
  final Plan revised =
      SeedPlans.marketing()
          .revise(
              Revision.target(
                  "KR-partners",
                  WEEK_9,
                  Target.increase(0, 25),
                  "a partner network joined",
                  "cmo"));

  static double partners(ScoringPolicy policy, Plan plan, LocalDate asOf) {
    return policy.score(plan, asOf).score("KR-partners").getAsDouble();
  }

  @Test
  void theTargetInForceJudgesEachDate() {
    ScoringPolicy inForce = ScoringPolicy.defaults();
    assertEquals(13 / 25.0, partners(inForce, revised, SeedPlans.AS_OF), 1e-12);
    // before week 9, scores are exactly what they were before the revision
    LocalDate before = WEEK_9.minusDays(1);
    assertEquals(
        partners(inForce, SeedPlans.marketing(), before), partners(inForce, revised, before));
    assertEquals(0.3, partners(inForce, revised, before), 1e-12);
  }

  @Test
  void theOriginalTargetIgnoresRevisions() {
    ScoringPolicy original = ScoringPolicy.builder().targetRule(TargetRule.ORIGINAL).build();
    assertEquals(13 / 20.0, partners(original, revised, SeedPlans.AS_OF), 1e-12);
  }

  @Test
  void aTimeWeightedBlendCountsTheDaysEachTargetWasInForce() {
    ScoringPolicy blend = ScoringPolicy.builder().targetRule(TargetRule.TIME_WEIGHTED).build();
    Scorecard card = blend.score(revised, SeedPlans.AS_OF);
    // 56 days (April 1 to May 26) against 20, then 5 days (May 27 to 31) against 25
    assertEquals((56 * 0.65 + 5 * 0.52) / 61, card.score("KR-partners").getAsDouble(), 1e-12);
    assertTrue(
        card.explain("KR-partners")
            .formula()
            .render()
            .startsWith(
                "time-weighted over 2 targets: (56 days x 0.65 against 0 -> 20 + 5 days x 0.52 against 0 -> 25)"
                    + " / 61 days = 0.639; now (13 - 0) / (25 - 0) = 0.52"),
        card.explain("KR-partners").formula().render());
    // without a revision the blend is the plain score
    assertEquals(
        0.6, blend.score(revised, SeedPlans.AS_OF).score("KR-mentions").getAsDouble(), 1e-12);
  }

  @Test
  void theScorecardKeepsThePlanAsGiven() {
    Scorecard card = ScoringPolicy.defaults().score(revised, WEEK_9.minusDays(1));
    assertEquals(revised, card.plan());
  }

  @Test
  void aTargetReplacedOnTheDayItWasSetIsNeverInForce() {
    Plan twice =
        revised.revise(
            Revision.target("KR-partners", WEEK_9, Target.increase(0, 26), "then one more", "cmo"));
    ScoringPolicy blend = ScoringPolicy.builder().targetRule(TargetRule.TIME_WEIGHTED).build();
    Scorecard card = blend.score(twice, SeedPlans.AS_OF);
    // 56 days against 20, none against 25, then 5 days against 26
    assertEquals(
        java.util.OptionalDouble.of(2), card.explain("KR-partners").formula().number("targets"));
    assertEquals(
        (56 * 0.65 + 5 * (13 / 26.0)) / 61, card.score("KR-partners").getAsDouble(), 1e-12);
  }
}

package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

/** The seed article's plans, with their targets modelled as the article states them. */
class SeedPlansTest {

  @Test
  void marketingExample() {
    Plan plan = SeedPlans.marketing();
    assertEquals(3, plan.keyResultsOf("O-influence").size());
    Target mentions = plan.keyResult("KR-mentions").orElseThrow().target();
    assertEquals(Target.Kind.RELATIVE, mentions.kind());
    assertEquals(OptionalDouble.of(30), mentions.value());
    Kpi campaigns = plan.kpi("K-campaigns").orElseThrow();
    assertEquals(Frequency.MONTHLY, campaigns.frequency());
    assertEquals(OptionalDouble.of(5), campaigns.target().absoluteValue());
    assertEquals(Level.INDIVIDUAL, plan.ownerOf("K-campaigns").level());
  }

  @Test
  void internetCompanyHasRelativeKeyResultsAndARangeKpi() {
    Plan plan = SeedPlans.internetCompany();
    assertEquals(
        OptionalDouble.of(1_300_000),
        plan.keyResult("KR-mau").orElseThrow().target().absoluteValue());
    assertEquals(
        OptionalDouble.of(30), plan.keyResult("KR-time").orElseThrow().target().absoluteValue());
    Kpi features = plan.kpi("K-features").orElseThrow();
    assertEquals(Direction.RANGE, features.measure().direction());
    assertEquals("3 to 5", features.target().describe());
    assertEquals(Frequency.QUARTERLY, features.frequency());
  }

  @Test
  void manufacturerHasLowerIsBetterTargets() {
    Plan plan = SeedPlans.manufacturer();
    KeyResult returns = plan.keyResult("KR-returns").orElseThrow();
    assertEquals(Direction.DECREASE, returns.measure().direction());
    assertEquals(OptionalDouble.of(1), returns.target().absoluteValue());
    Kpi complaints = plan.kpi("K-complaints").orElseThrow();
    assertEquals(Direction.DECREASE, complaints.measure().direction());
    assertEquals(Target.Kind.RELATIVE, complaints.target().kind());
    assertEquals(OptionalDouble.of(-20), complaints.target().value());
    assertEquals(OptionalDouble.of(120), complaints.target().absoluteValue());
    assertEquals(ObjectiveKind.COMMITTED, plan.objective("O-quality").orElseThrow().kind());
    assertEquals(
        OptionalDouble.of(0.6),
        plan.latestCheckIn("K-complaints", SeedPlans.AS_OF).orElseThrow().confidence());
  }

  @Test
  void startUpHasAMilestoneKeyResult() {
    Plan plan = SeedPlans.startUp();
    KeyResult roadshow = plan.keyResult("KR-roadshow").orElseThrow();
    assertEquals(Target.Kind.MILESTONES, roadshow.target().kind());
    assertEquals(Unit.MILESTONE, roadshow.measure().unit());
    assertEquals(1, roadshow.target().milestones().size());
    assertEquals(2, plan.contributorsTo("KR-vc-rounds").size());
  }
}

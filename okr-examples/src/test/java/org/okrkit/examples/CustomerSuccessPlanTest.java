package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Explanation;
import org.okrkit.scoring.Input;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The customer-success plan: confidences reported on check-ins and rolled up, and a key result that
 * fell below its baseline reported as negative progress while it scores 0.
 */
class CustomerSuccessPlanTest {
  static final Path PLANS = Path.of("plans");

  static ScoringPolicy policy() throws IOException {
    return PolicyFiles.read(PLANS.resolve("customer-success.policy.yaml"));
  }

  static Scorecard card() throws IOException {
    return policy().score(PlanFiles.read(PLANS.resolve("customer-success.yaml")), SeedPlans.AS_OF);
  }

  static double confidence(Scorecard card, String id) {
    return card.element(id).orElseThrow().confidence().getAsDouble();
  }

  @Test
  void theHealthKeyResultFellAQuarterBelowItsBaselineAndScoresZero() throws IOException {
    ElementScore health = card().element("KR-health").orElseThrow();
    // from 20 to 0 on the way to 100: (0 - 20) / (100 - 20)
    assertEquals(OptionalDouble.of(-0.25), health.signedProgress());
    assertEquals(OptionalDouble.of(0), health.progress());
    assertEquals(OptionalDouble.of(0), health.score());
    Explanation e = card().explain("KR-health");
    assertTrue(e.inputs().contains(new Input.SignedProgress(-0.25)), e.render());
    assertTrue(e.render().contains("progress 0; signed progress -0.25;"), e.render());
    // beyond the target the signed progress passes 1
    assertEquals(1.1, card().element("K-csat").orElseThrow().signedProgress().getAsDouble(), 1e-12);
  }

  @Test
  void confidencesRollUpByTheScoreWeights() throws IOException {
    Scorecard card = card();
    assertEquals(0.7, confidence(card, "KR-nrr"));
    // KR-churn's May check-in carries none: April's still stands
    assertEquals(0.6, confidence(card, "KR-churn"));
    assertEquals(0.3, confidence(card, "KR-health"));
    assertEquals(OptionalDouble.empty(), card.element("O-onboarding").orElseThrow().confidence());
    // KR-nrr weighs 2, KR-churn and KR-health 1; O-onboarding, unknown, is left out
    assertEquals((2 * 0.7 + 0.6 + 0.3) / 4, confidence(card, "O-retention"), 1e-12);
    assertEquals(0.575, confidence(card, "O-retention"), 1e-12);
    assertEquals(0.575, card.owner("cs").orElseThrow().confidence().getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.of(0.95), card.owner("support").orElseThrow().confidence());
    assertEquals(OptionalDouble.empty(), card.owner("onboarding").orElseThrow().confidence());
    Explanation retention = card.explain("O-retention", 0);
    assertTrue(
        retention.inputs().stream()
            .anyMatch(
                i ->
                    i instanceof Input.RolledUpConfidence r
                        && r.known() == 3
                        && r.parts() == 4
                        && Math.abs(r.confidence() - 0.575) < 1e-12),
        retention.render());
  }

  @Test
  void thePolicyScoresTheSeedPlansAndRollsUpTheirConfidences() throws IOException {
    ScoringPolicy policy = policy();
    for (Plan seed :
        new Plan[] {
          SeedPlans.marketing(),
          SeedPlans.internetCompany(),
          SeedPlans.manufacturer(),
          SeedPlans.startUp()
        }) {
      Scorecard card = policy.score(seed, SeedPlans.AS_OF);
      assertEquals(
          seed.objectives().size() + seed.keyResults().size() + seed.kpis().size(),
          card.elements().size());
    }
    // the manufacturer's complaints KPI reports 0.6; its owner has no other KPI
    Scorecard manufacturer = policy.score(SeedPlans.manufacturer(), SeedPlans.AS_OF);
    assertEquals(
        OptionalDouble.of(0.6), manufacturer.element("K-complaints").orElseThrow().confidence());
    assertEquals(
        OptionalDouble.of(0.6), manufacturer.owner("customer-service").orElseThrow().confidence());
    assertEquals(OptionalDouble.empty(), manufacturer.owner("quality").orElseThrow().confidence());
  }
}

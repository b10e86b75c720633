package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.testing.SeedPlans;

class RolloverTest {

  /** The next quarter's OKR: improve the product and grow word of mouth. */
  static Rollover.Builder productQuarter() {
    return Rollover.from(SeedPlans.techCompany())
        .addObjectives(
            Objective.of("O-product", "Improve the product and grow word of mouth", "product"))
        .addKeyResults(
            KeyResult.of(
                    "KR-nps",
                    "O-product",
                    "Raise the net promoter score from 20 to 40",
                    Measure.increasing("net promoter score", Unit.RATING),
                    Target.increase(20, 40))
                .withWeight(2),
            KeyResult.of(
                "KR-referrals",
                "O-product",
                "Referral sign-ups +25 %",
                Measure.increasing("referral sign-ups", Unit.COUNT),
                Target.increaseByPercent(400, 25)))
        .retire("K-launches")
        .addKpis(
            Kpi.builder()
                .id("K-satisfaction")
                .ownerId("product-manager")
                .title("User satisfaction score of at least 4.5")
                .measure(Measure.increasing("user satisfaction score", Unit.RATING))
                .target(Target.increase(4.1, 4.5))
                .frequency(Frequency.MONTHLY)
                .addContributions(Contribution.to("KR-nps"), Contribution.to("KR-referrals"))
                .build())
        .relink("K-tickets", Contribution.to("KR-nps", 0.5));
  }

  @Test
  @DisplayName(
      "the seed's example: 'number of product launches' gives way to 'user satisfaction >= 4.5'")
  void theSeedsReplacementExample() {
    Rollover.Result r = productQuarter().apply();
    Plan next = r.next();
    assertEquals(Period.quarter(2026, 3), next.period());
    assertTrue(next.kpi("K-launches").isEmpty());
    assertEquals(
        "User satisfaction score of at least 4.5",
        next.kpi("K-satisfaction").orElseThrow().title());
    assertEquals(List.of(), next.checkIns());
    // the closed OKR keeps its final score: 2 of 3 launches
    assertEquals(2 / 3.0, r.closed().score("KR-launches").getAsDouble(), 1e-12);
    assertEquals(2 / 3.0, r.closed().score("O-line").getAsDouble(), 1e-12);
    // K-tickets (86 % on May 31) starts the quarter from its last value
    assertEquals(Target.increase(86, 90), next.kpi("K-tickets").orElseThrow().target());
    assertEquals(
        String.join(
            "\n",
            "Plan: period 2026-Q2 => 2026-Q3",
            "Plan: check-ins 4 => 0",
            "Added (4):",
            "  + objective O-product \"Improve the product and grow word of mouth\"",
            "  + key result KR-nps \"Raise the net promoter score from 20 to 40\"",
            "  + key result KR-referrals \"Referral sign-ups +25 %\"",
            "  + KPI K-satisfaction \"User satisfaction score of at least 4.5\"",
            "Removed (3):",
            "  - objective O-line \"Expand the product line\"",
            "  - key result KR-launches \"Launch 3 new products\"",
            "  - KPI K-launches \"Number of product launches\"",
            "Changed (1):",
            "  ~ KPI K-tickets target: 80 -> 90 => 86 -> 90",
            "Links added (1):",
            "  + K-tickets supports KR-nps (weight 0.5)",
            "Links dropped (1):",
            "  - K-tickets supports KR-launches (weight 0.5)",
            ""),
        PlanDiff.between(SeedPlans.techCompany(), next).render());
  }

  @Test
  void kpiWeightsAreProposedFromTheKeyResultsTheySupport() {
    Rollover.Result r = productQuarter().apply();
    // KR-nps carries 2/3 of O-product, KR-referrals 1/3; K-satisfaction supports both, K-tickets
    // KR-nps
    assertEquals(Map.of("K-tickets", 1.0, "K-satisfaction", 1.0), r.proposedWeights());
    Rollover.Result applied = productQuarter().applyProposedWeights(true).apply();
    assertEquals(1.0, applied.next().kpi("K-tickets").orElseThrow().weight());
    Rollover.Result shared =
        productQuarter()
            .addKpis(
                Kpi.builder()
                    .id("K-referral-calls")
                    .ownerId("product-manager")
                    .title("Referral calls")
                    .measure(Measure.increasing("referral calls", Unit.COUNT))
                    .target(Target.increase(0, 30))
                    .weight(2)
                    .addContribution(Contribution.to("KR-referrals"))
                    .build())
            .apply();
    // the product manager's two KPIs (weights 1 and 2) share their total 3 as 1 : 1/3
    assertEquals(3 * 1.0 / (1 + 1 / 3.0), shared.proposedWeights().get("K-satisfaction"), 1e-12);
    assertEquals(
        3 * (1 / 3.0) / (1 + 1 / 3.0), shared.proposedWeights().get("K-referral-calls"), 1e-12);
  }

  @Test
  void kpisThatSupportNothingAreCandidatesForRetirement() {
    Rollover.Result r =
        Rollover.from(SeedPlans.techCompany())
            .addObjectives(Objective.of("O-product", "Improve the product", "product"))
            .addKeyResults(
                KeyResult.of(
                    "KR-nps",
                    "O-product",
                    "NPS 40",
                    Measure.increasing("nps", Unit.RATING),
                    Target.increase(20, 40)))
            .apply();
    assertEquals(List.of("K-launches", "K-tickets"), r.retirementCandidates());
    assertEquals(Map.of(), r.proposedWeights());
    assertTrue(
        r.render().contains("Candidates for retirement (support nothing): K-launches, K-tickets\n"),
        r.render());
  }

  @Test
  void aTargetAlreadyMetIsListedForReview() {
    Plan closing = SeedPlans.startUp();
    Rollover.Result r = Rollover.from(closing).keep("O-funding").apply();
    // the founder held 4 VC meetings against a target of 3: the baseline stays, the target needs
    // raising
    assertEquals(
        "its last value 4 already meets the target 3; raise the target",
        r.targetsToReview().get("K-vc-meetings"));
    assertEquals(Target.increase(0, 3), r.next().kpi("K-vc-meetings").orElseThrow().target());
    assertEquals(List.of(), r.retirementCandidates());
  }

  @Test
  void relativeTargetsAreRecomputedFromTheNewBaseline() {
    Rollover.Result r = Rollover.from(SeedPlans.manufacturer()).keep("O-quality").apply();
    Target complaints = r.next().kpi("K-complaints").orElseThrow().target();
    // 131 complaints last quarter: -20 % of 131
    assertEquals(Target.decreaseByPercent(131, 20), complaints);
    assertEquals(104.8, complaints.absoluteValue().getAsDouble(), 1e-9);
  }

  @Test
  void withoutRebaseliningTargetsStayAsTheyWere() {
    Rollover.Result r =
        Rollover.from(SeedPlans.manufacturer()).keep("O-quality").rebaseline(false).apply();
    assertEquals(
        Target.decreaseByPercent(150, 20), r.next().kpi("K-complaints").orElseThrow().target());
    assertTrue(PlanDiff.between(SeedPlans.manufacturer(), r.next()).changed().isEmpty());
  }

  @Test
  void aWeightGivenIsAppliedWhateverIsProposed() {
    Rollover.Result r =
        productQuarter().reweight("K-tickets", 3).applyProposedWeights(true).apply();
    assertEquals(3.0, r.next().kpi("K-tickets").orElseThrow().weight());
    assertTrue(
        r.steps()
            .contains(
                RolloverStep.of(
                    RolloverStep.Kind.REWEIGHTED, "K-tickets", "weight 1 => 3, as given")),
        r.steps()::toString);
    assertEquals(
        List.of("~ KPI K-tickets weight: 1 => 3"),
        PlanDiff.between(SeedPlans.techCompany(), r.next()).weights().stream()
            .map(w -> "~ " + w)
            .toList());
    // the weight it has already is no change
    assertTrue(
        productQuarter().reweight("K-tickets", 1).apply().steps().stream()
            .noneMatch(s -> s.kind() == RolloverStep.Kind.REWEIGHTED));
  }

  @Test
  void mistakesAreNamed() {
    assertEquals(
        "the weight of KPI 'K-tickets' must be a finite number above 0, got 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> Rollover.from(SeedPlans.techCompany()).reweight("K-tickets", 0))
            .getMessage());
    assertEquals(
        "unknown KPI 'K-nope'",
        assertThrows(
                UnknownIdException.class,
                () -> Rollover.from(SeedPlans.techCompany()).reweight("K-nope", 2))
            .getMessage());
    assertEquals(
        "KPI 'K-launches' is both retired and reweighted",
        assertThrows(
                IllegalArgumentException.class,
                () -> productQuarter().reweight("K-launches", 2).apply())
            .getMessage());
    assertEquals(
        "unknown KPI 'K-nope'",
        assertThrows(
                UnknownIdException.class,
                () -> Rollover.from(SeedPlans.techCompany()).retire("K-nope"))
            .getMessage());
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () ->
                Rollover.from(SeedPlans.techCompany())
                    .relink("K-tickets", Contribution.to("KR-launches"))
                    .apply());
    assertEquals(
        "kpis[K-tickets].contributions[KR-launches].keyResult: unknown key result 'KR-launches'",
        e.problems().get(0).toString());
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** Confidence: reported on key results and KPIs, rolled up to objectives and owners. */
class ConfidenceTest {
  static final LocalDate APRIL = LocalDate.of(2026, 4, 30);
  static final LocalDate MAY = SeedPlans.AS_OF;

  static CheckIn checkIn(String id, LocalDate date, double value, double confidence) {
    return CheckIn.builder().elementId(id).date(date).value(value).confidence(confidence).build();
  }

  static KeyResult kr(String id, String objective, double weight) {
    return KeyResult.builder()
        .id(id)
        .objectiveId(objective)
        .title(id)
        .measure(Measure.increasing("m", Unit.COUNT))
        .target(Target.increase(20, 100))
        .weight(weight)
        .build();
  }

  /**
   * Team's O-team (KR-a weight 2, KR-b, KR-c) with Ann's O-ann (KR-d) rolling into it; Ann's KPI
   * K-ann.
   */
  static Plan plan() {
    return Plan.builder()
        .period(SeedPlans.QUARTER)
        .addOwners(
            Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
        .addObjectives(
            Objective.of("O-team", "Team's objective", "team"),
            Objective.builder()
                .id("O-ann")
                .title("Ann's objective")
                .ownerId("ann")
                .parentId("O-team")
                .build())
        .addKeyResults(kr("KR-a", "O-team", 2), kr("KR-b", "O-team", 1), kr("KR-c", "O-team", 1))
        .addKeyResults(kr("KR-d", "O-ann", 1))
        .addKpis(
            Kpi.builder()
                .id("K-ann")
                .ownerId("ann")
                .title("Ann's KPI")
                .measure(Measure.increasing("k", Unit.COUNT))
                .target(Target.increase(0, 4))
                .build())
        .addCheckIns(
            checkIn("KR-a", APRIL, 30, 0.8),
            checkIn("KR-a", MAY, 40, 0.7),
            checkIn("KR-b", APRIL, 30, 0.6),
            // a check-in without a confidence leaves the last one reported standing
            CheckIn.of("KR-b", MAY, 50),
            CheckIn.of("KR-c", MAY, 0),
            checkIn("K-ann", MAY, 3, 0.9))
        .build();
  }

  static OptionalDouble confidence(Scorecard card, String id) {
    return card.element(id).orElseThrow().confidence();
  }

  @Test
  void aKeyResultReportsItsLatestConfidenceAndUnknownIsEmpty() {
    Scorecard card = ScoringPolicy.defaults().score(plan(), MAY);
    assertEquals(OptionalDouble.of(0.7), confidence(card, "KR-a"));
    assertEquals(OptionalDouble.of(0.6), confidence(card, "KR-b"));
    assertEquals(OptionalDouble.empty(), confidence(card, "KR-c"));
    assertEquals(OptionalDouble.empty(), confidence(card, "KR-d"));
    assertEquals(OptionalDouble.of(0.9), confidence(card, "K-ann"));
    // as of April, KR-a's May report is not yet made
    Scorecard april = ScoringPolicy.defaults().score(plan(), APRIL);
    assertEquals(OptionalDouble.of(0.8), confidence(april, "KR-a"));
    assertEquals(OptionalDouble.empty(), confidence(april, "K-ann"));
  }

  @Test
  void anObjectiveTakesTheWeightedMeanOfTheKnownConfidences() {
    Scorecard card = ScoringPolicy.defaults().score(plan(), MAY);
    // KR-c unknown: (2 * 0.7 + 1 * 0.6) / 3, the weights renormalised over KR-a and KR-b
    assertEquals((2 * 0.7 + 0.6) / 3, confidence(card, "O-team").getAsDouble(), 1e-15, "O-team");
    // every part unknown: unknown, not 0
    assertEquals(OptionalDouble.empty(), confidence(card, "O-ann"));
  }

  @Test
  void contributingObjectivesCountByTheChildWeight() {
    Plan plan = plan().withCheckIn(checkIn("KR-d", MAY, 25, 0.1));
    Scorecard card = ScoringPolicy.builder().childObjectiveWeight(2).build().score(plan, MAY);
    assertEquals(OptionalDouble.of(0.1), confidence(card, "O-ann"));
    assertEquals((2 * 0.7 + 0.6 + 2 * 0.1) / 5, confidence(card, "O-team").getAsDouble(), 1e-15);
    // with the child weight 0 the contributing objective is left out, as its score is
    Scorecard without = ScoringPolicy.builder().childObjectiveWeight(0).build().score(plan, MAY);
    assertEquals((2 * 0.7 + 0.6) / 3, confidence(without, "O-team").getAsDouble(), 1e-15);
  }

  @Test
  void anOwnerMixesItsKpisAndObjectivesByTheCompositeWeights() {
    Plan plan = plan().withCheckIn(checkIn("KR-d", MAY, 25, 0.1));
    ScoringPolicy policy =
        ScoringPolicy.builder().compositeKpiWeight(0.7).compositeOkrWeight(0.3).build();
    Scorecard card = policy.score(plan, MAY);
    assertEquals(
        0.7 * 0.9 + 0.3 * 0.1, card.owner("ann").orElseThrow().confidence().getAsDouble(), 1e-15);
    // the team has no KPIs: its objective alone, with Ann's rolling into it by the default weight 1
    assertEquals(
        (2 * 0.7 + 0.6 + 0.1) / 4,
        card.owner("team").orElseThrow().confidence().getAsDouble(),
        1e-15);
    // Ann's objective unknown: her KPI's confidence alone, not mixed with 0
    Scorecard before = policy.score(plan(), MAY);
    assertEquals(OptionalDouble.of(0.9), before.owner("ann").orElseThrow().confidence());
  }

  @Test
  void explanationsCarryTheConfidenceAsData() {
    Scorecard card = ScoringPolicy.defaults().score(plan(), MAY);
    Explanation kr = card.explain("KR-b");
    assertTrue(kr.inputs().contains(new Input.ReportedConfidence(0.6, APRIL)), kr.render());
    Explanation objective = card.explain("O-team", 0);
    Input.RolledUpConfidence rolled =
        objective.inputs().stream()
            .filter(Input.RolledUpConfidence.class::isInstance)
            .map(Input.RolledUpConfidence.class::cast)
            .findFirst()
            .orElseThrow();
    // KR-a and KR-b known; KR-c and O-ann, which rolls into O-team, unknown
    assertEquals(2, rolled.known());
    assertEquals(4, rolled.parts());
    assertEquals((2 * 0.7 + 0.6) / 3, rolled.confidence(), 1e-15);
    assertTrue(
        objective
            .render()
            .contains("confidence 0.667 rolled up from 2 of 4 parts with a confidence"),
        objective.render());
    assertTrue(kr.render().contains("; confidence 0.6 reported on 2026-04-30"), kr.render());
    // unknown: no confidence input at all
    assertFalse(
        card.explain("KR-c").inputs().stream().anyMatch(i -> i instanceof Input.ReportedConfidence),
        card.explain("KR-c").render());
    assertFalse(card.explain("O-ann", 0).render().contains("confidence"));
  }

  @Test
  void anOwnersExplanationRollsUpItsParts() {
    Scorecard card = ScoringPolicy.defaults().score(plan(), MAY);
    Explanation ann = card.explain("ann");
    assertTrue(ann.inputs().contains(new Input.RolledUpConfidence(0.9, 1, 2)), ann.render());
    Explanation kpis = ann.children().get(0);
    assertEquals(Explanation.Kind.OWNER_KPIS, kpis.kind());
    assertEquals(List.of(new Input.RolledUpConfidence(0.9, 1, 1)), kpis.inputs());
    assertEquals(List.of(), ann.children().get(1).inputs());
  }

  @Test
  void confidenceInputsCheckTheirRanges() {
    assertEquals(
        "confidence must lie from 0 to 1, got 1.5",
        assertThrows(IllegalArgumentException.class, () -> new Input.ReportedConfidence(1.5, MAY))
            .getMessage());
    assertEquals(
        "known parts must lie from 1 to the 2 parts, got 3",
        assertThrows(IllegalArgumentException.class, () -> new Input.RolledUpConfidence(0.5, 3, 2))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Input.RolledUpConfidence(Double.NaN, 1, 1));
    assertEquals(
        "confidence 0.25 reported on 2026-05-31", new Input.ReportedConfidence(0.25, MAY).render());
    assertEquals(
        "confidence 0.5 rolled up from 1 of 3 parts with a confidence",
        new Input.RolledUpConfidence(0.5, 1, 3).render());
  }

  @Test
  void withCheckInUpdatesTheConfidenceAsScoringAfreshDoes() {
    CompiledPolicy compiled = ScoringPolicy.defaults().compile(plan());
    Scorecard card = compiled.score(plan(), MAY);
    CheckIn next = checkIn("KR-c", MAY, 5, 0.2);
    Scorecard incremental = card.withCheckIn(next);
    Scorecard fresh = ScoringPolicy.defaults().score(plan().withCheckIn(next), MAY);
    assertEquals(fresh.elements(), incremental.elements());
    assertEquals(fresh.owners(), incremental.owners());
    assertEquals((2 * 0.7 + 0.6 + 0.2) / 4, confidence(incremental, "O-team").getAsDouble(), 1e-15);
  }
}

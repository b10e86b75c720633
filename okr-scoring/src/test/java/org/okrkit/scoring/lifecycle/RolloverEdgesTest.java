package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.MissingValue;
import org.okrkit.scoring.ScoringPolicy;

/**
 * A rollover at the edges of its rules: last values exactly at a target or on a range's end,
 * contributions relinked with and without a change, proposed weights that need rounding.
 */
class RolloverEdgesTest {
  static final Period Q1 = Period.quarter(2025, 1);

  static Kpi kpi(String id, Measure measure, Target target, Contribution... contributions) {
    return Kpi.builder()
        .id(id)
        .ownerId("t")
        .title(id)
        .measure(measure)
        .target(target)
        .frequency(Frequency.QUARTERLY)
        .addContributions(contributions)
        .build();
  }

  /**
   * Team t's quarter: O1 with KR1 (weight 1) and KR2 (weight 2), O2 with KR3; KPIs with their last
   * values.
   */
  static Plan.Builder quarter() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    return Plan.builder()
        .period(Q1)
        .addOwners(Owner.of("t", "Team", Level.TEAM))
        .addObjectives(Objective.of("O1", "Kept", "t"), Objective.of("O2", "Closed", "t"))
        .addKeyResults(
            KeyResult.of("KR1", "O1", "One", up, Target.increase(0, 10)),
            KeyResult.of("KR2", "O1", "Two", up, Target.increase(0, 10)).withWeight(2),
            KeyResult.of("KR3", "O2", "Three", up, Target.increase(0, 10)));
  }

  static List<String> steps(Rollover.Result r) {
    return r.steps().stream().map(RolloverStep::toString).collect(Collectors.toList());
  }

  @Test
  void lastValuesOnTheTargetOrOnARangesEndAreMet() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Measure down = Measure.decreasing("m", Unit.COUNT);
    Measure band = Measure.range("m", Unit.COUNT);
    Plan closing =
        quarter()
            .addKpis(
                kpi("K-up", up, Target.increase(0, 10)),
                kpi("K-down", down, Target.decrease(20, 10)),
                kpi("K-short", down, Target.decrease(20, 10)),
                kpi("K-low", band, Target.range(3, 5).withBaseline(8)),
                kpi("K-high", band, Target.range(3, 5).withBaseline(1)),
                kpi("K-out", band, Target.range(3, 5)),
                kpi("K-rel", up, Target.increaseByPercent(100, 10)),
                kpi("K-rel-up", up, Target.increaseByPercent(100, 10)))
            .addCheckIns(
                CheckIn.of("K-up", Q1.end(), 10),
                CheckIn.of("K-down", Q1.end(), 10),
                CheckIn.of("K-short", Q1.end(), 12),
                CheckIn.of("K-low", Q1.end(), 3),
                CheckIn.of("K-high", Q1.end(), 5),
                CheckIn.of("K-out", Q1.end(), 9),
                CheckIn.of("K-rel", Q1.end(), 0),
                CheckIn.of("K-rel-up", Q1.end(), 120))
            .build();
    Rollover.Result r = Rollover.from(closing).keep("O1").apply();
    assertEquals(
        Map.of(
            "K-up",
            "its last value 10 already meets the target 10; raise the target",
            "K-down",
            "its last value 10 already meets the target 10; raise the target",
            "K-rel",
            "its last value 0 cannot be the baseline of a relative target; set one"),
        r.targetsToReview());
    Plan next = r.next();
    assertEquals(Target.increase(0, 10), next.kpi("K-up").orElseThrow().target());
    assertEquals(Target.decrease(12, 10), next.kpi("K-short").orElseThrow().target());
    // on a range's end is inside it: the baseline outside is dropped
    assertEquals(Target.range(3, 5), next.kpi("K-low").orElseThrow().target());
    assertEquals(Target.range(3, 5), next.kpi("K-high").orElseThrow().target());
    assertEquals(Target.range(3, 5).withBaseline(9), next.kpi("K-out").orElseThrow().target());
    assertEquals(Target.increaseByPercent(120, 10), next.kpi("K-rel-up").orElseThrow().target());
    assertEquals(
        List.of(
            "REBASELINED K-short: target 20 -> 10 => 12 -> 10",
            "REBASELINED K-low: target 3 to 5 (from 8) => 3 to 5",
            "REBASELINED K-high: target 3 to 5 (from 1) => 3 to 5",
            "REBASELINED K-out: target 3 to 5 => 3 to 5 (from 9)",
            "REBASELINED K-rel-up: target +10 % of 100 (110) => +10 % of 120 (132)"),
        steps(r).stream().filter(s -> s.startsWith("REBASELINED")).collect(Collectors.toList()));
  }

  @Test
  void relinkingRecordsEachContributionThatChanged() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Plan closing =
        quarter()
            .addKpis(
                kpi(
                    "K",
                    up,
                    Target.increase(0, 10),
                    Contribution.to("KR1", 1),
                    Contribution.to("KR2", 2),
                    Contribution.to("KR3", 1)))
            .build();
    Rollover.Result r =
        Rollover.from(closing)
            .keep("O1")
            .relink("K", Contribution.to("KR1", 1), Contribution.to("KR2", 0.5))
            .apply();
    assertEquals(
        List.of(
            "LINK_REWEIGHTED K: contribution to KR2 2 => 0.5",
            "LINK_DROPPED K: supported KR3, relinked"),
        steps(r).stream().filter(s -> s.startsWith("LINK")).collect(Collectors.toList()));
    // without a relink, the tie to the closed key result is dropped and the others kept
    Rollover.Result kept = Rollover.from(closing).keep("O1").apply();
    assertEquals(
        List.of("LINK_DROPPED K: supported KR3, which closed"),
        steps(kept).stream().filter(s -> s.startsWith("LINK")).collect(Collectors.toList()));
    assertEquals(
        List.of(Contribution.to("KR1", 1), Contribution.to("KR2", 2)),
        kept.next().kpi("K").orElseThrow().contributions());
    assertEquals(
        "KPI 'K' is both retired and relinked",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Rollover.from(closing).retire("K").relink("K", Contribution.to("KR1")).apply())
            .getMessage());
  }

  @Test
  void proposedWeightsShareTheOwnersKpiWeightByTheKeyResultsSupported() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Plan closing =
        quarter()
            .addKpis(
                kpi("K-one", up, Target.increase(0, 10), Contribution.to("KR1")),
                kpi("K-two", up, Target.increase(0, 10), Contribution.to("KR2")),
                kpi("K-none", up, Target.increase(0, 10)))
            .build();
    // KR1 carries 1/3 of O1 and KR2 2/3; K-one and K-new support KR1, K-two KR2: the owner's
    // total KPI weight 3 splits 1/3 : 2/3 : 1/3
    Rollover.Result r =
        Rollover.from(closing)
            .keep("O1")
            .rebaseline(false)
            .applyProposedWeights(true)
            .addKpis(kpi("K-new", up, Target.increase(0, 5), Contribution.to("KR1")))
            .apply();
    assertEquals(List.of("K-one", "K-two", "K-new"), List.copyOf(r.proposedWeights().keySet()));
    assertEquals(0.75, r.proposedWeights().get("K-one"), 1e-12);
    assertEquals(1.5, r.proposedWeights().get("K-two"), 1e-12);
    assertEquals(0.75, r.next().kpi("K-one").orElseThrow().weight(), 1e-12);
    assertEquals(1.5, r.next().kpi("K-two").orElseThrow().weight(), 1e-12);
    // a KPI added now keeps the weight it was given
    assertEquals(1.0, r.next().kpi("K-new").orElseThrow().weight());
    assertEquals(
        String.join(
            "\n",
            "Rollover 2025-Q1 -> 2025-Q2",
            "  NEXT_PERIOD: 2025-Q1 => 2025-Q2; 0 check-ins and 0 revisions stay with 2025-Q1",
            "  KEPT O1: objective \"Kept\"",
            "  CLOSED O2: objective \"Closed\", final score 0",
            "  CLOSED KR3: key result \"Three\", final score 0",
            "  ADDED K-new: KPI \"K-new\"",
            "  REWEIGHTED K-one: weight 1 => 0.75",
            "  REWEIGHTED K-two: weight 1 => 1.5",
            "Proposed KPI weights:",
            "  K-one: 0.75",
            "  K-two: 1.5",
            "  K-new: 0.75",
            "Candidates for retirement (support nothing): K-none",
            ""),
        r.render());
  }

  @Test
  void renderRoundsWeightsAndListsTargetsToReview() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Plan closing =
        quarter()
            .addKpis(
                kpi("K-one", up, Target.increase(0, 10), Contribution.to("KR1")),
                kpi("K-two", up, Target.increase(0, 10), Contribution.to("KR2")))
            .addCheckIns(CheckIn.of("K-one", Q1.end(), 12))
            .build();
    Rollover.Result r =
        Rollover.from(closing)
            .keep("O1")
            .policy(ScoringPolicy.builder().missingValue(MissingValue.UNSCORED).build())
            .apply();
    assertEquals(
        String.join(
            "\n",
            "Rollover 2025-Q1 -> 2025-Q2",
            "  NEXT_PERIOD: 2025-Q1 => 2025-Q2; 1 check-ins and 0 revisions stay with 2025-Q1",
            "  KEPT O1: objective \"Kept\"",
            "  CLOSED O2: objective \"Closed\", final score unscored",
            "  CLOSED KR3: key result \"Three\", final score unscored",
            "Proposed KPI weights:",
            "  K-one: 0.6667",
            "  K-two: 1.3333",
            "Review the target of K-one: its last value 12 already meets the target 10; raise the"
                + " target",
            ""),
        r.render());
  }

  @Test
  void aStepWithoutDetailIsItsKindAndId() {
    assertEquals("RETIRED K", RolloverStep.of(RolloverStep.Kind.RETIRED, "K", "").toString());
    assertEquals(
        "RETIRED K: KPI \"k\"",
        RolloverStep.of(RolloverStep.Kind.RETIRED, "K", "KPI \"k\"").toString());
  }
}

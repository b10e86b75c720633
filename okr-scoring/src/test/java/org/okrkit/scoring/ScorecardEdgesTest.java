package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
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

/** Owners' explanations and text, explanation depth, and the edges of pace and status. */
class ScorecardEdgesTest {
  static final LocalDate AS_OF = ScorecardTest.AS_OF;

  static List<String> ids(List<Explanation> explanations) {
    return explanations.stream().map(Explanation::id).collect(Collectors.toList());
  }

  @Test
  void anOwnersExplanationShowsBothPartsAndTheirComposite() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .kpiAggregation(Aggregations.minimum())
            .compositeKpiWeight(1)
            .compositeOkrWeight(1)
            .build();
    Scorecard card = policy.score(ScorecardTest.annsPlan(), AS_OF);
    Explanation ann = card.explain("ann");
    Formula composite = ann.formula();
    assertEquals(Formula.Kind.COMPOSITE, composite.kind());
    assertEquals(OptionalDouble.of(1), composite.number("kpiWeight"));
    assertEquals(OptionalDouble.of(1), composite.number("kpi"));
    assertEquals(OptionalDouble.of(1), composite.number("okrWeight"));
    assertEquals(OptionalDouble.of(0.5), composite.number("okr"));
    assertEquals(OptionalDouble.of(2), composite.number("total"));
    assertEquals(OptionalDouble.of(0.75), composite.result());
    Explanation kpis = ann.children().get(0);
    Explanation okrs = ann.children().get(1);
    assertEquals(Explanation.Kind.OWNER_KPIS, kpis.kind());
    assertEquals(new Rule.OwnerPart(Aggregations.minimum(), true), kpis.rule());
    assertEquals(List.of("K-ann"), ids(kpis.children()));
    assertEquals(Explanation.Kind.OWNER_OKRS, okrs.kind());
    assertEquals(new Rule.OwnerPart(Aggregations.weightedMean(), false), okrs.rule());
    assertEquals(List.of("O-ann"), ids(okrs.children()));
    assertEquals(OptionalDouble.of(1), okrs.children().get(0).weight());
  }

  @Test
  void anExplanationStopsAtItsDepth() {
    Scorecard card = ScoringPolicy.defaults().score(ScorecardTest.annsPlan(), AS_OF);
    Explanation one = card.explain("ann", 1);
    assertEquals(2, one.children().size());
    for (Explanation part : one.children()) {
      assertEquals(List.of(), part.children());
    }
    Explanation two = card.explain("ann", 2);
    assertEquals(List.of("O-ann"), ids(two.children().get(1).children()));
    assertEquals(List.of(), two.children().get(1).children().get(0).children());
    assertEquals(List.of(), card.explain("ann", 0).children());
    assertEquals(
        "maxDepth must be at least 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> card.explain("ann", -1)).getMessage());
  }

  /** O-parent of the team, with O-child of Ann contributing to it. */
  static Plan nested() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    return Plan.builder()
        .period(ScorecardTest.Q2)
        .addOwners(
            Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
        .addObjectives(
            Objective.of("O-parent", "Parent", "team"),
            Objective.builder()
                .id("O-child")
                .title("Child")
                .ownerId("ann")
                .parentId("O-parent")
                .build())
        .addKeyResults(
            KeyResult.of("KR-p", "O-parent", "P", up, Target.increase(0, 10)),
            KeyResult.of("KR-c", "O-child", "C", up, Target.increase(0, 10)))
        .addCheckIns(CheckIn.of("KR-p", AS_OF, 2), CheckIn.of("KR-c", AS_OF, 8))
        .build();
  }

  @Test
  void anObjectiveIsExplainedByTheObjectivesThatCountInIt() {
    Scorecard card = ScoringPolicy.builder().childObjectiveWeight(3).build().score(nested(), AS_OF);
    Explanation parent = card.explain("O-parent");
    assertEquals(List.of("KR-p", "O-child"), ids(parent.children()));
    assertEquals(OptionalDouble.of(3), parent.children().get(1).weight());
    assertEquals((0.2 + 3 * 0.8) / 4, card.score("O-parent").getAsDouble(), 1e-12);
    Scorecard alone =
        ScoringPolicy.builder().childObjectiveWeight(0).build().score(nested(), AS_OF);
    assertEquals(List.of("KR-p"), ids(alone.explain("O-parent").children()));
    assertEquals(0.2, alone.score("O-parent").getAsDouble(), 1e-12);
  }

  @Test
  void everyOwnerIsListedAndRenderedInPlanOrder() {
    Scorecard card = ScoringPolicy.defaults().score(ScorecardTest.annsPlan(), AS_OF);
    assertEquals(
        List.of("team", "ann"),
        card.owners().stream().map(OwnerScore::id).collect(Collectors.toList()));
    assertEquals(
        String.join(
            "\n",
            "Plan 2026-Q2, scored as of 2026-05-31",
            "",
            "Owners",
            "  team                     -                           KPI -      OKR -",
            "  ann                      0.85     GREEN   ON_TRACK   KPI 1      OKR 0.5",
            "",
            "Elements",
            "  O-ann                    0.5      YELLOW  AT_RISK    Ann's objective",
            "  KR-ann                   0.5      YELLOW  AT_RISK    Ann's key result",
            "  K-ann                    1        GREEN   ON_TRACK   Ann's KPI",
            ""),
        card.render());
    assertTrue(card.toString().startsWith("Scorecard[Plan["), card.toString());
    assertTrue(card.toString().endsWith(" as of 2026-05-31]"), card.toString());
  }

  /** A KPI with a period of its own of {@code days} days, reported monthly. */
  static Plan monthlyKpi(int days) {
    LocalDate start = LocalDate.of(2026, 4, 1);
    return Plan.builder()
        .period(ScorecardTest.Q2)
        .addOwners(Owner.of("team", "Team", Level.TEAM))
        .addKpis(
            Kpi.builder()
                .id("K")
                .ownerId("team")
                .title("K")
                .measure(Measure.increasing("k", Unit.COUNT))
                .target(Target.increase(0, 4))
                .frequency(Frequency.MONTHLY)
                .period(Period.of(start, start.plusDays(days - 1)))
                .build())
        .build();
  }

  @Test
  void aKpiReportedTwiceInItsPeriodIsExpectedInFullEachTime() {
    LocalDate asOf = LocalDate.of(2026, 4, 14);
    // two months of 28 days: each report states the month's figure
    assertEquals(
        OptionalDouble.of(1),
        ScoringPolicy.defaults()
            .score(monthlyKpi(56), asOf)
            .element("K")
            .orElseThrow()
            .expectedProgress());
    // one day less, and the KPI reports once: expected at the pace, 14 days of 55
    assertEquals(
        14 / 55.0,
        ScoringPolicy.defaults()
            .score(monthlyKpi(55), asOf)
            .element("K")
            .orElseThrow()
            .expectedProgress()
            .getAsDouble(),
        1e-12);
  }

  @Test
  void aGapExactlyAtATolerancesEdgeIsWithinIt() {
    // half-way through a 10-day period, a key result at 0.25 is 0.25 behind
    Period tenDays = Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));
    Plan plan =
        Plan.builder()
            .period(tenDays)
            .addOwners(Owner.of("team", "Team", Level.TEAM))
            .addObjectives(Objective.of("O", "O", "team"))
            .addKeyResults(
                KeyResult.of(
                    "KR", "O", "KR", Measure.increasing("m", Unit.COUNT), Target.increase(0, 4)))
            .addCheckIns(CheckIn.of("KR", LocalDate.of(2026, 4, 5), 1))
            .build();
    LocalDate asOf = LocalDate.of(2026, 4, 5);
    ScoringPolicy atRisk =
        ScoringPolicy.builder().onTrackTolerance(0.1).atRiskTolerance(0.25).build();
    assertEquals(
        java.util.Optional.of(Status.AT_RISK),
        atRisk.score(plan, asOf).element("KR").orElseThrow().status());
    ScoringPolicy onTrack =
        ScoringPolicy.builder().onTrackTolerance(0.25).atRiskTolerance(0.25).build();
    assertEquals(
        java.util.Optional.of(Status.ON_TRACK),
        onTrack.score(plan, asOf).element("KR").orElseThrow().status());
    ScoringPolicy offTrack =
        ScoringPolicy.builder().onTrackTolerance(0.1).atRiskTolerance(0.2).build();
    assertEquals(
        java.util.Optional.of(Status.OFF_TRACK),
        offTrack.score(plan, asOf).element("KR").orElseThrow().status());
  }

  @Test
  void aHostStrategyIsGivenTheElementTheDateAndThePeriod() {
    List<ScoringInput> seen = new java.util.ArrayList<>();
    ScoringStrategy recording =
        in -> {
          seen.add(in);
          return 0.5;
        };
    ScoringPolicy.builder()
        .keyResultStrategy(recording)
        .build()
        .score(ScorecardTest.annsPlan(), AS_OF);
    ScoringInput kr = seen.get(0);
    assertEquals(java.util.Optional.of("KR-ann"), kr.elementId());
    assertEquals(java.util.Optional.of(AS_OF), kr.asOf());
    assertEquals(java.util.Optional.of(ScorecardTest.Q2), kr.period());
    assertEquals("ScoringInput[INCREASE 0 -> 10, actual 5, KR-ann]", kr.toString());
    ScoringInput bare = ScoringInput.of(kr.measure(), kr.target(), 5);
    assertEquals(java.util.Optional.empty(), bare.asOf());
    assertEquals(java.util.Optional.empty(), bare.period());
    assertEquals("ScoringInput[INCREASE 0 -> 10, actual 5]", bare.toString());
  }

  @Test
  void aForecastNeedsTwoPointsAndTheBaselineIsOne() {
    // the baseline at the period's start and one check-in ten days later: 0.3 a day
    Plan plan =
        Plan.builder()
            .period(ScorecardTest.Q2)
            .addOwners(Owner.of("team", "Team", Level.TEAM))
            .addObjectives(Objective.of("O", "O", "team"))
            .addKeyResults(
                KeyResult.of(
                    "KR", "O", "KR", Measure.increasing("m", Unit.COUNT), Target.increase(0, 100)))
            .addCheckIns(CheckIn.of("KR", LocalDate.of(2026, 4, 11), 3))
            .build();
    Forecast f = ScoringPolicy.defaults().score(plan, AS_OF).forecast("KR").orElseThrow();
    assertEquals(2, f.points());
    assertEquals(0.3, f.slopePerDay(), 1e-12);
    // June 30 is 90 days after April 1
    assertEquals(27, f.value(), 1e-9);
    assertEquals(0.27, f.score(), 1e-9);
  }
}

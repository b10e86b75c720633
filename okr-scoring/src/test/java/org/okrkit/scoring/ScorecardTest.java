package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
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
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.testing.RandomPlans;

class ScorecardTest {
  static final LocalDate AS_OF = SeedPlans.AS_OF;
  static final Period Q2 = SeedPlans.QUARTER;

  static double score(Scorecard card, String id) {
    return card.score(id).orElseThrow();
  }

  @Test
  void marketingUnderTheDefaultPolicy() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    assertEquals(0.65, score(card, "KR-partners"));
    assertEquals(0.6, score(card, "KR-mentions"));
    assertEquals(0.4, score(card, "KR-forums"));
    assertEquals(0.55, score(card, "O-influence"), 1e-12);
    assertEquals(0.0, score(card, "K-campaigns"));
    ElementScore forums = card.element("KR-forums").orElseThrow();
    assertEquals(Optional.of(Band.YELLOW), forums.band());
    assertEquals(Optional.of(Status.OFF_TRACK), forums.status());
    assertEquals(OptionalDouble.of(2), forums.actual());
    assertEquals(61 / 91.0, forums.expectedProgress().getAsDouble(), 1e-12);
    assertEquals(Optional.of(Status.ON_TRACK), card.element("KR-partners").orElseThrow().status());
    assertEquals(Optional.of(Status.AT_RISK), card.element("O-influence").orElseThrow().status());
    // a monthly KPI is expected to meet its target in every report: 4 of 5 campaigns is at risk
    assertEquals(
        OptionalDouble.of(1.0), card.element("K-campaigns").orElseThrow().expectedProgress());
    assertEquals(Optional.of(Status.AT_RISK), card.element("K-campaigns").orElseThrow().status());
    assertEquals(Optional.of(Band.RED), card.element("K-campaigns").orElseThrow().band());
    OwnerScore department = card.owner("marketing").orElseThrow();
    assertEquals(OptionalDouble.empty(), department.kpiScore());
    assertEquals(0.55, department.okrScore().getAsDouble(), 1e-12);
    assertEquals(0.55, department.composite().getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.of(0), card.owner("marketing-manager").orElseThrow().composite());
    assertEquals(OptionalDouble.empty(), card.owner("acme").orElseThrow().composite());
    assertEquals(Optional.empty(), card.owner("acme").orElseThrow().band());
    assertEquals(
        List.of("O-influence", "KR-partners", "KR-mentions", "KR-forums", "K-campaigns"),
        card.elements().stream().map(ElementScore::id).collect(Collectors.toList()));
  }

  @Test
  void startUpScoresTheRoadshowMilestone() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.startUp(), AS_OF);
    assertEquals(1.0, score(card, "KR-roadshow"));
    assertEquals(0.7, score(card, "KR-vc-rounds"), 1e-12);
    assertEquals(0.85, score(card, "O-funding"), 1e-12);
    assertEquals(1.0, score(card, "K-vc-meetings"));
    assertEquals(1.0, score(card, "K-pr-releases"));
    assertEquals(Optional.of(Band.GREEN), card.owner("founder").orElseThrow().band());
    assertEquals(0.85, card.owner("startup").orElseThrow().composite().getAsDouble(), 1e-12);
  }

  @Test
  void committedObjectivesAreJudgedAgainstOne() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.manufacturer(), AS_OF);
    // (96.8 - 95) / (98 - 95) and (1.6 - 2.5) / (1 - 2.5) are both 0.6
    assertEquals(0.6, score(card, "KR-pass-rate"), 1e-12);
    assertEquals(0.6, score(card, "KR-returns"), 1e-12);
    assertEquals(Optional.of(Band.RED), card.element("KR-pass-rate").orElseThrow().band());
    assertEquals(Optional.of(Band.RED), card.element("O-quality").orElseThrow().band());
    Plan aspirational =
        SeedPlans.manufacturer()
            .withObjective(
                SeedPlans.manufacturer()
                    .objective("O-quality")
                    .orElseThrow()
                    .withKind(org.okrkit.core.ObjectiveKind.ASPIRATIONAL));
    assertEquals(
        Optional.of(Band.YELLOW),
        ScoringPolicy.defaults()
            .score(aspirational, AS_OF)
            .element("O-quality")
            .orElseThrow()
            .band());
    // 96.8 % is nine tenths of the way to 97 %: exactly the on-track tolerance, despite rounding
    assertEquals(Optional.of(Status.ON_TRACK), card.element("K-pass-rate").orElseThrow().status());
  }

  /** An owner with both objectives and KPIs: Ann owns O-ann and the KPI K-ann. */
  static Plan annsPlan() {
    return Plan.builder()
        .period(Q2)
        .addOwners(
            Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
        .addObjectives(Objective.of("O-ann", "Ann's objective", "ann"))
        .addKeyResults(
            KeyResult.of(
                "KR-ann",
                "O-ann",
                "Ann's key result",
                Measure.increasing("a", Unit.COUNT),
                Target.increase(0, 10)))
        .addKpis(
            Kpi.builder()
                .id("K-ann")
                .ownerId("ann")
                .title("Ann's KPI")
                .measure(Measure.increasing("k", Unit.COUNT))
                .target(Target.increase(0, 4))
                .addContribution(Contribution.to("KR-ann"))
                .build())
        .addCheckIns(CheckIn.of("KR-ann", AS_OF, 5), CheckIn.of("K-ann", AS_OF, 4))
        .build();
  }

  @Test
  void theCompositeMixesKpiAndOkrResults() {
    Plan plan = annsPlan();
    OwnerScore ann = ScoringPolicy.defaults().score(plan, AS_OF).owner("ann").orElseThrow();
    assertEquals(OptionalDouble.of(1), ann.kpiScore());
    assertEquals(OptionalDouble.of(0.5), ann.okrScore());
    assertEquals(0.85, ann.composite().getAsDouble(), 1e-12);
    OwnerScore kpiOnly =
        ScoringPolicy.builder()
            .compositeOkrWeight(0)
            .build()
            .score(plan, AS_OF)
            .owner("ann")
            .orElseThrow();
    assertEquals(OptionalDouble.of(1), kpiOnly.composite());
    OwnerScore even =
        ScoringPolicy.builder()
            .compositeKpiWeight(1)
            .compositeOkrWeight(1)
            .build()
            .score(plan, AS_OF)
            .owner("ann")
            .orElseThrow();
    assertEquals(0.75, even.composite().getAsDouble(), 1e-12);
  }

  @Test
  void keyResultsCanTakeAShareFromTheirKpis() {
    ScoringPolicy half = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    Scorecard card = half.score(SeedPlans.internetCompany(), AS_OF);
    double measured = (1_170_000 - 1_000_000) / 300_000.0;
    double kpis = (0 * 0.6 + 1 * 1.0) / 1.6; // features 2 of "3 to 5" missed, campaigns met
    assertEquals(0.5 * measured + 0.5 * kpis, score(card, "KR-mau"), 1e-12);
    Explanation e = card.explain("KR-mau");
    assertEquals(2, e.children().size());
    assertEquals("K-features", e.children().get(0).id());
    assertEquals(OptionalDouble.of(0.6), e.children().get(0).weight());
    assertTrue(
        e.formula()
            .render()
            .endsWith("; blended (1 - 0.5) * 0.567 + 0.5 * 0.625 (its KPIs) = 0.596"),
        e.formula().render());
  }

  @Test
  void aKpiSupportingTwoKeyResultsIsNotCountedTwiceInTheirObjective() {
    ScoringPolicy half = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    Plan one = twoWays(false);
    Plan split = twoWays(true);
    assertEquals(score(half.score(one, AS_OF), "O"), score(half.score(split, AS_OF), "O"), 1e-12);
    // and the KPI's weight in the objective equals its combined contribution
    assertEquals(0.5 * 0.5 + 0.5 * 1.0, score(half.score(split, AS_OF), "O"), 1e-12);
  }

  /** One key result of weight 2, or the same split into two of weight 1, all supported by K. */
  static Plan twoWays(boolean split) {
    Plan.Builder b =
        Plan.builder()
            .period(Q2)
            .addOwners(Owner.of("t", "T", Level.TEAM))
            .addObjectives(Objective.of("O", "O", "t"));
    Kpi.Builder k =
        Kpi.builder()
            .id("K")
            .ownerId("t")
            .title("K")
            .measure(Measure.increasing("k", Unit.COUNT))
            .target(Target.increase(0, 1));
    Measure m = Measure.increasing("m", Unit.COUNT);
    if (split) {
      b.addKeyResults(
          KeyResult.of("KR1", "O", "1", m, Target.increase(0, 10)),
          KeyResult.of("KR2", "O", "2", m, Target.increase(0, 10)));
      k.addContributions(Contribution.to("KR1"), Contribution.to("KR2"));
      b.addCheckIns(CheckIn.of("KR1", AS_OF, 5), CheckIn.of("KR2", AS_OF, 5));
    } else {
      b.addKeyResults(KeyResult.of("KR1", "O", "1", m, Target.increase(0, 10)).withWeight(2));
      k.addContribution(Contribution.to("KR1"));
      b.addCheckIns(CheckIn.of("KR1", AS_OF, 5));
    }
    return b.addKpis(k.build()).addCheckIns(CheckIn.of("K", AS_OF, 1)).build();
  }

  @Test
  void parentObjectivesRollUpTheirChildren() {
    Plan plan =
        SeedPlans.marketing()
            .withObjective(
                Objective.of("O-events", "Run better events", "marketing")
                    .withParentId("KR-forums"))
            .withKeyResult(
                KeyResult.of(
                    "KR-nps",
                    "O-events",
                    "Event NPS 50",
                    Measure.increasing("event NPS", Unit.RATING),
                    Target.increase(30, 50)))
            .withCheckIn(CheckIn.of("KR-nps", AS_OF, 45));
    Scorecard card = ScoringPolicy.defaults().score(plan, AS_OF);
    assertEquals(0.75, score(card, "O-events"));
    assertEquals((0.65 + 0.6 + 0.4 + 0.75) / 4, score(card, "O-influence"), 1e-12);
    Scorecard own = ScoringPolicy.builder().childObjectiveWeight(0).build().score(plan, AS_OF);
    assertEquals(0.55, score(own, "O-influence"), 1e-12);
    assertEquals(
        "weightedMean of its key results and the objectives contributing to it (weight 1 each)",
        card.explain("O-influence").rule().render());
  }

  @Test
  void missingValuesScoreZeroOrAreLeftOut() {
    Plan plan =
        SeedPlans.marketing()
            .withKeyResult(
                KeyResult.of(
                    "KR-new",
                    "O-influence",
                    "New",
                    Measure.increasing("n", Unit.COUNT),
                    Target.increase(0, 4)));
    Scorecard zero = ScoringPolicy.defaults().score(plan, AS_OF);
    assertEquals(0.0, score(zero, "KR-new"));
    assertEquals((0.65 + 0.6 + 0.4) / 4, score(zero, "O-influence"), 1e-12);
    assertEquals(
        "no check-in on or before 2026-05-31: scores 0 (missing values score 0)",
        zero.explain("KR-new").formula().render());
    Scorecard unscored =
        ScoringPolicy.builder().missingValue(MissingValue.UNSCORED).build().score(plan, AS_OF);
    assertFalse(unscored.element("KR-new").orElseThrow().isScored());
    assertEquals(Optional.empty(), unscored.element("KR-new").orElseThrow().status());
    assertEquals(0.55, score(unscored, "O-influence"), 1e-12);
    assertTrue(
        unscored.explain("O-influence").render().contains("- KR-new \"New\": unscored (weight 1)"));
  }

  @Test
  void scoresAreTakenAsOfADate() {
    Plan plan = SeedPlans.marketing();
    Scorecard april = ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 4, 30));
    assertEquals(0.3, score(april, "KR-partners"));
    assertEquals(1.0, score(april, "K-campaigns"));
    Scorecard before = ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 3, 1));
    assertEquals(0.0, score(before, "KR-partners"));
    assertEquals(
        OptionalDouble.of(0), before.element("KR-partners").orElseThrow().expectedProgress());
    assertEquals(
        Optional.of(Status.ON_TRACK), before.element("KR-partners").orElseThrow().status());
  }

  @Test
  void aBackLoadedPaceExpectsLessEarlyOn() {
    ScoringPolicy late =
        ScoringPolicy.builder()
            .pace(Pace.of(new double[] {0, 0.7, 1}, new double[] {0, 0.35, 1}))
            .build();
    Scorecard card = late.score(SeedPlans.marketing(), AS_OF);
    assertEquals(
        0.35 * (61 / 91.0) / 0.7,
        card.element("KR-forums").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
    assertEquals(Optional.of(Status.ON_TRACK), card.element("KR-forums").orElseThrow().status());
  }

  @Test
  void forecastsFollowTheLeastSquaresTrend() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    Forecast f = card.forecast("KR-partners").orElseThrow();
    // baseline 0 on day 0, 6 on day 29, 13 on day 60; the period ends on day 90
    double[] x = {0, 29, 60};
    double[] y = {0, 6, 13};
    double mx = (x[0] + x[1] + x[2]) / 3;
    double my = (y[0] + y[1] + y[2]) / 3;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < 3; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double slope = sxy / sxx;
    assertEquals(my + slope * (90 - mx), f.value(), 1e-9);
    assertEquals(f.value() / 20, f.score(), 1e-9);
    assertEquals(slope, f.slopePerDay(), 1e-12);
    assertEquals(3, f.points());
    assertEquals(LocalDate.of(2026, 6, 30), f.date());
    // on pace by May 31 (61 of 91 days, linear): 61/91 of the way from 0 to 20, scored linearly
    assertEquals(20 * 61 / 91.0, f.onPaceValue().getAsDouble(), 1e-9);
    assertEquals(61 / 91.0, f.onPaceScore().getAsDouble(), 1e-9);
    // a front-loaded pace expects more by then
    Forecast front =
        ScoringPolicy.builder()
            .pace(Pace.frontLoaded(2))
            .build()
            .score(SeedPlans.marketing(), AS_OF)
            .forecast("KR-partners")
            .orElseThrow();
    double e = 1 - (30 / 91.0) * (30 / 91.0);
    assertEquals(20 * e, front.onPaceValue().getAsDouble(), 1e-9);
    assertEquals(f.value(), front.value());
    // a single check-in of a monthly KPI gives no trend; milestones have none
    Scorecard startUp =
        ScoringPolicy.defaults().score(SeedPlans.startUp(), LocalDate.of(2026, 4, 30));
    assertEquals(Optional.empty(), startUp.forecast("K-vc-meetings"));
    assertEquals(Optional.empty(), startUp.forecast("KR-roadshow"));
  }

  @Test
  void explanationsReadAsPlainText() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    assertEquals(
        String.join(
            "\n",
            "KR-mentions \"Brand media mentions +30 %\": 0.6, YELLOW, ON_TRACK",
            "  rule: linear(cap=1), the default for key results",
            "  formula: (236 - 200) / (260 - 200) = 0.6",
            "  inputs: actual 236 on 2026-05-31; target +30 % of 200 (260) brand media mentions;"
                + " measure INCREASE; progress 0.6; expected progress 0.67 (61 of 91 days of 2026-Q2,"
                + " linear pace)",
            ""),
        card.explain("KR-mentions").render());
    assertEquals(
        String.join(
            "\n",
            "marketing-manager \"Marketing manager\": 0, RED, AT_RISK",
            "  rule: composite of the KPI score (weight 0.7) and the OKR score (weight 0.3)",
            "  formula: the KPI score alone = 0",
            "  inputs: level INDIVIDUAL",
            "    - KPIs of marketing-manager: 0, RED, AT_RISK (weight 0.7)",
            "        rule: weightedMean of the owner's KPIs by KPI weight",
            "        formula: (0*1) / 1 = 0",
            "        - K-campaigns \"Run 5 brand campaigns per month\": 0, RED, AT_RISK (weight 1)",
            "            rule: binary, the default for KPIs",
            "            formula: 4 >= 5? no -> 0",
            "            inputs: actual 4 on 2026-05-31; target 0 -> 5 brand campaigns per month;"
                + " measure INCREASE; progress 0.8; expected in full in each MONTHLY report",
            ""),
        card.explain("marketing-manager").render());
    assertEquals(0, card.explain("O-influence", 0).children().size());
    assertEquals(3, card.explain("O-influence", 1).children().size());
  }

  @Test
  void unknownIdsAreNamed() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    // lookups are empty for an unknown id, as the plan's are; queries name it
    assertEquals(java.util.Optional.empty(), card.element("nope"));
    assertEquals(java.util.Optional.empty(), card.element("marketing-manager"));
    assertEquals(java.util.Optional.empty(), card.owner("O-influence"));
    assertEquals("marketing-manager", card.owner("marketing-manager").orElseThrow().id());
    assertEquals(
        "unknown key result or KPI 'O-influence'",
        assertThrows(UnknownIdException.class, () -> card.forecast("O-influence")).getMessage());
    assertEquals(
        "unknown objective, key result, KPI or owner 'nope'",
        assertThrows(UnknownIdException.class, () -> card.explain("nope")).getMessage());
  }

  @Test
  void aHostStrategyThatBreaksTheContractIsNamed() {
    ScoringStrategy broken =
        new ScoringStrategy() {
          @Override
          public double score(ScoringInput input) {
            return Double.NaN;
          }

          @Override
          public String toString() {
            return "broken";
          }
        };
    ScoringPolicy policy = ScoringPolicy.builder().kpiStrategy(broken).build();
    assertEquals(
        "strategy broken scored NaN for 'K-campaigns' (actual 4); a strategy must return a finite"
            + " score from 0 to its maxScore 1",
        assertThrows(IllegalStateException.class, () -> policy.score(SeedPlans.marketing(), AS_OF))
            .getMessage());
  }

  @Test
  void aHostStrategyAsALambda() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .kpiStrategy(in -> Math.min(1, Math.max(0, in.actual() / 10)))
            .build();
    assertEquals(0.4, score(policy.score(SeedPlans.marketing(), AS_OF), "K-campaigns"));
  }

  @Test
  void concurrentScoringGivesIdenticalScorecards() throws Exception {
    Plan plan = RandomPlans.generate(42, 400);
    ScoringPolicy policy = ScoringPolicy.builder().keyResultKpiShare(0.3).build();
    LocalDate asOf = plan.period().start().plusDays(50);
    Scorecard reference = policy.score(plan, asOf);
    String text = reference.render();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Scorecard>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> policy.score(plan, asOf)));
      }
      for (Future<Scorecard> run : runs) {
        Scorecard card = run.get();
        assertEquals(reference, card);
        assertEquals(reference.elements(), card.elements());
        assertEquals(text, card.render());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aForcedKpiScoreRollsIntoWhatTheKpiFeeds() {
    ScoringPolicy policy = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    Scorecard card = policy.score(SeedPlans.internetCompany(), AS_OF);
    Scorecard met = card.withKpiScore("K-features", 1);
    assertEquals(1.0, score(met, "K-features"));
    assertEquals(OptionalDouble.of(1.0), met.element("K-features").orElseThrow().progress());
    // K-features feeds both key results, each half of O-growth; K-growth-campaigns stays met
    double mau = 170_000 / 300_000.0;
    double time = (27 - 25) / 5.0;
    assertEquals(
        (0.5 * mau + 0.5 * 1.0 + 0.5 * time + 0.5 * 1.0) / 2, score(met, "O-growth"), 1e-12);
    assertEquals(score(card, "K-growth-campaigns"), score(met, "K-growth-campaigns"));
    // the scorecard asked is left as it was
    assertEquals(policy.score(SeedPlans.internetCompany(), AS_OF), card);
    assertFalse(card.equals(met));
  }

  @Test
  void forcedKpiScoresAddUpReplaceOneAnotherAndStayThroughCheckIns() {
    ScoringPolicy policy = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    Plan internet = SeedPlans.internetCompany();
    Scorecard both =
        policy
            .score(internet, AS_OF)
            .withKpiScore("K-features", 1)
            .withKpiScore("K-growth-campaigns", 0);
    assertEquals(1.0, score(both, "K-features"));
    assertEquals(0.0, score(both, "K-growth-campaigns"));
    assertEquals(0.5, score(both.withKpiScore("K-features", 0.5), "K-features"));
    CheckIn later = CheckIn.of("KR-time", LocalDate.of(2026, 5, 20), 26);
    assertEquals(
        policy.score(internet.withCheckIn(later), AS_OF).withKpiScore("K-features", 1),
        policy.score(internet, AS_OF).withKpiScore("K-features", 1).withCheckIn(later));
  }

  @Test
  void aForcedScoreNeedsAKpiAndAScoreOfAtLeastZero() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.internetCompany(), AS_OF);
    assertEquals(
        "unknown KPI 'KR-mau'",
        assertThrows(UnknownIdException.class, () -> card.withKpiScore("KR-mau", 1)).getMessage());
    assertEquals(
        "a KPI's score must be a finite number of at least 0, got -0.5",
        assertThrows(IllegalArgumentException.class, () -> card.withKpiScore("K-features", -0.5))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> card.withKpiScore("K-features", Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> card.withKpiScore("K-features", Double.POSITIVE_INFINITY));
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

class DivergenceRuleTest {
  static final LocalDate AS_OF = SeedPlans.AS_OF;

  /**
   * A key result at {@code krValue} of 0 -> 100, supported by two KPIs at the given values of 0 ->
   * 10.
   */
  static Plan plan(double krValue, double kpi1, double kpi2) {
    return builder(krValue, kpi1, kpi2).addKpis(kpi("K1", 3), kpi("K2", 1)).build();
  }

  /** {@link #plan} without its KPIs. */
  static Plan.Builder builder(double krValue, double kpi1, double kpi2) {
    return Plan.builder()
        .period(SeedPlans.QUARTER)
        .addOwners(
            Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
        .addObjectives(Objective.of("O", "Grow", "team"))
        .addKeyResults(
            KeyResult.of(
                "KR",
                "O",
                "Revenue",
                Measure.increasing("revenue", Unit.CURRENCY),
                Target.increase(0, 100)))
        .addCheckIns(
            CheckIn.of("KR", AS_OF, krValue),
            CheckIn.of("K1", AS_OF, kpi1),
            CheckIn.of("K2", AS_OF, kpi2));
  }

  static Kpi kpi(String id, double weight) {
    return Kpi.builder()
        .id(id)
        .ownerId("ann")
        .title(id)
        .measure(Measure.increasing("calls " + id, Unit.COUNT))
        .target(Target.increase(0, 10))
        .addContribution(Contribution.to("KR", weight))
        .build();
  }

  /** One analyzer of both divergence rules, for every plan the tests analyse. */
  static final AlignmentAnalyzer DIVERGENCE =
      AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence()).build();

  static List<Finding> divergence(Plan plan) {
    return DIVERGENCE.analyze(ScoringPolicy.defaults().score(plan, AS_OF)).findings();
  }

  @Test
  void kpisMetWhileTheKeyResultIsOffTrack() {
    // K1 (weight 3) met, K2 (weight 1) missed: 75 % met; the key result at 20 % of the way by 2/3
    // of the quarter
    List<Finding> findings = divergence(plan(20, 10, 4));
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("ALN101", f.code());
    assertEquals(List.of("KR", "K1"), f.ids());
    assertEquals(
        "key result 'KR' is OFF_TRACK (progress 0.2, expected 0.67) while 75 % of the weight of its"
            + " KPIs is met (K1): the KPIs may measure the wrong thing",
        f.message());
  }

  @Test
  void kpisMissedWhileTheKeyResultIsOnTrack() {
    List<Finding> findings = divergence(plan(70, 4, 2));
    assertEquals(
        List.of("ALN102"), findings.stream().map(Finding::code).collect(Collectors.toList()));
    assertEquals(List.of("KR", "K1", "K2"), findings.get(0).ids());
    assertEquals(
        "key result 'KR' is ON_TRACK (progress 0.7, expected 0.67) while 100 % of the weight of its"
            + " KPIs is OFF_TRACK (K1, K2): its progress comes from elsewhere",
        findings.get(0).message());
    // KPIs short of their target but not off track say nothing either way
    assertEquals(List.of(), divergence(plan(70, 8, 9)));
  }

  @Test
  void agreementIsSilent() {
    assertEquals(List.of(), divergence(plan(70, 10, 10)));
    assertEquals(List.of(), divergence(plan(10, 2, 2)));
    // 2/3 of the quarter gone: 50 % of the weight met is neither mostly met nor mostly missed
    assertEquals(List.of(), divergence(plan(20, 10, 4).withKpi(kpi("K1", 1))));
  }

  @Test
  void theSeedPlansShowNoDivergence() {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp())) {
      assertEquals(List.of(), divergence(plan), plan::toString);
    }
  }

  /**
   * One analyzer, built once, analyses the scorecards of different plans one after the other, each
   * against its own scores; when the rules held one scorecard, the second plan failed as ALN000.
   */
  @Test
  void oneAnalyzerServesTheScorecardsOfManyPlans() {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder()
            .addDefaultRules()
            .addRules(ScoreAwareRules.divergence())
            .build();
    Plan offTrack = plan(20, 10, 4);
    Plan onTrack = plan(70, 4, 2);
    AlignmentReport first = analyzer.analyze(ScoringPolicy.defaults().score(offTrack, AS_OF));
    AlignmentReport second = analyzer.analyze(ScoringPolicy.defaults().score(onTrack, AS_OF));
    AlignmentReport startUp =
        analyzer.analyze(ScoringPolicy.defaults().score(SeedPlans.startUp(), AS_OF));
    assertEquals(List.of("ALN101"), codes(first));
    assertEquals(List.of("KR", "K1"), first.findingsWithCode("ALN101").get(0).ids());
    assertEquals(List.of("ALN102"), codes(second));
    assertEquals(List.of("KR", "K1", "K2"), second.findingsWithCode("ALN102").get(0).ids());
    // the structural findings of each plan, as the default analyzer gives them, and no failure
    assertEquals(codes(AlignmentAnalyzer.defaults().analyze(SeedPlans.startUp())), codes(startUp));
    assertEquals(List.of(), startUp.findingsWithCode(AlignmentRules.RULE_FAILED));
    // the first plan again, after the others: the same report
    assertEquals(first, analyzer.analyze(ScoringPolicy.defaults().score(offTrack, AS_OF)));
  }

  /**
   * Without a scorecard the score-aware rules are skipped: they report nothing, never fail, and the
   * other rules report what they report without them.
   */
  @Test
  void withoutAScorecardTheScoreAwareRulesReportNothing() {
    Plan offTrack = plan(20, 10, 4);
    assertEquals(List.of(), DIVERGENCE.analyze(offTrack).findings());
    assertEquals(
        List.of(), DIVERGENCE.toBuilder().failFast(true).build().analyze(offTrack).findings());
    for (Plan plan : List.of(offTrack, SeedPlans.marketing(), SeedPlans.internetCompany())) {
      assertEquals(
          AlignmentAnalyzer.defaults().analyze(plan),
          AlignmentAnalyzer.defaults().toBuilder()
              .addRules(ScoreAwareRules.divergence())
              .build()
              .analyze(plan));
    }
    List<Finding> found = new ArrayList<>();
    ScoreAwareRules.kpisMetKeyResultOffTrack().check(AlignmentContext.of(offTrack), found::add);
    assertEquals(List.of(), found);
    ScoreAwareRules.kpisMetKeyResultOffTrack()
        .check(AlignmentContext.of(ScoringPolicy.defaults().score(offTrack, AS_OF)), found::add);
    assertEquals(List.of("ALN101"), found.stream().map(Finding::code).collect(Collectors.toList()));
  }

  /** A graph shared with a scorecard of its plan analyses as the scorecard alone does. */
  @Test
  void aGraphAndTheScorecardOfItsPlanAnalyseTogether() {
    Plan offTrack = plan(20, 10, 4);
    Scorecard card = ScoringPolicy.defaults().score(offTrack, AS_OF);
    assertEquals(DIVERGENCE.analyze(card), DIVERGENCE.analyze(AlignmentGraph.of(offTrack), card));
    // an equal plan built again is the same plan
    assertEquals(
        DIVERGENCE.analyze(card),
        DIVERGENCE.analyze(AlignmentGraph.of(offTrack.toBuilder().build()), card));
    AlignmentContext context = AlignmentContext.of(card);
    assertSame(card, context.scorecard().orElseThrow());
    assertSame(offTrack, context.plan());
    assertEquals(Optional.empty(), AlignmentContext.of(offTrack).scorecard());
    assertTrue(context.toString().endsWith(", scored as of 2026-05-31]"), context::toString);
  }

  @Test
  void aScorecardOfAnotherPlanIsRefused() {
    Scorecard startUp = ScoringPolicy.defaults().score(SeedPlans.startUp(), AS_OF);
    AlignmentGraph marketing = AlignmentGraph.of(SeedPlans.marketing());
    String expected =
        "the scorecard scores "
            + SeedPlans.startUp()
            + ", not the plan analysed, "
            + SeedPlans.marketing()
            + "; analyse the scorecard of the plan you analyse";
    assertEquals(
        expected,
        assertThrows(IllegalArgumentException.class, () -> DIVERGENCE.analyze(marketing, startUp))
            .getMessage());
    assertEquals(
        expected,
        assertThrows(
                IllegalArgumentException.class,
                () -> AlignmentContext.of(marketing, startUp, AlignmentConfig.defaults()))
            .getMessage());
  }

  @Test
  void theRulesAreValuesOfTheirShare() {
    assertEquals(
        "the divergence rule's share must lie above 0.5 and at most 1, got 0.5",
        assertThrows(IllegalArgumentException.class, () -> ScoreAwareRules.divergence(0.5))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ScoreAwareRules.kpisMetKeyResultOffTrack(1.01));
    assertEquals(
        List.of(
            "ScoreAwareRules.kpisMetKeyResultOffTrack(mostly=0.75)",
            "ScoreAwareRules.kpisMissedKeyResultOnTrack(mostly=0.75)"),
        ScoreAwareRules.divergence().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(
        List.of(
            ScoreAwareRules.kpisMetKeyResultOffTrack(),
            ScoreAwareRules.kpisMissedKeyResultOnTrack()),
        ScoreAwareRules.divergence());
    new EqualsTester()
        .addEqualityGroup(
            ScoreAwareRules.kpisMetKeyResultOffTrack(),
            ScoreAwareRules.kpisMetKeyResultOffTrack(0.75),
            ScoreAwareRules.divergence().get(0))
        .addEqualityGroup(ScoreAwareRules.kpisMetKeyResultOffTrack(0.9))
        .addEqualityGroup(ScoreAwareRules.kpisMissedKeyResultOnTrack())
        .testEquals();
    // an analyzer runs equal rules once
    assertEquals(
        2,
        AlignmentAnalyzer.builder()
            .addRules(ScoreAwareRules.divergence())
            .addRules(ScoreAwareRules.divergence(0.75))
            .build()
            .rules()
            .size());
  }

  private static List<String> codes(AlignmentReport report) {
    return report.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void theSharesAreWeighedAtTheirBounds() {
    // K1 (weight 3) off track, K2 (weight 1) met: exactly 75 % of the weight off track
    List<Finding> missed = divergence(plan(70, 2, 10));
    assertEquals(1, missed.size());
    assertEquals("ALN102", missed.get(0).code());
    assertEquals(Severity.INFO, missed.get(0).severity());
    assertEquals(List.of("KR", "K1"), missed.get(0).ids());
    assertTrue(
        missed.get(0).message().contains(" while 75 % of the weight"), missed.get(0)::message);
    // K2 alone off track: 25 %, and 75 % met while the key result is on track, says nothing
    assertEquals(List.of(), divergence(plan(70, 10, 2)));
    List<Finding> met = divergence(plan(20, 10, 4));
    assertEquals(Severity.WARNING, met.get(0).severity());
    // a share of 1 is allowed: every KPI's weight must then agree
    AlignmentAnalyzer all =
        AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence(1)).build();
    assertEquals(
        List.of(), all.analyze(ScoringPolicy.defaults().score(plan(20, 10, 4), AS_OF)).findings());
    assertEquals(
        List.of("ALN101"),
        codes(all.analyze(ScoringPolicy.defaults().score(plan(20, 10, 10), AS_OF))));
  }

  /**
   * A scorecard of an equal plan that lists its KPIs in another order scores the same elements: the
   * rules find each element's score by its id.
   */
  @Test
  void aScorecardOfTheSamePlanInAnotherOrderScoresTheSameElements() {
    Plan offTrack = plan(20, 10, 4);
    Plan reordered = builder(20, 10, 4).addKpis(kpi("K2", 1), kpi("K1", 3)).build();
    assertEquals(offTrack, reordered);
    assertEquals(
        List.of("K2", "K1"), reordered.kpis().stream().map(Kpi::id).collect(Collectors.toList()));
    Scorecard card = ScoringPolicy.defaults().score(offTrack, AS_OF);
    AlignmentReport report = DIVERGENCE.analyze(AlignmentGraph.of(reordered), card);
    assertEquals(List.of("ALN101"), codes(report));
    assertEquals(List.of("KR", "K1"), report.findings().get(0).ids());
    AlignmentReport back =
        DIVERGENCE.analyze(
            AlignmentGraph.of(offTrack), ScoringPolicy.defaults().score(reordered, AS_OF));
    assertEquals(List.of("KR", "K1"), back.findings().get(0).ids());
  }
}

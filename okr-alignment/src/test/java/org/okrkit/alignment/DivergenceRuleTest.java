package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
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

  /** A key result at {@code krValue} of 0 -> 100, supported by two KPIs at the given values of 0 -> 10. */
  static Plan plan(double krValue, double kpi1, double kpi2) {
    return Plan.builder()
        .period(SeedPlans.QUARTER)
        .addOwners(Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
        .addObjectives(Objective.of("O", "Grow", "team"))
        .addKeyResults(KeyResult.of("KR", "O", "Revenue", Measure.increasing("revenue", Unit.CURRENCY), Target.increase(0, 100)))
        .addKpis(kpi("K1", 3), kpi("K2", 1))
        .addCheckIns(CheckIn.of("KR", AS_OF, krValue), CheckIn.of("K1", AS_OF, kpi1), CheckIn.of("K2", AS_OF, kpi2))
        .build();
  }

  static Kpi kpi(String id, double weight) {
    return Kpi.builder().id(id).ownerId("ann").title(id).measure(Measure.increasing("calls " + id, Unit.COUNT))
        .target(Target.increase(0, 10)).addContribution(Contribution.to("KR", weight)).build();
  }

  static List<Finding> divergence(Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, AS_OF);
    return AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence(card)).build().analyze(plan).findings();
  }

  @Test
  void kpisMetWhileTheKeyResultIsOffTrack() {
    // K1 (weight 3) met, K2 (weight 1) missed: 75 % met; the key result at 20 % of the way by 2/3 of the quarter
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
    assertEquals(List.of("ALN102"), findings.stream().map(Finding::code).collect(Collectors.toList()));
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
        List.of(SeedPlans.marketing(), SeedPlans.internetCompany(), SeedPlans.manufacturer(), SeedPlans.startUp())) {
      assertEquals(List.of(), divergence(plan), plan::toString);
    }
  }

  @Test
  void aScorecardOfAnotherPlanIsReportedAsAFailingRule() {
    Scorecard other = ScoringPolicy.defaults().score(SeedPlans.startUp(), AS_OF);
    AlignmentReport report =
        AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence(other)).build().analyze(SeedPlans.marketing());
    assertEquals("ALN000", report.findings().get(0).code());
  }

  @Test
  void sharesAreChecked() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    assertEquals(
        "the divergence rule's share must lie above 0.5 and at most 1, got 0.5",
        assertThrows(IllegalArgumentException.class, () -> ScoreAwareRules.divergence(card, 0.5)).getMessage());
    assertEquals(
        List.of(
            "ScoreAwareRules.kpisMetKeyResultOffTrack(mostly=0.75)",
            "ScoreAwareRules.kpisMissedKeyResultOnTrack(mostly=0.75)"),
        ScoreAwareRules.divergence(card).stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(ScoreAwareRules.divergence(card), ScoreAwareRules.divergence(card));
    assertEquals(
        List.of(ScoreAwareRules.kpisMetKeyResultOffTrack(card), ScoreAwareRules.kpisMissedKeyResultOnTrack(card)),
        ScoreAwareRules.divergence(card));
  }
}

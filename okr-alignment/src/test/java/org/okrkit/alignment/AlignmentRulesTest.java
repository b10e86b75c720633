package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.defaultFindings;
import static org.okrkit.alignment.Fixtures.findings;
import static org.okrkit.alignment.Fixtures.keyResult;
import static org.okrkit.alignment.Fixtures.kpi;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Each built-in rule fires on a minimal plan built for it, with its exact finding, and nothing else
 * fires there unless the test says why. {@link SeedAlignmentTest} checks the rules stay quiet on
 * the seed's plans.
 */
class AlignmentRulesTest {

  static Finding finding(
      String code, Severity severity, List<String> ids, String message, String hint) {
    return Finding.of(code, severity, ids, message, hint);
  }

  @Test
  void theBasePlanIsFullyAlignedAndCovered() {
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(base().build());
    assertEquals(List.of(), report.findings());
    assertEquals(1.0, report.coverage().plan());
  }

  // ---------------------------------------------------------------- ALN001

  @Test
  void aKpiThatSupportsNoKeyResultIsAnOrphan() {
    Plan plan = base().addKpis(kpi("K2", "alice", "emails")).build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN001",
                Severity.WARNING,
                List.of("K2"),
                "KPI 'K2' supports no key result",
                "add a contribution to the key result the KPI serves, or retire the KPI if it"
                    + " serves none"));
    assertEquals(expected, findings(AlignmentRules.orphanKpis(), plan));
    assertEquals(expected, defaultFindings(plan));
  }

  // ---------------------------------------------------------------- ALN002

  @Test
  void aKeyResultThatNoKpiReachesIsUnsupported() {
    Plan plan = base().addKeyResults(keyResult("KR2", "O1", "deals")).build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN002",
                Severity.WARNING,
                List.of("KR2"),
                "key result 'KR2' is supported by no KPI, directly or through the objectives"
                    + " aligned with it",
                "break the key result down into at least one KPI that contributes to it, or align"
                    + " with it an objective whose key results KPIs support"));
    assertEquals(expected, findings(AlignmentRules.unsupportedKeyResults(), plan));
    // O1 is half covered, which is not below the default minimum of 50 %
    assertEquals(expected, defaultFindings(plan));
  }

  @Test
  void aKeyResultBrokenDownIntoAnAlignedObjectiveIsSupportedThroughItsKpis() {
    Plan plan =
        base()
            .addObjectives(Objective.of("O-co", "Grow", "acme"))
            .addKeyResults(keyResult("KR-co", "O-co", "revenue"))
            .build();
    plan = plan.withObjective(plan.objective("O1").orElseThrow().withParentId("KR-co"));
    assertEquals(List.of(), defaultFindings(plan));

    Plan unbacked =
        plan.withObjective(Objective.of("O-b", "Open a market", "team-b").withParentId("KR-co"))
            .withKeyResult(keyResult("KR-b", "O-b", "leads"));
    assertEquals(
        List.of("KR-b"),
        findings(AlignmentRules.unsupportedKeyResults(), unbacked).stream()
            .flatMap(f -> f.ids().stream())
            .toList());
  }

  // ---------------------------------------------------------------- ALN003

  @Test
  void anObjectiveWithLessThanTheMinimumCoverageIsReported() {
    Plan plan =
        base()
            .addKeyResults(keyResult("KR2", "O1", "deals"), keyResult("KR3", "O1", "upsells"))
            .build();
    Finding low =
        finding(
            "ALN003",
            Severity.WARNING,
            List.of("O1"),
            "objective 'O1' has 33.3 % of its key-result weight backed by KPIs; expected at least"
                + " 50 %",
            "support the objective's unbacked key results with KPIs");
    assertEquals(List.of(low), findings(AlignmentRules.lowCoverage(), plan));
    assertEquals(
        List.of("ALN002 [KR2]", "ALN002 [KR3]", "ALN003 [O1]"),
        defaultFindings(plan).stream().map(f -> f.code() + " " + f.ids()).toList());

    AlignmentConfig forty = AlignmentConfig.defaults().withMinimumCoverage(0.4);
    assertEquals(
        "objective 'O1' has 33.3 % of its key-result weight backed by KPIs; expected at least 40 %",
        findings(AlignmentRules.lowCoverage(), plan, forty).get(0).message());
    AlignmentConfig off = AlignmentConfig.defaults().withMinimumCoverage(0);
    assertEquals(List.of(), findings(AlignmentRules.lowCoverage(), plan, off));
  }

  @Test
  void anObjectiveWithoutKeyResultsHasCoverageZeroAndIsReported() {
    Plan plan = base().addObjectives(Objective.of("O2", "Be great", "team-b")).build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN003",
                Severity.WARNING,
                List.of("O2"),
                "objective 'O2' has no key results and no objectives aligned with it, so no KPI"
                    + " backs it; expected at least 50 % of its key-result weight backed by KPIs",
                "add key results that prove the objective, and KPIs that support them"));
    assertEquals(expected, findings(AlignmentRules.lowCoverage(), plan));
    assertEquals(expected, defaultFindings(plan));
  }

  // ---------------------------------------------------------------- ALN004

  @Test
  void contributionWeightsThatDoNotSumToOneAreReportedWhenConfigured() {
    Plan plan =
        base()
            .addKpis(kpi("K2", "alice", "demos").withContributions(Contribution.to("KR1", 0.3)))
            .build()
            .withKpi(
                kpi("K1", "alice", "customer calls")
                    .withContributions(Contribution.to("KR1", 0.6)));
    AlignmentConfig sumToOne = AlignmentConfig.defaults().withContributionWeightsSumToOne(true);
    List<Finding> expected =
        List.of(
            finding(
                "ALN004",
                Severity.ERROR,
                List.of("KR1", "K1", "K2"),
                "the contribution weights into key result 'KR1' sum to 0.9 (K1 0.6 and K2 0.3);"
                    + " expected 1 within 0.000001",
                "re-weight the KPIs contributing to 'KR1' so that their contribution weights sum"
                    + " to 1"));
    assertEquals(expected, findings(AlignmentRules.contributionWeightSums(), plan, sumToOne));
    assertEquals(
        expected,
        Fixtures.words(
            AlignmentAnalyzer.builder()
                .addDefaultRules()
                .config(sumToOne)
                .build()
                .analyze(plan)
                .findings()));
    // by default contribution weights are relative and any sum is fine
    assertEquals(List.of(), findings(AlignmentRules.contributionWeightSums(), plan));
    assertEquals(List.of(), defaultFindings(plan));
  }

  @Test
  void contributionWeightSumsWithinTheToleranceAreFine() {
    Plan plan =
        base()
            .addKpis(
                kpi("K2", "alice", "demos").withContributions(Contribution.to("KR1", 0.2)),
                kpi("K3", "alice", "visits").withContributions(Contribution.to("KR1", 0.7)))
            .build()
            .withKpi(
                kpi("K1", "alice", "customer calls")
                    .withContributions(Contribution.to("KR1", 0.1)));
    AlignmentConfig sumToOne = AlignmentConfig.defaults().withContributionWeightsSumToOne(true);
    assertEquals(List.of(), findings(AlignmentRules.contributionWeightSums(), plan, sumToOne));
    AlignmentConfig loose = sumToOne.withContributionWeightTolerance(0.2);
    Plan off =
        plan.withKpi(plan.kpi("K3").orElseThrow().withContributions(Contribution.to("KR1", 0.85)));
    assertEquals(List.of(), findings(AlignmentRules.contributionWeightSums(), off, loose));
    assertEquals(1, findings(AlignmentRules.contributionWeightSums(), off, sumToOne).size());
  }

  // ---------------------------------------------------------------- ALN005

  @Test
  void aKpiSpreadOverTooManyKeyResultsIsReported() {
    Plan plan =
        base()
            .addKeyResults(
                keyResult("KR2", "O1", "deals"),
                keyResult("KR3", "O1", "upsells"),
                keyResult("KR4", "O1", "referrals"))
            .build()
            .withKpi(kpi("K1", "alice", "customer calls", "KR1", "KR3", "KR2", "KR4"));
    List<Finding> expected =
        List.of(
            finding(
                "ALN005",
                Severity.WARNING,
                List.of("K1", "KR1", "KR3", "KR2", "KR4"),
                "KPI 'K1' supports 4 key results (KR1, KR3, KR2 and KR4); expected at most 3",
                "keep the contributions to the key results the KPI moves most, or split it into"
                    + " focused KPIs"));
    assertEquals(expected, findings(AlignmentRules.kpiSpread(), plan));
    assertEquals(expected, defaultFindings(plan));
    AlignmentConfig four = AlignmentConfig.defaults().withMaxKeyResultsPerKpi(4);
    assertEquals(List.of(), findings(AlignmentRules.kpiSpread(), plan, four));
  }

  // ---------------------------------------------------------------- ALN006

  @Test
  void aHigherLevelKpiSupportingALowerLevelKeyResultIsAnInversion() {
    Plan plan =
        base()
            .addObjectives(Objective.of("O-alice", "Grow my accounts", "alice"))
            .addKeyResults(keyResult("KR-alice", "O-alice", "account revenue"))
            .addKpis(kpi("K-sales", "sales", "sales events", "KR-alice"))
            .build()
            .withKpi(kpi("K1", "alice", "customer calls", "KR1", "KR-alice"));
    Finding inversion =
        finding(
            "ALN006",
            Severity.WARNING,
            List.of("K-sales", "KR-alice", "sales", "alice"),
            "KPI 'K-sales' of DEPARTMENT 'sales' supports key result 'KR-alice' of INDIVIDUAL"
                + " 'alice'; expected a KPI owner at the key result owner's level or below",
            "KPIs break key results down: give the KPI to 'alice' or someone below, or let it"
                + " support a key result at DEPARTMENT level or above");
    assertEquals(List.of(inversion), findings(AlignmentRules.levelInversion(), plan));
    // the department is not part of alice's team either, which is worth a note of its own
    Finding crossUnit =
        finding(
            "ALN008",
            Severity.INFO,
            List.of("K-sales", "KR-alice", "sales", "alice", "team-a"),
            "KPI 'K-sales' of 'sales' supports key result 'KR-alice' of 'alice' in unit 'team-a',"
                + " which 'sales' is not part of",
            "cross-unit support is legitimate when intended: make sure 'team-a' and 'sales' both"
                + " know that 'KR-alice' counts on 'K-sales'");
    assertEquals(List.of(inversion, crossUnit), defaultFindings(plan));
  }

  // ---------------------------------------------------------------- ALN007

  @Test
  void anIndividualKpiSupportingACompanyKeyResultPastItsTeamAndDepartmentSkipsLevels() {
    Plan plan =
        base()
            .addObjectives(Objective.of("O-co", "Grow", "acme"))
            .addKeyResults(keyResult("KR-co", "O-co", "revenue"))
            .addKpis(kpi("K-alice", "alice", "handshakes", "KR-co"))
            .build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN007",
                Severity.WARNING,
                List.of("K-alice", "KR-co", "alice", "acme", "team-a", "sales"),
                "KPI 'K-alice' of INDIVIDUAL 'alice' supports key result 'KR-co' of COMPANY 'acme'"
                    + " directly, bypassing TEAM 'team-a' and DEPARTMENT 'sales' in between;"
                    + " expected the KPI to support a key result of 'team-a' that is aligned up to"
                    + " 'KR-co'",
                "let the KPI support a key result of 'team-a', and align that key result's"
                    + " objective with 'KR-co'"));
    assertEquals(expected, findings(AlignmentRules.skippedLevels(), plan));
    assertEquals(expected, defaultFindings(plan));

    Plan teamKpi = plan.without("K-alice").withKpi(kpi("K-team", "team-a", "events", "KR-co"));
    assertEquals(
        List.of(List.of("K-team", "KR-co", "team-a", "acme", "sales")),
        findings(AlignmentRules.skippedLevels(), teamKpi).stream().map(Finding::ids).toList());
  }

  @Test
  void anIndividualReportingStraightToTheCompanySkipsNothing() {
    // like the seed's founder: nobody stands between the person and the company
    Plan plan =
        base()
            .addOwners(Owner.of("founder", "Founder", Level.INDIVIDUAL, "acme"))
            .addObjectives(Objective.of("O-co", "Grow", "acme"))
            .addKeyResults(keyResult("KR-co", "O-co", "revenue"))
            .addKpis(kpi("K-founder", "founder", "investor meetings", "KR-co"))
            .build();
    assertEquals(List.of(), defaultFindings(plan));
  }

  // ---------------------------------------------------------------- ALN008

  @Test
  void aKpiSupportingAnotherUnitsKeyResultIsNotedAsCrossUnit() {
    Plan plan = base().addKpis(kpi("K-bob", "bob", "referrals", "KR1")).build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN008",
                Severity.INFO,
                List.of("K-bob", "KR1", "bob", "team-a"),
                "KPI 'K-bob' of 'bob' supports key result 'KR1' of 'team-a', a unit 'bob' is not"
                    + " part of",
                "cross-unit support is legitimate when intended: make sure 'team-a' and 'bob' both"
                    + " know that 'KR1' counts on 'K-bob'"));
    assertEquals(expected, findings(AlignmentRules.crossUnitSupport(), plan));
    assertEquals(expected, defaultFindings(plan));
  }

  @Test
  void anIndividualsKeyResultBelongsToTheirTeam() {
    Plan plan =
        base()
            .addOwners(Owner.of("carol", "Carol", Level.INDIVIDUAL, "team-a"))
            .addObjectives(Objective.of("O-alice", "Grow my accounts", "alice"))
            .addKeyResults(keyResult("KR-alice", "O-alice", "account revenue"))
            .addKpis(
                kpi("K-carol", "carol", "account reviews", "KR-alice"),
                kpi("K-bob", "bob", "referrals", "KR-alice"))
            .build();
    assertEquals(
        List.of(List.of("K-bob", "KR-alice", "bob", "alice", "team-a")),
        findings(AlignmentRules.crossUnitSupport(), plan).stream().map(Finding::ids).toList());
  }

  // ---------------------------------------------------------------- ALN009, ALN010

  @Test
  void aQuarterlyKpiSupportingAnAprilKeyResultMismatchesItsPeriodAndFrequency() {
    Plan plan =
        base()
            .addObjectives(
                Objective.builder()
                    .id("O-april")
                    .title("April push")
                    .ownerId("team-a")
                    .period(Period.month(2026, 4))
                    .build())
            .addKeyResults(keyResult("KR-april", "O-april", "april sign-ups"))
            .addKpis(kpi("K-q", "alice", "demos", "KR-april").withFrequency(Frequency.QUARTERLY))
            .build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN009",
                Severity.WARNING,
                List.of("K-q", "KR-april"),
                "KPI 'K-q' runs 2026-Q2 (2026-04-01 to 2026-06-30), beyond the period of key result"
                    + " 'KR-april', 2026-04 (2026-04-01 to 2026-04-30); expected the KPI's period"
                    + " inside the key result's",
                "give the KPI its own period inside 2026-04, or let it support a key result of its"
                    + " own period"),
            finding(
                "ALN010",
                Severity.WARNING,
                List.of("K-q", "KR-april"),
                "KPI 'K-q' reports QUARTERLY, which needs at least 90 days, but key result"
                    + " 'KR-april' runs 30 days, 2026-04 (2026-04-01 to 2026-04-30); expected a"
                    + " reporting frequency that fits the key result's period",
                "report the KPI MONTHLY or more often"));
    // each of the two rules reports its own code
    assertEquals(expected.subList(0, 1), findings(AlignmentRules.periodMismatch(), plan));
    assertEquals(expected.subList(1, 2), findings(AlignmentRules.frequencyMismatch(), plan));
    assertEquals(expected, defaultFindings(plan));

    Plan monthly =
        plan.withKpi(
            kpi("K-q", "alice", "demos", "KR-april")
                .withFrequency(Frequency.WEEKLY)
                .withPeriod(Period.month(2026, 4)));
    assertEquals(List.of(), defaultFindings(monthly));
    Plan plain = plan.withKpi(kpi("K-q", "alice", "demos", "KR-april"));
    assertEquals(
        List.of("ALN009"),
        findings(AlignmentRules.periodMismatch(), plain).stream().map(Finding::code).toList());
  }

  // ---------------------------------------------------------------- ALN011

  @Test
  void aKpiMovingItsKeyResultsMeasureTheOtherWayIsAConflict() {
    KeyResult returns =
        KeyResult.of(
            "KR-returns",
            "O1",
            "Return rate below 2 %",
            Measure.decreasing("return rate", Unit.PERCENT),
            Target.decrease(5, 2));
    Plan plan =
        base()
            .addKeyResults(returns)
            .addKpis(
                kpi("K-ret", "alice", "x", "KR-returns")
                    .withMeasure(Measure.increasing("Return Rate ", Unit.PERCENT))
                    .withTarget(Target.increase(2, 5)))
            .build()
            .withKpi(kpi("K1", "alice", "customer calls", "KR1", "KR-returns"));
    List<Finding> expected =
        List.of(
            finding(
                "ALN011",
                Severity.ERROR,
                List.of("K-ret", "KR-returns"),
                "KPI 'K-ret' aims to INCREASE 'Return Rate ' while key result 'KR-returns' aims to"
                    + " DECREASE it; expected both to move the measure the same way",
                "correct the direction and target of whichever is wrong, or give the KPI a measure"
                    + " of its own if it tracks something else"));
    assertEquals(expected, findings(AlignmentRules.directionConflict(), plan));
    assertEquals(expected, defaultFindings(plan));

    Plan band =
        plan.withKpi(
            plan.kpi("K-ret")
                .orElseThrow()
                .withMeasure(Measure.range("return rate", Unit.PERCENT))
                .withTarget(Target.range(1, 2)));
    assertEquals(List.of(), findings(AlignmentRules.directionConflict(), band));
  }

  // ---------------------------------------------------------------- ALN012, ALN013

  @Test
  void anOwnerWithTooManyObjectivesIsOverloaded() {
    Plan.Builder b = base();
    for (int i = 6; i >= 2; i--) {
      b.addObjectives(Objective.of("O" + i, "Objective " + i, "team-a"));
    }
    Plan plan = b.build();
    assertEquals(
        List.of(
            finding(
                "ALN012",
                Severity.WARNING,
                List.of("team-a", "O1", "O2", "O3", "O4", "O5", "O6"),
                "owner 'team-a' sets 6 objectives (O1, O2, O3, O4, O5 and O6); expected at most 5",
                "focus on at most 5 objectives: merge related ones or move some to a later period")),
        findings(AlignmentRules.tooManyObjectives(), plan));
    assertEquals(List.of(), findings(AlignmentRules.tooManyKeyResults(), plan));
    assertEquals(
        List.of(),
        findings(
            AlignmentRules.tooManyObjectives(),
            plan,
            AlignmentConfig.defaults().withMaxObjectivesPerOwner(6)));
  }

  @Test
  void anObjectiveWithTooManyKeyResultsIsOverloaded() {
    Plan.Builder b = base();
    for (int i = 2; i <= 6; i++) {
      b.addKeyResults(keyResult("KR" + i, "O1", "measure " + i));
    }
    Plan plan =
        b.addKpis(
                kpi("K2", "alice", "demos", "KR2", "KR3", "KR4"),
                kpi("K3", "alice", "visits", "KR5", "KR6"))
            .build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN013",
                Severity.WARNING,
                List.of("O1", "KR1", "KR2", "KR3", "KR4", "KR5", "KR6"),
                "objective 'O1' has 6 key results (KR1, KR2, KR3, KR4, KR5 and KR6); expected at"
                    + " most 5",
                "keep the key results that best prove the objective, and track the others as KPIs"));
    assertEquals(expected, findings(AlignmentRules.tooManyKeyResults(), plan));
    assertEquals(List.of(), findings(AlignmentRules.tooManyObjectives(), plan));
    assertEquals(expected, defaultFindings(plan));
  }

  // ---------------------------------------------------------------- ALN014

  @Test
  void kpisOfOneOwnerWithTheSameMeasureAndTargetAreDuplicates() {
    Plan plan =
        base()
            .addKpis(
                kpi("K0", "alice", " Customer Calls", "KR1"),
                kpi("K2", "bob", "customer calls", "KR1"),
                kpi("K3", "alice", "customer calls", "KR1").withTarget(Target.increase(0, 6)))
            .build();
    List<Finding> expected =
        List.of(
            finding(
                "ALN014",
                Severity.WARNING,
                List.of("K0", "K1", "alice"),
                "KPIs 'K0' and 'K1' of owner 'alice' share the measure ' Customer Calls' and the"
                    + " target 0 -> 5; expected one KPI per owner, measure and target",
                "merge them into one KPI that carries all their contributions"));
    assertEquals(expected, findings(AlignmentRules.duplicateKpis(), plan));
  }
}

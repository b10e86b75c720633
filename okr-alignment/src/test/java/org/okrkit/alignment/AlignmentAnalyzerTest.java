package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.kpi;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

class AlignmentAnalyzerTest {
  /** A host rule: every KPI must carry a tag. */
  static final AlignmentRule UNTAGGED =
      AlignmentRules.named(
          "untagged KPIs",
          (context, findings) ->
              context.plan().kpis().stream()
                  .filter(k -> k.tags().isEmpty())
                  .forEach(
                      k ->
                          findings.accept(
                              Finding.of(
                                  "ACME001",
                                  Severity.INFO,
                                  List.of(k.id()),
                                  "KPI '" + k.id() + "' has no tag",
                                  "tag it"))));

  static final AlignmentRule BROKEN =
      AlignmentRules.named(
          "broken",
          (context, findings) -> {
            findings.accept(Finding.of("ACME002", Severity.WARNING, List.of("x"), "before", "fix"));
            throw new IllegalStateException("boom");
          });

  final Plan marketing = SeedPlans.marketing();

  @Test
  void defaultsRunEveryBuiltInRuleWithTheDefaultConfiguration() {
    AlignmentAnalyzer analyzer = AlignmentAnalyzer.defaults();
    assertEquals(AlignmentRules.defaults(), analyzer.rules().asList());
    assertEquals(AlignmentConfig.defaults(), analyzer.config());
    assertFalse(analyzer.failFast());
    assertEquals(analyzer, AlignmentAnalyzer.builder().addDefaultRules().build());
    assertEquals(15, AlignmentRules.defaults().size());
    assertEquals("AlignmentRules.orphanKpis()", AlignmentRules.orphanKpis().toString());
    assertEquals(
        "AlignmentRules.frequencyMismatch()", AlignmentRules.frequencyMismatch().toString());
    assertEquals(
        "AlignmentRules.tooManyKeyResults()", AlignmentRules.tooManyKeyResults().toString());
  }

  @Test
  void hostRulesRunBesideTheDefaultsAndTheirFindingsAreSortedIn() {
    AlignmentReport report =
        AlignmentAnalyzer.defaults().toBuilder().addRule(UNTAGGED).build().analyze(marketing);
    assertEquals(
        List.of("WARNING ALN002", "WARNING ALN002", "WARNING ALN003", "INFO ACME001"),
        report.findings().stream().map(f -> f.severity() + " " + f.code()).toList());
    assertEquals(1, report.findings(Severity.INFO).size());
    assertEquals(2, report.findingsWithCode("ALN002").size());
    assertFalse(report.hasErrors());
  }

  @Test
  void equalRulesRunOnceAndEqualFindingsAreReportedOnce() {
    AlignmentRule twice =
        AlignmentRules.named(
            "twice",
            (context, findings) -> {
              Finding f = Finding.of("ACME003", Severity.INFO, List.of(), "same", "same");
              findings.accept(f);
              findings.accept(f);
            });
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder()
            .addRule(AlignmentRules.orphanKpis())
            .addRules(List.of(AlignmentRules.orphanKpis(), twice, twice))
            .build();
    assertEquals(List.of(AlignmentRules.orphanKpis(), twice), analyzer.rules().asList());
    assertEquals(1, analyzer.analyze(marketing).findings().size());
  }

  @Test
  void aRuleThatThrowsIsReportedFirstAndTheOtherRulesStillRun() {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder().addRule(BROKEN).addDefaultRules().build();
    AlignmentReport report = analyzer.analyze(marketing);
    assertTrue(report.hasErrors());
    assertEquals(
        Finding.of(
            "ALN000",
            Severity.ERROR,
            List.of(),
            "rule broken failed with java.lang.IllegalStateException: boom; its findings may be"
                + " missing or incomplete",
            "fix the rule or remove it from the analyzer; the other rules' findings are complete"),
        Fixtures.words(report.findings().get(0)));
    // what the rule found before it threw is kept, and every default finding is there
    assertEquals(
        List.of("ALN000", "ACME002", "ALN002", "ALN002", "ALN003"),
        report.findings().stream().map(Finding::code).toList());
    assertTrue(report.render().contains("Findings: 5 (1 error, 4 warnings, 0 notes)"));
  }

  @Test
  void aFailFastAnalyzerRethrowsTheFirstFailureNamingTheRule() {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder().addDefaultRules().addRule(BROKEN).failFast(true).build();
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> analyzer.analyze(marketing));
    assertEquals("broken", e.rule());
    assertEquals(
        "alignment rule broken failed: java.lang.IllegalStateException: boom", e.getMessage());
    assertEquals("boom", e.getCause().getMessage());
    assertTrue(analyzer.toBuilder().build().failFast());
  }

  @Test
  void aRuleWithoutANameIsNamedByItsClass() {
    AlignmentRule anonymous =
        new AlignmentRule() {
          @Override
          public void check(AlignmentContext context, Consumer<Finding> findings) {
            findings.accept(null);
          }

          @Override
          public String toString() {
            throw new UnsupportedOperationException();
          }
        };
    Finding failure =
        AlignmentAnalyzer.builder().addRule(anonymous).build().analyze(marketing).findings().get(0);
    assertEquals(
        "rule "
            + anonymous.getClass().getName()
            + " failed with java.lang.NullPointerException: finding; its findings may be missing or"
            + " incomplete",
        failure.message());
  }

  @Test
  void findingsPassedAfterTheCheckReturnedAreRejected() {
    List<Consumer<Finding>> kept = new ArrayList<>();
    AlignmentRule leaky = AlignmentRules.named("leaky", (context, findings) -> kept.add(findings));
    AlignmentReport report = AlignmentAnalyzer.builder().addRule(leaky).build().analyze(marketing);
    assertEquals(List.of(), report.findings());
    Finding late = Finding.of("ACME004", Severity.INFO, List.of(), "late", "late");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> kept.get(0).accept(late));
    assertEquals(
        "rule leaky passed a finding after its check returned: INFO ACME004 []: late",
        e.getMessage());
    assertEquals(List.of(), report.findings());
  }

  @Test
  void findingsAreOrderedBySeverityThenCodeThenIds() {
    Finding a = Finding.of("ALN009", Severity.ERROR, List.of("b"), "m", "h");
    Finding b = Finding.of("ALN001", Severity.WARNING, List.of("a", "b"), "m", "h");
    Finding c = Finding.of("ALN001", Severity.WARNING, List.of("a", "b", "c"), "m", "h");
    Finding d = Finding.of("ALN001", Severity.WARNING, List.of("b"), "m", "h");
    Finding e = Finding.of("ALN002", Severity.WARNING, List.of(), "m", "h");
    Finding f = Finding.of("ALN000", Severity.INFO, List.of(), "m", "h");
    List<Finding> all = new ArrayList<>(List.of(f, e, d, c, b, a));
    all.sort(Finding.reportOrder());
    assertEquals(List.of(a, b, c, d, e, f), all);
  }

  @Test
  void theReportsOfEqualPlansAreEqual() {
    AlignmentReport first = AlignmentAnalyzer.defaults().analyze(marketing);
    AlignmentReport again = AlignmentAnalyzer.defaults().analyze(marketing.toBuilder().build());
    new EqualsTester()
        .addEqualityGroup(first, again)
        .addEqualityGroup(AlignmentAnalyzer.defaults().analyze(SeedPlans.startUp()))
        .testEquals();
    assertEquals(first.render(), again.render());
  }

  @Test
  void aPlanWithoutObjectivesRendersItsKpisFindings() {
    Plan plan =
        Plan.builder()
            .period(Fixtures.QUARTER)
            .addOwners(Owner.of("p", "P", Level.INDIVIDUAL))
            .addKpis(kpi("K", "p", "calls"))
            .build();
    assertEquals(
        String.join(
            "\n",
            "Alignment report: plan, 2026-Q2 (2026-04-01 to 2026-06-30)",
            "",
            "Coverage (share of key-result weight backed by KPIs): 0 % (the plan has no objectives)",
            "",
            "Findings: 1 (0 errors, 1 warning, 0 notes)",
            "  WARNING ALN001  KPI 'K' supports no key result",
            "                  fix: add a contribution to the key result the KPI serves, or retire"
                + " the KPI if it serves none",
            ""),
        AlignmentAnalyzer.defaults().analyze(plan).render());
  }

  @Test
  void aCleanPlanRendersNoFindings() {
    String text = AlignmentAnalyzer.defaults().analyze(base().build()).render();
    assertTrue(text.endsWith("\nFindings: none\n"), text);
    assertTrue(text.contains("\n     100 %  O1  Win customers\n"), text);
  }

  @Test
  void configurationsAreCheckedWithMessagesThatNameTheField() {
    AlignmentConfig defaults = AlignmentConfig.defaults();
    assertEquals(5, defaults.maxObjectivesPerOwner());
    assertEquals(5, defaults.maxKeyResultsPerObjective());
    assertEquals(3, defaults.maxKeyResultsPerKpi());
    assertFalse(defaults.contributionWeightsSumToOne());
    assertEquals(1e-6, defaults.contributionWeightTolerance());
    assertEquals(0.5, defaults.minimumCoverage());
    assertEquals(
        "maxObjectivesPerOwner must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxObjectivesPerOwner(0))
            .getMessage());
    assertEquals(
        "maxKeyResultsPerKpi must be at least 1, got -2",
        assertThrows(
                IllegalArgumentException.class,
                () -> AlignmentConfig.builder().maxKeyResultsPerKpi(-2).build())
            .getMessage());
    assertEquals(
        "contributionWeightTolerance NaN must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> defaults.withContributionWeightTolerance(Double.NaN))
            .getMessage());
    assertEquals(
        "minimumCoverage 1.5 must lie in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> defaults.withMinimumCoverage(1.5))
            .getMessage());
  }

  @Test
  void findingsAreCheckedWithMessagesThatSayWhatIsExpected() {
    assertEquals(
        "finding code 'ALN 1' is invalid; expected a letter, then up to 31 letters, digits, '_',"
            + " '.' or '-', such as ALN001",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of("ALN 1", Severity.INFO, List.of(), "m", "h"))
            .getMessage());
    assertEquals(
        "finding ACME1 has a blank message",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of("ACME1", Severity.INFO, List.of(), " ", "h"))
            .getMessage());
    assertEquals(
        "finding ACME1 has a blank hint",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.of("ACME1", Severity.INFO, List.of(), "m", ""))
            .getMessage());
    assertEquals(
        "a rule's name must not be blank",
        assertThrows(IllegalArgumentException.class, () -> AlignmentRules.named(" ", UNTAGGED))
            .getMessage());
  }

  @Test
  void valuesCompareByContent() {
    new EqualsTester()
        .addEqualityGroup(
            Finding.of("ALN001", Severity.WARNING, List.of("K"), "m", "h"),
            Finding.builder()
                .code("ALN001")
                .severity(Severity.WARNING)
                .addId("K")
                .message("m")
                .hint("h")
                .build())
        .addEqualityGroup(Finding.of("ALN001", Severity.INFO, List.of("K"), "m", "h"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AlignmentRules.orphanKpis(), AlignmentRules.defaults().get(0))
        .addEqualityGroup(AlignmentRules.tooManyObjectives(), AlignmentRules.defaults().get(11))
        .addEqualityGroup(AlignmentRules.tooManyKeyResults())
        .addEqualityGroup(AlignmentRules.named("a", UNTAGGED), AlignmentRules.named("a", UNTAGGED))
        .addEqualityGroup(AlignmentRules.named("b", UNTAGGED))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AlignmentConfig.defaults(), AlignmentConfig.builder().build())
        .addEqualityGroup(AlignmentConfig.defaults().withContributionWeightsSumToOne(true))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            AlignmentAnalyzer.defaults(), AlignmentAnalyzer.defaults().toBuilder().build())
        .addEqualityGroup(AlignmentAnalyzer.builder().build())
        .addEqualityGroup(AlignmentAnalyzer.defaults().toBuilder().failFast(true).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AlignmentNode.of("K", AlignmentNode.Kind.KPI))
        .addEqualityGroup(AlignmentNode.of("K", AlignmentNode.Kind.OWNER))
        .testEquals();
    assertEquals("KPI K", AlignmentNode.of("K", AlignmentNode.Kind.KPI).toString());
    assertEquals("KR1=0.5", Share.of("KR1", 0.5).toString());
  }

  @Test
  void theContextGivesThePeriodEachElementRunsIn() {
    Plan plan =
        base()
            .addObjectives(
                Objective.builder()
                    .id("O-may")
                    .title("May")
                    .ownerId("team-a")
                    .period(org.okrkit.core.Period.month(2026, 5))
                    .build())
            .addKeyResults(Fixtures.keyResult("KR-may", "O-may", "may deals"))
            .build();
    AlignmentContext context = AlignmentContext.of(plan);
    assertEquals(org.okrkit.core.Period.month(2026, 5), context.periodOf("KR-may"));
    assertEquals(org.okrkit.core.Period.month(2026, 5), context.periodOf("O-may"));
    assertEquals(Fixtures.QUARTER, context.periodOf("KR1"));
    assertEquals(Fixtures.QUARTER, context.periodOf("K1"));
    assertSame(plan, context.plan());
    assertEquals(AlignmentConfig.defaults(), context.config());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Plan.class, marketing)
            .setDefault(AlignmentGraph.class, AlignmentGraph.of(marketing))
            .setDefault(AlignmentConfig.class, AlignmentConfig.defaults())
            .setDefault(AlignmentRule.class, AlignmentRules.orphanKpis())
            .setDefault(String.class, "KR-mentions")
            .setDefault(Level.class, Level.COMPANY)
            .setDefault(Severity.class, Severity.INFO)
            .setDefault(
                Scorecard.class, ScoringPolicy.defaults().score(marketing, SeedPlans.AS_OF));
    for (Class<?> type :
        new Class<?>[] {
          AlignmentGraph.class, AlignmentContext.class, AlignmentRules.class,
              AlignmentAnalyzer.class,
          AlignmentConfig.class, Finding.class, Share.class, AlignmentNode.class,
          ScoreAwareRules.class, WhatIf.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(AlignmentAnalyzer.defaults());
    tester.testAllPublicInstanceMethods(AlignmentAnalyzer.builder());
    tester.testAllPublicInstanceMethods(AlignmentGraph.of(marketing));
    tester.testAllPublicInstanceMethods(AlignmentContext.of(marketing));
    tester.testAllPublicInstanceMethods(AlignmentAnalyzer.defaults().analyze(marketing));
    tester.testAllPublicInstanceMethods(AlignmentGraph.of(marketing).coverage());
    tester.testAllPublicInstanceMethods(AlignmentGraph.of(marketing).impactOf("K-campaigns"));
  }
}

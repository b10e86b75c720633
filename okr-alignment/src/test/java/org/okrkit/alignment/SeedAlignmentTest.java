package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.Fixtures.defaultFindings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/**
 * The seed article's plans are well aligned: the default rules find nothing wrong with the way
 * their KPIs serve their key results. What they do report is what the article itself leaves open,
 * and each test says why the finding is legitimate.
 */
class SeedAlignmentTest {
  static final String UNSUPPORTED_HINT =
      "break the key result down into at least one KPI that contributes to it, or align with it an"
          + " objective whose key results KPIs support";

  static Finding unsupported(String keyResult) {
    return Finding.of(
        "ALN002",
        Severity.WARNING,
        List.of(keyResult),
        "key result '"
            + keyResult
            + "' is supported by no KPI, directly or through the objectives"
            + " aligned with it",
        UNSUPPORTED_HINT);
  }

  /**
   * The article gives the marketing objective three key results but only one individual KPI (brand
   * campaigns, for media mentions), so partners and forums are not broken down into KPIs and the
   * objective is a third covered. That is exactly the gap the analyzer exists to show.
   */
  @Test
  void marketingHasTwoKeyResultsWithoutKpis() {
    Plan plan = SeedPlans.marketing();
    assertEquals(
        List.of(
            unsupported("KR-forums"),
            unsupported("KR-partners"),
            Finding.of(
                "ALN003",
                Severity.WARNING,
                List.of("O-influence"),
                "objective 'O-influence' has 33.3 % of its key-result weight backed by KPIs;"
                    + " expected at least 50 %",
                "support the objective's unbacked key results with KPIs")),
        defaultFindings(plan));
    // the marketing manager reports straight to the department: no team is skipped
    assertEquals(List.of(), Fixtures.findings(AlignmentRules.skippedLevels(), plan));
  }

  /**
   * The operations team runs growth campaigns for the growth team's key result: cross-team support,
   * which the issue calls legitimate but worth seeing, hence a note and not a warning.
   */
  @Test
  void internetCompanyHasOneCrossTeamContribution() {
    assertEquals(
        List.of(
            Finding.of(
                "ALN008",
                Severity.INFO,
                List.of("K-growth-campaigns", "KR-mau", "operations", "growth"),
                "KPI 'K-growth-campaigns' of 'operations' supports key result 'KR-mau' of 'growth',"
                    + " a unit 'operations' is not part of",
                "cross-unit support is legitimate when intended: make sure 'growth' and"
                    + " 'operations' both know that 'KR-mau' counts on 'K-growth-campaigns'")),
        defaultFindings(SeedPlans.internetCompany()));
  }

  /**
   * Customer service sits beside the quality department, not inside it, yet its complaints KPI
   * supports the quality department's return-rate key result: cross-unit, and legitimate.
   */
  @Test
  void manufacturerHasOneCrossUnitContribution() {
    assertEquals(
        List.of(
            Finding.of(
                "ALN008",
                Severity.INFO,
                List.of("K-complaints", "KR-returns", "customer-service", "quality"),
                "KPI 'K-complaints' of 'customer-service' supports key result 'KR-returns' of"
                    + " 'quality', a unit 'customer-service' is not part of",
                "cross-unit support is legitimate when intended: make sure 'quality' and"
                    + " 'customer-service' both know that 'KR-returns' counts on 'K-complaints'")),
        defaultFindings(SeedPlans.manufacturer()));
  }

  /**
   * The roadshow material is a one-off deliverable run on the OKR alone (the article's "OKR drives
   * innovation" loop): no KPI supports it, so it is reported, and the objective is half covered,
   * which the default minimum accepts. The founder and the marketing team report straight to the
   * company, so their KPIs skip no level.
   */
  @Test
  void startUpHasAMilestoneKeyResultWithoutKpis() {
    assertEquals(List.of(unsupported("KR-roadshow")), defaultFindings(SeedPlans.startUp()));
  }

  @Test
  void seedCoverage() {
    assertEquals(Map.of("O-influence", 1.0 / 3), coverage(SeedPlans.marketing()).objectives());
    assertEquals(1.0, coverage(SeedPlans.internetCompany()).plan());
    assertEquals(1.0, coverage(SeedPlans.manufacturer()).plan());
    assertEquals(Map.of("startup", 0.5), coverage(SeedPlans.startUp()).owners());
  }

  @Test
  void marketingReportReadsWell() {
    assertEquals(
        String.join(
            "\n",
            "Alignment report: Marketing, 2026-Q2 (2026-04-01 to 2026-06-30)",
            "",
            "Coverage (share of key-result weight backed by KPIs): 33.3 %",
            "  Objectives:",
            "    33.3 %  O-influence  Raise the company's market influence",
            "  Owners:",
            "    33.3 %  marketing  Marketing department",
            "",
            "Findings: 3 (0 errors, 3 warnings, 0 notes)",
            "  WARNING ALN002  key result 'KR-forums' is supported by no KPI, directly or through"
                + " the objectives aligned with it",
            "                  fix: " + UNSUPPORTED_HINT,
            "  WARNING ALN002  key result 'KR-partners' is supported by no KPI, directly or through"
                + " the objectives aligned with it",
            "                  fix: " + UNSUPPORTED_HINT,
            "  WARNING ALN003  objective 'O-influence' has 33.3 % of its key-result weight backed by"
                + " KPIs; expected at least 50 %",
            "                  fix: support the objective's unbacked key results with KPIs",
            ""),
        AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing()).render());
  }

  private static Coverage coverage(Plan plan) {
    return AlignmentAnalyzer.defaults().analyze(plan).coverage();
  }
}

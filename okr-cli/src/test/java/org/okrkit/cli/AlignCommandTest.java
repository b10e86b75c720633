package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;

class AlignCommandTest {

  @Test
  void theMarketingPlanBacksAThirdOfItsKeyResultWeightWithKpis() {
    Result r = okr("align", plan("marketing"));
    assertEquals(
        lines(
            "Alignment report: Marketing, 2026-Q2 (2026-04-01 to 2026-06-30)",
            "",
            "Coverage (share of key-result weight backed by KPIs): 33.3 %",
            "  Objectives:",
            "    33.3 %  O-influence  Raise the company's market influence",
            "  Owners:",
            "    33.3 %  marketing  Marketing department",
            "",
            "Findings: 3 (0 errors, 3 warnings, 0 notes)",
            "  WARNING ALN002  key result 'KR-forums' is supported by no KPI, directly or through the objectives aligned with it",
            "                  fix: break the key result down into at least one KPI that contributes to it, or align with it an objective whose key results KPIs support",
            "  WARNING ALN002  key result 'KR-partners' is supported by no KPI, directly or through the objectives aligned with it",
            "                  fix: break the key result down into at least one KPI that contributes to it, or align with it an objective whose key results KPIs support",
            "  WARNING ALN003  objective 'O-influence' has 33.3 % of its key-result weight backed by KPIs; expected at least 50 %",
            "                  fix: support the objective's unbacked key results with KPIs",
            "",
            "The score-aware rule (ALN101, ALN102) used the scores under plans/marketing.policy.yaml (found"
                + " beside the plan), as of 2026-05-31 (the plan's latest check-in; set --as-of to change)."),
        r.out(),
        r::toString);
    assertEquals("", r.problems());
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void checkWeightsAddsTheKeyResultWeightSumRule() {
    // customer success weighs KR-nrr 2 and leaves the others unweighted: as shares of O-retention,
    // the weights given leave nothing for the others
    Result checked = okr("align", plan("customer-success"), "--check-weights");
    assertTrue(checked.out().contains("  ERROR   ALN015  "), checked::toString);
    assertTrue(checked.out().contains("'O-retention'"), checked::toString);
    assertEquals(Okr.FINDINGS, checked.code());
    Result json = okr("align", plan("customer-success"), "--check-weights", "--format", "json");
    assertTrue(json.out().contains("\"ALN015\""), json::toString);
    Result chinese = okr("--lang", "zh-CN", "align", plan("customer-success"), "--check-weights");
    assertTrue(chinese.out().contains("ALN015"), chinese::toString);
    assertEquals(Okr.FINDINGS, chinese.code());

    Result unchecked = okr("align", plan("customer-success"));
    assertFalse(unchecked.out().contains("ALN015"), unchecked::toString);

    // key results without weights leave their shares open: nothing to flag
    Result marketing = okr("align", plan("marketing"), "--check-weights");
    assertFalse(marketing.out().contains("ALN015"), marketing::toString);
    assertEquals(okr("align", plan("marketing")).out(), marketing.out());
    assertEquals(Okr.OK, marketing.code());
  }

  @Test
  void theOtherSeedPlansHaveNoErrors() {
    Result internet = okr("align", plan("internet-company"));
    assertTrue(
        internet
            .out()
            .contains(
                lines(
                    "Findings: 1 (0 errors, 0 warnings, 1 note)",
                    "  INFO    ALN008  KPI 'K-growth-campaigns' of 'operations' supports key result 'KR-mau' of"
                        + " 'growth', a unit 'operations' is not part of")),
        internet::toString);
    assertEquals(Okr.OK, internet.code());

    Result manufacturer = okr("align", plan("manufacturer"));
    assertTrue(
        manufacturer
            .out()
            .contains("Coverage (share of key-result weight backed by KPIs): 100 %\n"),
        manufacturer::toString);
    assertEquals(Okr.OK, manufacturer.code());

    Result startUp = okr("align", plan("start-up"));
    assertTrue(
        startUp
            .out()
            .contains(
                lines(
                    "Findings: 1 (0 errors, 1 warning, 0 notes)",
                    "  WARNING ALN002  key result 'KR-roadshow' is supported by no KPI, directly or through the"
                        + " objectives aligned with it")),
        startUp::toString);
    assertEquals(Okr.OK, startUp.code());
  }

  @Test
  void anErrorFindingExitsWithOne() {
    Result r = okr("align", "src/test/resources/direction-conflict.yaml");
    assertTrue(
        r.out()
            .contains(
                lines(
                    "Findings: 1 (1 error, 0 warnings, 0 notes)",
                    "  ERROR   ALN011  KPI 'K-defects' aims to INCREASE 'Defect Rate' while key result 'KR-defects'"
                        + " aims to DECREASE it; expected both to move the measure the same way")),
        r::toString);
    assertEquals("", r.problems());
    assertEquals(Okr.FINDINGS, r.code());
  }

  @Test
  void theScoreAwareRuleRunsOnTheScoresAsOfTheDateGiven() {
    // on 30 April the founder's KPI is met while KR-vc-rounds is judged against its pace
    Result r = okr("align", plan("start-up"), "--as-of", "2026-04-30", "--default-policy");
    assertTrue(
        r.out()
            .endsWith(
                "The score-aware rule (ALN101, ALN102) used the scores under the built-in"
                    + " default policy, as of 2026-04-30 (given with --as-of).\n"),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReportAsJsonCsvAndMarkdown() {
    Result json = okr("align", plan("marketing"), "--format", "json");
    assertEquals(Okr.OK, json.code(), json::toString);
    Map<String, Object> report = (Map<String, Object>) Json.parse(json.out());
    assertEquals("alignment", report.get("report"));
    assertEquals("Marketing", report.get("plan"));
    Map<String, Object> plan = ((List<Map<String, Object>>) report.get("coverage")).get(0);
    assertEquals("PLAN", plan.get("kind"));
    assertEquals(1.0 / 3, (Double) plan.get("coverage"), 1e-12);
    List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
    assertEquals(3, findings.size(), json::toString);
    assertEquals("ALN002", findings.get(0).get("code"));
    assertEquals("WARNING", findings.get(0).get("severity"));

    Result csv = okr("align", plan("marketing"), "--format", "csv");
    assertEquals(Okr.OK, csv.code(), csv::toString);
    assertTrue(csv.out().contains("\r\nPLAN,,Marketing,0.3333333333333333,"), csv::toString);
    assertTrue(
        csv.out().startsWith("kind,id,title,coverage,code,severity,ids,message,hint\r\n"),
        csv::toString);
    assertEquals(
        3,
        Arrays.stream(csv.out().split("\r\n")).filter(row -> row.startsWith("FINDING,")).count(),
        csv::toString);

    Result md = okr("align", plan("marketing"), "--format", "md");
    assertEquals(Okr.OK, md.code(), md::toString);
    assertTrue(md.out().contains("ALN002"), md::toString);
    assertTrue(md.out().contains("| "), md::toString);
  }

  @Test
  void anErrorFindingExitsWithOneInEveryFormat() {
    Result r = okr("align", "src/test/resources/direction-conflict.yaml", "--format", "json");
    assertTrue(r.out().contains("\"code\": \"ALN011\""), r::toString);
    assertEquals(Okr.FINDINGS, r.code());
  }
}

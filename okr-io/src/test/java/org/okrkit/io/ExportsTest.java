package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.ScoreAwareRules;
import org.okrkit.alignment.Severity;
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
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

class ExportsTest {
  private static final Scorecard MARKETING =
      ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF);

  @Test
  void theMarketingScorecardAsJson() {
    assertEquals(
        "{\n"
            + "  \"report\": \"scorecard\",\n"
            + "  \"plan\": \"Marketing\",\n"
            + "  \"period\": \"2026-Q2\",\n"
            + "  \"asOf\": \"2026-05-31\",\n"
            + "  \"elements\": [\n"
            + "    {\n"
            + "      \"kind\": \"OBJECTIVE\",\n"
            + "      \"id\": \"O-influence\",\n"
            + "      \"title\": \"Raise the company's market influence\",\n"
            + "      \"owner\": \"marketing\",\n"
            + "      \"score\": 0.55,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"actual\": null,\n"
            + "      \"progress\": null,\n"
            + "      \"expectedProgress\": 0.6703296703296703,\n"
            + "      \"signedProgress\": null,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-partners\",\n"
            + "      \"title\": \"Add 20 partner companies within the quarter\",\n"
            + "      \"owner\": \"marketing\",\n"
            + "      \"score\": 0.65,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"ON_TRACK\",\n"
            + "      \"actual\": 13,\n"
            + "      \"progress\": 0.65,\n"
            + "      \"expectedProgress\": 0.6703296703296703,\n"
            + "      \"signedProgress\": 0.65,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-mentions\",\n"
            + "      \"title\": \"Brand media mentions +30 %\",\n"
            + "      \"owner\": \"marketing\",\n"
            + "      \"score\": 0.6,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"ON_TRACK\",\n"
            + "      \"actual\": 236,\n"
            + "      \"progress\": 0.6,\n"
            + "      \"expectedProgress\": 0.6703296703296703,\n"
            + "      \"signedProgress\": 0.6,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-forums\",\n"
            + "      \"title\": \"Run at least 5 high-quality industry forums\",\n"
            + "      \"owner\": \"marketing\",\n"
            + "      \"score\": 0.4,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"OFF_TRACK\",\n"
            + "      \"actual\": 2,\n"
            + "      \"progress\": 0.4,\n"
            + "      \"expectedProgress\": 0.6703296703296703,\n"
            + "      \"signedProgress\": 0.4,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KPI\",\n"
            + "      \"id\": \"K-campaigns\",\n"
            + "      \"title\": \"Run 5 brand campaigns per month\",\n"
            + "      \"owner\": \"marketing-manager\",\n"
            + "      \"score\": 0,\n"
            + "      \"band\": \"RED\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"actual\": 4,\n"
            + "      \"progress\": 0.8,\n"
            + "      \"expectedProgress\": 1,\n"
            + "      \"signedProgress\": 0.8,\n"
            + "      \"confidence\": null\n"
            + "    }\n"
            + "  ],\n"
            + "  \"owners\": [\n"
            + "    {\n"
            + "      \"id\": \"acme\",\n"
            + "      \"name\": \"Acme\",\n"
            + "      \"level\": \"COMPANY\",\n"
            + "      \"composite\": null,\n"
            + "      \"band\": null,\n"
            + "      \"status\": null,\n"
            + "      \"kpiScore\": null,\n"
            + "      \"okrScore\": null,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"id\": \"marketing\",\n"
            + "      \"name\": \"Marketing department\",\n"
            + "      \"level\": \"DEPARTMENT\",\n"
            + "      \"composite\": 0.55,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"kpiScore\": null,\n"
            + "      \"okrScore\": 0.55,\n"
            + "      \"confidence\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"id\": \"marketing-manager\",\n"
            + "      \"name\": \"Marketing manager\",\n"
            + "      \"level\": \"INDIVIDUAL\",\n"
            + "      \"composite\": 0,\n"
            + "      \"band\": \"RED\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"kpiScore\": 0,\n"
            + "      \"okrScore\": null,\n"
            + "      \"confidence\": null\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        Exports.scorecard(MARKETING, ExportFormat.JSON));
  }

  @Test
  void theMarketingScorecardAsCsv() {
    assertEquals(
        "kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore,"
            + "signedProgress,confidence\r\n"
            + "OBJECTIVE,O-influence,Raise the company's market influence,marketing,0.55,YELLOW,AT_RISK,,,"
            + "0.6703296703296703,,,,\r\n"
            + "KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,marketing,0.65,YELLOW,"
            + "ON_TRACK,13,0.65,0.6703296703296703,,,0.65,\r\n"
            + "KEY_RESULT,KR-mentions,Brand media mentions +30 %,marketing,0.6,YELLOW,ON_TRACK,236,0.6,"
            + "0.6703296703296703,,,0.6,\r\n"
            + "KEY_RESULT,KR-forums,Run at least 5 high-quality industry forums,marketing,0.4,YELLOW,"
            + "OFF_TRACK,2,0.4,0.6703296703296703,,,0.4,\r\n"
            + "KPI,K-campaigns,Run 5 brand campaigns per month,marketing-manager,0,RED,AT_RISK,4,0.8,1,,,0.8,\r\n"
            + "OWNER,acme,Acme,,,,,,,,,,,\r\n"
            + "OWNER,marketing,Marketing department,,0.55,YELLOW,AT_RISK,,,,,0.55,,\r\n"
            + "OWNER,marketing-manager,Marketing manager,,0,RED,AT_RISK,,,,0,,,\r\n",
        Exports.scorecard(MARKETING, ExportFormat.CSV));
  }

  @Test
  void theMarketingScorecardAsMarkdown() {
    assertEquals(
        "# Scorecard: Marketing, 2026-Q2, as of 2026-05-31\n"
            + "\n"
            + "## Elements\n"
            + "\n"
            + "| Kind | Id | Title | Owner | Score | Band | Status | Actual | Progress | Expected |"
            + " Signed progress | Confidence |\n"
            + "| --- | --- | --- | --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
            + "| OBJECTIVE | O-influence | Raise the company's market influence | marketing | 0.55 | YELLOW"
            + " | AT_RISK | | | 0.67 | | unknown |\n"
            + "| KEY_RESULT | KR-partners | Add 20 partner companies within the quarter | marketing | 0.65"
            + " | YELLOW | ON_TRACK | 13 | 0.65 | 0.67 | 0.65 | unknown |\n"
            + "| KEY_RESULT | KR-mentions | Brand media mentions +30 % | marketing | 0.6 | YELLOW |"
            + " ON_TRACK | 236 | 0.6 | 0.67 | 0.6 | unknown |\n"
            + "| KEY_RESULT | KR-forums | Run at least 5 high-quality industry forums | marketing | 0.4 |"
            + " YELLOW | OFF_TRACK | 2 | 0.4 | 0.67 | 0.4 | unknown |\n"
            + "| KPI | K-campaigns | Run 5 brand campaigns per month | marketing-manager | 0 | RED |"
            + " AT_RISK | 4 | 0.8 | 1 | 0.8 | unknown |\n"
            + "\n"
            + "## Owners\n"
            + "\n"
            + "| Id | Name | Level | Composite | Band | Status | KPI score | OKR score | Confidence |\n"
            + "| --- | --- | --- | ---: | --- | --- | ---: | ---: | ---: |\n"
            + "| acme | Acme | COMPANY | | | | | | unknown |\n"
            + "| marketing | Marketing department | DEPARTMENT | 0.55 | YELLOW | AT_RISK | | 0.55 | unknown |\n"
            + "| marketing-manager | Marketing manager | INDIVIDUAL | 0 | RED | AT_RISK | 0 | | unknown |\n",
        Exports.scorecard(MARKETING, ExportFormat.MARKDOWN));
  }

  /** A plan whose texts need quoting and escaping, and which has no name. */
  private static Scorecard awkward() {
    Plan plan =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("t", "Team \"A\", the <best>", Level.TEAM))
            .addObjectives(Objective.of("O", "Grow | win\nand keep, \\ all", "t"))
            .addKeyResults(
                KeyResult.of(
                    "K",
                    "O",
                    "Line one\r\nline two",
                    Measure.increasing("m", Unit.COUNT),
                    Target.increase(0, 3)))
            .build();
    return ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 5, 1));
  }

  @Test
  void csvQuotesByRfc4180() {
    String csv = Exports.scorecard(awkward(), ExportFormat.CSV);
    assertEquals(
        "kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore,"
            + "signedProgress,confidence\r\n"
            + "OBJECTIVE,O,\"Grow | win\nand keep, \\ all\",t,0,RED,OFF_TRACK,,,0.34065934065934067,,,,\r\n"
            + "KEY_RESULT,K,\"Line one\r\nline two\",t,0,RED,OFF_TRACK,,0,0.34065934065934067,,,0,\r\n"
            + "OWNER,t,\"Team \"\"A\"\", the <best>\",,0,RED,OFF_TRACK,,,,,0,,\r\n",
        csv);
  }

  @Test
  void markdownCellsStayOnOneLineAndEscapePipesAndHtml() {
    String md = Exports.scorecard(awkward(), ExportFormat.MARKDOWN);
    assertEquals("# Scorecard: 2026-Q2, as of 2026-05-01\n", md.substring(0, md.indexOf('\n') + 1));
    assertEquals(
        true,
        md.contains(
            "| OBJECTIVE | O | Grow \\| win and keep, \\\\ all | t | 0 | RED | OFF_TRACK | | | 0.341 | | unknown |\n"),
        md);
    assertEquals(true, md.contains("| t | Team \"A\", the &lt;best> | TEAM |"), md);
    assertEquals(true, md.contains("| KEY_RESULT | K | Line one  line two |"), md);
  }

  @Test
  void jsonWritesAnAbsentNameAsNullAndNeverNaN() {
    String json = Exports.scorecard(awkward(), ExportFormat.JSON);
    assertEquals(true, json.contains("\"plan\": null,\n"), json);
    assertFalse(json.contains("NaN"));
  }

  @Test
  void exportsAppendToAWriter() throws IOException {
    StringWriter out = new StringWriter();
    Exports.scorecard(MARKETING, ExportFormat.CSV, out);
    assertEquals(Exports.scorecard(MARKETING, ExportFormat.CSV), out.toString());
    StringWriter alignment = new StringWriter();
    Exports.alignment(MARKETING_ALIGNMENT, ExportFormat.MARKDOWN, alignment);
    assertEquals(
        Exports.alignment(MARKETING_ALIGNMENT, ExportFormat.MARKDOWN), alignment.toString());
  }

  // ---------------------------------------------------------------- alignment reports

  private static final AlignmentReport MARKETING_ALIGNMENT =
      AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing());

  /**
   * A report with a finding of every severity and awkward text: a key result off track while its
   * heavier KPI is met (ALN101, score-aware), a host rule's finding whose text needs quoting and
   * escaping, and a host rule that throws (ALN000, which names no id).
   */
  static AlignmentReport divergent() {
    LocalDate asOf = SeedPlans.AS_OF;
    Plan plan =
        Plan.builder()
            .name("Sales, \"Q2\"")
            .period(SeedPlans.QUARTER)
            .addOwners(
                Owner.of("team", "Team", Level.TEAM),
                Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"))
            .addObjectives(Objective.of("O", "Grow | win", "team"))
            .addKeyResults(
                KeyResult.of(
                    "KR",
                    "O",
                    "Revenue",
                    Measure.increasing("revenue", Unit.CURRENCY),
                    Target.increase(0, 100)))
            .addKpis(kpi("K1", 3), kpi("K2", 1))
            .addCheckIns(
                CheckIn.of("KR", asOf, 20), CheckIn.of("K1", asOf, 10), CheckIn.of("K2", asOf, 4))
            .build();
    Scorecard card = ScoringPolicy.defaults().score(plan, asOf);
    return AlignmentAnalyzer.builder()
        .addDefaultRules()
        .addRules(ScoreAwareRules.divergence())
        .addRule(
            AlignmentRules.named(
                "acme",
                (context, findings) ->
                    findings.accept(
                        Finding.of(
                            "ACME001",
                            Severity.INFO,
                            List.of("K1", "K2"),
                            "K1 and K2 | both, \"calls\"\non two lines <b>",
                            "keep \\ them"))))
        .addRule(
            AlignmentRules.named(
                "broken",
                (context, findings) -> {
                  throw new IllegalStateException("no scorecard");
                }))
        .build()
        .analyze(card);
  }

  private static final String UNSUPPORTED =
      " is supported by no KPI, directly or through the objectives aligned with it";
  private static final String BREAK_DOWN =
      "break the key result down into at least one KPI that contributes to it, or align with it an"
          + " objective whose key results KPIs support";

  @Test
  void theMarketingAlignmentReportAsJson() {
    assertEquals(
        "{\n"
            + "  \"report\": \"alignment\",\n"
            + "  \"plan\": \"Marketing\",\n"
            + "  \"period\": \"2026-Q2\",\n"
            + "  \"coverage\": [\n"
            + "    {\n"
            + "      \"kind\": \"PLAN\",\n"
            + "      \"id\": null,\n"
            + "      \"title\": \"Marketing\",\n"
            + "      \"coverage\": 0.3333333333333333\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"OBJECTIVE\",\n"
            + "      \"id\": \"O-influence\",\n"
            + "      \"title\": \"Raise the company's market influence\",\n"
            + "      \"coverage\": 0.3333333333333333\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-partners\",\n"
            + "      \"title\": \"Add 20 partner companies within the quarter\",\n"
            + "      \"coverage\": 0\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-mentions\",\n"
            + "      \"title\": \"Brand media mentions +30 %\",\n"
            + "      \"coverage\": 1\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"KEY_RESULT\",\n"
            + "      \"id\": \"KR-forums\",\n"
            + "      \"title\": \"Run at least 5 high-quality industry forums\",\n"
            + "      \"coverage\": 0\n"
            + "    },\n"
            + "    {\n"
            + "      \"kind\": \"OWNER\",\n"
            + "      \"id\": \"marketing\",\n"
            + "      \"title\": \"Marketing department\",\n"
            + "      \"coverage\": 0.3333333333333333\n"
            + "    }\n"
            + "  ],\n"
            + "  \"findings\": [\n"
            + "    {\n"
            + "      \"code\": \"ALN002\",\n"
            + "      \"severity\": \"WARNING\",\n"
            + "      \"ids\": [\n"
            + "        \"KR-forums\"\n"
            + "      ],\n"
            + "      \"message\": \"key result 'KR-forums'"
            + UNSUPPORTED
            + "\",\n"
            + "      \"hint\": \""
            + BREAK_DOWN
            + "\"\n"
            + "    },\n"
            + "    {\n"
            + "      \"code\": \"ALN002\",\n"
            + "      \"severity\": \"WARNING\",\n"
            + "      \"ids\": [\n"
            + "        \"KR-partners\"\n"
            + "      ],\n"
            + "      \"message\": \"key result 'KR-partners'"
            + UNSUPPORTED
            + "\",\n"
            + "      \"hint\": \""
            + BREAK_DOWN
            + "\"\n"
            + "    },\n"
            + "    {\n"
            + "      \"code\": \"ALN003\",\n"
            + "      \"severity\": \"WARNING\",\n"
            + "      \"ids\": [\n"
            + "        \"O-influence\"\n"
            + "      ],\n"
            + "      \"message\": \"objective 'O-influence' has 33.3 % of its key-result weight backed by"
            + " KPIs; expected at least 50 %\",\n"
            + "      \"hint\": \"support the objective's unbacked key results with KPIs\"\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        Exports.alignment(MARKETING_ALIGNMENT, ExportFormat.JSON));
  }

  @Test
  void theMarketingAlignmentReportAsCsv() {
    assertEquals(
        "kind,id,title,coverage,code,severity,ids,message,hint\r\n"
            + "PLAN,,Marketing,0.3333333333333333,,,,,\r\n"
            + "OBJECTIVE,O-influence,Raise the company's market influence,0.3333333333333333,,,,,\r\n"
            + "KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,0,,,,,\r\n"
            + "KEY_RESULT,KR-mentions,Brand media mentions +30 %,1,,,,,\r\n"
            + "KEY_RESULT,KR-forums,Run at least 5 high-quality industry forums,0,,,,,\r\n"
            + "OWNER,marketing,Marketing department,0.3333333333333333,,,,,\r\n"
            + "FINDING,,,,ALN002,WARNING,KR-forums,\"key result 'KR-forums'"
            + UNSUPPORTED
            + "\",\""
            + BREAK_DOWN
            + "\"\r\n"
            + "FINDING,,,,ALN002,WARNING,KR-partners,\"key result 'KR-partners'"
            + UNSUPPORTED
            + "\",\""
            + BREAK_DOWN
            + "\"\r\n"
            + "FINDING,,,,ALN003,WARNING,O-influence,objective 'O-influence' has 33.3 % of its key-result"
            + " weight backed by KPIs; expected at least 50 %,support the objective's unbacked key results"
            + " with KPIs\r\n",
        Exports.alignment(MARKETING_ALIGNMENT, ExportFormat.CSV));
  }

  @Test
  void theMarketingAlignmentReportAsMarkdown() {
    assertEquals(
        "# Alignment report: Marketing, 2026-Q2\n"
            + "\n"
            + "## Coverage\n"
            + "\n"
            + "| Kind | Id | Title | Coverage |\n"
            + "| --- | --- | --- | ---: |\n"
            + "| PLAN | | Marketing | 33.3 % |\n"
            + "| OBJECTIVE | O-influence | Raise the company's market influence | 33.3 % |\n"
            + "| KEY_RESULT | KR-partners | Add 20 partner companies within the quarter | 0 % |\n"
            + "| KEY_RESULT | KR-mentions | Brand media mentions +30 % | 100 % |\n"
            + "| KEY_RESULT | KR-forums | Run at least 5 high-quality industry forums | 0 % |\n"
            + "| OWNER | marketing | Marketing department | 33.3 % |\n"
            + "\n"
            + "## Findings\n"
            + "\n"
            + "| Code | Severity | Ids | Message | Hint |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| ALN002 | WARNING | KR-forums | key result 'KR-forums'"
            + UNSUPPORTED
            + " | "
            + BREAK_DOWN
            + " |\n"
            + "| ALN002 | WARNING | KR-partners | key result 'KR-partners'"
            + UNSUPPORTED
            + " | "
            + BREAK_DOWN
            + " |\n"
            + "| ALN003 | WARNING | O-influence | objective 'O-influence' has 33.3 % of its key-result"
            + " weight backed by KPIs; expected at least 50 % | support the objective's unbacked key"
            + " results with KPIs |\n",
        Exports.alignment(MARKETING_ALIGNMENT, ExportFormat.MARKDOWN));
  }

  private static final String FAILED =
      "rule broken failed with java.lang.IllegalStateException: no scorecard; its findings may be"
          + " missing or incomplete";
  private static final String FIX_RULE =
      "fix the rule or remove it from the analyzer; the other rules' findings are complete";
  private static final String DIVERGES =
      "key result 'KR' is OFF_TRACK (progress 0.2, expected 0.67) while 75 % of the weight of its"
          + " KPIs is met (K1): the KPIs may measure the wrong thing";
  private static final String CHECK_KPIS =
      "check that meeting these KPIs moves the key result; replace or re-weight KPIs that can be met"
          + " without it, since chasing a metric alone can hurt the business";

  @Test
  void findingsOfEverySeverityAsCsvQuotedByRfc4180() {
    assertEquals(
        "kind,id,title,coverage,code,severity,ids,message,hint\r\n"
            + "PLAN,,\"Sales, \"\"Q2\"\"\",1,,,,,\r\n"
            + "OBJECTIVE,O,Grow | win,1,,,,,\r\n"
            + "KEY_RESULT,KR,Revenue,1,,,,,\r\n"
            + "OWNER,team,Team,1,,,,,\r\n"
            + "FINDING,,,,ALN000,ERROR,,"
            + FAILED
            + ","
            + FIX_RULE
            + "\r\n"
            + "FINDING,,,,ALN101,WARNING,KR K1,\""
            + DIVERGES
            + "\",\""
            + CHECK_KPIS
            + "\"\r\n"
            + "FINDING,,,,ACME001,INFO,K1 K2,\"K1 and K2 | both, \"\"calls\"\"\non two lines <b>\","
            + "keep \\ them\r\n",
        Exports.alignment(divergent(), ExportFormat.CSV));
  }

  @Test
  void findingsOfEverySeverityAsMarkdownStayOnOneLine() {
    String md = Exports.alignment(divergent(), ExportFormat.MARKDOWN);
    assertEquals(
        "# Alignment report: Sales, \"Q2\", 2026-Q2\n", md.substring(0, md.indexOf('\n') + 1));
    assertEquals(
        "## Findings\n"
            + "\n"
            + "| Code | Severity | Ids | Message | Hint |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| ALN000 | ERROR | | "
            + FAILED
            + " | "
            + FIX_RULE
            + " |\n"
            + "| ALN101 | WARNING | KR, K1 | "
            + DIVERGES
            + " | "
            + CHECK_KPIS
            + " |\n"
            + "| ACME001 | INFO | K1, K2 | K1 and K2 \\| both, \"calls\" on two lines &lt;b> |"
            + " keep \\\\ them |\n",
        md.substring(md.indexOf("## Findings")));
    assertEquals(true, md.contains("| OBJECTIVE | O | Grow \\| win | 100 % |\n"), md);
  }

  @Test
  void findingsNamingNoIdHaveAnEmptyJsonArray() {
    String json = Exports.alignment(divergent(), ExportFormat.JSON);
    assertEquals(
        true,
        json.contains(
            "      \"code\": \"ALN000\",\n"
                + "      \"severity\": \"ERROR\",\n"
                + "      \"ids\": [],\n"),
        json);
    assertEquals(
        true, json.contains("      \"ids\": [\n        \"KR\",\n        \"K1\"\n      ],\n"), json);
    assertEquals(
        true,
        json.contains("\"message\": \"K1 and K2 | both, \\\"calls\\\"\\non two lines <b>\""),
        json);
  }

  @Test
  void aReportWithoutFindingsSaysSo() {
    AlignmentReport none = AlignmentAnalyzer.builder().build().analyze(SeedPlans.marketing());
    String md = Exports.alignment(none, ExportFormat.MARKDOWN);
    assertEquals("## Findings\n\nNone.\n", md.substring(md.indexOf("## Findings")));
    assertEquals(
        true, Exports.alignment(none, ExportFormat.JSON).endsWith("  \"findings\": []\n}\n"));
    String csv = Exports.alignment(none, ExportFormat.CSV);
    assertEquals(
        "OWNER,marketing,Marketing department,0.3333333333333333,,,,,\r\n",
        csv.substring(csv.indexOf("OWNER")));
  }

  private static Kpi kpi(String id, double weight) {
    return Kpi.builder()
        .id(id)
        .ownerId("ann")
        .title("Calls " + id)
        .measure(Measure.increasing("calls " + id, Unit.COUNT))
        .target(Target.increase(0, 10))
        .addContribution(Contribution.to("KR", weight))
        .build();
  }

  @Test
  void cellsAreWrittenAsEachFormatNeeds() {
    String awkward = " Grow | win,\r\nand \"keep\" <all> & \\ ";
    assertEquals(
        "\" Grow | win,\r\nand \"\"keep\"\" <all> & \\ \"", ExportFormat.CSV.cell(awkward));
    assertEquals(
        "Grow \\| win,  and \"keep\" &lt;all> &amp; \\\\", ExportFormat.MARKDOWN.cell(awkward));
    assertEquals(
        "\" Grow | win,\\r\\nand \\\"keep\\\" <all> & \\\\ \"", ExportFormat.JSON.cell(awkward));
    assertEquals("plain", ExportFormat.CSV.cell("plain"));
  }

  /** The customer-success example: check-ins with confidences, a key result below its baseline. */
  static Scorecard customerSuccess() throws IOException {
    java.nio.file.Path plans =
        java.nio.file.Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));
    return PolicyFiles.read(plans.resolve("customer-success.policy.yaml"))
        .score(PlanFiles.read(plans.resolve("customer-success.yaml")), SeedPlans.AS_OF);
  }

  @Test
  void signedProgressAndConfidenceExportInEveryFormat() throws IOException {
    Scorecard card = customerSuccess();
    String json = Exports.scorecard(card, ExportFormat.JSON);
    assertEquals(
        true,
        json.contains(
            "      \"progress\": 0,\n"
                + "      \"expectedProgress\": 0.6703296703296703,\n"
                + "      \"signedProgress\": -0.25,\n"
                + "      \"confidence\": 0.3\n"),
        json);
    // an unknown confidence is null, never 0
    assertEquals(
        true, json.contains("      \"okrScore\": 0.625,\n      \"confidence\": null\n"), json);
    assertEquals(true, json.contains("      \"signedProgress\": 1.1,\n"), json);
    String csv = Exports.scorecard(card, ExportFormat.CSV);
    assertEquals(
        true,
        csv.contains(
            "KEY_RESULT,KR-health,Accounts in good health from 20 to 100,cs,0,RED,OFF_TRACK,0,0,"
                + "0.6703296703296703,,,-0.25,0.3\r\n"),
        csv);
    assertEquals(true, csv.contains("OWNER,support,Support team,,"), csv);
    assertEquals(true, csv.contains(",0.95\r\n"), csv);
    assertEquals(true, csv.contains("OWNER,onboarding,Onboarding team,,"), csv);
    String md = Exports.scorecard(card, ExportFormat.MARKDOWN);
    assertEquals(true, md.contains("| 0 | 0.67 | -0.25 | 0.3 |\n"), md);
    assertEquals(true, md.contains("| O-onboarding |"), md);
    assertEquals(
        true,
        md.lines()
            .filter(l -> l.startsWith("| OBJECTIVE | O-onboarding |"))
            .allMatch(l -> l.endsWith("| unknown |")),
        md);
  }
}

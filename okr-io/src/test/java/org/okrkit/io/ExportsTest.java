package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
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
            + "      \"expectedProgress\": 0.6703296703296703\n"
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
            + "      \"expectedProgress\": 0.6703296703296703\n"
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
            + "      \"expectedProgress\": 0.6703296703296703\n"
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
            + "      \"expectedProgress\": 0.6703296703296703\n"
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
            + "      \"expectedProgress\": 1\n"
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
            + "      \"okrScore\": null\n"
            + "    },\n"
            + "    {\n"
            + "      \"id\": \"marketing\",\n"
            + "      \"name\": \"Marketing department\",\n"
            + "      \"level\": \"DEPARTMENT\",\n"
            + "      \"composite\": 0.55,\n"
            + "      \"band\": \"YELLOW\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"kpiScore\": null,\n"
            + "      \"okrScore\": 0.55\n"
            + "    },\n"
            + "    {\n"
            + "      \"id\": \"marketing-manager\",\n"
            + "      \"name\": \"Marketing manager\",\n"
            + "      \"level\": \"INDIVIDUAL\",\n"
            + "      \"composite\": 0,\n"
            + "      \"band\": \"RED\",\n"
            + "      \"status\": \"AT_RISK\",\n"
            + "      \"kpiScore\": 0,\n"
            + "      \"okrScore\": null\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        Exports.scorecard(MARKETING, ExportFormat.JSON));
  }

  @Test
  void theMarketingScorecardAsCsv() {
    assertEquals(
        "kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore\r\n"
            + "OBJECTIVE,O-influence,Raise the company's market influence,marketing,0.55,YELLOW,AT_RISK,,,"
            + "0.6703296703296703,,\r\n"
            + "KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,marketing,0.65,YELLOW,"
            + "ON_TRACK,13,0.65,0.6703296703296703,,\r\n"
            + "KEY_RESULT,KR-mentions,Brand media mentions +30 %,marketing,0.6,YELLOW,ON_TRACK,236,0.6,"
            + "0.6703296703296703,,\r\n"
            + "KEY_RESULT,KR-forums,Run at least 5 high-quality industry forums,marketing,0.4,YELLOW,"
            + "OFF_TRACK,2,0.4,0.6703296703296703,,\r\n"
            + "KPI,K-campaigns,Run 5 brand campaigns per month,marketing-manager,0,RED,AT_RISK,4,0.8,1,,\r\n"
            + "OWNER,acme,Acme,,,,,,,,,\r\n"
            + "OWNER,marketing,Marketing department,,0.55,YELLOW,AT_RISK,,,,,0.55\r\n"
            + "OWNER,marketing-manager,Marketing manager,,0,RED,AT_RISK,,,,0,\r\n",
        Exports.scorecard(MARKETING, ExportFormat.CSV));
  }

  @Test
  void theMarketingScorecardAsMarkdown() {
    assertEquals(
        "# Scorecard: Marketing, 2026-Q2, as of 2026-05-31\n"
            + "\n"
            + "## Elements\n"
            + "\n"
            + "| Kind | Id | Title | Owner | Score | Band | Status | Actual | Progress | Expected |\n"
            + "| --- | --- | --- | --- | ---: | --- | --- | ---: | ---: | ---: |\n"
            + "| OBJECTIVE | O-influence | Raise the company's market influence | marketing | 0.55 | YELLOW"
            + " | AT_RISK | | | 0.67 |\n"
            + "| KEY_RESULT | KR-partners | Add 20 partner companies within the quarter | marketing | 0.65"
            + " | YELLOW | ON_TRACK | 13 | 0.65 | 0.67 |\n"
            + "| KEY_RESULT | KR-mentions | Brand media mentions +30 % | marketing | 0.6 | YELLOW |"
            + " ON_TRACK | 236 | 0.6 | 0.67 |\n"
            + "| KEY_RESULT | KR-forums | Run at least 5 high-quality industry forums | marketing | 0.4 |"
            + " YELLOW | OFF_TRACK | 2 | 0.4 | 0.67 |\n"
            + "| KPI | K-campaigns | Run 5 brand campaigns per month | marketing-manager | 0 | RED |"
            + " AT_RISK | 4 | 0.8 | 1 |\n"
            + "\n"
            + "## Owners\n"
            + "\n"
            + "| Id | Name | Level | Composite | Band | Status | KPI score | OKR score |\n"
            + "| --- | --- | --- | ---: | --- | --- | ---: | ---: |\n"
            + "| acme | Acme | COMPANY | | | | | |\n"
            + "| marketing | Marketing department | DEPARTMENT | 0.55 | YELLOW | AT_RISK | | 0.55 |\n"
            + "| marketing-manager | Marketing manager | INDIVIDUAL | 0 | RED | AT_RISK | 0 | |\n",
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
                KeyResult.of("K", "O", "Line one\r\nline two", Measure.increasing("m", Unit.COUNT), Target.increase(0, 3)))
            .build();
    return ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 5, 1));
  }

  @Test
  void csvQuotesByRfc4180() {
    String csv = Exports.scorecard(awkward(), ExportFormat.CSV);
    assertEquals(
        "kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore\r\n"
            + "OBJECTIVE,O,\"Grow | win\nand keep, \\ all\",t,0,RED,OFF_TRACK,,,0.34065934065934067,,\r\n"
            + "KEY_RESULT,K,\"Line one\r\nline two\",t,0,RED,OFF_TRACK,,0,0.34065934065934067,,\r\n"
            + "OWNER,t,\"Team \"\"A\"\", the <best>\",,0,RED,OFF_TRACK,,,,,0\r\n",
        csv);
  }

  @Test
  void markdownCellsStayOnOneLineAndEscapePipesAndHtml() {
    String md = Exports.scorecard(awkward(), ExportFormat.MARKDOWN);
    assertEquals("# Scorecard: 2026-Q2, as of 2026-05-01\n", md.substring(0, md.indexOf('\n') + 1));
    assertEquals(
        true,
        md.contains("| OBJECTIVE | O | Grow \\| win and keep, \\\\ all | t | 0 | RED | OFF_TRACK | | | 0.341 |\n"),
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
  }
}

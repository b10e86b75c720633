package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.cli.Cli.Result;

class ScoreCommandTest {

  @Test
  void scoresTheMarketingPlanUnderThePolicyBesideItAsOfItsLatestCheckIn() {
    Result r = okr("score", plan("marketing"));
    assertEquals(
        lines(
            "Marketing 2026-Q2, scored as of 2026-05-31",
            "",
            "Owners",
            "  acme                     -                           KPI -      OKR -",
            "  marketing                0.567    YELLOW  AT_RISK    KPI -      OKR 0.567",
            "  marketing-manager        0        RED     AT_RISK    KPI 0      OKR -",
            "",
            "Elements",
            "  O-influence              0.567    YELLOW  AT_RISK    Raise the company's market influence",
            "  KR-partners              0.7      GREEN   ON_TRACK   Add 20 partner companies within the quarter",
            "  KR-mentions              0.6      YELLOW  ON_TRACK   Brand media mentions +30 %",
            "  KR-forums                0.4      YELLOW  OFF_TRACK  Run at least 5 high-quality industry forums",
            "  K-campaigns              0        RED     AT_RISK    Run 5 brand campaigns per month",
            "",
            "Scored under plans/marketing.policy.yaml (found beside the plan), as of 2026-05-31 (the"
                + " plan's latest check-in; set --as-of to change)."),
        r.out(),
        r::toString);
    assertEquals("", r.problems());
    assertEquals(Okr.OK, r.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"marketing", "internet-company", "manufacturer", "start-up"})
  void scoresEverySeedPlan(String name) {
    Result r = okr("score", plan(name));
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals("", r.problems());
    assertTrue(r.out().contains("2026-Q2, scored as of 2026-05-31\n"), r::toString);
    assertTrue(
        r.out()
            .endsWith(
                "Scored under plans/"
                    + name
                    + ".policy.yaml (found beside the plan), as of"
                    + " 2026-05-31 (the plan's latest check-in; set --as-of to change).\n"),
        r::toString);
  }

  @Test
  void theStartUpWithTheDefaultPolicyAtTheEndOfApril() {
    Result r = okr("score", plan("start-up"), "--default-policy", "--as-of", "2026-04-30");
    assertEquals(
        lines(
            "Start-up 2026-Q2, scored as of 2026-04-30",
            "",
            "Owners",
            "  startup                  0.15     RED     AT_RISK    KPI -      OKR 0.15",
            "  founder                  1        GREEN   ON_TRACK   KPI 1      OKR -",
            "  marketing-team           0        RED     OFF_TRACK  KPI 0      OKR -",
            "",
            "Elements",
            "  O-funding                0.15     RED     AT_RISK    Raise the odds of closing a funding round",
            "  KR-vc-rounds             0.3      RED     ON_TRACK   Hold no fewer than 10 rounds of VC meetings",
            "  KR-roadshow              0        RED     OFF_TRACK  Prepare complete business-plan roadshow material",
            "  K-vc-meetings            1        GREEN   ON_TRACK   Hold 3 VC meetings per month",
            "  K-pr-releases            0        RED     OFF_TRACK  Issue 2 brand-endorsement PR releases per month",
            "",
            "Scored under the built-in default policy, as of 2026-04-30 (given with --as-of)."),
        r.out(),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void todayIsTheClocksDate() {
    Result r = okr("score", plan("marketing"), "--as-of", "today");
    assertTrue(r.out().startsWith("Marketing 2026-Q2, scored as of 2026-06-15\n"), r::toString);
    assertTrue(r.out().endsWith("as of 2026-06-15 (today).\n"), r::toString);
  }

  @Test
  void anExplicitPolicyIsNamed(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("strict.yaml");
    Files.writeString(policy, "version: 1\nkeyResultStrategy: binary\n");
    Result r = okr("score", plan("marketing"), "--policy", policy.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertTrue(
        r.out().contains("  KR-partners              0        RED     ON_TRACK   "), r::toString);
    assertTrue(
        r.out()
            .endsWith(
                "Scored under "
                    + policy
                    + ", as of 2026-05-31 (the plan's latest"
                    + " check-in; set --as-of to change).\n"),
        r::toString);
  }

  @Test
  void aPlanWithoutAPolicyBesideItOrCheckInsUsesTheDefaultsFromThePeriodsFirstDay(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bare.yaml");
    Files.writeString(
        file,
        lines(
            "name: Bare",
            "period: 2026-Q3",
            "owners: [{id: acme, name: Acme, level: COMPANY}]",
            "objectives:",
            "  - id: O1",
            "    title: Grow",
            "    owner: acme",
            "    keyResults:",
            "      - {id: KR1, title: Add partners, measure: {name: partners, unit: COUNT, direction: INCREASE},"
                + " target: {baseline: 0, value: 20}}"));
    Result r = okr("score", file.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("Bare 2026-Q3, scored as of 2026-07-01\n"), r::toString);
    assertTrue(
        r.out()
            .endsWith(
                "Scored under the built-in default policy (no bare.policy.yaml beside the"
                    + " plan), as of 2026-07-01 (the first day of the plan's period, which has no check-in yet; set"
                    + " --as-of to change).\n"),
        r::toString);
  }

  @Test
  void jsonHasAnObjectPerElementAndOwner() {
    Result r = okr("score", plan("marketing"), "--format", "json");
    assertEquals(Okr.OK, r.code(), r::toString);
    assertTrue(
        r.out()
            .startsWith(
                lines(
                    "{",
                    "  \"report\": \"scorecard\",",
                    "  \"plan\": \"Marketing\",",
                    "  \"period\": \"2026-Q2\",",
                    "  \"asOf\": \"2026-05-31\",",
                    "  \"elements\": [")),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                lines(
                    "      \"kind\": \"KEY_RESULT\",",
                    "      \"id\": \"KR-partners\",",
                    "      \"title\": \"Add 20 partner companies within the quarter\",",
                    "      \"owner\": \"marketing\",",
                    "      \"score\": 0.7,")),
        r::toString);
    assertTrue(r.out().endsWith("}\n"), r::toString);
    assertEquals("", r.problems());
  }

  @Test
  void csvHasARowPerElementAndOwnerAndNothingElse() {
    Result r = okr("score", plan("marketing"), "--format", "csv");
    assertEquals(
        String.join(
            "\r\n",
            "kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore,signedProgress,confidence",
            "OBJECTIVE,O-influence,Raise the company's market influence,marketing,0.5666666666666667,YELLOW,AT_RISK,,,0.6703296703296703,,,,",
            "KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,marketing,0.7,GREEN,ON_TRACK,13,0.65,0.6703296703296703,,,0.65,",
            "KEY_RESULT,KR-mentions,Brand media mentions +30 %,marketing,0.6,YELLOW,ON_TRACK,236,0.6,0.6703296703296703,,,0.6,",
            "KEY_RESULT,KR-forums,Run at least 5 high-quality industry forums,marketing,0.4,YELLOW,OFF_TRACK,2,0.4,0.6703296703296703,,,0.4,",
            "KPI,K-campaigns,Run 5 brand campaigns per month,marketing-manager,0,RED,AT_RISK,4,0.8,1,,,0.8,",
            "OWNER,acme,Acme,,,,,,,,,,,",
            "OWNER,marketing,Marketing department,,0.5666666666666667,YELLOW,AT_RISK,,,,,0.5666666666666667,,",
            "OWNER,marketing-manager,Marketing manager,,0,RED,AT_RISK,,,,0,,,",
            ""),
        r.out(),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void markdownHasATablePerPart() {
    Result r = okr("score", plan("marketing"), "--format", "md");
    assertTrue(
        r.out()
            .startsWith(
                lines(
                    "# Scorecard: Marketing, 2026-Q2, as of 2026-05-31",
                    "",
                    "## Elements",
                    "",
                    "| Kind | Id | Title | Owner | Score | Band | Status | Actual | Progress | Expected |"
                        + " Signed progress | Confidence |")),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                "| KEY_RESULT | KR-partners | Add 20 partner companies within the quarter | marketing | 0.7 | GREEN"
                    + " | ON_TRACK | 13 | 0.65 | 0.67 | 0.65 | unknown |\n"),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                "| marketing-manager | Marketing manager | INDIVIDUAL | 0 | RED | AT_RISK | 0 | |"
                    + " unknown |\n"),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void formatsAreCaseInsensitiveAndMarkdownIsMd() {
    assertEquals(
        okr("score", plan("marketing"), "--format", "md").out(),
        okr("score", plan("marketing"), "--format", "Markdown").out());
    assertEquals(
        okr("score", plan("marketing"), "--format", "csv").out(),
        okr("score", plan("marketing"), "--format=CSV").out());
  }

  @Test
  void aPolicyThatDoesNotFitThePlanIsBadInput() {
    // the internet company's policy sets a strategy for K-features, which the marketing plan lacks
    Result r = okr("score", plan("marketing"), "--policy", "plans/internet-company.policy.yaml");
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "okr score: the scoring policy plans/internet-company.policy.yaml does not"
                    + " fit the plan plans/marketing.yaml: "),
        r::toString);
    assertTrue(r.err().contains("K-features"), r::toString);
  }

  /** A plan a spreadsheet would run: an objective titled as a formula. */
  private static Path formulaPlan(Path dir) throws IOException {
    Path file = dir.resolve("hostile.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "version: 1",
            "period: 2026-Q2",
            "owners:",
            "  - {id: t, name: Team, level: TEAM}",
            "objectives:",
            "  - id: O",
            "    title: '=HYPERLINK(\"http://x\",\"click\")'",
            "    owner: t",
            "    keyResults:",
            "      - id: K",
            "        title: '-2+3'",
            "        measure: {name: m, unit: COUNT, direction: INCREASE}",
            "        target: {baseline: 0, value: 10}",
            ""));
    return file;
  }

  @Test
  void csvForPeopleNeutralisesFormulasUnlessAskedToKeepThem(@TempDir Path dir) throws IOException {
    Path file = formulaPlan(dir);
    Result safe = okr("score", file.toString(), "--format", "csv", "--as-of", "2026-05-01");
    assertEquals(Okr.OK, safe.code(), safe::toString);
    assertTrue(
        safe.out().contains("\r\nOBJECTIVE,O,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",t,"),
        safe::toString);
    assertTrue(safe.out().contains("\r\nKEY_RESULT,K,'-2+3,t,"), safe::toString);
    Result verbatim =
        okr("score", file.toString(), "--format", "csv", "--csv-verbatim", "--as-of", "2026-05-01");
    assertEquals(Okr.OK, verbatim.code(), verbatim::toString);
    assertTrue(
        verbatim
            .out()
            .contains("\r\nOBJECTIVE,O,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",t,"),
        verbatim::toString);
    assertTrue(verbatim.out().contains("\r\nKEY_RESULT,K,-2+3,t,"), verbatim::toString);
    // the option changes CSV alone: JSON keeps every text as it is either way
    Result json = okr("score", file.toString(), "--format", "json", "--as-of", "2026-05-01");
    assertTrue(json.out().contains("\"title\": \"=HYPERLINK("), json::toString);
  }
}

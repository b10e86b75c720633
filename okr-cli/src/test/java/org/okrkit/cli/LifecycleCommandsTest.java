package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.lifecycle.Rollover;

/**
 * The commands of a quarter's life on the seed plans: {@code history}, {@code diff}, {@code
 * calibrate}, {@code rollover} and {@code init}, each with its output, its bad input refused with
 * exit code 2 and nothing written.
 */
class LifecycleCommandsTest {
  @TempDir Path dir;

  private Path copy(String seed) throws IOException {
    Path file = dir.resolve(seed + ".yaml");
    Files.copy(Cli.PLANS.resolve(seed + ".yaml"), file);
    Files.copy(Cli.PLANS.resolve(seed + ".policy.yaml"), dir.resolve(seed + ".policy.yaml"));
    return file;
  }

  private static void assertBadInput(String err, String... args) {
    Result r = okr(args);
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(err, r.problems());
  }

  // ---------------------------------------------------------------- history

  @Test
  void historyShowsAnElementsScoreAtEachCheckInDate() {
    Result r = okr("history", plan("marketing"), "KR-partners");
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        lines(
            "Marketing 2026-Q2, scores at each check-in up to 2026-05-31",
            "",
            "KR-partners  Add 20 partner companies within the quarter",
            "  2026-04-30  0.3      RED     ON_TRACK   actual 6",
            "  2026-05-20  0.3      RED     AT_RISK    actual 6",
            "  2026-05-31  0.7      GREEN   ON_TRACK   actual 13",
            "",
            "Scored under plans/marketing.policy.yaml (found beside the plan), as of 2026-05-31 (the"
                + " plan's latest check-in; set --as-of to change)."),
        r.out());
    assertEquals("", r.problems());
  }

  @Test
  void historyAsDataHoldsEveryElementAndOwnerUpToTheDate() throws IOException {
    Result r = okr("history", plan("internet-company"), "--as-of", "2026-05-15", "--format", "csv");
    assertEquals(Okr.OK, r.code(), r::toString);
    Plan plan = PlanFiles.read(Cli.PLANS.resolve("internet-company.yaml"));
    ScoreHistory expected =
        ScoreHistory.of(
            PolicyFiles.read(Cli.PLANS.resolve("internet-company.policy.yaml")),
            plan,
            LocalDate.of(2026, 5, 15));
    List<String> rows = r.out().lines().toList();
    // a header, then a row per element or owner and day
    int ids = plan.objectives().size() + plan.keyResults().size() + plan.kpis().size();
    ids += plan.owners().size();
    assertEquals(1 + ids * expected.dates().size(), rows.size(), r::toString);
    assertEquals(
        "2026-04-30,KEY_RESULT,KR-mau,Monthly active users +30 %,0.37416666666666665,RED,"
            + "ON_TRACK,1080000,0.32967032967032966",
        rows.get(2));
  }

  @Test
  void historyRefusesAnUnknownId() {
    assertBadInput(
        "okr history: the plan plans/marketing.yaml has no objective, key result, KPI or owner"
            + " 'KR-partner'; did you mean 'KR-partners'?\n",
        "history",
        plan("marketing"),
        "KR-partner");
  }

  // ---------------------------------------------------------------- diff

  @Test
  void diffListsWhatChangedFieldByField() throws IOException {
    Path before = copy("marketing");
    Path after = dir.resolve("after.yaml");
    Files.writeString(
        after,
        Files.readString(before)
            .replace("target: {baseline: 0, value: 20}", "target: {baseline: 0, value: 25}")
            .replace("contributions: [KR-mentions]", "contributions: [KR-mentions, KR-forums]"));
    Result r = okr("diff", before.toString(), after.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        lines(
            "From " + before + " to " + after + ":",
            "Changed (1):",
            "  ~ key result KR-partners target: 0 -> 20 => 0 -> 25",
            "Links added (1):",
            "  + K-campaigns supports KR-forums (weight 1)"),
        r.out());
    Result json = okr("diff", before.toString(), after.toString(), "--format", "json");
    assertTrue(json.out().contains("\"change\": \"LINK_ADDED\""), json::toString);
    assertEquals(
        lines("From " + before + " to " + before + ":", "No changes"),
        okr("diff", before.toString(), before.toString()).out());
  }

  @Test
  void diffRefusesAFileThatCannotBeRead() {
    assertBadInput(
        "okr diff: cannot read the plan file plans/nope.yaml: there is no such file\n",
        "diff",
        plan("marketing"),
        "plans/nope.yaml");
  }

  // ---------------------------------------------------------------- rollover

  @Test
  void rolloverWritesTheNextQuartersPlanAndTellsWhatToReview() throws IOException {
    Path closing = copy("internet-company");
    Path next = dir.resolve("q3.yaml");
    Result r =
        okr(
            "rollover",
            closing.toString(),
            "--to",
            "2026-Q3",
            "--keep",
            "O-growth",
            "--weight",
            "K-features=2",
            "--contribution",
            "K-growth-campaigns:KR-mau=0.5",
            "--out",
            next.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    Plan read = PlanFiles.read(next);
    Rollover.Result expected =
        Rollover.from(PlanFiles.read(closing))
            .policy(PolicyFiles.read(dir.resolve("internet-company.policy.yaml")))
            .period(Period.quarter(2026, 3))
            .keep("O-growth")
            .reweight("K-features", 2)
            .relink("K-growth-campaigns", org.okrkit.core.Contribution.to("KR-mau", 0.5))
            .apply();
    assertEquals(expected.next(), read);
    assertEquals(Period.quarter(2026, 3), read.period());
    assertEquals(List.of(), read.checkIns());
    assertEquals(2.0, read.kpi("K-features").orElseThrow().weight());
    String out = r.out();
    assertTrue(
        out.startsWith(
            "Rollover of "
                + closing
                + ": 2026-Q2 -> 2026-Q3, the closing scores taken as of 2026-06-30 under "
                + dir.resolve("internet-company.policy.yaml")
                + " (found beside the plan)\n"),
        out);
    for (String step : expected.steps().stream().map(Object::toString).toList()) {
      assertTrue(out.contains("\n  " + step + "\n"), () -> step + " missing from\n" + out);
    }
    assertTrue(
        out.contains(
            "Wrote " + next + ": 1 objective, 2 key results, 2 KPIs, 4 owners for 2026-Q3\n"),
        out);
    assertTrue(
        out.endsWith(
            "To score it under the same policy, copy "
                + dir.resolve("internet-company.policy.yaml")
                + " beside it as "
                + dir.resolve("q3.policy.yaml")
                + "\n"),
        out);
    assertEquals(
        String.join(
                "\n",
                expected.targetsToReview().entrySet().stream()
                    .map(
                        e ->
                            "okr rollover: review the target of "
                                + e.getKey()
                                + ": "
                                + e.getValue())
                    .toList())
            + (expected.targetsToReview().isEmpty() ? "" : "\n"),
        r.problems());
    assertTrue(PlanDiff.between(PlanFiles.read(closing), read).removed().isEmpty());
  }

  @Test
  void rolloverTellsTheRetirementCandidatesOnStderr() throws IOException {
    Path closing = copy("marketing");
    Path next = dir.resolve("q3.yaml");
    Result r = okr("rollover", closing.toString(), "--out", next.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        lines(
            "okr rollover: K-campaigns supports no key result in 2026-Q3: a candidate for retirement"
                + " (--retire K-campaigns), or give it one with --contribution K-campaigns:KR"),
        r.problems());
    assertEquals(List.of(), PlanFiles.read(next).objectives());
  }

  @Test
  void rolloverRefusesBadInputAndWritesNothing() throws IOException {
    Path closing = copy("marketing");
    String file = closing.toString();
    String next = dir.resolve("q3.yaml").toString();
    assertBadInput(
        "okr rollover: the plan " + file + " has no objective 'O-nope' to keep; nothing written\n",
        "rollover",
        file,
        "--keep",
        "O-nope",
        "--out",
        next);
    assertBadInput(
        "okr rollover: the plan " + file + " has no KPI 'K-nope'; nothing written\n",
        "rollover",
        file,
        "--retire",
        "K-nope",
        "--out",
        next);
    assertBadInput(
        "okr rollover: the next plan would not be valid:"
            + " kpis[K-campaigns].contributions[KR-nope].keyResult: unknown key result 'KR-nope';"
            + " nothing written\n",
        "rollover",
        file,
        "--contribution",
        "K-campaigns:KR-nope",
        "--out",
        next);
    Result period = okr("rollover", file, "--to", "2026-Q9", "--out", next);
    assertEquals(Okr.BAD_INPUT, period.code());
    assertTrue(
        period
            .problems()
            .startsWith(
                "okr rollover: Invalid value for option '--to': '2026-Q9' is not a period; expected"
                    + " a period such as 2026-Q2, 2026-H1, 2026-04, 2026 or 2026-04-10..2026-05-09\n"),
        period::toString);
    Result weight = okr("rollover", file, "--weight", "K-campaigns=zero", "--out", next);
    assertTrue(
        weight
            .problems()
            .startsWith(
                "okr rollover: Invalid value for option '--weight': 'K-campaigns=zero'; expected"
                    + " KPI=W, a KPI's id and a weight above 0, such as K-calls=2\n"),
        weight::toString);
    assertFalse(Files.exists(Path.of(next)));
    // an existing file is never overwritten
    Files.writeString(Path.of(next), "mine");
    assertBadInput(
        "okr rollover: "
            + next
            + " exists already; expected a new file for the next plan (okr does not overwrite a"
            + " plan)\n",
        "rollover",
        file,
        "--out",
        next);
    assertEquals("mine", Files.readString(Path.of(next)));
  }

  // ---------------------------------------------------------------- calibrate

  /** A quarter of a small team whose aspirational key result lands at 0.95 and KPI 30 % over. */
  private Path quarter(int q) throws IOException {
    Period p = Period.quarter(2026, q);
    Path file = dir.resolve("q" + q + ".yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "period: " + p,
            "owners: [{id: team, name: Team, level: TEAM}]",
            "objectives:",
            "  - id: O1",
            "    title: Grow",
            "    owner: team",
            "    keyResults:",
            "      - id: KR1",
            "        title: Win 20 customers",
            "        measure: {name: customers, unit: COUNT, direction: INCREASE}",
            "        target: {baseline: 0, value: 20}",
            "        checkIns: [{date: " + p.end().minusDays(1) + ", value: 19}]",
            "kpis:",
            "  - id: K1",
            "    title: Ten demos",
            "    owner: team",
            "    measure: {name: demos, unit: COUNT, direction: INCREASE}",
            "    target: {baseline: 0, value: 10}",
            "    frequency: QUARTERLY",
            "    contributions: [KR1]",
            "    checkIns: [{date: " + p.end().minusDays(1) + ", value: 13}]",
            ""));
    return file;
  }

  @Test
  void calibrateFlagsTargetsThatKeepBeingMetEasily() throws IOException {
    Path q1 = quarter(1);
    Path q2 = quarter(2);
    Path q3 = quarter(3);
    // in any order: the periods put them in order
    Result r = okr("calibrate", q3.toString(), q1.toString(), q2.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        lines(
            "Calibration over 2026-Q1, 2026-Q2, 2026-Q3: each plan scored as of its period's last"
                + " day; a pattern must hold in the last 3 periods",
            "",
            "ASPIRATIONAL_TOO_EASY team: aspirational OKRs of 'team' scored 0.95 in 2026-Q1, 0.95"
                + " in 2026-Q2, 0.95 in 2026-Q3: at or above 0.9 every time; the targets may be too"
                + " easy, or sandbagged: aim higher",
            "KPI_RATCHET team K1: KPI 'K1' reached 1.3 in 2026-Q1, 1.3 in 2026-Q2, 1.3 in 2026-Q3"
                + " of its target's achievement: met by at least 20 % beyond it every time; raise"
                + " the target",
            "",
            q1
                + " (2026-Q1) scored under the built-in default policy (no q1.policy.yaml beside the"
                + " plan)",
            q2
                + " (2026-Q2) scored under the built-in default policy (no q2.policy.yaml beside the"
                + " plan)",
            q3
                + " (2026-Q3) scored under the built-in default policy (no q3.policy.yaml beside the"
                + " plan)"),
        r.out());
    Result md =
        okr(
            "calibrate",
            q1.toString(),
            q2.toString(),
            q3.toString(),
            "--format",
            "md",
            "--lang",
            "zh-CN");
    assertTrue(md.out().contains("挑战型"), md::toString);
    assertFalse(md.out().contains("every time"), md::toString);
    Result csv =
        okr("calibrate", q1.toString(), q2.toString(), "--periods", "2", "--format", "csv");
    assertEquals(
        "kind,owner,kpi,period,figure,message",
        csv.out().lines().findFirst().orElseThrow(),
        csv::toString);
    assertEquals(5, csv.out().lines().count(), csv::toString);
    // too few periods: nothing to flag
    assertTrue(
        okr("calibrate", q1.toString(), q2.toString())
            .out()
            .contains("No calibration flags over 2 periods\n"));
  }

  @Test
  void calibrateRefusesTwoPlansOfOnePeriod() {
    assertBadInput(
        "okr calibrate: the plans plans/marketing.yaml (2026-Q2) and plans/start-up.yaml (2026-Q2)"
            + " cover overlapping periods; expected one plan per closed period\n",
        "calibrate",
        plan("marketing"),
        plan("start-up"));
  }

  // ---------------------------------------------------------------- init

  @Test
  void initWritesAStarterPlanAndPolicyThatValidateAsWritten() throws IOException {
    for (String template : InitCommand.TEMPLATES) {
      Path file = dir.resolve(template + ".yaml");
      Result r = okr("init", "--template", template, "--period", "2026-Q3", file.toString());
      assertEquals(Okr.OK, r.code(), r::toString);
      Plan plan = PlanFiles.read(file);
      assertEquals(Period.quarter(2026, 3), plan.period());
      ScoringPolicy policy = PolicyFiles.read(dir.resolve(template + ".policy.yaml"));
      policy.checkFits(plan);
      Result validate = okr("validate", file.toString());
      assertEquals(Okr.OK, validate.code(), validate::toString);
      Result align = okr("align", file.toString());
      assertEquals(Okr.OK, align.code(), align::toString);
      assertTrue(align.out().contains("\nFindings: none\n"), align::toString);
      assertTrue(Files.readString(file).startsWith("# A starter plan for "), template);
    }
    Result team = okr("init", dir.resolve("mine.yaml").toString());
    assertEquals(
        lines(
            "Wrote "
                + dir.resolve("mine.yaml")
                + ": a starter plan for 2026-Q2 (2026-04-01 to 2026-06-30) from the template"
                + " 'team': 2 owners, 1 objective, 3 key results, 3 KPIs",
            "Wrote "
                + dir.resolve("mine.policy.yaml")
                + ": its scoring policy, which okr finds beside it by its name",
            "Next: edit them, then okr validate " + dir.resolve("mine.yaml")),
        team.out());
    assertTrue(
        Files.readString(dir.resolve("mine.yaml"))
            .contains(
                "#   okr checkin mine.yaml KR-customers 3            records a value, in"
                    + " mine.checkins.csv beside it\n"));
  }

  @Test
  void initRefusesToOverwriteOrAnUnknownTemplate() throws IOException {
    Path file = dir.resolve("q3.yaml");
    Files.writeString(dir.resolve("q3.policy.yaml"), "mine");
    assertBadInput(
        "okr init: "
            + dir.resolve("q3.policy.yaml")
            + " exists already; expected new files for the starter plan and its policy (okr init"
            + " does not overwrite)\n",
        "init",
        file.toString());
    assertFalse(Files.exists(file));
    Result template = okr("init", "--template", "startup", file.toString());
    assertEquals(Okr.BAD_INPUT, template.code());
    assertTrue(
        template
            .problems()
            .startsWith(
                "okr init: Invalid value for option '--template': 'startup'; expected one of team,"
                    + " company\n"),
        template::toString);
    Result json = okr("init", dir.resolve("q3.json").toString());
    assertTrue(
        json.problems()
            .startsWith(
                "okr init: Invalid value for FILE: '"
                    + dir.resolve("q3.json")
                    + "'; expected a name ending in .yaml or .yml, since the starter plan is"
                    + " commented YAML\n"),
        json::toString);
  }
}

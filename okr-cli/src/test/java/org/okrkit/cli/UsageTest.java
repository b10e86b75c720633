package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;

/** Usage errors exit with 2 and say what was wrong on stderr; asking for help exits with 0. */
class UsageTest {

  private static void assertUsageError(Result r, String firstLine) {
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(firstLine, r.err().lines().findFirst().orElse(""), r::toString);
  }

  @Test
  void noCommandPrintsTheUsageOnStderr() {
    Result r = okr();
    assertUsageError(
        r,
        "okr: which command? expected one of validate, score, explain, align, report, history,"
            + " simulate, init, checkin, rollover, diff, calibrate");
    assertTrue(
        r.err().contains("Usage: okr [-hV] [--lang=LANG] [--progress=WHEN] [COMMAND]\n"),
        r::toString);
  }

  @Test
  void anUnknownCommandSuggestsTheClosest() {
    Result r = okr("scor", plan("marketing"));
    assertUsageError(r, "okr: Unmatched arguments from index 0: 'scor', 'plans/marketing.yaml'");
    assertTrue(r.err().contains("Did you mean: okr score"), r::toString);
  }

  @Test
  void anUnknownOptionSuggestsTheClosest() {
    Result r = okr("score", plan("marketing"), "--fromat", "csv");
    assertUsageError(r, "okr score: Unknown options: '--fromat', 'csv'");
    assertTrue(r.err().endsWith("Try 'okr score --help' for more.\n"), r::toString);
  }

  @Test
  void aMissingFile() {
    assertUsageError(okr("score"), "okr score: Missing required parameter: 'FILE'");
  }

  @Test
  void anUnknownFormat() {
    assertUsageError(
        okr("score", plan("marketing"), "--format", "xml"),
        "okr score: Invalid value for option '--format': 'xml' is not a format; expected text, json,"
            + " csv or md");
  }

  @Test
  void aDateThatIsNotOne() {
    assertUsageError(
        okr("score", plan("marketing"), "--as-of", "2026-13-01"),
        "okr score: Invalid value for option '--as-of': '2026-13-01' is not a date; expected"
            + " YYYY-MM-DD, such as 2026-05-31, or 'today'");
  }

  @Test
  void twoPoliciesAtOnce() {
    assertUsageError(
        okr(
            "score",
            plan("marketing"),
            "--policy",
            "plans/marketing.policy.yaml",
            "--default-policy"),
        "okr score: --policy and --default-policy exclude each other; give one of them");
  }

  @Test
  void anUnknownProgressSetting() {
    assertUsageError(
        okr("--progress", "sometimes", "score", plan("marketing")),
        "okr score: Invalid value for option '--progress': 'sometimes'; expected auto, always or never");
  }

  @Test
  void tooManyArguments() {
    assertUsageError(
        okr("score", plan("marketing"), plan("start-up")),
        "okr score: Unmatched argument at index 2: 'plans/start-up.yaml'");
  }

  @Test
  void helpIsNotAnError() {
    Result r = okr("--help");
    assertEquals(Okr.OK, r.code());
    assertEquals("", r.problems());
    assertTrue(
        r.out().startsWith("Usage: okr [-hV] [--lang=LANG] [--progress=WHEN] [COMMAND]\n"),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                lines(
                    "Commands:",
                    "  validate   Checks that a plan file and its scoring policy are valid.",
                    "  score      Scores a plan: every owner, objective, key result and KPI.",
                    "  explain    Explains how an element or owner got its score.",
                    "  align      Checks how the KPIs align with the key results they serve.",
                    "  report     Writes one self-contained HTML page of scores, status and"
                        + " findings.",
                    "  history    Shows how the scores moved: each one at every check-in date.",
                    "  simulate   Compares scoring policies, or follows a workforce over the years.",
                    "  init       Writes a commented starter plan and its scoring policy.",
                    "  checkin    Records a check-in: appends one line to the plan's check-in log.",
                    "  rollover   Makes the next period's plan from a closing one.",
                    "  diff       Shows what changed from one plan to another, field by field.",
                    "  calibrate  Looks across closed periods for targets set too easy or too"
                        + " hard.",
                    "  convert    Turns a plan file into plan tables (a folder of CSV files) and",
                    "               back.",
                    "  help       Display help information about the specified command.")),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                lines(
                    "Exit codes:",
                    "  0  done",
                    "  1  the alignment analysis found problems at ERROR severity (align, report)")),
        r::toString);
  }

  @Test
  void eachCommandDocumentsTheDefaultDate() {
    for (String command : new String[] {"score", "explain", "align", "report"}) {
      Result r = okr(command, "--help");
      assertEquals(Okr.OK, r.code(), r::toString);
      String flat = r.out().replaceAll("\\s+", " ");
      assertTrue(
          flat.contains(
              "Default: the date of the plan's latest check-in, when the figures were"
                  + " last known, so that the result depends on the file alone"),
          r::toString);
      assertTrue(flat.contains("--progress=WHEN"), r::toString);
    }
    Result help = okr("help", "validate");
    assertEquals(Okr.OK, help.code());
    assertTrue(
        help.out().startsWith("Checks that a plan file and its scoring policy are valid.\n"),
        help::toString);
  }

  @Test
  void theVersionComesFromTheBuild() {
    Result r = okr("--version");
    assertEquals(Okr.OK, r.code());
    assertTrue(r.out().startsWith("okr 0.1.0-SNAPSHOT (okrkit), Java "), r::toString);
  }
}

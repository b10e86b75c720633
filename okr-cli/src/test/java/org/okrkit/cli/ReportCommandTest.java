package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

class ReportCommandTest {

  @Test
  void writesOnePageAndSaysWhatItHolds(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("marketing.html");
    Result r = okr("report", plan("marketing"), "--html", out.toString());
    assertEquals(
        lines(
            "Wrote "
                + out
                + ": 1 objective, 3 key results, 1 KPI, 3 owners, 3 findings (0 errors);"
                + " scored under plans/marketing.policy.yaml (found beside the plan), as of 2026-05-31 (the"
                + " plan's latest check-in; set --as-of to change)."),
        r.out(),
        r::toString);
    assertEquals("", r.problems());
    assertEquals(Okr.OK, r.code());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), html);
    assertTrue(
        html.contains("<title>Marketing 2026-Q2 \u2013 OKR report as of 2026-05-31</title>"), html);
    assertTrue(html.contains("Raise the company&#39;s market influence"), html);
    assertTrue(html.contains("<span class=\"score\">0.567</span>"), html);
    assertTrue(html.endsWith("</html>\n"), html);
  }

  @Test
  void theSameInputGivesTheSamePage(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    okr("report", plan("internet-company"), "--html", a.toString());
    okr("report", plan("internet-company"), "--html", b.toString());
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void aDashWritesThePageToStdout() {
    Result r = okr("report", plan("start-up"), "--html", "-");
    assertTrue(r.out().startsWith("<!DOCTYPE html>\n"), r::toString);
    assertTrue(r.out().endsWith("</html>\n"), r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void anErrorFindingExitsWithOneAfterWritingThePage(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("conflict.html");
    Result r =
        okr("report", "src/test/resources/direction-conflict.yaml", "--html", out.toString());
    assertEquals(Okr.FINDINGS, r.code(), r::toString);
    assertTrue(
        r.out()
            .startsWith(
                "Wrote "
                    + out
                    + ": 1 objective, 1 key result, 1 KPI, 2 owners, 1 finding"
                    + " (1 error); "),
        r::toString);
    assertTrue(Files.readString(out).contains("<span class=\"badge sev-ERROR\">ERROR</span>"));
  }

  @Test
  void theHtmlOptionIsRequired() {
    Result r = okr("report", plan("marketing"));
    assertEquals(Okr.BAD_INPUT, r.code());
    assertTrue(
        r.err().startsWith("okr report: Missing required option: '--html=OUT'\n"), r::toString);
  }

  @Test
  void aFolderThatDoesNotExistIsBadInput(@TempDir Path dir) {
    Path out = dir.resolve("missing").resolve("report.html");
    Result r = okr("report", plan("marketing"), "--html", out.toString());
    assertEquals(Okr.BAD_INPUT, r.code());
    assertEquals(
        lines(
            "okr report: cannot write the report to "
                + out
                + ": its folder "
                + out.getParent()
                + " does not exist"),
        r.err());
  }

  @Test
  void ownersChooseWhatThePageShowsInFull(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("manager.html");
    Result r =
        okr("report", plan("marketing"), "--html", out.toString(), "--owner", "marketing-manager");
    assertEquals(Okr.OK, r.code(), r::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(
        html.contains(
            "<p class=\"scope\">This page shows in full the elements of 1 owner of the plan's 3,"
                + " the owners chosen: <span class=\"id\">marketing-manager</span>."),
        html);
    // the manager's KPI, and not the department's objective
    assertTrue(html.contains("<figure id=\"trend-K-campaigns\">"), html);
    assertTrue(!html.contains("<div class=\"objective\" id=\"O-influence\">"), html);

    Result unknown =
        okr("report", plan("marketing"), "--html", out.toString(), "--owner", "marketing-manger");
    assertEquals(Okr.BAD_INPUT, unknown.code(), unknown::toString);
    assertEquals(
        "okr report: the plan plans/marketing.yaml has no owner 'marketing-manger'; did you mean"
            + " 'marketing-manager'?\n",
        unknown.problems());
  }
}

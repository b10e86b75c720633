package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;

/** Progress goes to stderr and never into the result on stdout. */
class ProgressTest {

  @Test
  void alwaysAnnouncesEveryStepOnStderrAndLeavesStdoutAsItWas() {
    Result quiet = okr("--progress", "never", "score", plan("marketing"), "--format", "csv");
    Result loud = okr("score", "--progress", "always", plan("marketing"), "--format", "csv");
    assertEquals(quiet.out(), loud.out());
    assertEquals("", quiet.err());
    List<String> lines = loud.err().lines().collect(Collectors.toList());
    assertEquals(8, lines.size(), loud::toString);
    assertTrue(
        lines.get(0).matches("okr: reading plan plans/marketing\\.yaml \\(2\\.\\d kB\\) \\.\\.\\."),
        loud::toString);
    assertTrue(
        lines
            .get(1)
            .matches("okr: reading plan plans/marketing\\.yaml \\(2\\.\\d kB\\) took \\d+\\.\\d s"),
        loud::toString);
    assertTrue(
        lines.get(2).startsWith("okr: reading scoring policy plans/marketing.policy.yaml ("),
        loud::toString);
    assertEquals("okr: scoring 5 elements as of 2026-05-31 ...", lines.get(4));
    assertEquals("okr: writing the scorecard ...", lines.get(6));
    assertTrue(lines.get(7).startsWith("okr: writing the scorecard took "), loud::toString);
  }

  @Test
  void aFailedStepIsNotReportedAsDone() {
    Result r = okr("--progress", "always", "validate", "plans/nowhere.yaml");
    assertEquals(
        "okr: reading plan plans/nowhere.yaml ...\n"
            + "okr validate: cannot read the plan file plans/nowhere.yaml: there is no such file\n",
        r.err());
  }

  @Test
  void autoSaysNothingOfQuickStepsOnSmallFiles() {
    // a step is announced only after a second; the timer is cancelled when the step ends first
    StringWriter err = new StringWriter();
    try (Progress p =
        new Progress(new PrintWriter(err), Progress.When.AUTO, Texts.of(Locale.ROOT))) {
      p.step("a quick step");
      p.done();
    }
    assertEquals("", err.toString());
  }

  @Test
  void autoAnnouncesALargeFileAtOnce() {
    StringWriter err = new StringWriter();
    try (Progress p =
        new Progress(new PrintWriter(err), Progress.When.AUTO, Texts.of(Locale.ROOT))) {
      p.step("reading plan big.yaml (12.4 MB)", true);
      assertEquals("okr: reading plan big.yaml (12.4 MB) ...\n", err.toString());
      p.done();
    }
    assertTrue(
        err.toString()
            .matches("(?s).*\nokr: reading plan big\\.yaml \\(12\\.4 MB\\) took \\d+\\.\\d s\n"),
        err::toString);
  }

  @Test
  void sizesReadForPeople() {
    assertEquals("812 bytes", Progress.size(812, Texts.of(Locale.ROOT)));
    assertEquals("2.1 kB", Progress.size(2_106, Texts.of(Locale.ROOT)));
    assertEquals("12.4 MB", Progress.size(12_400_000, Texts.of(Locale.ROOT)));
  }
}

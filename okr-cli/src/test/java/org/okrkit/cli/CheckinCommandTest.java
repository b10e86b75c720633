package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.io.CheckInLogs;
import org.okrkit.io.PlanFiles;

/**
 * {@code okr checkin} on a copy of the seed's marketing plan: one whole line appended to the log
 * beside it, the plan file untouched; every bad input refused with exit code 2 and nothing written;
 * and check-ins made at once by threads and by processes each recorded exactly once.
 */
class CheckinCommandTest {
  @TempDir Path dir;
  private Path plan;
  private String planText;

  @BeforeEach
  void copySeed() throws IOException {
    plan = dir.resolve("marketing.yaml");
    Files.copy(Cli.PLANS.resolve("marketing.yaml"), plan);
    Files.copy(Cli.PLANS.resolve("marketing.policy.yaml"), dir.resolve("marketing.policy.yaml"));
    planText = Files.readString(plan);
  }

  private Path log() {
    return dir.resolve("marketing.checkins.csv");
  }

  @Test
  void aCheckInIsAppendedToTheLogBesideThePlanAndScored() throws IOException {
    Result r =
        okr(
            "checkin",
            plan.toString(),
            "KR-partners",
            "15",
            "--date",
            "2026-06-10",
            "--confidence",
            "0.8",
            "--note",
            "two more, in June",
            "--author",
            "partner desk");
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        lines(
            "Recorded KR-partners 15 on 2026-06-10 (confidence 0.8, by partner desk, \"two more,"
                + " in June\") in "
                + log(),
            "KR-partners as of 2026-06-10: 0.8, GREEN, ON_TRACK (scored under "
                + dir.resolve("marketing.policy.yaml")
                + " (found beside the plan))"),
        r.out());
    assertEquals("", r.problems());
    assertEquals(
        lines(
            "element,date,value,done,milestone,confidence,note,author,correction",
            "KR-partners,2026-06-10,15,,,0.8,\"two more, in June\",partner desk,"),
        Files.readString(log()));
    assertEquals(planText, Files.readString(plan), "the plan file is never rewritten");

    // the next command reads the log with the plan
    Result validate = okr("validate", plan.toString());
    assertEquals(
        lines(
            plan
                + ": a valid plan \"Marketing\" for 2026-Q2 (2026-04-01 to 2026-06-30): 3 owners, 1"
                + " objective, 3 key results, 1 KPI, 8 check-ins",
            log() + ": a check-in log of 1 check-in, read with the plan",
            dir.resolve("marketing.policy.yaml")
                + ": a valid scoring policy that fits the plan (found beside it)"),
        validate.out());
    Result score = okr("score", plan.toString(), "--format", "csv");
    assertTrue(
        score
            .out()
            .contains(
                "\r\nKEY_RESULT,KR-partners,Add 20 partner companies within the"
                    + " quarter,marketing,0.8,GREEN,ON_TRACK,15,"),
        score::toString);
  }

  @Test
  void theDateIsTodayUnlessGivenAndAMilestoneIsReportedDone() throws IOException {
    Path summit = dir.resolve("summit.yaml");
    Files.writeString(
        summit,
        String.join(
            "\n",
            "period: 2026-Q2",
            "owners: [{id: team, name: Team, level: TEAM}]",
            "objectives:",
            "  - id: O1",
            "    title: Meet",
            "    owner: team",
            "    keyResults:",
            "      - id: KR-summit",
            "        title: Hold the summit",
            "        measure: {name: summit, unit: MILESTONE, direction: INCREASE}",
            "        target: {milestones: [venue, programme]}",
            ""));
    Result r = okr("checkin", summit.toString(), "KR-summit", "--done", "venue");
    assertEquals(Okr.OK, r.code(), r::toString);
    // the tests' clock says 15 June 2026
    assertEquals(
        lines(
            "Recorded KR-summit milestone 'venue' done on 2026-06-15 in "
                + dir.resolve("summit.checkins.csv"),
            "KR-summit as of 2026-06-15: 0.5, YELLOW, OFF_TRACK (scored under the built-in default"
                + " policy (no summit.policy.yaml beside the plan))"),
        r.out());
    assertEquals(
        List.of(CheckIn.milestone("KR-summit", java.time.LocalDate.of(2026, 6, 15), "venue", true)),
        CheckInLogs.read(dir.resolve("summit.checkins.csv")));
  }

  @Test
  void aLogThePlanNamesCanBeAppendedToInJsonLines() throws IOException {
    Files.writeString(plan, planText + "checkInLogs: [logs/june.jsonl]\n");
    Files.createDirectories(dir.resolve("logs"));
    Path june = Files.writeString(dir.resolve("logs/june.jsonl"), "");
    Result r =
        okr(
            "checkin",
            plan.toString(),
            "K-campaigns",
            "5",
            "--date",
            "2026-06-30",
            "--log",
            june.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals(
        "{\"element\":\"K-campaigns\",\"date\":\"2026-06-30\",\"value\":5}\n",
        Files.readString(june));
    assertFalse(Files.exists(log()));
  }

  @Test
  void aCheckInRecordedAlreadyIsNotAppendedAgain() throws IOException {
    String[] args = {"checkin", plan.toString(), "KR-forums", "3", "--date", "2026-06-01"};
    assertEquals(Okr.OK, okr(args).code());
    Result again = okr(args);
    assertEquals(Okr.OK, again.code(), again::toString);
    assertTrue(
        again
            .out()
            .startsWith("Already recorded, so not appended again: KR-forums 3 on 2026-06-01\n"),
        again::toString);
    assertEquals(2, Files.readAllLines(log()).size());
  }

  @Test
  void badInputIsRefusedWithExitCode2AndNothingWritten() throws IOException {
    String file = plan.toString();
    assertRefused(
        "okr checkin: the plan "
            + file
            + " has no key result or KPI 'KR-partner'; did you mean 'KR-partners'?; nothing written",
        "checkin",
        file,
        "KR-partner",
        "15");
    assertRefused(
        "okr checkin: 'O-influence' in the plan "
            + file
            + " is not a key result or KPI; check-ins report on key results and KPIs",
        "checkin",
        file,
        "O-influence",
        "15");
    assertRefused(
        "okr checkin: the check-in does not fit the plan "
            + file
            + ": --date: date 2026-07-01 lies outside the plan period 2026-Q2 (2026-04-01 to"
            + " 2026-06-30); nothing written",
        "checkin",
        file,
        "KR-partners",
        "15",
        "--date",
        "2026-07-01");
    assertRefused(
        "okr checkin: the check-in does not fit the plan "
            + file
            + ": --confidence: confidence 1.5 lies outside [0, 1]; nothing written",
        "checkin",
        file,
        "KR-partners",
        "15",
        "--date",
        "2026-06-01",
        "--confidence",
        "1.5");
    assertUsage(
        "okr checkin: Invalid value for VALUE: 'lots' is not a number; expected a number such as 13"
            + " or 0.65",
        "checkin",
        file,
        "KR-partners",
        "lots");
    assertUsage(
        "okr checkin: Invalid value for VALUE: 'NaN' is not a number; expected a number such as 13"
            + " or 0.65",
        "checkin",
        file,
        "KR-partners",
        "NaN");
    assertUsage(
        "okr checkin: Invalid value for VALUE: '1e999' is not a finite number; expected a number"
            + " such as 13 or 0.65",
        "checkin",
        file,
        "KR-partners",
        "1e999");
    assertUsage(
        "okr checkin: Invalid value for option '--date': '2026-06-31' is not a date; expected"
            + " YYYY-MM-DD, such as 2026-05-31, or 'today'",
        "checkin",
        file,
        "KR-partners",
        "15",
        "--date",
        "2026-06-31");
    assertUsage(
        "okr checkin: missing the VALUE observed (or --done MILESTONE for a milestone target)",
        "checkin",
        file,
        "KR-partners");
    assertFalse(Files.exists(log()), "no log is made for a check-in refused");

    // a log with a bad line: the plan cannot be read, and nothing is appended
    Files.writeString(log(), "element,date,value\nKR-partners,2026-06-01,many\n");
    Result r = okr("checkin", file, "KR-partners", "15", "--date", "2026-06-02");
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals(
        lines(
            log() + ":2:24: value: expected a number, got text 'many'",
            "okr checkin: invalid plan file " + file + ": 1 problem"),
        r.problems());
    assertEquals("element,date,value\nKR-partners,2026-06-01,many\n", Files.readString(log()));
    assertEquals(planText, Files.readString(plan));
  }

  private static void assertRefused(String message, String... args) {
    Result r = okr(args);
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(message + "\n", r.problems());
  }

  private static void assertUsage(String message, String... args) {
    Result r = okr(args);
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.problems().startsWith(message + "\nUsage: okr checkin "), r::toString);
  }

  // ---------------------------------------------------------------- at once

  @Test
  void checkInsFromManyThreadsAreEachRecordedExactlyOnce() throws Exception {
    int threads = 8;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        for (int i = 0; i < each; i++) {
          String value = Integer.toString(100 * t + i);
          runs.add(
              pool.submit(
                  () ->
                      okr(
                          "checkin",
                          plan.toString(),
                          "K-campaigns",
                          value,
                          "--date",
                          "2026-06-01",
                          "--progress",
                          "never")));
        }
      }
      for (Future<Result> run : runs) {
        Result r = run.get(60, TimeUnit.SECONDS);
        assertEquals(Okr.OK, r.code(), r::toString);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEachOnce(threads, each);
  }

  @Test
  void checkInsFromManyProcessesAreEachRecordedExactlyOnce() throws Exception {
    int processes = 4;
    int each = 5;
    List<Process> running = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(CheckinCommandTest.class.getName());
      command.add(plan.toString());
      for (int i = 0; i < each; i++) {
        command.add(Integer.toString(100 * p + i));
      }
      running.add(new ProcessBuilder(command).redirectErrorStream(true).start());
    }
    for (Process p : running) {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
      assertEquals(0, p.exitValue(), out);
    }
    assertEachOnce(processes, each);
  }

  /**
   * One process of the test above: {@code okr checkin PLAN K-campaigns VALUE} for each value given
   * after the plan, one after another, each as the command line runs it; exits with the first
   * failure's code.
   */
  public static void main(String[] args) {
    java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
    for (int i = 1; i < args.length; i++) {
      int code =
          Okr.run(
              out,
              out,
              "checkin",
              args[0],
              "K-campaigns",
              args[i],
              "--date",
              "2026-06-01",
              "--progress",
              "never");
      if (code != Okr.OK) {
        System.exit(code);
      }
    }
    System.exit(Okr.OK);
  }

  /** The log holds the header and one line per check-in made, each value once. */
  private void assertEachOnce(int makers, int each) throws IOException {
    List<String> lines = Files.readAllLines(log());
    assertEquals(1 + makers * each, lines.size(), () -> String.join("\n", lines));
    List<CheckIn> read = CheckInLogs.read(log());
    Set<Double> values = new HashSet<>();
    for (CheckIn c : read) {
      assertTrue(values.add(c.value()), () -> "twice: " + c);
    }
    Set<Double> expected = new HashSet<>();
    for (int m = 0; m < makers; m++) {
      for (int i = 0; i < each; i++) {
        expected.add((double) (100 * m + i));
      }
    }
    assertEquals(expected, values);
    Plan withLog = PlanFiles.read(plan);
    assertEquals(2 + makers * each, withLog.historyOf("K-campaigns").size());
  }
}

package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;

/**
 * Check-in logs: read beside a plan and where it names them, as if their records were written in
 * the plan, with every problem at its line and column in the log; written and appended to one whole
 * line at a time, or not at all.
 */
class CheckInLogsTest {
  /** A plan with a key result, a milestone key result and a KPI, and one check-in of its own. */
  private static final String PLAN =
      String.join(
          "\n",
          "name: Quarter",
          "period: 2026-Q2",
          "owners:",
          "  - {id: team, name: Team, level: TEAM}",
          "objectives:",
          "  - id: O1",
          "    title: Grow",
          "    owner: team",
          "    keyResults:",
          "      - id: KR1",
          "        title: Add 20 partners",
          "        measure: {name: partners, unit: COUNT, direction: INCREASE}",
          "        target: {baseline: 0, value: 20}",
          "        checkIns:",
          "          - {date: 2026-04-30, value: 4}",
          "      - id: KR2",
          "        title: Hold the summit",
          "        measure: {name: summit, unit: MILESTONE, direction: INCREASE}",
          "        target: {milestones: [venue, programme]}",
          "kpis:",
          "  - id: K1",
          "    title: Five calls a week",
          "    owner: team",
          "    measure: {name: calls, unit: COUNT, direction: INCREASE}",
          "    target: {value: 5}",
          "    contributions: [KR1]",
          "");

  @TempDir Path dir;

  private Path plan(String text) throws IOException {
    Path file = dir.resolve("q2.yaml");
    Files.writeString(file, text);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private List<String> problems(Path plan) {
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(plan));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  // ---------------------------------------------------------------- reading with a plan

  @Test
  void theCsvLogBesideThePlanCountsAsCheckInsWrittenAfterThePlansOwn() throws IOException {
    Path plan = plan(PLAN);
    write(
        "q2.checkins.csv",
        "element,date,value,done,milestone,confidence,note,author,correction\n"
            + "KR1,2026-05-31,13,,,0.8,\"two more, in June\",ana,\n"
            + "KR2,2026-05-20,,true,venue,,,,\n"
            + "K1,2026-05-31,4,,,,,,\n"
            + "K1,2026-05-31,5,,,,,bo,true\n");
    Plan read = PlanFiles.read(plan);
    Plan inline =
        PlanFiles.read(
            PLAN
                + "checkIns:\n"
                + "  - {element: KR1, date: 2026-05-31, value: 13, confidence: 0.8,"
                + " note: 'two more, in June', author: ana}\n"
                + "  - {element: KR2, date: 2026-05-20, milestone: venue, done: true}\n"
                + "  - {element: K1, date: 2026-05-31, value: 4}\n"
                + "  - {element: K1, date: 2026-05-31, value: 5, author: bo, correction: true}\n",
            Format.YAML);
    assertEquals(inline, read);
    assertEquals(OptionalDouble.of(13), read.valueAsOf("KR1", day(6, 1)));
    assertEquals(OptionalDouble.of(5), read.valueAsOf("K1", day(6, 1)));
    assertEquals(OptionalDouble.of(0.5), read.valueAsOf("KR2", day(6, 1)));
    assertEquals(
        Optional.of("two more, in June"), read.latestCheckIn("KR1", day(6, 1)).get().note());
    assertEquals(List.of(dir.resolve("q2.checkins.csv")), CheckInLogs.of(plan));
  }

  @Test
  void aJsonLinesLogReadsAsTheCsvOneDoes() throws IOException {
    Path plan = plan(PLAN);
    write(
        "q2.checkins.jsonl",
        "{\"element\": \"KR1\", \"date\": \"2026-05-31\", \"value\": 13, \"confidence\": 0.8,"
            + " \"note\": \"two more, in June\", \"author\": \"ana\"}\n"
            + "\n"
            + "{\"element\": \"KR2\", \"date\": \"2026-05-20\", \"done\": true, \"milestone\":"
            + " \"venue\"}\n");
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Path csvPlan = Files.writeString(other.resolve("q2.yaml"), PLAN);
    Files.writeString(
        other.resolve("q2.checkins.csv"),
        "element,date,value,done,milestone,confidence,note,author\n"
            + "KR1,2026-05-31,13,,,0.8,\"two more, in June\",ana\n"
            + "KR2,2026-05-20,,true,venue,,,\n");
    assertEquals(PlanFiles.read(csvPlan), PlanFiles.read(plan));
    assertEquals(2, PlanFiles.read(plan).checkIns().size() - 1);
  }

  @Test
  void logsThePlanNamesAreReadAfterTheOneBesideItInTheirOrder() throws IOException {
    Path plan = plan(PLAN + "checkInLogs: [logs/april.csv, logs/may.jsonl]\n");
    write("q2.checkins.csv", "element,date,value\nKR1,2026-05-02,6\n");
    write("logs/april.csv", "date,element,value\n2026-05-02,KR1,7\n");
    write("logs/may.jsonl", "{\"element\": \"KR1\", \"date\": \"2026-05-02\", \"value\": 8}\n");
    Plan read = PlanFiles.read(plan);
    // of several check-ins on one day the last recorded counts: the last log's
    assertEquals(OptionalDouble.of(8), read.valueAsOf("KR1", day(5, 2)));
    assertEquals(
        List.of(4.0, 6.0, 7.0, 8.0),
        read.historyOf("KR1").stream().map(CheckIn::value).collect(Collectors.toList()));
    assertEquals(
        List.of(
            dir.resolve("q2.checkins.csv"),
            dir.resolve("logs/april.csv"),
            dir.resolve("logs/may.jsonl")),
        CheckInLogs.of(plan));
  }

  @Test
  void aLogNamedTwiceOrBesideAndNamedIsReadOnce() throws IOException {
    Path plan = plan(PLAN + "checkInLogs: [q2.checkins.csv, ./q2.checkins.csv]\n");
    write("q2.checkins.csv", "element,date,value\nKR1,2026-05-02,6\n");
    assertEquals(List.of(dir.resolve("q2.checkins.csv")), CheckInLogs.of(plan));
    assertEquals(2, PlanFiles.read(plan).checkIns().size());
  }

  @Test
  void anEmptyLogOrOneWithAHeaderOnlyHoldsNoCheckIn() throws IOException {
    Path plan = plan(PLAN);
    write("q2.checkins.csv", "");
    assertEquals(1, PlanFiles.read(plan).checkIns().size());
    write("q2.checkins.csv", "element,date,value\n");
    assertEquals(1, PlanFiles.read(plan).checkIns().size());
  }

  // ---------------------------------------------------------------- located problems

  @Test
  void aValueThatIsNotANumberIsReportedAtItsCellInTheLog() throws IOException {
    Path plan = plan(PLAN);
    write(
        "q2.checkins.csv", "element,date,value\n" + "KR1,2026-05-02,6\n" + "KR1,2026-05-09,lots\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(plan));
    String log = dir.resolve("q2.checkins.csv").toString();
    assertEquals(
        List.of(log + ":3:16: value: expected a number, got text 'lots'"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
    // the exception names the plan that was read, its problems the file each lies in
    assertEquals(
        "invalid plan file "
            + plan
            + ": 1 problem\n  "
            + log
            + ":3:16: value: expected a number, got text 'lots'",
        e.getMessage());
  }

  @Test
  void theModelsProblemsWithALogsRecordsAreMappedToTheirCells() throws IOException {
    Path plan = plan(PLAN);
    write(
        "q2.checkins.csv",
        "element,date,value,milestone\n"
            + "KR9,2026-05-02,6,\n"
            + "KR1,2026-07-01,7,\n"
            + "KR2,2026-05-02,1,keynote\n");
    String log = dir.resolve("q2.checkins.csv").toString();
    assertEquals(
        List.of(
            log + ":2:1: element: unknown key result or KPI 'KR9'",
            log
                + ":3:5: date: date 2026-07-01 lies outside the plan period 2026-Q2 (2026-04-01 to"
                + " 2026-06-30)",
            log + ":4:18: milestone: unknown milestone 'keynote' of 'KR2'"),
        problems(plan));
    // a value too large for a double is a problem of shape, found before the model is built
    write("q2.checkins.csv", "element,date,value\nKR1,2026-05-02,1e999\n");
    assertEquals(
        List.of(log + ":2:16: value: expected a finite number, got 1e999"), problems(plan));
  }

  @Test
  void problemsOfThePlanComeFirstThenEachLogsInTurn() throws IOException {
    Path plan = plan(PLAN.replace("owner: team\n    measure", "owner: teem\n    measure"));
    write("q2.checkins.csv", "element,date,value\nKR9,2026-05-02,6\n");
    assertEquals(
        List.of(
            plan + ":23:5: kpis[0].owner: unknown owner 'teem'",
            dir.resolve("q2.checkins.csv") + ":2:1: element: unknown key result or KPI 'KR9'"),
        problems(plan));
  }

  @Test
  void aLogWithTheWrongFieldsIsReportedWhereTheyStand() throws IOException {
    Path plan = plan(PLAN);
    Path log = write("q2.checkins.csv", "element,date,valeu\nKR1,2026-05-02,6\n");
    assertEquals(
        List.of(
            log
                + ":1:14: unknown column 'valeu' (did you mean 'value'?); the header names columns"
                + " among element, date, value, done, milestone, confidence, note, author,"
                + " correction"),
        problems(plan));
    write("q2.checkins.csv", "element,value\nKR1,6\n");
    assertEquals(
        List.of(log + ":1:1: the header lacks the required column 'date'; it names element, value"),
        problems(plan));
    write("q2.checkins.csv", "element,date,value\nKR1,2026-05-02\nKR1,2026-05-03,4,x\n");
    assertEquals(
        List.of(
            log
                + ":2:1: a record of 2 fields; expected 3, one for each column the header names"
                + " (element, date, value)",
            log
                + ":3:1: a record of 4 fields; expected 3, one for each column the header names"
                + " (element, date, value)"),
        problems(plan));
    write("q2.checkins.csv", "element,date,value\nKR1,,6\nKR1,2026-05-03,\n");
    assertEquals(
        List.of(
            log + ":2:1: missing required field 'date'",
            log + ":3:1: missing required field 'value' (or 'done', for a milestone check-in)"),
        problems(plan));
  }

  @Test
  void jsonLinesRecordsAreCheckedFieldByField() throws IOException {
    Path plan = plan(PLAN);
    Path log =
        write(
            "q2.checkins.jsonl",
            "{\"element\": \"KR1\", \"date\": \"2026-05-02\", \"value\": \"6\"}\n"
                + "{\"element\": \"KR1\", \"date\": \"2026-05-02\", \"valeu\": 6}\n"
                + "[1, 2]\n");
    assertEquals(
        List.of(
            log + ":1:51: value: expected a number, got text '6'",
            log + ":2:1: missing required field 'value' (or 'done', for a milestone check-in)",
            log
                + ":2:42: valeu: unknown field 'valeu' (did you mean 'value'?); a check-in takes"
                + " element, date, value, done, milestone, confidence, note, author, correction",
            log + ":3:1: expected a check-in (an object), got a list"),
        problems(plan));
  }

  @Test
  void aSyntaxErrorInALogStopsReadingThere() throws IOException {
    Path plan = plan(PLAN);
    Path csv = write("q2.checkins.csv", "element,date,note\nKR1,2026-05-02,\"open\n");
    assertEquals(
        List.of(
            csv
                + ":2:16: CSV syntax error: the quoted field opened here is not closed; expected a"
                + " closing quote (\") before the end of the file"),
        problems(plan));
    write("q2.checkins.csv", "element,date,note\nKR1,2026-05-02,say \"hi\"\n");
    assertEquals(
        List.of(
            csv
                + ":2:20: CSV syntax error: a quote inside an unquoted field; quote the whole field"
                + " and double each quote inside it (\"\")"),
        problems(plan));
    Files.delete(csv);
    Path jsonl =
        write(
            "q2.checkins.jsonl",
            "{\"element\": \"KR1\", \"date\": \"2026-05-02\", \"value\": 6}"
                + " {\"element\": \"KR1\", \"date\": \"2026-05-03\", \"value\": 7}\n");
    assertEquals(
        List.of(
            jsonl
                + ":1:54: a second JSON value on line 1; expected one value per line, as JSON Lines"
                + " holds them"),
        problems(plan));
  }

  @Test
  void namedLogsMustLieInThePlansFolderAndExist() throws IOException {
    Path plan =
        plan(
            PLAN
                + "checkInLogs:\n"
                + "  - /etc/passwd.csv\n"
                + "  - ../elsewhere.csv\n"
                + "  - notes.txt\n"
                + "  - missing.csv\n");
    assertEquals(
        List.of(
            plan
                + ":28:5: checkInLogs[0]: check-in log '/etc/passwd.csv': an absolute path is not"
                + " allowed; expected a file name ending in .csv or .jsonl, in the plan's folder or"
                + " below it",
            plan
                + ":29:5: checkInLogs[1]: check-in log '../elsewhere.csv': the path leads out of"
                + " the plan's folder; expected a file name ending in .csv or .jsonl, in the plan's"
                + " folder or below it",
            plan
                + ":30:5: checkInLogs[2]: check-in log 'notes.txt': cannot tell its format from"
                + " the name; expected a file name ending in .csv or .jsonl, in the plan's folder"
                + " or below it",
            plan
                + ":31:5: checkInLogs[3]: cannot read the check-in log "
                + dir.resolve("missing.csv")
                + ": there is no such file"),
        problems(plan));
  }

  @Test
  void twoLogsBesideAPlanAreOneTooMany() throws IOException {
    Path plan = plan(PLAN);
    write("q2.checkins.csv", "element,date,value\n");
    write("q2.checkins.jsonl", "");
    assertEquals(
        List.of(
            plan
                + ": two check-in logs lie beside the plan, "
                + dir.resolve("q2.checkins.csv")
                + " and "
                + dir.resolve("q2.checkins.jsonl")
                + "; expected one at most: move the records of one into the other"),
        problems(plan));
  }

  @Test
  void aPlanReadFromTextCannotReadTheLogsItNames() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () -> PlanFiles.read(PLAN + "checkInLogs: [may.csv]\n", Format.YAML));
    assertEquals(
        "27:15: checkInLogs[0]: cannot read the check-in log 'may.csv': a plan read from text or a"
            + " stream has no folder to find it in; expected a plan read from its file",
        e.problems().get(0).toString());
  }

  // ---------------------------------------------------------------- writing and reading alone

  @ParameterizedTest
  @EnumSource(RecordFormat.class)
  void writingThenReadingALogGivesTheSameCheckIns(RecordFormat format) {
    List<CheckIn> checkIns =
        List.of(
            CheckIn.of("KR1", day(5, 2), 6),
            CheckIn.builder()
                .elementId("KR1")
                .date(day(5, 3))
                .value(-0.0)
                .confidence(0.25)
                .note("a, \"quoted\"\nnote")
                .author("")
                .build(),
            CheckIn.milestone("KR2", day(5, 4), "venue", true),
            CheckIn.milestone("KR2", day(5, 5), "venue", false),
            CheckIn.builder().elementId("K1").date(day(5, 6)).value(0.1).note("007").build(),
            CheckIn.correction("K1", day(5, 6), 1e-7));
    String text = CheckInLogs.write(checkIns, format);
    assertEquals(checkIns, CheckInLogs.read(text, format, ReadLimits.defaults()));
  }

  @Test
  void aCsvLogIsWrittenUnderTheHeaderOfEveryField() {
    String text =
        CheckInLogs.write(
            List.of(
                CheckIn.builder()
                    .elementId("KR1")
                    .date(day(5, 3))
                    .value(13)
                    .confidence(0.8)
                    .note("two more, in June")
                    .author("ana")
                    .build(),
                CheckIn.milestone("KR2", day(5, 4), "venue", true),
                CheckIn.correction("K1", day(5, 6), 0.5)),
            RecordFormat.CSV);
    assertEquals(
        "element,date,value,done,milestone,confidence,note,author,correction\n"
            + "KR1,2026-05-03,13,,,0.8,\"two more, in June\",ana,\n"
            + "KR2,2026-05-04,,true,venue,,,,\n"
            + "K1,2026-05-06,0.5,,,,,,true\n",
        text);
    assertEquals(
        "{\"element\":\"KR2\",\"date\":\"2026-05-04\",\"done\":true,\"milestone\":\"venue\"}\n",
        CheckInLogs.line(
            CheckIn.milestone("KR2", day(5, 4), "venue", true), RecordFormat.JSON_LINES));
  }

  @Test
  void readingALogAloneChecksItsShapeButNotItsElements(@TempDir Path tmp) throws IOException {
    Path log = Files.writeString(tmp.resolve("any.csv"), "element,date,value\nKR9,2026-13-01,6\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> CheckInLogs.read(log));
    assertEquals(
        List.of(log + ":2:5: date: expected a date as YYYY-MM-DD, got '2026-13-01'"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
    assertEquals(
        "invalid check-in log file " + log + ": 1 problem",
        e.getMessage().lines().findFirst().get());
    Files.writeString(log, "element,date,value\nKR9,2026-12-01,6\n");
    assertEquals(List.of(CheckIn.of("KR9", LocalDate.of(2026, 12, 1), 6)), CheckInLogs.read(log));
  }

  // ---------------------------------------------------------------- appending

  @Test
  void appendingMakesTheLogBesideThePlanWithItsHeaderThenAddsLines() throws IOException {
    Path plan = plan(PLAN);
    Path log = CheckInLogs.besidePlan(plan, RecordFormat.CSV);
    assertEquals(dir.resolve("q2.checkins.csv"), log);
    CheckInLogs.Appended first = CheckInLogs.append(plan, log, CheckIn.of("KR1", day(5, 2), 6));
    assertTrue(first.appended());
    assertEquals(OptionalDouble.of(6), first.plan().valueAsOf("KR1", day(5, 2)));
    CheckInLogs.Appended second =
        CheckInLogs.append(plan, log, CheckIn.milestone("KR2", day(5, 3), "venue", true));
    assertEquals(
        "element,date,value,done,milestone,confidence,note,author,correction\n"
            + "KR1,2026-05-02,6,,,,,,\n"
            + "KR2,2026-05-03,,true,venue,,,,\n",
        Files.readString(log));
    assertEquals(second.plan(), PlanFiles.read(plan));
    // the plan file itself is never touched
    assertEquals(PLAN, Files.readString(plan));
  }

  @Test
  void aCheckInThatDoesNotFitThePlanAppendsNothingAndMakesNoLog() throws IOException {
    Path plan = plan(PLAN);
    Path log = CheckInLogs.besidePlan(plan, RecordFormat.CSV);
    PlanValidationException unknown =
        assertThrows(
            PlanValidationException.class,
            () -> CheckInLogs.append(plan, log, CheckIn.of("KR9", day(5, 2), 6)));
    assertEquals(
        "checkIns[1].element: unknown key result or KPI 'KR9'",
        unknown.problems().get(0).toString());
    assertThrows(
        PlanValidationException.class,
        () -> CheckInLogs.append(plan, log, CheckIn.of("KR1", day(7, 2), 6)));
    assertFalse(Files.exists(log));

    CheckInLogs.append(plan, log, CheckIn.of("KR1", day(5, 2), 6));
    String before = Files.readString(log);
    assertThrows(
        PlanValidationException.class,
        () -> CheckInLogs.append(plan, log, CheckIn.of("KR1", day(5, 3), Double.NaN)));
    assertThrows(
        PlanValidationException.class,
        () -> CheckInLogs.append(plan, log, CheckIn.milestone("KR2", day(5, 3), "keynote", true)));
    assertEquals(before, Files.readString(log));
  }

  @Test
  void aDuplicateIsNotAppendedAgain() throws IOException {
    Path plan = plan(PLAN);
    Path log = CheckInLogs.besidePlan(plan, RecordFormat.JSON_LINES);
    CheckIn c = CheckIn.of("KR1", day(5, 2), 6);
    assertTrue(CheckInLogs.append(plan, log, c).appended());
    String once = Files.readString(log);
    assertFalse(CheckInLogs.append(plan, log, c).appended());
    // the plan's own check-in, written again
    assertFalse(CheckInLogs.append(plan, log, CheckIn.of("KR1", day(4, 30), 4)).appended());
    assertEquals(once, Files.readString(log));
  }

  @Test
  void aCsvLogIsAppendedToInTheColumnsOfItsHeader() throws IOException {
    Path plan = plan(PLAN);
    // written by hand: other columns in another order, and no line break at the end
    Path log = write("q2.checkins.csv", "date,value,element,note\n2026-05-02,6,KR1,first");
    CheckInLogs.append(plan, log, CheckIn.of("KR1", day(5, 3), 7));
    assertEquals(
        "date,value,element,note\n2026-05-02,6,KR1,first\n2026-05-03,7,KR1,\n",
        Files.readString(log));
    IllegalArgumentException lacking =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CheckInLogs.append(
                    plan,
                    log,
                    CheckIn.builder()
                        .elementId("KR1")
                        .date(day(5, 4))
                        .value(8)
                        .author("ana")
                        .build()));
    assertEquals(
        "the log's header lacks the column 'author', which this check-in fills; add it to the"
            + " header line (it names date, value, element, note)",
        lacking.getMessage());
    assertEquals(3, Files.readString(log).lines().count());
  }

  @Test
  void onlyALogThePlanReadsCanBeAppendedTo() throws IOException {
    Path plan = plan(PLAN + "checkInLogs: [logs/may.csv]\n");
    write("logs/may.csv", "element,date,value\n");
    CheckInLogs.append(plan, dir.resolve("logs/may.csv"), CheckIn.of("KR1", day(5, 2), 6));
    IllegalArgumentException other =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CheckInLogs.append(plan, dir.resolve("june.csv"), CheckIn.of("KR1", day(6, 2), 6)));
    assertEquals(
        "the plan "
            + plan
            + " does not read the check-in log "
            + dir.resolve("june.csv")
            + "; expected one of ["
            + dir.resolve("logs/may.csv")
            + "], or a log named in its checkInLogs",
        other.getMessage());
    assertFalse(Files.exists(dir.resolve("june.csv")));
    // the log beside the plan may be made, since none is there
    CheckInLogs.append(
        plan, CheckInLogs.besidePlan(plan, RecordFormat.CSV), CheckIn.of("KR1", day(6, 2), 6));
    assertEquals(3, PlanFiles.read(plan).checkIns().size());
    assertEquals(
        "element,date,value,done,milestone,confidence,note,author,correction\n"
            + "KR1,2026-06-02,6,,,,,,\n",
        Files.readString(dir.resolve("q2.checkins.csv"), StandardCharsets.UTF_8));
  }
}

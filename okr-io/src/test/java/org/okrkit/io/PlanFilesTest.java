package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

class PlanFilesTest {
  /** The start of a valid YAML plan with one owner, to which tests add their parts. */
  private static final String HEAD =
      "period: 2026-Q2\n" + "owners:\n" + "  - {id: acme, name: Acme, level: COMPANY}\n";

  private static PlanFileException fails(String text, Format format) {
    return assertThrows(PlanFileException.class, () -> PlanFiles.read(text, format));
  }

  private static List<String> problems(String text, Format format) {
    return fails(text, format).problems().stream()
        .map(FileProblem::toString)
        .collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- round trips

  @ParameterizedTest
  @EnumSource(Format.class)
  void seedPlansRoundTrip(Format format) {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp())) {
      assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, format), format), plan.toString());
    }
  }

  /**
   * A plan that sets every field the model has, most of them away from their defaults: revisions of
   * every kind (two of one day recorded against the file's order), corrections and authors.
   */
  static Plan everything() {
    return Plan.builder()
        .name("Everything: \"quoted\", #hash, 'single', multi\nline")
        .period(Period.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 7, 9)))
        .addOwners(
            Owner.of("co", "Company", Level.COMPANY),
            Owner.of("007", "yes", Level.TEAM, "co"),
            Owner.of("p:1", "null", Level.INDIVIDUAL, "007"))
        .addObjectives(
            Objective.builder()
                .id("O1")
                .title("true")
                .ownerId("co")
                .kind(ObjectiveKind.COMMITTED)
                .period(Period.month(2026, 5))
                .addTags("innovation", "2026")
                .build(),
            Objective.builder().id("O2").title("  spaced  ").ownerId("007").parentId("KR1").build())
        .addKeyResults(
            KeyResult.builder()
                .id("KR1")
                .objectiveId("O1")
                .title("Relative with threshold and stretch")
                .measure(Measure.increasing("users", Unit.COUNT))
                .target(Target.increaseByPercent(1000, 30).withThreshold(10).withStretch(45.5))
                .weight(2.5)
                .addTags("execution")
                .build(),
            KeyResult.of(
                "KR2",
                "O1",
                "Milestones",
                Measure.milestones("launch"),
                Target.milestones(
                    Milestone.of("deck"),
                    Milestone.builder()
                        .name("model")
                        .weight(2)
                        .due(LocalDate.of(2026, 6, 1))
                        .build())),
            KeyResult.of(
                "KR3",
                "O2",
                "Decrease",
                Measure.decreasing("returns", Unit.PERCENT),
                Target.decrease(2.5, 1).withThreshold(1.75).withStretch(0.125)),
            KeyResult.of(
                "KR4", "O2", "Range", Measure.range("NPS", Unit.RATING), Target.range(-3.5, 5)),
            KeyResult.of(
                "KR5",
                "O2",
                "No baseline",
                Measure.of("cost", Unit.CURRENCY, org.okrkit.core.Direction.DECREASE),
                Target.of(1e-7)))
        .addKpis(
            Kpi.builder()
                .id("K1")
                .ownerId("p:1")
                .title("KPI")
                .measure(Measure.increasing("calls", Unit.OTHER))
                .target(Target.increase(0, 1e12))
                .weight(0.5)
                .frequency(Frequency.WEEKLY)
                .period(Period.month(2026, 6))
                .addContributions(Contribution.to("KR1", 0.25), Contribution.to("KR3"))
                .addTags("x")
                .build(),
            Kpi.builder()
                .id("K2")
                .ownerId("co")
                .title("Orphan")
                .measure(Measure.range("band", Unit.RATIO))
                .target(Target.range(1, 1).withBaseline(-0.0))
                .frequency(Frequency.QUARTERLY)
                .build())
        .addCheckIns(
            CheckIn.of("KR1", LocalDate.of(2026, 5, 1), 1100),
            CheckIn.builder()
                .elementId("KR1")
                .date(LocalDate.of(2026, 4, 20))
                .value(-0.0)
                .confidence(0.25)
                .note(
                    "Ünïcödé 中文 \uD83D\uDE00, a: b, - c, [d], {e}, *f, &g, !h, %i, @j, `k`, | l, > m")
                .build(),
            CheckIn.milestone("KR2", LocalDate.of(2026, 5, 2), "model", true),
            CheckIn.milestone("KR2", LocalDate.of(2026, 5, 3), "model", false),
            CheckIn.of("KR3", LocalDate.of(2026, 5, 3), 1.0000000000000002),
            CheckIn.of("K1", LocalDate.of(2026, 6, 3), 123456789.125),
            CheckIn.of("K1", LocalDate.of(2026, 6, 3), 1e-300),
            CheckIn.builder()
                .elementId("KR3")
                .date(LocalDate.of(2026, 5, 3))
                .value(1.5)
                .correction(true)
                .author("auditor: 'x'")
                .build(),
            CheckIn.builder()
                .elementId("KR4")
                .date(LocalDate.of(2026, 5, 4))
                .value(0)
                .author("007")
                .build())
        .addRevisions(
            Revision.target(
                "KR1",
                LocalDate.of(2026, 5, 15),
                Target.increaseByPercent(1000, 40).withThreshold(20),
                "yes",
                "no"),
            Revision.weight("K1", LocalDate.of(2026, 5, 15), 3, "recorded before KR3's", "p:1"),
            Revision.weight(
                "KR3", LocalDate.of(2026, 5, 15), 0.25, "after K1's the same day", "co"),
            Revision.target(
                "KR2",
                LocalDate.of(2026, 5, 10),
                Target.milestones(
                    Milestone.of("deck"), Milestone.of("model", 3), Milestone.of("demo")),
                "a demo was asked for",
                "Ünïcödé \uD83D\uDE00"),
            Revision.contributions(
                "K1", LocalDate.of(2026, 6, 1), List.of(Contribution.to("KR4", 2)), "moved", "co"),
            Revision.contributions(
                "K1", LocalDate.of(2026, 7, 9), List.of(), "detached\nfor good", "co"))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFieldRoundTrips(Format format) {
    Plan plan = everything();
    String text = PlanFiles.write(plan, format);
    assertEquals(plan, PlanFiles.read(text, format), text);
    // KR3's revision, recorded after K1's of the same day, is listed in the plan's own revisions
    assertTrue(
        text.contains(format == Format.JSON ? "\n  \"revisions\": [" : "\nrevisions:\n"), text);
    // and writing again gives the same document
    assertEquals(text, PlanFiles.write(PlanFiles.read(text, format), format));
  }

  @Test
  void filesRoundTripInTheFormatTheirNamesImply(@TempDir Path dir) throws IOException {
    Plan plan = SeedPlans.manufacturer();
    for (String name : List.of("plan.json", "plan.yaml", "PLAN.YML")) {
      Path file = dir.resolve(name);
      PlanFiles.write(plan, file);
      assertEquals(plan, PlanFiles.read(file));
    }
    assertTrue(Files.readString(dir.resolve("plan.json")).startsWith("{\n  \"version\": 1,\n"));
    assertTrue(
        Files.readString(dir.resolve("plan.yaml")).startsWith("version: 1\nname: Manufacturer\n"));
  }

  @Test
  void aStreamIsReadWithinTheLimits() throws IOException {
    Plan plan = SeedPlans.startUp();
    byte[] bytes = PlanFiles.write(plan, Format.JSON).getBytes(StandardCharsets.UTF_8);
    assertEquals(
        plan, PlanFiles.read(new ByteArrayInputStream(bytes), Format.JSON, ReadLimits.defaults()));
  }

  // ---------------------------------------------------------------- what hand-written files may
  // say

  @Test
  void handWrittenShorthandsAreRead() {
    String yaml =
        "# a comment\n"
            + "period: {start: 2026-04-01, end: 2026-06-30}\n"
            + "owners:\n"
            + "  - {id: acme, name: Acme, level: COMPANY}\n"
            + "objectives:\n"
            + "  - id: O1\n"
            + "    title: Launch\n"
            + "    owner: acme\n"
            + "    keyResults:\n"
            + "      - id: 42\n"
            + "        title: Deck done\n"
            + "        measure: &done {name: deliverables, unit: MILESTONE, direction: INCREASE}\n"
            + "        target: {milestones: [deck]}\n"
            + "        checkIns:\n"
            + "          - {date: 2026-05-02, done: true, note: ~}\n"
            + "      - id: KR2\n"
            + "        title: Model done\n"
            + "        measure: *done\n"
            + "        target: {kind: MILESTONES, milestones: [model]}\n"
            + "checkIns:\n"
            + "  - {element: KR2, date: 2026-05-03, value: 1, milestone: model}\n";
    Plan plan = PlanFiles.read(yaml, Format.YAML);
    Measure done = Measure.milestones("deliverables");
    assertEquals(
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("acme", "Acme", Level.COMPANY))
            .addObjectives(Objective.of("O1", "Launch", "acme"))
            .addKeyResults(
                KeyResult.of("42", "O1", "Deck done", done, Target.milestone("deck")),
                KeyResult.of("KR2", "O1", "Model done", done, Target.milestone("model")))
            .addCheckIns(
                CheckIn.of("42", LocalDate.of(2026, 5, 2), 1),
                CheckIn.milestone("KR2", LocalDate.of(2026, 5, 3), "model", true))
            .build(),
        plan);
  }

  @Test
  void everyPeriodLabelReadsBack() {
    for (Period p :
        List.of(
            Period.quarter(2026, 1),
            Period.half(2026, 2),
            Period.month(2026, 11),
            Period.year(2026),
            Period.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 9)))) {
      Plan plan = Plan.builder().period(p).build();
      for (Format f : Format.values()) {
        assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, f), f));
      }
    }
  }

  @Test
  void theFormatComesFromTheFileName(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("plan.txt");
    Files.writeString(txt, "period: 2026-Q2\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(txt));
    assertEquals(
        "invalid plan file "
            + txt
            + ": 1 problem\n  "
            + txt
            + ": cannot tell the format from the file name; expected a name ending in .json, .yaml or .yml",
        e.getMessage());
    assertEquals(Optional.of(Format.YAML), Format.of(Path.of("a/b.Yml")));
    assertEquals(Optional.empty(), Format.of(Path.of("json")));
  }

  // ---------------------------------------------------------------- malformed files

  @Test
  void aJsonSyntaxErrorStopsReadingAtItsPosition() {
    assertEquals(
        "invalid plan file: 1 problem\n"
            + "  2:26: owners[1]: JSON syntax error: Unexpected character (']' (code 93)): expected a valid value"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        fails("{\"period\": \"2026-Q2\",\n \"owners\": [{\"id\": \"a\"}, ]}", Format.JSON)
            .getMessage());
  }

  @Test
  void aYamlSyntaxErrorStopsReadingAtItsPosition() {
    assertEquals(
        List.of("6:12: owners[0].name: YAML syntax error: mapping values are not allowed here"),
        problems(HEAD + "objectives: x\nowners:\n  - name: a: b\n", Format.YAML).subList(1, 2));
  }

  @Test
  void aFileProblemNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"period\": \"2026-Q2\",}");
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(file));
    assertEquals(Optional.of(file.toString()), e.problems().get(0).file());
    assertEquals(
        "invalid plan file "
            + file
            + ": 1 problem\n  "
            + file
            + ":1:22: period: JSON syntax error: Unexpected character ('}' (code 125)): was expecting"
            + " double-quote to start field name",
        e.getMessage());
  }

  @Test
  void wrongTypesUnknownAndMissingFieldsAreReportedTogether() {
    String yaml =
        HEAD
            + "objectives:\n"
            + "  - id: O1\n"
            + "    titel: Grow\n"
            + "    owner: acme\n"
            + "    kind: committed\n"
            + "    keyResults:\n"
            + "      - id: KR1\n"
            + "        title: Users\n"
            + "        measure: {name: users, unit: COUNT, direction: UP}\n"
            + "        target: {baseline: zero, value: 20}\n"
            + "        weight: [1]\n"
            + "      - id: KR2\n"
            + "        title: Revenue\n"
            + "        target: {value: 20}\n"
            + "        checkIns:\n"
            + "          - {date: 2026-05-32, value: 3}\n"
            + "          - {date: 2026-05-30, value: '3'}\n"
            + "          - {date: 2026-05-30}\n";
    assertEquals(
        List.of(
            "5:5: objectives[0]: missing required field 'title'",
            "6:5: objectives[0].titel: unknown field 'titel' (did you mean 'title'?); an objective takes"
                + " id, title, owner, kind, parent, parentSupportOnly, period, tags, keyResults",
            "8:11: objectives[0].kind: expected one of COMMITTED, ASPIRATIONAL, got 'committed' (did you"
                + " mean 'COMMITTED'?)",
            "12:56: objectives[0].keyResults[0].measure.direction: expected one of INCREASE, DECREASE,"
                + " RANGE, got 'UP'",
            "13:28: objectives[0].keyResults[0].target.baseline: expected a number, got text 'zero'",
            "14:17: objectives[0].keyResults[0].weight: expected a number, got a list",
            "15:9: objectives[0].keyResults[1]: missing required field 'measure'",
            "19:20: objectives[0].keyResults[1].checkIns[0].date: expected a date as YYYY-MM-DD, got"
                + " '2026-05-32'",
            "20:39: objectives[0].keyResults[1].checkIns[1].value: expected a number, got text '3'",
            "21:13: objectives[0].keyResults[1].checkIns[2]: missing required field 'value' (or 'done',"
                + " for a milestone check-in)"),
        problems(yaml, Format.YAML));
  }

  @Test
  void jsonTakesTextOnlyWhereTextIsExpected() {
    assertEquals(
        List.of(
            "1:1: missing required field 'period'",
            "1:10: name: expected text, got the number 2026"),
        problems("{\"name\": 2026}", Format.JSON));
    // YAML leaves plain scalars untyped: the same value is text there
    assertEquals(
        Optional.of("2026"), PlanFiles.read("period: 2026\nname: 2026\n", Format.YAML).name());
  }

  @Test
  void theModelsProblemsAreMappedToWhereTheElementsSit() {
    String yaml =
        HEAD
            + "objectives:\n"
            + "  - id: O1\n"
            + "    title: Grow\n"
            + "    owner: acmee\n"
            + "    keyResults:\n"
            + "      - id: KR1\n"
            + "        title: Users\n"
            + "        measure: {name: users, unit: COUNT, direction: INCREASE}\n"
            + "        target: {baseline: 0, value: 20, stretch: 10}\n"
            + "        checkIns:\n"
            + "          - {date: 2026-07-01, value: 3}\n"
            + "kpis:\n"
            + "  - id: K1\n"
            + "    title: Calls\n"
            + "    owner: acme\n"
            + "    measure: {name: calls, unit: COUNT, direction: INCREASE}\n"
            + "    target: {value: 3}\n"
            + "    frequency: YEARLY\n"
            + "    contributions: [KR9, {keyResult: KR1, weight: 0}]\n"
            + "checkIns:\n"
            + "  - {element: O1, date: 2026-05-01, value: 1}\n";
    PlanFileException e = fails(yaml, Format.YAML);
    assertEquals(
        "invalid plan file: 7 problems\n"
            + "  7:5: objectives[0].owner: unknown owner 'acmee'\n"
            + "  12:9: objectives[0].keyResults[0].target: stretch 10 lies below target 20 for an"
            + " INCREASE measure\n"
            + "  14:14: objectives[0].keyResults[0].checkIns[0].date: date 2026-07-01 lies outside the plan"
            + " period 2026-Q2 (2026-04-01 to 2026-06-30)\n"
            + "  21:5: kpis[0].frequency: YEARLY reporting needs a period of at least 365 days, but"
            + " 2026-Q2 has 91\n"
            + "  22:21: kpis[0].contributions[0]: unknown key result 'KR9'\n"
            + "  22:43: kpis[0].contributions[1].weight: weight 0 must be a finite number above 0\n"
            + "  24:6: checkIns[0].element: 'O1' is an objective; check-ins record values of key results"
            + " and KPIs",
        e.getMessage());
    FileProblem first = e.problems().get(0);
    assertEquals(7, first.line());
    assertEquals(5, first.column());
    assertEquals("objectives[0].owner", first.path());
    assertEquals(Optional.empty(), first.file());
  }

  @Test
  void aProblemOfAFieldLeftToItsDefaultPointsAtTheElement() {
    String yaml =
        HEAD
            + "kpis:\n"
            + "  - id: K1\n"
            + "    title: Calls\n"
            + "    owner: acme\n"
            + "    measure: {name: calls, unit: COUNT, direction: INCREASE}\n"
            + "    target: {value: 3}\n"
            + "    period: 2026-04-01..2026-04-10\n";
    assertEquals(
        List.of(
            "5:5: kpis[0].frequency: MONTHLY reporting needs a period of at least 28 days, but"
                + " 2026-04-01..2026-04-10 has 10"),
        problems(yaml, Format.YAML));
  }

  @Test
  void danglingAndCyclicReferencesAreMapped() {
    String yaml =
        "period: 2026-Q2\n"
            + "owners:\n"
            + "  - {id: a, name: A, level: TEAM, parent: b}\n"
            + "  - {id: b, name: B, level: TEAM, parent: a}\n"
            + "  - {id: c, name: C, level: TEAM, parent: nobody}\n"
            + "objectives:\n"
            + "  - {id: O1, title: One, owner: a, parent: KR-missing}\n";
    assertEquals(
        List.of(
            "3:35: owners[0].parent: the owner hierarchy has a cycle: a -> b -> a",
            "5:35: owners[2].parent: unknown owner 'nobody'",
            "7:36: objectives[0].parent: unknown objective or key result 'KR-missing'"),
        problems(yaml, Format.YAML));
  }

  @Test
  void duplicateIdsAndFieldsAreReportedWhereTheRepeatStands() {
    String yaml =
        HEAD
            + "objectives:\n"
            + "  - id: acme\n"
            + "    title: One\n"
            + "    title: Two\n"
            + "    owner: acme\n"
            + "kpis:\n"
            + "  - {id: K1, title: k, owner: acme, measure: {name: m, unit: COUNT, direction: INCREASE},"
            + " target: {value: 1}, contributions: [KR1, KR1]}\n";
    assertEquals(
        List.of(
            "5:5: objectives[0].id: id 'acme' is already used by owners[0] at line 3; ids must be"
                + " unique across owners, objectives, key results and KPIs",
            "7:5: objectives[0].title: duplicate field 'title'; it is already set at line 6, column 5",
            "10:132: kpis[0].contributions[1]: the KPI contributes to key result 'KR1' more than once"
                + " (first at kpis[0].contributions[0]); expected one contribution per key result"),
        problems(yaml, Format.YAML));
  }

  @Test
  void invalidIdsAreMappedByPosition() {
    String yaml = HEAD + "objectives:\n  - {id: 'bad id', title: One, owner: acme}\n";
    assertEquals(
        List.of(
            "5:6: objectives[0].id: id 'bad id' is invalid; expected 1 to 128 letters, digits, '_',"
                + " '-', '.' or ':', starting with a letter or digit"),
        problems(yaml, Format.YAML));
  }

  @Test
  void theDocumentMustBeOnePlanObject() {
    assertEquals(
        List.of("the document is empty; expected an object with a period, owners and objectives"),
        problems("# nothing\n", Format.YAML));
    assertEquals(
        List.of("1:1: expected a plan (an object), got a list"), problems("[1]", Format.JSON));
    assertEquals(
        List.of("3:1: more content after the end of the document; expected a single YAML document"),
        problems("period: 2026-Q2\n---\nperiod: 2026-Q3\n", Format.YAML));
    assertEquals(
        List.of("1:23: more content after the end of the document; expected a single JSON value"),
        problems("{\"period\": \"2026-Q2\"} {}", Format.JSON));
    assertEquals(
        List.of("1:10: version: unsupported format version 2; this okrkit reads version 1"),
        problems("version: 2\nperiod: 2026-Q2\n", Format.YAML));
  }

  @Test
  void periodsMustBeLabelsOrSpans() {
    assertEquals(
        List.of(
            "1:9: period: expected a period such as 2026-Q2, 2026-H1, 2026-04, 2026 or"
                + " 2026-04-10..2026-05-09, got '2026-Q5'"),
        problems("period: 2026-Q5\n", Format.YAML));
    assertEquals(
        List.of("1:9: period: period end 2026-04-01 lies before its start 2026-05-01"),
        problems("period: {start: 2026-05-01, end: 2026-04-01}\n", Format.YAML));
    assertEquals(
        List.of("1:9: period: period end 2026-04-01 lies before its start 2026-05-01"),
        problems("period: 2026-05-01..2026-04-01\n", Format.YAML));
  }

  // ---------------------------------------------------------------- a plan inside another document

  /** A document holding a plan in its field {@code plan}, read by the plan reader in place. */
  private static final org.okrkit.io.document.DocumentReader<Plan> HOLDER =
      new org.okrkit.io.document.DocumentReader<>(
          "holder",
          (root, problems) -> {
            org.okrkit.io.document.Fields f =
                org.okrkit.io.document.Fields.of(
                    root, "", problems, "a holder", org.okrkit.io.document.Fields.names("plan"));
            Plan plan = PlanFiles.decode(f.required("plan"), f.path("plan"), problems);
            problems.throwIfAny();
            return plan;
          });

  @ParameterizedTest
  @EnumSource(Format.class)
  void aPlanWrittenInPlaceReadsBackEqual(Format format) {
    Plan plan = SeedPlans.internetCompany();
    String text =
        org.okrkit.io.document.DocumentWriter.write(
            format,
            out -> {
              out.startObject();
              out.name("plan");
              PlanFiles.write(plan, out);
              out.endObject();
            });
    assertEquals(plan, HOLDER.read(text, format, ReadLimits.defaults()));
  }

  @Test
  void theProblemsOfAPlanInPlaceStandUnderItsPath() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                HOLDER.read(
                    "plan:\n"
                        + "  period: 2026-Q2\n"
                        + "  owners: [{id: acme, name: Acme, level: COMPANY}]\n"
                        + "  objectives:\n"
                        + "    - {id: O1, title: Grow, owner: acmee, keyResults: []}\n"
                        + "  kpis: [{id: K1, owner: acme, title: Leads, measure: {name: leads,"
                        + " unit: COUNT, direction: INCREASE}, target: {value: 10}, colour: red}]\n",
                    Format.YAML,
                    ReadLimits.defaults()));
    assertEquals(
        List.of(
            "6:125: plan.kpis[0].colour: unknown field 'colour'; a KPI takes id, title, owner,"
                + " measure, target, weight, frequency, period, tags, contributions, revisions,"
                + " checkIns"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
    PlanFileException invalid =
        assertThrows(
            PlanFileException.class,
            () ->
                HOLDER.read(
                    "plan:\n"
                        + "  period: 2026-Q2\n"
                        + "  owners: [{id: acme, name: Acme, level: COMPANY}]\n"
                        + "  objectives:\n"
                        + "    - {id: O1, title: Grow, owner: acmee}\n",
                    Format.YAML,
                    ReadLimits.defaults()));
    assertEquals(
        List.of("5:29: plan.objectives[0].owner: unknown owner 'acmee'"),
        invalid.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
  }
}

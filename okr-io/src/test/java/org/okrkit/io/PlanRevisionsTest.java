package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** Revisions, corrections and authors in plan files: how they are written, read and reported. */
class PlanRevisionsTest {
  static final LocalDate WEEK_9 = LocalDate.of(2026, 5, 27);

  /** The seed's marketing plan with a revision of each kind. */
  static Plan revisedMarketing() {
    return SeedPlans.marketing()
        .revise(
            Revision.target(
                "KR-partners",
                WEEK_9,
                Target.increase(0, 25),
                "a large partner network joined",
                "cmo"))
        .revise(Revision.weight("KR-forums", WEEK_9, 2, "forums matter more this year", "cmo"))
        .revise(
            Revision.contributions(
                "K-campaigns",
                WEEK_9,
                List.of(Contribution.to("KR-mentions", 0.5), Contribution.to("KR-partners", 0.5)),
                "campaigns now also target partners",
                "cmo"))
        .withCheckIn(
            CheckIn.builder()
                .elementId("KR-forums")
                .date(LocalDate.of(2026, 5, 20))
                .value(3)
                .correction(true)
                .author("events team")
                .build());
  }

  private static List<String> problems(String text) {
    return assertThrows(PlanFileException.class, () -> PlanFiles.read(text, Format.YAML))
        .problems()
        .stream()
        .map(FileProblem::toString)
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void revisionsCorrectionsAndAuthorsRoundTrip(Format format) {
    Plan plan = revisedMarketing();
    String text = PlanFiles.write(plan, format);
    Plan read = PlanFiles.read(text, format);
    assertEquals(plan, read, text);
    assertEquals(plan.original(), read.original());
    assertEquals(plan.asOf(WEEK_9.minusDays(1)), read.asOf(WEEK_9.minusDays(1)));
    assertEquals(text, PlanFiles.write(read, format));
  }

  @Test
  void theElementsKeepTheirOriginalFieldsAndNestTheirRevisions() {
    String yaml = PlanFiles.write(revisedMarketing(), Format.YAML);
    String partners =
        yaml.substring(yaml.indexOf("  - id: KR-partners"), yaml.indexOf("  - id: KR-mentions"));
    assertEquals(
        "  - id: KR-partners\n"
            + "        title: Add 20 partner companies within the quarter\n"
            + "        measure:\n"
            + "          name: new partner companies\n"
            + "          unit: COUNT\n"
            + "          direction: INCREASE\n"
            + "        target:\n"
            + "          baseline: 0\n"
            + "          value: 20\n"
            + "        revisions:\n"
            + "          - date: 2026-05-27\n"
            + "            target:\n"
            + "              baseline: 0\n"
            + "              value: 25\n"
            + "            reason: a large partner network joined\n"
            + "            author: cmo\n"
            + "        checkIns:\n"
            + "          - date: 2026-04-30\n"
            + "            value: 6\n"
            + "          - date: 2026-05-31\n"
            + "            value: 13\n"
            + "    ",
        partners);
  }

  @Test
  void aKpisContributionsAndAKeyResultsWeightAreRevisedInJson() {
    String json = PlanFiles.write(revisedMarketing(), Format.JSON);
    String campaigns = json.substring(json.indexOf("\"id\": \"K-campaigns\""));
    assertEquals(
        "\"id\": \"K-campaigns\",\n"
            + "      \"title\": \"Run 5 brand campaigns per month\",\n"
            + "      \"owner\": \"marketing-manager\",\n"
            + "      \"measure\": {\n"
            + "        \"name\": \"brand campaigns per month\",\n"
            + "        \"unit\": \"COUNT\",\n"
            + "        \"direction\": \"INCREASE\"\n"
            + "      },\n"
            + "      \"target\": {\n"
            + "        \"baseline\": 0,\n"
            + "        \"value\": 5\n"
            + "      },\n"
            + "      \"frequency\": \"MONTHLY\",\n"
            + "      \"contributions\": [\n"
            + "        \"KR-mentions\"\n"
            + "      ],\n"
            + "      \"revisions\": [\n"
            + "        {\n"
            + "          \"date\": \"2026-05-27\",\n"
            + "          \"contributions\": [\n"
            + "            {\n"
            + "              \"keyResult\": \"KR-mentions\",\n"
            + "              \"weight\": 0.5\n"
            + "            },\n"
            + "            {\n"
            + "              \"keyResult\": \"KR-partners\",\n"
            + "              \"weight\": 0.5\n"
            + "            }\n"
            + "          ],\n"
            + "          \"reason\": \"campaigns now also target partners\",\n"
            + "          \"author\": \"cmo\"\n"
            + "        }\n"
            + "      ],\n"
            + "      \"checkIns\": [\n"
            + "        {\n"
            + "          \"date\": \"2026-04-30\",\n"
            + "          \"value\": 5\n"
            + "        },\n"
            + "        {\n"
            + "          \"date\": \"2026-05-31\",\n"
            + "          \"value\": 4\n"
            + "        }\n"
            + "      ]\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        campaigns);
    String forums = json.substring(json.indexOf("\"id\": \"KR-forums\""), json.indexOf("\"kpis\""));
    assertEquals(
        true,
        forums.contains(
            "\"revisions\": [\n"
                + "            {\n"
                + "              \"date\": \"2026-05-27\",\n"
                + "              \"weight\": 2,\n"
                + "              \"reason\": \"forums matter more this year\",\n"
                + "              \"author\": \"cmo\"\n"
                + "            }\n"
                + "          ],\n"
                + "          \"checkIns\": [\n"
                + "            {\n"
                + "              \"date\": \"2026-05-20\",\n"
                + "              \"value\": 2\n"
                + "            },\n"
                + "            {\n"
                + "              \"date\": \"2026-05-20\",\n"
                + "              \"value\": 3,\n"
                + "              \"author\": \"events team\",\n"
                + "              \"correction\": true\n"
                + "            }\n"
                + "          ]\n"),
        forums);
  }

  /** A small plan with one key result and one KPI, in file order KR then K. */
  private static Plan twoElements() {
    return Plan.builder()
        .period(Period.quarter(2026, 2))
        .addOwners(Owner.of("t", "Team", Level.TEAM))
        .addObjectives(Objective.of("O", "Grow", "t"))
        .addKeyResults(
            KeyResult.of(
                "KR",
                "O",
                "Users",
                Measure.increasing("users", Unit.COUNT),
                Target.increase(0, 10)))
        .addKpis(
            org.okrkit.core.Kpi.builder()
                .id("K")
                .ownerId("t")
                .title("Calls")
                .measure(Measure.increasing("calls", Unit.COUNT))
                .target(Target.increase(0, 5))
                .build())
        .build();
  }

  @Test
  void sameDayRevisionsRecordedAgainstTheFileOrderAreListedInThePlan() {
    Revision kpiFirst = Revision.weight("K", WEEK_9, 2, "calls first", "lead");
    Revision keyResultSecond = Revision.weight("KR", WEEK_9, 3, "users second", "lead");
    Revision kpiAgain = Revision.weight("K", WEEK_9, 4, "calls again", "lead");
    Revision nextDay = Revision.weight("KR", WEEK_9.plusDays(1), 5, "next day", "lead");
    Plan plan =
        twoElements().revise(kpiFirst).revise(keyResultSecond).revise(kpiAgain).revise(nextDay);
    String yaml = PlanFiles.write(plan, Format.YAML);
    // K's first revision nests; KR's, recorded after it that day, cannot, nor can what follows
    assertEquals(
        "revisions:\n"
            + "  - element: KR\n"
            + "    date: 2026-05-27\n"
            + "    weight: 3\n"
            + "    reason: users second\n"
            + "    author: lead\n"
            + "  - element: K\n"
            + "    date: 2026-05-27\n"
            + "    weight: 4\n"
            + "    reason: calls again\n"
            + "    author: lead\n",
        yaml.substring(yaml.indexOf("\nrevisions:\n") + 1));
    assertEquals(1, PlanFiles.read(yaml, Format.YAML).revisionsOf("KR").indexOf(nextDay));
    assertEquals(plan, PlanFiles.read(yaml, Format.YAML));
    // recorded in the order of the file, they all nest
    Plan ordered =
        twoElements().revise(keyResultSecond).revise(kpiFirst).revise(kpiAgain).revise(nextDay);
    String nested = PlanFiles.write(ordered, Format.YAML);
    assertEquals(false, nested.contains("\nrevisions:"), nested);
    assertEquals(ordered, PlanFiles.read(nested, Format.YAML));
  }

  @Test
  void handWrittenRevisionsAreRead() {
    String yaml =
        "period: 2026-Q2\n"
            + "owners: [{id: t, name: Team, level: TEAM}]\n"
            + "objectives:\n"
            + "  - id: O\n"
            + "    title: Grow\n"
            + "    owner: t\n"
            + "    keyResults:\n"
            + "      - id: KR\n"
            + "        title: Users\n"
            + "        measure: {name: users, unit: COUNT, direction: INCREASE}\n"
            + "        target: {baseline: 0, value: 10}      # as first set\n"
            + "        revisions:\n"
            + "          - {date: 2026-05-27, target: {baseline: 0, value: 12}, reason: beta opened, author: cpo}\n"
            + "kpis:\n"
            + "  - id: K\n"
            + "    title: Calls\n"
            + "    owner: t\n"
            + "    measure: {name: calls, unit: COUNT, direction: INCREASE}\n"
            + "    target: {baseline: 0, value: 5}\n"
            + "    revisions:\n"
            + "      - {date: 2026-05-01, contributions: [KR], reason: calls bring users, author: lead}\n"
            + "      - {date: 2026-06-01, contributions: [], reason: calls no longer help, author: lead}\n"
            + "revisions:\n"
            + "  - {element: K, date: 2026-05-15, weight: 2, reason: more calls, author: lead}\n"
            + "checkIns:\n"
            + "  - {element: KR, date: 2026-05-10, value: 4, author: ana}\n"
            + "  - {element: KR, date: 2026-05-10, value: 4, author: ana}\n"
            + "  - {element: KR, date: 2026-05-10, value: 5, correction: true, author: ben}\n";
    Plan read = PlanFiles.read(yaml, Format.YAML);
    Plan expected =
        twoElements()
            .revise(Revision.target("KR", WEEK_9, Target.increase(0, 12), "beta opened", "cpo"))
            .revise(
                Revision.contributions(
                    "K",
                    LocalDate.of(2026, 5, 1),
                    List.of(Contribution.to("KR")),
                    "calls bring users",
                    "lead"))
            .revise(
                Revision.contributions(
                    "K", LocalDate.of(2026, 6, 1), List.of(), "calls no longer help", "lead"))
            .revise(Revision.weight("K", LocalDate.of(2026, 5, 15), 2, "more calls", "lead"))
            .withCheckIns(
                List.of(
                    CheckIn.builder()
                        .elementId("KR")
                        .date(LocalDate.of(2026, 5, 10))
                        .value(4)
                        .author("ana")
                        .build(),
                    CheckIn.builder()
                        .elementId("KR")
                        .date(LocalDate.of(2026, 5, 10))
                        .value(5)
                        .correction(true)
                        .author("ben")
                        .build()));
    assertEquals(expected, read);
    // the duplicate report was recorded once
    assertEquals(2, read.historyOf("KR").size());
    assertEquals(List.of(), read.kpi("K").orElseThrow().contributions());
    assertEquals(1, read.asOf(LocalDate.of(2026, 5, 31)).contributorsTo("KR").size());
  }

  @Test
  void checkInsFollowTheTargetInForceOnTheirDay() {
    Plan plan =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("t", "Team", Level.TEAM))
            .addObjectives(Objective.of("O", "Launch", "t"))
            .addKeyResults(
                KeyResult.of(
                    "KR",
                    "O",
                    "Roadshow",
                    Measure.milestones("roadshow"),
                    Target.milestone("deck")))
            .addRevisions(
                Revision.target(
                    "KR",
                    WEEK_9,
                    Target.milestones(Milestone.of("deck"), Milestone.of("model")),
                    "investors asked for a model",
                    "founder"))
            .addCheckIns(
                CheckIn.of("KR", WEEK_9.minusDays(2), 1),
                CheckIn.milestone("KR", WEEK_9, "model", true))
            .build();
    String yaml = PlanFiles.write(plan, Format.YAML);
    assertEquals(
        true,
        yaml.contains(
            "  - date: 2026-05-25\n"
                + "            done: true\n"
                + "          - date: 2026-05-27\n"
                + "            milestone: model\n"
                + "            done: true\n"),
        yaml);
    assertEquals(plan, PlanFiles.read(yaml, Format.YAML));
  }

  // ---------------------------------------------------------------- problems

  private static final String HEAD =
      "period: 2026-Q2\n"
          + "owners: [{id: t, name: Team, level: TEAM}]\n"
          + "objectives:\n"
          + "  - id: O\n"
          + "    title: Grow\n"
          + "    owner: t\n"
          + "    keyResults:\n"
          + "      - id: KR\n"
          + "        title: Users\n"
          + "        measure: {name: users, unit: COUNT, direction: INCREASE}\n"
          + "        target: {baseline: 0, value: 10}\n";

  private static final String KPI =
      "kpis:\n"
          + "  - id: K\n"
          + "    title: Calls\n"
          + "    owner: t\n"
          + "    measure: {name: calls, unit: COUNT, direction: INCREASE}\n"
          + "    target: {value: 5}\n";

  @Test
  void aRevisionsShapeIsCheckedWithEverythingElse() {
    String yaml =
        HEAD
            + "        revisions:\n"
            + "          - {date: 2026-05-27, reason: r, author: a}\n"
            + "          - {date: 2026-05-27, target: {value: 12}, weight: 2, reason: r, author: a}\n"
            + "          - {date: 2026-05-27, contributions: [KR], reason: r, author: a}\n"
            + "          - {date: 27 May, weight: two, reson: r}\n"
            + KPI
            + "    revisions:\n"
            + "      - {date: 2026-05-27, reason: r, author: a}\n"
            + "revisions:\n"
            + "  - {date: 2026-05-27, weight: 2, reason: r, author: a}\n"
            + "  - 3\n";
    assertEquals(
        List.of(
            "13:13: objectives[0].keyResults[0].revisions[0]: missing the change: a revision of a key"
                + " result gives one of 'target' or 'weight'",
            "14:53: objectives[0].keyResults[0].revisions[1].weight: a revision makes one change, got"
                + " 'target' and 'weight'; expected a separate revision for each",
            "15:13: objectives[0].keyResults[0].revisions[2]: missing the change: a revision of a key"
                + " result gives one of 'target' or 'weight'",
            "15:32: objectives[0].keyResults[0].revisions[2].contributions: unknown field"
                + " 'contributions'; a revision of a key result takes date, target, weight, reason,"
                + " author",
            "16:13: objectives[0].keyResults[0].revisions[3]: missing required field 'reason'",
            "16:13: objectives[0].keyResults[0].revisions[3]: missing required field 'author'",
            "16:20: objectives[0].keyResults[0].revisions[3].date: expected a date as YYYY-MM-DD, got"
                + " '27 May'",
            "16:36: objectives[0].keyResults[0].revisions[3].weight: expected a number, got text"
                + " 'two'",
            "16:41: objectives[0].keyResults[0].revisions[3].reson: unknown field 'reson' (did you"
                + " mean 'reason'?); a revision of a key result takes date, target, weight, reason,"
                + " author",
            "24:9: kpis[0].revisions[0]: missing the change: a revision of a KPI gives one of"
                + " 'target', 'weight' or 'contributions'",
            "26:5: revisions[0]: missing required field 'element'",
            "27:5: revisions[1]: expected a revision (an object), got the number 3"),
        problems(yaml));
  }

  @Test
  void theModelsProblemsWithRevisionsAreMappedToWhereTheRevisionsSit() {
    String yaml =
        HEAD
            + "        revisions:\n"
            + "          - {date: 2026-07-01, target: {value: 12}, reason: r, author: a}\n"
            + "          - date: 2026-05-27\n"
            + "            target: {baseline: 30, value: 10}\n"
            + "            reason: ' '\n"
            + "            author: a\n"
            + KPI
            + "    revisions:\n"
            + "      - {date: 2026-05-27, weight: 0, reason: r, author: a}\n"
            + "      - {date: 2026-05-27, contributions: [KR9, {keyResult: KR, weight: -1}], reason: r,"
            + " author: a}\n"
            + "revisions:\n"
            + "  - {element: KR9, date: 2026-05-27, weight: 2, reason: r, author: a}\n"
            + "  - {element: KR, date: 2026-05-27, contributions: [KR], reason: r, author: a}\n"
            + "  - {element: O, date: 2026-05-27, weight: 2, reason: r, author: ''}\n";
    assertEquals(
        List.of(
            "13:14: objectives[0].keyResults[0].revisions[0].date: date 2026-07-01 lies outside the"
                + " plan period 2026-Q2 (2026-04-01 to 2026-06-30)",
            "15:13: objectives[0].keyResults[0].revisions[1].target: target 10 lies below baseline 30"
                + " for an INCREASE measure",
            "16:13: objectives[0].keyResults[0].revisions[1].reason: reason must not be blank",
            "25:28: kpis[0].revisions[0].weight: weight 0 must be a finite number above 0",
            "26:44: kpis[0].revisions[1].contributions[0]: unknown key result 'KR9'",
            "26:65: kpis[0].revisions[1].contributions[1].weight: weight -1 must be a finite number"
                + " above 0",
            "28:6: revisions[0].element: unknown key result or KPI 'KR9'",
            "29:37: revisions[1].contributions: 'KR' is a key result; only KPIs have contributions",
            "30:6: revisions[2].element: 'O' is objectives[O], expected a key result or KPI",
            "30:58: revisions[2].author: author must not be blank"),
        problems(yaml));
  }
}

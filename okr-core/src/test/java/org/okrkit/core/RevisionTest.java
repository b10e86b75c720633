package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

/** Dated revisions keep the history: the definitions in force on any date stay available. */
class RevisionTest {
  static final LocalDate WEEK_9 = LocalDate.of(2026, 5, 27);
  final Plan marketing = SeedPlans.marketing();
  final Revision raise =
      Revision.target(
          "KR-partners", WEEK_9, Target.increase(0, 25), "a large partner network joined", "cmo");

  @Test
  void aRevisionChangesTheDefinitionFromItsDateOn() {
    Plan revised = marketing.revise(raise);
    assertEquals(
        OptionalDouble.of(25),
        revised.keyResult("KR-partners").orElseThrow().target().absoluteValue());
    assertEquals(Target.increase(0, 20), revised.targetAt("KR-partners", WEEK_9.minusDays(1)));
    assertEquals(Target.increase(0, 25), revised.targetAt("KR-partners", WEEK_9));
    assertEquals(
        Target.increase(0, 20),
        revised.asOf(WEEK_9.minusDays(1)).keyResult("KR-partners").orElseThrow().target());
    assertEquals(marketing, revised.original());
    assertEquals(List.of(raise), revised.revisionsOf("KR-partners"));
    assertEquals(List.of(), revised.revisionsOf("KR-forums"));
    assertSame(revised, revised.asOf(WEEK_9));
    assertEquals(
        "Plan[2026-Q2 \"Marketing\": 3 owners, 1 objective, 3 key results, 1 KPI, 7 check-ins, 1 revision]",
        revised.toString());
  }

  @Test
  void revisionsApplyInDateOrder() {
    Revision later = raise.withDate(WEEK_9.plusDays(7)).withTarget(Target.increase(0, 30));
    Plan plan = marketing.revise(later).revise(raise);
    assertEquals(List.of(raise, later), plan.revisions());
    assertEquals(Target.increase(0, 30), plan.keyResult("KR-partners").orElseThrow().target());
    assertEquals(
        Target.increase(0, 25),
        plan.asOf(WEEK_9.plusDays(3)).keyResult("KR-partners").orElseThrow().target());
  }

  @Test
  void weightsAndContributionsCanBeRevised() {
    Plan plan =
        marketing
            .revise(Revision.weight("KR-forums", WEEK_9, 2, "forums matter more this year", "cmo"))
            .revise(
                Revision.contributions(
                    "K-campaigns",
                    WEEK_9,
                    List.of(
                        Contribution.to("KR-mentions", 0.5), Contribution.to("KR-partners", 0.5)),
                    "campaigns now also target partners",
                    "cmo"));
    assertEquals(2.0, plan.keyResult("KR-forums").orElseThrow().weight());
    assertEquals(1, plan.contributorsTo("KR-partners").size());
    assertEquals(0, plan.asOf(WEEK_9.minusDays(1)).contributorsTo("KR-partners").size());
    assertEquals(1.0, plan.original().keyResult("KR-forums").orElseThrow().weight());
  }

  @Test
  void theOriginalDefinitionCanStillBeEditedUnderARevision() {
    Plan plan = marketing.revise(raise);
    KeyResult renamed =
        plan.original().keyResult("KR-partners").orElseThrow().withTitle("Add partners");
    Plan edited = plan.withKeyResult(renamed);
    assertEquals("Add partners", edited.keyResult("KR-partners").orElseThrow().title());
    assertEquals(Target.increase(0, 25), edited.keyResult("KR-partners").orElseThrow().target());
  }

  @Test
  void invalidRevisionsAreReportedWithTheirPaths() {
    Plan.Builder b =
        marketing.toBuilder()
            .addRevisions(
                raise.withElementId("KR-none"),
                raise.withDate(LocalDate.of(2026, 7, 1)),
                raise.withReason(" ").withAuthor(""),
                raise.withTarget(Target.decrease(30, 10)),
                Revision.weight("KR-forums", WEEK_9, -1, "less", "cmo"),
                Revision.contributions(
                    "KR-forums", WEEK_9, List.of(Contribution.to("KR-none")), "x", "cmo"),
                Revision.builder()
                    .elementId("KR-forums")
                    .date(WEEK_9)
                    .kind(Revision.Kind.WEIGHT)
                    .target(Target.increase(0, 9))
                    .reason("x")
                    .author("y")
                    .build());
    assertEquals(
        List.of(
            "revisions[0].element: unknown key result or KPI 'KR-none'",
            "revisions[1].date: date 2026-07-01 lies outside the plan period 2026-Q2 (2026-04-01 to 2026-06-30)",
            "revisions[2].reason: reason must not be blank",
            "revisions[2].author: author must not be blank",
            "revisions[3].target: target 10 lies below baseline 30 for an INCREASE measure",
            "revisions[4].weight: weight -1 must be a finite number above 0",
            "revisions[5].kind: 'KR-forums' is a key result; only KPIs have contributions",
            "revisions[5].contributions[KR-none].keyResult: unknown key result 'KR-none'",
            "revisions[6]: a WEIGHT revision takes a weight and nothing else"),
        b.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    assertEquals(
        "revisions[0].target: target 10 lies below baseline 30 for an INCREASE measure",
        assertThrows(
                PlanValidationException.class,
                () -> marketing.revise(raise.withTarget(Target.decrease(30, 10))))
            .problems()
            .get(0)
            .toString());
  }

  @Test
  void checkInsAreCheckedAgainstTheTargetInForceOnTheirDate() {
    KeyResult roadshow =
        KeyResult.of(
            "KR-road",
            "O-funding",
            "Roadshow",
            Measure.milestones("roadshow"),
            Target.milestone("deck"));
    Revision split =
        Revision.target(
            "KR-road",
            WEEK_9,
            Target.milestones(Milestone.of("deck"), Milestone.of("model")),
            "investors asked for a model",
            "founder");
    Plan plan =
        SeedPlans.startUp()
            .withKeyResult(roadshow)
            .withCheckIn(CheckIn.of("KR-road", WEEK_9.minusDays(2), 1))
            .revise(split);
    assertEquals(OptionalDouble.of(1), plan.valueAsOf("KR-road", WEEK_9.minusDays(1)));
    assertEquals(OptionalDouble.of(0.5), plan.valueAsOf("KR-road", WEEK_9));
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () -> plan.withCheckIn(CheckIn.of("KR-road", WEEK_9, 1)));
    assertEquals(
        "'KR-road' has 2 milestones; a check-in must name the one it reports",
        e.problems().get(0).message());
    Plan done = plan.withCheckIn(CheckIn.milestone("KR-road", WEEK_9, "model", true));
    assertEquals(OptionalDouble.of(1), done.valueAsOf("KR-road", WEEK_9));
  }

  @Test
  void revisionsRoundTripAndLeaveWithTheirElement() {
    Plan plan = marketing.revise(raise);
    assertEquals(plan, plan.toBuilder().build());
    Plan without =
        plan.withKeyResult(
                KeyResult.of(
                    "KR-x",
                    "O-influence",
                    "X",
                    Measure.increasing("x", Unit.COUNT),
                    Target.increase(0, 1)))
            .without("KR-partners");
    assertEquals(List.of(), without.revisions());
  }
}

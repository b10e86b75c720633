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

/** The rules for streams of check-ins: out of order, same day, duplicates, corrections. */
class CheckInStreamTest {
  static final LocalDate APR_30 = LocalDate.of(2026, 4, 30);
  static final LocalDate MAY_15 = LocalDate.of(2026, 5, 15);
  static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);
  final Plan marketing = SeedPlans.marketing();

  static List<Double> values(List<CheckIn> checkIns) {
    return checkIns.stream().map(CheckIn::value).collect(Collectors.toList());
  }

  @Test
  void outOfOrderCheckInsTakeTheirPlaceByDate() {
    Plan plan = marketing.withCheckIn(CheckIn.of("KR-partners", MAY_15, 9));
    assertEquals(List.of(6.0, 9.0, 13.0), values(plan.checkInsOf("KR-partners")));
    assertEquals(OptionalDouble.of(13), plan.valueAsOf("KR-partners", MAY_31));
    assertEquals(OptionalDouble.of(9), plan.valueAsOf("KR-partners", MAY_31.minusDays(1)));
    // the audit trail keeps the order of arrival
    assertEquals(List.of(6.0, 13.0, 9.0), values(plan.historyOf("KR-partners")));
    assertEquals(9.0, plan.checkIns().get(plan.checkIns().size() - 1).value());
  }

  @Test
  void ofSeveralOnOneDayTheLastRecordedCounts() {
    Plan plan = marketing.withCheckIn(CheckIn.of("KR-partners", MAY_31, 12));
    assertEquals(OptionalDouble.of(12), plan.valueAsOf("KR-partners", MAY_31));
    assertEquals(List.of(6.0, 13.0, 12.0), values(plan.checkInsOf("KR-partners")));
  }

  @Test
  void aDuplicateIsRecordedOnce() {
    CheckIn again = CheckIn.of("KR-partners", MAY_31, 13);
    assertSame(marketing, marketing.withCheckIn(again));
    Plan built = marketing.toBuilder().addCheckIns(again, again).build();
    assertEquals(marketing, built);
    assertEquals(marketing.checkIns().size(), built.checkIns().size());
    // the same value with another note is not a duplicate
    Plan noted = marketing.withCheckIn(again.withNote("recounted"));
    assertEquals(marketing.checkIns().size() + 1, noted.checkIns().size());
  }

  @Test
  void aCorrectionReplacesTheValueOfItsDayAndKeepsTheTrail() {
    Plan plan =
        marketing.withCheckIn(CheckIn.correction("KR-partners", MAY_31, 11).withAuthor("ann"));
    assertEquals(OptionalDouble.of(11), plan.valueAsOf("KR-partners", MAY_31));
    assertEquals(List.of(6.0, 11.0), values(plan.checkInsOf("KR-partners")));
    assertEquals(List.of(6.0, 13.0, 11.0), values(plan.historyOf("KR-partners")));
    assertEquals(marketing.checkIns().size() + 1, plan.checkIns().size());
    // a correction of the correction
    Plan again = plan.withCheckIn(CheckIn.correction("KR-partners", MAY_31, 12));
    assertEquals(List.of(6.0, 12.0), values(again.checkInsOf("KR-partners")));
  }

  @Test
  void aCorrectionNeedsSomethingToCorrect() {
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () -> marketing.withCheckIn(CheckIn.correction("KR-partners", MAY_15, 9)));
    assertEquals(
        List.of(
            Problem.of(
                Location.item("checkIns", 7).then("correction"),
                "nothing to correct: no check-in of 'KR-partners' on 2026-05-15 was recorded before"
                    + " this correction")),
        e.problems());
    // in a builder, the correction must come after what it corrects
    Plan.Builder wrongOrder =
        marketing.toBuilder()
            .addCheckIns(
                CheckIn.correction("KR-forums", MAY_15, 3), CheckIn.of("KR-forums", MAY_15, 2));
    assertEquals("checkIns[7].correction", wrongOrder.problems().get(0).path());
  }

  @Test
  void milestoneCorrectionsReplaceOnlyTheirMilestone() {
    KeyResult roadshow =
        KeyResult.of(
            "KR-road",
            "O-funding",
            "Roadshow",
            Measure.milestones("roadshow"),
            Target.milestones(Milestone.of("deck"), Milestone.of("model")));
    Plan plan =
        SeedPlans.startUp()
            .withKeyResult(roadshow)
            .withCheckIn(CheckIn.milestone("KR-road", MAY_15, "deck", true))
            .withCheckIn(CheckIn.milestone("KR-road", MAY_15, "model", true));
    assertEquals(OptionalDouble.of(1), plan.valueAsOf("KR-road", MAY_15));
    Plan corrected =
        plan.withCheckIn(CheckIn.milestone("KR-road", MAY_15, "model", false).withCorrection(true));
    assertEquals(OptionalDouble.of(0.5), corrected.valueAsOf("KR-road", MAY_15));
    assertEquals(2, corrected.checkInsOf("KR-road").size());
    assertEquals(3, corrected.historyOf("KR-road").size());
  }

  @Test
  void appendingSharesTheRestOfThePlan() {
    Plan more = marketing.withCheckIn(CheckIn.of("KR-forums", MAY_31, 3));
    // the structure is shared; check-ins live in columns and are made when asked for
    assertSame(marketing.structure(), more.structure());
    assertEquals(marketing.checkInsOf("KR-partners"), more.checkInsOf("KR-partners"));
    assertEquals(7, marketing.checkIns().size());
    assertEquals(8, more.checkIns().size());
    assertEquals(List.of(2.0), values(marketing.checkInsOf("KR-forums")));
    assertEquals(marketing.contributorsTo("KR-mentions"), more.contributorsTo("KR-mentions"));
    assertEquals(marketing.keyResultsOf("O-influence"), more.keyResultsOf("O-influence"));
  }

  @Test
  void blankAuthorsAreRejected() {
    assertEquals(
        "checkIns[7].author: author must not be blank",
        assertThrows(
                PlanValidationException.class,
                () -> marketing.withCheckIn(CheckIn.of("KR-forums", MAY_31, 3).withAuthor(" ")))
            .problems()
            .get(0)
            .toString());
  }
}

package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void quarterCoversItsThreeMonths() {
    Period q2 = Period.quarter(2026, 2);
    assertEquals(LocalDate.of(2026, 4, 1), q2.start());
    assertEquals(LocalDate.of(2026, 6, 30), q2.end());
    assertEquals(91, q2.lengthInDays());
    assertEquals("2026-Q2", q2.toString());
  }

  @Test
  void factoriesMakeCalendarPeriods() {
    assertEquals(29, Period.month(2024, 2).lengthInDays());
    assertEquals("2024-02", Period.month(2024, 2).toString());
    assertEquals(
        Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), Period.half(2025, 2));
    assertEquals("2025-H1", Period.half(2025, 1).toString());
    assertEquals(365, Period.year(2025).lengthInDays());
    assertEquals("2025", Period.year(2025).toString());
    assertEquals(
        "2025-04-10..2025-05-09",
        Period.of(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 9)).toString());
  }

  @Test
  void rejectsBadArgumentsSayingWhatWasExpected() {
    assertEquals(
        "quarter must be 1 to 4, got 5",
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2025, 5)).getMessage());
    assertEquals(
        "month must be 1 to 12, got 0",
        assertThrows(IllegalArgumentException.class, () -> Period.month(2025, 0)).getMessage());
    assertEquals(
        "half must be 1 or 2, got 3",
        assertThrows(IllegalArgumentException.class, () -> Period.half(2025, 3)).getMessage());
    assertEquals(
        "period end 2025-04-01 lies before its start 2025-05-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> Period.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)))
            .getMessage());
    assertEquals(
        "start",
        assertThrows(NullPointerException.class, () -> Period.of(null, LocalDate.of(2025, 4, 1)))
            .getMessage());
  }

  @Test
  void fractionElapsedCountsWholeDaysUpToTheEndOfTheDate() {
    Period q1 = Period.quarter(2025, 1); // 90 days
    assertEquals(0.0, q1.fractionElapsed(LocalDate.of(2024, 12, 31)));
    assertEquals(1 / 90.0, q1.fractionElapsed(LocalDate.of(2025, 1, 1)));
    assertEquals(45 / 90.0, q1.fractionElapsed(LocalDate.of(2025, 2, 14)));
    assertEquals(1.0, q1.fractionElapsed(LocalDate.of(2025, 3, 31)));
    assertEquals(1.0, q1.fractionElapsed(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void nextKeepsTheShape() {
    assertEquals(Period.quarter(2026, 1), Period.quarter(2025, 4).next());
    assertEquals(Period.month(2025, 2), Period.month(2025, 1).next());
    assertEquals(Period.month(2025, 3), Period.month(2025, 2).next());
    assertEquals(Period.half(2025, 2), Period.half(2025, 1).next());
    assertEquals(Period.year(2026), Period.year(2025).next());
    Period span = Period.of(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 19));
    assertEquals(Period.of(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 29)), span.next());
  }

  @Test
  void containsOverlapsAndEncloses() {
    Period q2 = Period.quarter(2025, 2);
    assertTrue(q2.contains(LocalDate.of(2025, 4, 1)));
    assertTrue(q2.contains(LocalDate.of(2025, 6, 30)));
    assertFalse(q2.contains(LocalDate.of(2025, 7, 1)));
    assertFalse(q2.contains(LocalDate.of(2025, 3, 31)));
    assertTrue(q2.encloses(Period.month(2025, 5)));
    assertFalse(q2.encloses(Period.half(2025, 1)));
    assertTrue(q2.overlaps(Period.half(2025, 1)));
    assertFalse(q2.overlaps(Period.quarter(2025, 3)));
  }

  @Test
  void frequencyFitsWhenOneWholeReportingIntervalFits() {
    assertTrue(Frequency.MONTHLY.fitsIn(Period.quarter(2025, 1)));
    assertTrue(Frequency.QUARTERLY.fitsIn(Period.quarter(2025, 1)));
    assertFalse(Frequency.HALF_YEARLY.fitsIn(Period.quarter(2025, 1)));
    assertTrue(Frequency.MONTHLY.fitsIn(Period.month(2025, 2)));
    assertFalse(Frequency.QUARTERLY.fitsIn(Period.month(2025, 3)));
  }

  @Test
  void levelsAreOrderedFromCompanyDown() {
    assertTrue(Level.COMPANY.isAbove(Level.TEAM));
    assertTrue(Level.INDIVIDUAL.isBelow(Level.TEAM));
    assertFalse(Level.TEAM.isAbove(Level.TEAM));
    assertFalse(Level.TEAM.isBelow(Level.TEAM));
  }

  @Test
  void aLabelParsesBackToItsPeriod() {
    for (Period p :
        new Period[] {
          Period.quarter(2026, 2),
          Period.quarter(-3, 4),
          Period.half(2025, 2),
          Period.month(2024, 2),
          Period.year(2025),
          Period.of(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 9)),
          Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31)),
          Period.of(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 10))
        }) {
      assertEquals(Optional.of(p), Period.parse(p.toString()), p::toString);
    }
    assertEquals(Optional.of(Period.quarter(2026, 3)), Period.parse("  2026-Q3 "));
    assertEquals(
        Optional.of(Period.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 9))),
        Period.parse("2026-04-10 .. 2026-05-09"));
  }

  @Test
  void textThatIsNoLabelNamesNoPeriod() {
    for (String text :
        new String[] {
          "",
          "Q3",
          "2026-Q5",
          "2026-H3",
          "2026-13",
          "2026-02-30..2026-03-01",
          "2026-04-10..",
          "..2026-04-10",
          "next quarter",
          "99999999999"
        }) {
      assertEquals(Optional.empty(), Period.parse(text), text);
    }
    assertEquals(
        "period end 2026-04-01 lies before its start 2026-05-01",
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-05-01..2026-04-01"))
            .getMessage());
  }
}

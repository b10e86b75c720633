package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;
import org.okrkit.core.Target;

/**
 * The laws of the built-in paces: named curves run from 0 at the start to 1 at the end without
 * falling, front-loaded expects at least as much as linear and linear at least as much as
 * back-loaded, a pace by dates is the same points by share of the period, and milestones step up by
 * their weights at their due dates.
 */
class PaceCurvesProperties {
  private static final Period QUARTER = Period.quarter(2026, 2);

  private static List<Pace> named(double power) {
    return List.of(Pace.linear(), Pace.frontLoaded(power), Pace.backLoaded(power));
  }

  @Property
  void namedCurvesRiseFromZeroToOne(
      @ForAll @DoubleRange(min = 1, max = 8) double power,
      @ForAll @DoubleRange(min = 0, max = 1) double a,
      @ForAll @DoubleRange(min = 0, max = 1) double b) {
    for (Pace pace : named(power)) {
      assertEquals(0.0, pace.expected(0), 1e-15, pace.toString());
      assertEquals(1.0, pace.expected(1), 1e-15, pace.toString());
      double lo = pace.expected(Math.min(a, b));
      double hi = pace.expected(Math.max(a, b));
      assertTrue(0 <= lo && lo <= hi && hi <= 1, pace + " at " + a + " and " + b);
    }
  }

  @Property
  void frontLoadedExpectsAtLeastLinearWhichExpectsAtLeastBackLoaded(
      @ForAll @DoubleRange(min = 1, max = 8) double power,
      @ForAll @DoubleRange(min = -0.5, max = 1.5) double elapsed) {
    double front = Pace.frontLoaded(power).expected(elapsed);
    double linear = Pace.linear().expected(elapsed);
    double back = Pace.backLoaded(power).expected(elapsed);
    assertTrue(front >= linear && linear >= back, front + " >= " + linear + " >= " + back);
  }

  @Property
  void aPaceByDatesIsTheSamePointsByShareOfThePeriod(
      @ForAll @IntRange(min = 0, max = 89) int first,
      @ForAll @IntRange(min = 1, max = 40) int step,
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y,
      @ForAll @DoubleRange(min = 0, max = 1) double elapsed) {
    LocalDate d1 = QUARTER.start().plusDays(first);
    LocalDate d2 = d1.plusDays(step);
    List<LocalDate> dates = new ArrayList<>(List.of(d1));
    List<Double> expected = new ArrayList<>(List.of(Math.min(x, y)));
    if (QUARTER.contains(d2)) {
      dates.add(d2);
      expected.add(Math.max(x, y));
    }
    Pace resolved = Pace.byDates(dates, expected).resolve(QUARTER, Optional.empty());
    List<Double> xs = new ArrayList<>(List.of(0.0));
    List<Double> ys = new ArrayList<>(List.of(0.0));
    for (int i = 0; i < dates.size(); i++) {
      xs.add(QUARTER.fractionElapsed(dates.get(i)));
      ys.add(expected.get(i));
    }
    if (!dates.get(dates.size() - 1).equals(QUARTER.end())) {
      xs.add(1.0);
      ys.add(1.0);
    }
    Pace byShare =
        Pace.of(
            xs.stream().mapToDouble(Double::doubleValue).toArray(),
            ys.stream().mapToDouble(Double::doubleValue).toArray());
    assertEquals(byShare, resolved);
    assertEquals(byShare.expected(elapsed), resolved.expected(elapsed));
  }

  @Property
  void milestonesStepUpByTheirWeightsAtTheirDueDates(
      @ForAll @IntRange(min = 0, max = 90) int due1,
      @ForAll @IntRange(min = 0, max = 90) int due2,
      @ForAll @DoubleRange(min = 0.1, max = 5) double w1,
      @ForAll @DoubleRange(min = 0.1, max = 5) double w2,
      @ForAll @IntRange(min = 0, max = 90) int day) {
    LocalDate d1 = QUARTER.start().plusDays(due1);
    LocalDate d2 = QUARTER.start().plusDays(due2);
    Target target =
        Target.milestones(
            Milestone.builder().name("a").weight(w1).due(d1).build(),
            Milestone.builder().name("b").weight(w2).due(d2).build());
    Pace pace = Pace.milestones().resolve(QUARTER, Optional.of(target));
    LocalDate asOf = QUARTER.start().plusDays(day);
    double expected = ((d1.isAfter(asOf) ? 0 : w1) + (d2.isAfter(asOf) ? 0 : w2)) / (w1 + w2);
    assertEquals(expected, pace.expected(QUARTER.fractionElapsed(asOf)), 1e-12);
    assertEquals(1.0, pace.expected(1), 1e-12);
    assertEquals(0.0, pace.expected(0), 1e-12);
  }

  @Example
  void theCompiledPolicyDrawsEachElementsOwnPace() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .pace(Pace.frontLoaded(2))
            .putElementPace("KR-forums", Pace.backLoaded(2))
            .build();
    CompiledPolicy compiled = policy.compile(org.okrkit.core.testing.SeedPlans.marketing());
    LocalDate mid = LocalDate.of(2026, 5, 15);
    double elapsed = QUARTER.fractionElapsed(mid);
    assertEquals(
        1 - (1 - elapsed) * (1 - elapsed), compiled.expectedProgress("KR-partners", mid), 1e-12);
    assertEquals(elapsed * elapsed, compiled.expectedProgress("KR-forums", mid), 1e-12);
    assertEquals(Pace.backLoaded(2), policy.paceFor("KR-forums"));
    assertEquals(Pace.frontLoaded(2), policy.paceFor("KR-partners"));
  }

  @Example
  void theCompiledPolicyGivesExpectedProgressByShareOfThePeriod() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .pace(Pace.frontLoaded(2))
            .putElementPace("KR-forums", Pace.backLoaded(2))
            .build();
    org.okrkit.core.Plan plan = org.okrkit.core.testing.SeedPlans.marketing();
    CompiledPolicy compiled = policy.compile(plan);
    org.okrkit.core.PlanStructure s = plan.structure();
    int partners = s.indexOfMeasured("KR-partners");
    int forums = s.indexOfMeasured("KR-forums");
    int campaigns = s.indexOfMeasured("K-campaigns");
    assertEquals(0.75, compiled.expectedProgress(partners, 0.5), 1e-12);
    assertEquals(0.25, compiled.expectedProgress(forums, 0.5), 1e-12);
    // by share as by date
    LocalDate mid = LocalDate.of(2026, 5, 15);
    assertEquals(
        compiled.expectedProgress("KR-forums", mid),
        compiled.expectedProgress(forums, QUARTER.fractionElapsed(mid)),
        1e-12);
    // the monthly KPI reports per interval: each report expected in full
    assertTrue(compiled.reportsPerInterval(campaigns));
    assertFalse(compiled.reportsPerInterval(partners));
    assertEquals(1.0, compiled.expectedProgress(campaigns, 0.1));
    assertEquals(
        "the share of a period elapsed lies from 0 to 1, got 1.5",
        assertThrows(IllegalArgumentException.class, () -> compiled.expectedProgress(partners, 1.5))
            .getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> compiled.reportsPerInterval(99));
  }

  @Example
  void anElementWithoutDatedMilestonesKeepsTheLinearPace() {
    assertEquals(
        Pace.linear(), Pace.milestones().resolve(QUARTER, Optional.of(Target.increase(0, 10))));
    assertEquals(Pace.linear(), Pace.milestones().resolve(QUARTER, Optional.empty()));
    assertEquals(Pace.frontLoaded(2), Pace.frontLoaded(2).resolve(QUARTER, Optional.empty()));
  }

  @Example
  void badPacesAreRefusedSayingWhatWasExpected() {
    assertEquals(
        "the power of a front- or back-loaded pace must be a finite number of at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> Pace.frontLoaded(0)).getMessage());
    assertEquals(
        "the power of a front- or back-loaded pace must be a finite number of at least 1, got"
            + " NaN",
        assertThrows(IllegalArgumentException.class, () -> Pace.backLoaded(Double.NaN))
            .getMessage());
    LocalDate d = LocalDate.of(2026, 5, 1);
    assertEquals(
        "pace dates must rise: 2026-05-01 follows 2026-05-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> Pace.byDates(List.of(d, d), List.of(0.1, 0.2)))
            .getMessage());
    assertEquals(
        "the pace's date 2026-07-01 lies outside the period 2026-Q2 (2026-04-01 to 2026-06-30)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Pace.byDates(List.of(LocalDate.of(2026, 7, 1)), List.of(0.5))
                        .resolve(QUARTER, Optional.empty()))
            .getMessage());
    assertEquals("frontLoaded(power=2)", Pace.frontLoaded(2).toString());
    assertEquals("backLoaded(power=1.5)", Pace.backLoaded(1.5).toString());
  }
}

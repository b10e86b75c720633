package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Input;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Status;
import org.okrkit.scoring.StatusRule;

/** The example policies of status rules, pace tolerances and pace curves, on the seed plans. */
class StatusPoliciesTest {
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  private static ScoringPolicy policy(String name) throws IOException {
    return PolicyFiles.read(PLANS.resolve(name + ".policy.yaml"));
  }

  private static Optional<Status> status(Scorecard card, String id) {
    return card.element(id).orElseThrow().status();
  }

  private static Optional<Status> ownerStatus(Scorecard card, String id) {
    return card.owner(id).orElseThrow().status();
  }

  @Test
  void theWeakestRuleTakesTheStatusOfTheWeakestChild() throws IOException {
    ScoringPolicy weakest = policy("weakest-status");
    assertEquals(StatusRule.weakest(), weakest.statusRule());
    Plan marketing = SeedPlans.marketing();
    Scorecard byDefault = ScoringPolicy.defaults().score(marketing, SeedPlans.AS_OF);
    Scorecard card = weakest.score(marketing, SeedPlans.AS_OF);
    // KR-forums is off track (progress 0.4 against 0.67 expected): the mean gap is only at risk
    assertEquals(Optional.of(Status.OFF_TRACK), status(card, "KR-forums"));
    assertEquals(Optional.of(Status.AT_RISK), status(byDefault, "O-influence"));
    assertEquals(Optional.of(Status.OFF_TRACK), status(card, "O-influence"));
    assertEquals(Optional.of(Status.AT_RISK), ownerStatus(byDefault, "marketing"));
    assertEquals(Optional.of(Status.OFF_TRACK), ownerStatus(card, "marketing"));
    // scores do not change: only statuses roll up differently
    assertEquals(
        byDefault.element("O-influence").orElseThrow().score(),
        card.element("O-influence").orElseThrow().score());
    Scorecard internet = weakest.score(SeedPlans.internetCompany(), SeedPlans.AS_OF);
    assertEquals(Optional.of(Status.OFF_TRACK), status(internet, "O-growth"));
    assertEquals(Optional.of(Status.OFF_TRACK), ownerStatus(internet, "growth"));
  }

  @Test
  void theRatioToleranceJudgesProgressAsAShareOfThePace() throws IOException {
    ScoringPolicy ratio = policy("ratio-pace");
    assertEquals(PaceTolerance.ratio(0.95, 0.75), ratio.paceTolerance());
    assertEquals(StatusRule.shareOnTrack(0.5), ratio.statusRule());
    Scorecard byDefault = ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    Scorecard card = ratio.score(SeedPlans.marketing(), SeedPlans.AS_OF);
    // KR-mentions: 0.6 of 0.67 expected is 0.895 of the pace, below 0.95, but only 0.07 behind
    assertEquals(Optional.of(Status.ON_TRACK), status(byDefault, "KR-mentions"));
    assertEquals(Optional.of(Status.AT_RISK), status(card, "KR-mentions"));
    // KR-partners: 0.65 of 0.67 is 0.97 of the pace
    assertEquals(Optional.of(Status.ON_TRACK), status(card, "KR-partners"));
    // KR-forums: 0.4 of 0.67 is 0.6 of the pace
    assertEquals(Optional.of(Status.OFF_TRACK), status(card, "KR-forums"));
    // one of three key results on track, two of three at least at risk
    assertEquals(Optional.of(Status.AT_RISK), status(card, "O-influence"));
    assertEquals(
        new Input.StatusBasis(StatusRule.shareOnTrack(0.5), PaceTolerance.ratio(0.95, 0.75)),
        card.explain("O-influence").inputs().get(card.explain("O-influence").inputs().size() - 1));
    assertEquals(
        "status by the share of children on track, at least 0.5, on track from 0.95 of the pace,"
            + " at risk from 0.75",
        card.explain("O-influence")
            .inputs()
            .get(card.explain("O-influence").inputs().size() - 1)
            .render());
  }

  @Test
  void aFrontLoadedPaceExpectsMoreEarlyAndAnElementKeepsItsOwnPace() throws IOException {
    ScoringPolicy front = policy("front-loaded");
    assertEquals(Pace.frontLoaded(2), front.pace());
    assertEquals(Pace.backLoaded(2), front.paceFor("KR-forums"));
    Scorecard byDefault = ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    Scorecard card = front.score(SeedPlans.marketing(), SeedPlans.AS_OF);
    double elapsed = 61 / 91.0;
    double expected = 1 - (1 - elapsed) * (1 - elapsed);
    assertEquals(
        expected,
        card.element("KR-partners").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
    assertEquals(
        expected,
        card.element("O-influence").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
    assertEquals(
        elapsed * elapsed,
        card.element("KR-forums").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
    // more is expected of KR-partners and KR-mentions, less of KR-forums, than at a linear pace
    assertEquals(Optional.of(Status.ON_TRACK), status(byDefault, "KR-partners"));
    assertEquals(Optional.of(Status.AT_RISK), status(card, "KR-partners"));
    assertEquals(Optional.of(Status.OFF_TRACK), status(card, "KR-mentions"));
    assertEquals(Optional.of(Status.OFF_TRACK), status(byDefault, "KR-forums"));
    assertEquals(Optional.of(Status.ON_TRACK), status(card, "KR-forums"));
    // the element pace names a key result of the marketing plan only
    PolicyException e =
        assertThrows(
            PolicyException.class, () -> front.score(SeedPlans.internetCompany(), SeedPlans.AS_OF));
    assertEquals(java.util.List.of("KR-forums"), e.unknownIds());
    assertEquals(
        "the scoring policy does not fit "
            + SeedPlans.internetCompany()
            + ": elementPaces names 'KR-forums', which is not an objective, key result or KPI of"
            + " the plan",
        e.getMessage());
  }

  @Test
  void theMilestonesPaceStepsAtEachDueMilestone() throws IOException {
    ScoringPolicy steps = policy("milestones-pace");
    assertEquals(Pace.milestones(), steps.pace());
    // the seed plan's roadshow milestone has no due date: the linear pace judges it
    Scorecard seed = steps.score(SeedPlans.startUp(), SeedPlans.AS_OF);
    Scorecard linear = linear(steps).score(SeedPlans.startUp(), SeedPlans.AS_OF);
    for (String id : java.util.List.of("KR-roadshow", "KR-vc-rounds", "O-funding")) {
      assertEquals(
          linear.element(id).orElseThrow().expectedProgress(),
          seed.element(id).orElseThrow().expectedProgress(),
          id);
    }
    // with a due date, nothing is expected of it until then and the whole of it afterwards
    String text = Files.readString(PLANS.resolve("start-up.yaml"), StandardCharsets.UTF_8);
    String dated =
        text.replace(
            "milestones: [roadshow-material-complete]",
            "milestones: [{name: roadshow-material-complete, due: 2026-05-15}]");
    assertNotEquals(text, dated);
    Plan plan = PlanFiles.read(dated, Format.YAML);
    Scorecard early = steps.score(plan, LocalDate.of(2026, 5, 10));
    assertEquals(0.0, early.element("KR-roadshow").orElseThrow().expectedProgress().getAsDouble());
    assertEquals(Optional.of(Status.ON_TRACK), status(early, "KR-roadshow"));
    Scorecard earlyLinear = linear(steps).score(plan, LocalDate.of(2026, 5, 10));
    assertEquals(Optional.of(Status.OFF_TRACK), status(earlyLinear, "KR-roadshow"));
    Scorecard due = steps.score(plan, LocalDate.of(2026, 5, 20));
    assertEquals(1.0, due.element("KR-roadshow").orElseThrow().expectedProgress().getAsDouble());
    assertEquals(Optional.of(Status.OFF_TRACK), status(due, "KR-roadshow"));
    Scorecard done = steps.score(plan, SeedPlans.AS_OF);
    assertEquals(Optional.of(Status.ON_TRACK), status(done, "KR-roadshow"));
    // the other key result keeps the linear pace
    assertEquals(
        40 / 91.0,
        early.element("KR-vc-rounds").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
  }

  @Test
  void aPaceByDatesFollowsItsCalendar() throws IOException {
    ScoringPolicy dated = policy("dated-pace");
    LocalDate may15 = LocalDate.of(2026, 5, 15);
    Scorecard card = dated.score(SeedPlans.startUp(), may15);
    Scorecard byLine = linear(dated).score(SeedPlans.startUp(), may15);
    // 15 of the 31 days from the end of April (0.2) to the end of May (0.5)
    double expected = 0.2 + 0.3 * 15 / 31.0;
    assertEquals(
        expected,
        card.element("KR-vc-rounds").orElseThrow().expectedProgress().getAsDouble(),
        1e-12);
    assertEquals(
        expected, card.element("O-funding").orElseThrow().expectedProgress().getAsDouble(), 1e-12);
    // 3 of 10 rounds: 0.045 behind the calendar, 0.19 behind the linear pace (45 of 91 days)
    assertEquals(Optional.of(Status.ON_TRACK), status(card, "KR-vc-rounds"));
    assertEquals(Optional.of(Status.AT_RISK), status(byLine, "KR-vc-rounds"));
    // at the last point, half the way
    assertEquals(
        0.5,
        dated
            .score(SeedPlans.startUp(), SeedPlans.AS_OF)
            .element("KR-vc-rounds")
            .orElseThrow()
            .expectedProgress()
            .getAsDouble(),
        1e-12);
  }

  private static ScoringPolicy linear(ScoringPolicy policy) {
    return policy.withPace(Pace.linear());
  }

  @Test
  void badSettingsAreReportedWhereTheyAreWritten() {
    String yaml =
        "paceTolerance: {type: ratio, onTrack: 0.7, atRisk: 0.9}\n"
            + "statusRule: {type: shareOnTrack, share: 1.5}\n"
            + "pace: {type: frontLoaded, power: 0}\n"
            + "elementPaces:\n"
            + "  KR-1: {type: byDates, points: [{date: 2026-05-01, expected: 0.5},"
            + " {date: 2026-04-01, expected: 0.6}]}\n";
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PolicyFiles.read(yaml, Format.YAML));
    assertEquals(
        java.util.List.of(
            "1:16: paceTolerance: a ratio tolerance needs 0 <= atRisk <= onTrack, got atRisk 0.9"
                + " and onTrack 0.7",
            "2:13: statusRule: the share of children on track must lie in (0, 1], got 1.5",
            "3:7: pace: the power of a front- or back-loaded pace must be a finite number of at"
                + " least 1, got 0",
            "5:9: elementPaces.KR-1: pace dates must rise: 2026-04-01 follows 2026-05-01"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aPaceByDatesOutsideThePeriodDoesNotFit() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .pace(
                Pace.byDates(
                    java.util.List.of(java.time.LocalDate.of(2026, 7, 15)), java.util.List.of(0.5)))
            .build();
    PolicyException e =
        assertThrows(
            PolicyException.class, () -> policy.score(SeedPlans.marketing(), SeedPlans.AS_OF));
    assertEquals(
        "the scoring policy does not fit "
            + SeedPlans.marketing()
            + ": the pace does not fit: the pace's date 2026-07-15 lies outside the period 2026-Q2"
            + " (2026-04-01 to 2026-06-30)",
        e.getMessage());
  }
}

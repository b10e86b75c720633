package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.testing.SeedPlans;

class ScoreHistoryTest {
  private static final LocalDate END_OF_MAY = LocalDate.of(2026, 5, 31);

  @Test
  void theMarketingPlanIsScoredAtEachDayItWasCheckedIn() {
    Plan plan = SeedPlans.marketing();
    ScoreHistory history = ScoreHistory.of(ScoringPolicy.defaults(), plan, END_OF_MAY);
    assertEquals(
        List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 20), END_OF_MAY), history.dates());
    // every element, then every owner
    assertEquals(
        List.of(
            "O-influence",
            "KR-partners",
            "KR-mentions",
            "KR-forums",
            "K-campaigns",
            "acme",
            "marketing",
            "marketing-manager"),
        history.ids());
    List<ScorePoint> partners = history.of("KR-partners");
    assertEquals(
        List.of(OptionalDouble.of(0.3), OptionalDouble.of(0.3), OptionalDouble.of(0.65)),
        partners.stream().map(ScorePoint::score).collect(Collectors.toList()));
    assertEquals(
        List.of(OptionalDouble.of(6), OptionalDouble.of(6), OptionalDouble.of(13)),
        partners.stream().map(ScorePoint::actual).collect(Collectors.toList()));
    assertEquals(Optional.of(Band.RED), partners.get(0).band());
    assertEquals(
        List.of(LocalDate.of(2026, 4, 30), END_OF_MAY),
        history.atCheckInsOf("KR-partners").stream()
            .map(ScorePoint::date)
            .collect(Collectors.toList()));
    // an objective's and an owner's points are every day's
    assertEquals(3, history.atCheckInsOf("O-influence").size());
    assertEquals(OptionalDouble.empty(), history.of("marketing").get(0).actual());
  }

  @Test
  void eachPointIsWhatTheScorecardOfItsDaySays() {
    Plan plan = SeedPlans.internetCompany();
    ScoringPolicy policy = ScoringPolicy.builder().keyResultKpiShare(0.3).build();
    ScoreHistory history = ScoreHistory.of(policy, plan, END_OF_MAY);
    for (int d = 0; d < history.dates().size(); d++) {
      Scorecard card = policy.score(plan, history.dates().get(d));
      for (ElementScore e : card.elements()) {
        ScorePoint p = history.of(e.id()).get(d);
        assertEquals(e.score(), p.score(), e.id());
        assertEquals(e.band(), p.band(), e.id());
        assertEquals(e.status(), p.status(), e.id());
        assertEquals(e.expectedProgress(), p.expectedProgress(), e.id());
      }
      for (OwnerScore o : card.owners()) {
        assertEquals(o.composite(), history.of(o.id()).get(d).score(), o.id());
      }
    }
  }

  @Test
  void theIdsAskedForAloneAndUpToADay() {
    Plan plan = SeedPlans.marketing();
    ScoreHistory history =
        ScoreHistory.of(
            ScoringPolicy.defaults(),
            plan,
            LocalDate.of(2026, 5, 20),
            List.of("K-campaigns", "acme"));
    assertEquals(List.of("K-campaigns", "acme"), history.ids());
    assertEquals(2, history.dates().size());
    assertEquals(
        "Marketing 2026-Q2, scores at each check-in up to 2026-05-20\n"
            + "\n"
            + "K-campaigns  Run 5 brand campaigns per month\n"
            + "  2026-04-30  1        GREEN   ON_TRACK   actual 5\n"
            + "  2026-05-20  1        GREEN   ON_TRACK   actual 5\n"
            + "\n"
            + "acme  Acme (owner)\n"
            + "  2026-04-30  -\n"
            + "  2026-05-20  -\n",
        history.render());
    assertEquals(
        "unknown objective, key result, KPI or owner 'K-nope'",
        assertThrows(
                UnknownIdException.class,
                () ->
                    ScoreHistory.of(ScoringPolicy.defaults(), plan, END_OF_MAY, List.of("K-nope")))
            .getMessage());
    assertThrows(UnknownIdException.class, () -> history.of("KR-partners"));
  }

  @Test
  void beforeTheFirstCheckInThereIsNothingToScore() {
    Plan plan = SeedPlans.marketing();
    ScoreHistory history =
        ScoreHistory.of(ScoringPolicy.defaults(), plan, LocalDate.of(2026, 4, 29));
    assertEquals(List.of(), history.dates());
    assertEquals(List.of(), history.of("KR-partners"));
    assertEquals(
        "Marketing 2026-Q2, scores at each check-in up to 2026-04-29\n\nNo check-in up to 2026-04-29\n",
        history.render());
    assertEquals(
        "ScoreHistory[Marketing 2026-Q2, 0 days up to 2026-04-29, 8 ids]", history.toString());
  }

  @Test
  void theExpectedProgressOfAnyDayFollowsThePace() {
    Plan plan = SeedPlans.marketing();
    CompiledPolicy compiled = ScoringPolicy.defaults().compile(plan);
    // 61 of 91 days of 2026-Q2, as the scorecard says
    assertEquals(61 / 91.0, compiled.expectedProgress("KR-partners", END_OF_MAY), 1e-12);
    assertEquals(0.0, compiled.expectedProgress("KR-partners", LocalDate.of(2026, 3, 1)));
    assertEquals(1.0, compiled.expectedProgress("KR-partners", LocalDate.of(2026, 7, 1)));
    // a monthly KPI in a quarter is expected to meet its target in each report
    assertEquals(1.0, compiled.expectedProgress("K-campaigns", LocalDate.of(2026, 4, 2)));
    assertEquals(
        ScoringPolicy.defaults()
            .score(plan, END_OF_MAY)
            .element("KR-mentions")
            .orElseThrow()
            .expectedProgress(),
        OptionalDouble.of(compiled.expectedProgress("KR-mentions", END_OF_MAY)));
    assertEquals(
        "unknown key result or KPI 'O-influence'",
        assertThrows(
                UnknownIdException.class,
                () -> compiled.expectedProgress("O-influence", END_OF_MAY))
            .getMessage());
  }
}

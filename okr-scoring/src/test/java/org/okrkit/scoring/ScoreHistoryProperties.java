package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Plan;
import org.okrkit.testing.PlanArbitraries;

/** A history is the scorecards of its days, each scored afresh: the oracle is scoring itself. */
class ScoreHistoryProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 100)
  void everyPointIsTheScoreOfItsDayScoredAfresh(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = 0, max = 400) int days) {
    LocalDate upTo = plan.period().start().plusDays(days);
    ScoringPolicy policy = ScoringPolicy.defaults();
    ScoreHistory history = ScoreHistory.of(policy, plan, upTo);
    assertEquals(ScoreHistory.dates(plan, upTo), history.dates());
    for (int d = 0; d < history.dates().size(); d++) {
      LocalDate day = history.dates().get(d);
      Scorecard card = policy.score(plan, day);
      for (ElementScore e : card.elements()) {
        ScorePoint p = history.of(e.id()).get(d);
        assertEquals(day, p.date());
        assertEquals(e.score(), p.score());
        assertEquals(e.band(), p.band());
        assertEquals(e.status(), p.status());
        assertEquals(e.actual(), p.actual());
      }
      for (OwnerScore o : card.owners()) {
        assertEquals(o.composite(), history.of(o.id()).get(d).score());
      }
    }
  }
}

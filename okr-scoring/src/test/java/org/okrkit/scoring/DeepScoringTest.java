package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.ScorecardTest.AS_OF;
import static org.okrkit.scoring.ScorecardTest.Q2;
import static org.okrkit.scoring.ScorecardTest.score;

import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Scoring and explaining a hierarchy far deeper than a stack allows recursion for. A stress test:
 * the mutation profile leaves the {@code Deep*Test} classes out, as smaller tests cover the same
 * code (see QUALITY.md).
 */
class DeepScoringTest {

  @Test
  void aHundredThousandDeepObjectiveChainScoresAndExplains() {
    int depth = 100_000;
    Plan.Builder b = Plan.builder().period(Q2).addOwners(Owner.of("co", "Co", Level.COMPANY));
    for (int i = 0; i < depth; i++) {
      Objective o = Objective.of("o" + i, "Objective " + i, "co");
      b.addObjectives(i == 0 ? o : o.withParentId("o" + (i - 1)));
    }
    b.addKeyResults(
        KeyResult.of(
            "kr",
            "o" + (depth - 1),
            "Deepest",
            Measure.increasing("m", Unit.COUNT),
            Target.increase(0, 4)));
    b.addCheckIns(CheckIn.of("kr", AS_OF, 3));
    Scorecard card = ScoringPolicy.defaults().score(b.build(), AS_OF);
    assertEquals(0.75, score(card, "o0"));
    Explanation e = card.explain("o0");
    assertTrue(e.render().length() > depth);
  }
}

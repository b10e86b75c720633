package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

class BatchScorerTest {
  static final Measure UP = Measure.increasing("m", Unit.COUNT);
  static final Measure MILESTONE = Measure.milestones("m");

  @Test
  void scoresTheKeyResultsOfAPlanInOrder() {
    var keyResults = SeedPlans.marketing().keyResults();
    BatchScorer scorer = BatchScorer.of(Strategies.linear(), keyResults);
    assertEquals(keyResults.size(), scorer.size());
    assertTrue(scorer.isCompiled());
    double[] actuals = new double[scorer.size()];
    double[] scores = new double[scorer.size()];
    for (int i = 0; i < actuals.length; i++) {
      actuals[i] = keyResults.get(i).target().absoluteValue().orElse(1);
    }
    scorer.score(actuals, scores);
    for (double s : scores) {
      assertEquals(1.0, s);
    }
  }

  @Test
  void linearOverAnIncreasingTarget() {
    BatchScorer scorer =
        BatchScorer.of(
            Strategies.linear(),
            List.of(UP, UP, UP),
            List.of(Target.increase(0, 20), Target.increase(0, 20), Target.increase(10, 20)));
    double[] scores = new double[4];
    scores[3] = -1;
    scorer.score(new double[] {13, 40, 5, 99}, scores);
    assertArrayEquals(new double[] {0.65, 1, 0, -1}, scores);
    assertEquals("BatchScorer[linear(cap=1) over 3 elements]", scorer.toString());
  }

  @Test
  void rejectsANonFiniteActualNamingItsIndexAndWritesNothing() {
    BatchScorer scorer =
        BatchScorer.of(Strategies.binary(), List.of(UP, UP), List.of(Target.of(1), Target.of(1)));
    double[] scores = {7, 7};
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> scorer.score(new double[] {1, Double.POSITIVE_INFINITY}, scores));
    assertEquals("actuals[1] = Infinity is not a finite number", e.getMessage());
    assertArrayEquals(new double[] {7, 7}, scores);
  }

  @Test
  void rejectsAMilestoneShareOutsideZeroToOne() {
    BatchScorer scorer =
        BatchScorer.of(
            Strategies.milestones(), List.of(MILESTONE), List.of(Target.milestone("deck")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> scorer.score(new double[] {1.5}, new double[1]));
    assertEquals(
        "actuals[0] = 1.5 is the share of milestones done of a MILESTONES target and must lie from 0"
            + " to 1",
        e.getMessage());
  }

  @Test
  void rejectsShortArrays() {
    BatchScorer scorer =
        BatchScorer.of(Strategies.binary(), List.of(UP, UP), List.of(Target.of(1), Target.of(1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> scorer.score(new double[2], new double[1]));
    assertEquals(
        "a batch of 2 elements needs at least 2 actual values and 2 score slots, got 2 and 1",
        e.getMessage());
  }

  @Test
  void rejectsAnInvalidTargetNamingItsIndex() {
    Target backwards = Target.builder().kind(Target.Kind.ABSOLUTE).baseline(20).value(10).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BatchScorer.of(
                    Strategies.linear(), List.of(UP, UP), List.of(Target.of(1), backwards)));
    assertTrue(
        e.getMessage().startsWith("targets[1] (20 -> 10) is invalid for its INCREASE measure: "),
        e.getMessage());
  }

  @Test
  void rejectsListsOfDifferentSizes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchScorer.of(Strategies.linear(), List.of(UP, UP), List.of(Target.of(1))));
    assertEquals(
        "a batch needs one measure and one target per element: got 2 strategies, 2 measures and 1"
            + " targets",
        e.getMessage());
  }

  @Test
  void aHostStrategyIsCalledPerElementAndChecked() {
    ScoringStrategy half = in -> in.actual() >= 0 ? 0.5 : 2;
    BatchScorer scorer = BatchScorer.of(half, List.of(UP, UP), List.of(Target.of(1), Target.of(1)));
    assertFalse(scorer.isCompiled());
    double[] scores = new double[2];
    scorer.score(new double[] {3, 4}, scores);
    assertArrayEquals(new double[] {0.5, 0.5}, scores);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> scorer.score(new double[] {3, -4}, scores));
    assertTrue(e.getMessage().contains("scored 2 for element 1 (actual -4)"), e.getMessage());
  }

  @Test
  void theStrategyOfAScorerIsTheOneAllItsElementsShare() {
    BatchScorer shared =
        BatchScorer.of(
            List.of(Strategies.binary(), Strategies.binary()),
            List.of(UP, UP),
            List.of(Target.of(1), Target.of(2)));
    assertEquals(Strategies.binary(), shared.strategy());
    assertEquals("BatchScorer[binary over 2 elements]", shared.toString());
    BatchScorer mixed =
        BatchScorer.of(
            List.of(Strategies.binary(), Strategies.linear()),
            List.of(UP, UP),
            List.of(Target.of(1), Target.increase(0, 2)));
    assertEquals(Strategies.linear(), mixed.strategy(1));
    assertEquals(
        "the elements of BatchScorer[2 strategies over 2 elements] have strategies of their own",
        assertThrows(IllegalStateException.class, mixed::strategy).getMessage());
    // an empty scorer scores nothing, by the default key-result strategy
    assertEquals(Strategies.linear(), BatchScorer.of(List.of(), List.of(), List.of()).strategy());
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/** Hand-worked scores for every built-in strategy. */
class StrategiesTest {
  static final Measure UP = Measure.increasing("m", Unit.COUNT);
  static final Measure DOWN = Measure.decreasing("m", Unit.PERCENT);
  static final Measure BAND = Measure.range("m", Unit.COUNT);

  static double score(ScoringStrategy s, Measure m, Target t, double actual) {
    return s.score(ScoringInput.of(m, t, actual));
  }

  static String explain(ScoringStrategy s, Measure m, Target t, double actual) {
    return s.formula(ScoringInput.of(m, t, actual)).render();
  }

  @Nested
  @DisplayName("the seed's cases")
  class SeedCases {
    final Target mau = Target.increaseByPercent(1_000_000, 30);
    final Target returns = Target.decrease(1.4, 1);
    final Target complaints = Target.decreaseByPercent(150, 20);
    final Target features = Target.range(3, 5);
    final Target roadshow = Target.milestone("roadshow-material-complete");

    @Test
    void monthlyActiveUsersPlusThirtyPercentFromABaseline() {
      assertEquals(0.5, score(Strategies.linear(), UP, mau, 1_150_000), 1e-12);
      assertEquals(
          "(1150000 - 1000000) / (1300000 - 1000000) = 0.5",
          explain(Strategies.linear(), UP, mau, 1_150_000));
      assertEquals(0.0, score(Strategies.binary(), UP, mau, 1_150_000));
      assertEquals(1.0, score(Strategies.binary(), UP, mau, 1_300_000));
      assertEquals(
          1_150_000 / 1_300_000.0, score(Strategies.percentOfTarget(), UP, mau, 1_150_000));
    }

    @Test
    void returnRateFallingFromOnePointFourToPointNineAgainstBelowOnePercent() {
      assertEquals(1.0, score(Strategies.binary(), DOWN, returns, 0.9));
      assertEquals("0.9 <= 1? yes -> 1", explain(Strategies.binary(), DOWN, returns, 0.9));
      // (0.9 - 1.4) / (1 - 1.4) = 1.25: over-achievement, clamped to the cap
      assertEquals(1.0, score(Strategies.linear(), DOWN, returns, 0.9));
      assertEquals(1.2, score(Strategies.linear(1.2, false), DOWN, returns, 0.9));
      assertEquals(1.25, score(Strategies.linear(1.5, false), DOWN, returns, 0.9), 1e-12);
      assertEquals(0.5, score(Strategies.linear(), DOWN, returns, 1.2), 1e-12);
      assertEquals(1 / 0.9, score(Strategies.percentOfTarget(1.5), DOWN, returns, 0.9));
      assertEquals(0.0, score(Strategies.binary(), DOWN, returns, 1.01));
    }

    @Test
    void complaintsDownTwentyPercent() {
      // 150 -> 120; 131 complaints is (131 - 150) / (120 - 150) of the way
      assertEquals(19 / 30.0, score(Strategies.linear(), DOWN, complaints, 131), 1e-12);
      assertEquals(0.0, score(Strategies.binary(), DOWN, complaints, 131));
      assertEquals(1.0, score(Strategies.binary(), DOWN, complaints, 118));
      assertEquals(120 / 131.0, score(Strategies.percentOfTarget(), DOWN, complaints, 131));
    }

    @Test
    void threeToFiveFeaturesShipped() {
      for (ScoringStrategy s :
          new ScoringStrategy[] {
            Strategies.binary(),
            Strategies.linear(),
            Strategies.tiered(),
            Strategies.range(1),
            Strategies.percentOfTarget(),
            Strategies.milestones()
          }) {
        assertEquals(1.0, score(s, BAND, features, 4), s::toString);
        assertEquals(1.0, score(s, BAND, features, 3), s::toString);
        assertEquals(1.0, score(s, BAND, features, 5), s::toString);
      }
      assertEquals(0.0, score(Strategies.binary(), BAND, features, 2));
      assertEquals(0.0, score(Strategies.range(1), BAND, features, 2));
      assertEquals(0.5, score(Strategies.range(2), BAND, features, 2));
      assertEquals(0.5, score(Strategies.range(2), BAND, features, 6));
      assertEquals(
          "1 - 1 short / tolerance 2 = 0.5", explain(Strategies.range(2), BAND, features, 6));
      assertEquals(2 / 3.0, score(Strategies.percentOfTarget(), BAND, features, 2));
      assertEquals(5 / 6.0, score(Strategies.percentOfTarget(), BAND, features, 6));
      // graded from a baseline of 0 features: 2 features is 1 - 1/3 of the way
      assertEquals(2 / 3.0, score(Strategies.linear(), BAND, features.withBaseline(0), 2), 1e-12);
      assertEquals(0.0, score(Strategies.linear(), BAND, features, 2));
    }

    @Test
    void roadshowMilestone() {
      Measure done = Measure.milestones("roadshow");
      assertEquals(1.0, score(Strategies.milestones(), done, roadshow, 1));
      assertEquals(0.0, score(Strategies.milestones(), done, roadshow, 0));
      assertEquals(1.0, score(Strategies.binary(), done, roadshow, 1));
      assertEquals(1.0, score(Strategies.linear(), done, roadshow, 1));
      Target three =
          Target.milestones(Milestone.of("deck"), Milestone.of("model", 2), Milestone.of("data"));
      assertEquals(0.75, score(Strategies.milestones(), done, three, 0.75));
      assertEquals(0.75, score(Strategies.linear(), done, three, 0.75));
      assertEquals(0.0, score(Strategies.binary(), done, three, 0.75));
      assertEquals(
          "weighted share of milestones done = 0.75",
          explain(Strategies.milestones(), done, three, 0.75));
    }
  }

  @Nested
  class Linear {
    @Test
    void gradesFromBaselineToTarget() {
      Target t = Target.increase(0, 20);
      assertEquals(0.65, score(Strategies.linear(), UP, t, 13));
      assertEquals(0.0, score(Strategies.linear(), UP, t, -4));
      assertEquals(1.0, score(Strategies.linear(), UP, t, 30));
      assertEquals(1.2, score(Strategies.linear(1.2, false), UP, t, 30));
      assertEquals(
          "(30 - 0) / (20 - 0) = 1.5, clamped to [0, 1.2] = 1.2",
          explain(Strategies.linear(1.2, false), UP, t, 30));
    }

    @Test
    void roundsToTenthsGoogleStyle() {
      Target t = Target.increase(0, 20);
      assertEquals(0.7, score(Strategies.linear(1, true), UP, t, 13));
      assertEquals(0.6, score(Strategies.linear(1, true), UP, t, 12.7));
      assertEquals(
          "(13 - 0) / (20 - 0) = 0.65, rounded to tenths = 0.7",
          explain(Strategies.linear(1, true), UP, t, 13));
      assertEquals(1.25, score(Strategies.linear(1.25, true), UP, t, 40));
    }

    @Test
    void withoutABaselineScoresMetOrNot() {
      assertEquals(0.0, score(Strategies.linear(), UP, Target.of(10), 7));
      assertEquals(1.0, score(Strategies.linear(), UP, Target.of(10), 10));
      assertEquals(
          "7 >= 10? no -> 0 (no baseline to grade from)",
          explain(Strategies.linear(), UP, Target.of(10), 7));
    }

    @Test
    void rejectsACapBelowOne() {
      assertEquals(
          "linear cap must be a finite number of at least 1, got 0.9",
          assertThrows(IllegalArgumentException.class, () -> Strategies.linear(0.9, false))
              .getMessage());
    }
  }

  @Nested
  class Tiered {
    final Target t = Target.increase(0, 100).withThreshold(60).withStretch(120);

    @Test
    void thresholdTargetStretch() {
      ScoringStrategy s = Strategies.tiered(0.5, 1.5);
      assertEquals(0.0, score(s, UP, t, 59.9));
      assertEquals(0.5, score(s, UP, t, 60));
      assertEquals(0.75, score(s, UP, t, 80));
      assertEquals(1.0, score(s, UP, t, 100));
      assertEquals(1.25, score(s, UP, t, 110));
      assertEquals(1.5, score(s, UP, t, 120));
      assertEquals(1.5, score(s, UP, t, 500));
      assertEquals(
          "actual 80 on tiers: threshold 60 -> 0.5, target 100 -> 1, stretch 120 -> 1.5; linear between = 0.75",
          explain(s, UP, t, 80));
    }

    @Test
    void decreasingMeasuresMirror() {
      Target down = Target.decrease(10, 5).withThreshold(7).withStretch(4);
      ScoringStrategy s = Strategies.tiered(0.5, 1.5);
      assertEquals(0.0, score(s, DOWN, down, 7.5));
      assertEquals(0.5, score(s, DOWN, down, 7));
      assertEquals(0.75, score(s, DOWN, down, 6));
      assertEquals(1.0, score(s, DOWN, down, 5));
      assertEquals(1.25, score(s, DOWN, down, 4.5));
      assertEquals(1.5, score(s, DOWN, down, 1));
    }

    @Test
    void withoutTiersItIsBinary() {
      assertEquals(0.0, score(Strategies.tiered(), UP, Target.increase(0, 10), 9));
      assertEquals(1.0, score(Strategies.tiered(), UP, Target.increase(0, 10), 11));
    }
  }

  @Nested
  class SteppedAndCurve {
    final ScoringStrategy steps =
        Strategies.stepped(Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1));
    final ScoringStrategy curve =
        Strategies.curve(Point.of(0, 0), Point.of(1, 1), Point.of(1.5, 2));
    final Target t = Target.increase(0, 100);

    @Test
    void steppedPaysTheHighestStepReached() {
      assertEquals(0.0, score(steps, UP, t, 49));
      assertEquals(0.5, score(steps, UP, t, 50));
      assertEquals(0.5, score(steps, UP, t, 79));
      assertEquals(0.8, score(steps, UP, t, 90));
      assertEquals(1.0, score(steps, UP, t, 150));
      assertEquals("stepped(0.5 -> 0.5, 0.8 -> 0.8, 1 -> 1)", steps.toString());
    }

    @Test
    void curveInterpolatesAndIsFlatBeyondItsEnds() {
      assertEquals(0.0, score(curve, UP, t, -20));
      assertEquals(0.5, score(curve, UP, t, 50));
      assertEquals(1.5, score(curve, UP, t, 125), 1e-12);
      assertEquals(2.0, score(curve, UP, t, 400));
      assertEquals(2.0, curve.maxScore());
    }

    @Test
    void tablesMustNotFall() {
      assertEquals(
          "curve scores must not fall, so that a better result never scores less: 1 -> 0.5 follows 0.5 -> 0.8",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Strategies.curve(Point.of(0.5, 0.8), Point.of(1, 0.5)))
              .getMessage());
      assertEquals(
          "stepped points must rise in achievement: 0.5 -> 1 follows 1 -> 1",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Strategies.stepped(Point.of(1, 1), Point.of(0.5, 1)))
              .getMessage());
      assertEquals(
          "a stepped table needs at least one point",
          assertThrows(IllegalArgumentException.class, () -> Strategies.stepped()).getMessage());
    }
  }

  @Nested
  class PercentOfTarget {
    @Test
    void ratioForEachDirection() {
      assertEquals(0.65, score(Strategies.percentOfTarget(), UP, Target.increase(0, 20), 13));
      assertEquals(
          1.3, score(Strategies.percentOfTarget(2), UP, Target.increase(0, 20), 26), 1e-12);
      assertEquals(0.5, score(Strategies.percentOfTarget(), DOWN, Target.of(1), 2));
      assertEquals(
          "1 / 2, clamped to [0, 1] = 0.5",
          explain(Strategies.percentOfTarget(), DOWN, Target.of(1), 2));
    }

    @Test
    void atAndNearZero() {
      // a DECREASE actual of 0 is the best result: the cap, approached smoothly from above 0
      assertEquals(1.5, score(Strategies.percentOfTarget(1.5), DOWN, Target.of(1), 0));
      assertEquals(1.5, score(Strategies.percentOfTarget(1.5), DOWN, Target.of(1), 1e-300));
      assertEquals(1.5, score(Strategies.percentOfTarget(1.5), DOWN, Target.of(1), -3));
      // a target of 0 (zero defects) has no ratio: met or not
      assertEquals(1.0, score(Strategies.percentOfTarget(), DOWN, Target.of(0), 0));
      assertEquals(0.0, score(Strategies.percentOfTarget(), DOWN, Target.of(0), 0.5));
      assertEquals(
          "0.5 <= 0? no -> 0 (no ratio for a target of 0)",
          explain(Strategies.percentOfTarget(), DOWN, Target.of(0), 0.5));
      assertEquals(1.0, score(Strategies.percentOfTarget(), UP, Target.increase(-10, 0), 0));
      assertEquals(0.0, score(Strategies.percentOfTarget(), UP, Target.of(10), -5));
    }
  }

  @Test
  void strategiesAreValuesThatPrintTheirParameters() {
    assertEquals(Strategies.linear(1.2, true), Strategies.linear(1.2, true));
    assertNotEquals(Strategies.linear(1.2, true), Strategies.linear(1.2, false));
    assertEquals(Strategies.linear(), Strategies.linear(1, false));
    assertEquals("linear(cap=1.2, rounded to tenths)", Strategies.linear(1.2, true).toString());
    assertEquals("tiered(floor=0.5, ceiling=1.5)", Strategies.tiered().toString());
    assertEquals("percentOfTarget(cap=1)", Strategies.percentOfTarget().toString());
    assertEquals("range(tolerance=2)", Strategies.range(2).toString());
    assertEquals("binary", Strategies.binary().toString());
    assertEquals("milestones", Strategies.milestones().toString());
    assertEquals(
        Strategies.curve(Point.of(0, 0), Point.of(1, 1)),
        Strategies.curve(Point.of(0, 0), Point.of(1, 1)));
  }

  @Test
  void inputsAreCheckedAtTheBoundary() {
    assertEquals(
        "actual value NaN is not a finite number",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoringInput.of(UP, Target.increase(0, 1), Double.NaN))
            .getMessage());
    assertEquals(
        "target 3 to 5 is invalid for its measure: a RANGE target needs a RANGE measure, the measure is INCREASE",
        assertThrows(
                IllegalArgumentException.class, () -> ScoringInput.of(UP, Target.range(3, 5), 4))
            .getMessage());
    assertEquals(
        "the actual value of a MILESTONES target is the share of milestones done, from 0 to 1; got 2",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoringInput.of(Measure.milestones("m"), Target.milestone("a"), 2))
            .getMessage());
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/** The built-ins' parameters at and beyond their limits, and formulas at their edges. */
class StrategyParametersTest {
  static final Measure UP = Measure.increasing("m", Unit.COUNT);
  static final Measure DOWN = Measure.decreasing("m", Unit.COUNT);
  static final Measure BAND = Measure.range("m", Unit.COUNT);

  static String refused(Runnable make) {
    return assertThrows(IllegalArgumentException.class, make::run).getMessage();
  }

  @Test
  void tieredFloorsLieFromZeroToOneAndCeilingsFromOne() {
    assertEquals("tiered(floor=0, ceiling=1)", Strategies.tiered(0, 1).toString());
    assertEquals("tiered(floor=1, ceiling=1)", Strategies.tiered(1, 1).toString());
    assertEquals(
        "tiered floor must lie from 0 to 1, got -0.1", refused(() -> Strategies.tiered(-0.1, 1)));
    assertEquals(
        "tiered floor must lie from 0 to 1, got 1.1", refused(() -> Strategies.tiered(1.1, 1.5)));
    assertEquals(
        "tiered ceiling must be a finite number of at least 1, got 0.9",
        refused(() -> Strategies.tiered(0.5, 0.9)));
    assertEquals(
        "tiered ceiling must be a finite number of at least 1, got Infinity",
        refused(() -> Strategies.tiered(0.5, Double.POSITIVE_INFINITY)));
  }

  @Test
  void capsAndTolerancesAreFiniteAndInRange() {
    assertEquals(
        "percent-of-target cap must be a finite number of at least 1, got 0.9",
        refused(() -> Strategies.percentOfTarget(0.9)));
    assertEquals("percentOfTarget(cap=1)", Strategies.percentOfTarget(1).toString());
    assertEquals(
        "range tolerance must be a finite number of at least 0, got -1",
        refused(() -> Strategies.range(-1)));
    assertEquals(
        "range tolerance must be a finite number of at least 0, got NaN",
        refused(() -> Strategies.range(Double.NaN)));
    assertEquals("range(tolerance=0)", Strategies.range(0).toString());
  }

  @Test
  void tablesNeedRisingAchievementsAndScoresOfAtLeastZero() {
    assertEquals(
        "curve point 0.5 -> -1 must have a finite achievement and a finite score of at least 0",
        refused(() -> Strategies.curve(Point.of(0, 0), Point.of(0.5, -1))));
    assertEquals(
        "stepped point NaN -> 1 must have a finite achievement and a finite score of at least 0",
        refused(() -> Strategies.stepped(Point.of(Double.NaN, 1))));
    assertEquals(
        "stepped points must rise in achievement: 0.5 -> 0.8 follows 0.5 -> 0.5",
        refused(() -> Strategies.stepped(Point.of(0.5, 0.5), Point.of(0.5, 0.8))));
    assertEquals(
        "curve(0 -> 0, 0.5 -> 0.5, 1 -> 0.5)",
        Strategies.curve(Point.of(0, 0), Point.of(0.5, 0.5), Point.of(1, 0.5)).toString());
  }

  @Test
  void percentOfTargetFormulasShowTheRatioTheyClamp() {
    ScoringStrategy pot = Strategies.percentOfTarget(1.3);
    Formula up = pot.formula(ScoringInput.of(UP, Target.of(8), 10));
    assertEquals(Formula.Kind.RATIO, up.kind());
    assertEquals(OptionalDouble.of(1.25), up.number("result"));
    assertEquals(OptionalDouble.of(1.25), up.result());
    Formula down = pot.formula(ScoringInput.of(DOWN, Target.of(8), 10));
    assertEquals(Formula.Kind.INVERSE_RATIO, down.kind());
    assertEquals(OptionalDouble.of(0.8), down.number("result"));
    // an actual of 0 on a decreasing measure is the best result possible, not a ratio
    Formula best = pot.formula(ScoringInput.of(DOWN, Target.of(8), 0));
    assertEquals(Formula.Kind.BEST_POSSIBLE, best.kind());
    assertEquals(OptionalDouble.of(1.3), best.result());
    assertEquals(1.3, pot.score(ScoringInput.of(DOWN, Target.of(8), 0)));
  }

  @Test
  void aRangeFormulaAtTheTargetItselfMeetsIt() {
    Formula at = Strategies.range(2).formula(ScoringInput.of(UP, Target.of(8), 8));
    assertEquals(Formula.Kind.MEETS, at.kind());
    assertEquals(OptionalDouble.of(1), at.result());
    Formula onTheEnd = Strategies.range(2).formula(ScoringInput.of(BAND, Target.range(3, 5), 5));
    assertEquals(Formula.Kind.MEETS, onTheEnd.kind());
    Formula short_ = Strategies.range(2).formula(ScoringInput.of(UP, Target.of(8), 7.5));
    assertEquals(Formula.Kind.SHORTFALL, short_.kind());
    assertEquals(OptionalDouble.of(0.75), short_.result());
  }

  @Test
  void allMustPassAtExactlyThePassMarkPasses() {
    Aggregation half = Aggregations.allMustPass(0.5);
    double[] scores = {0.5, 1.0};
    double[] weights = {1, 1};
    assertEquals(0.75, half.aggregate(scores, weights));
    assertEquals(Formula.Kind.ALL_PASS, half.formula(scores, weights).kind());
    assertEquals(OptionalDouble.of(0.75), half.formula(scores, weights).result());
    assertEquals(Formula.Kind.BELOW_PASS_MARK, half.formula(new double[] {0.4, 1}, weights).kind());
    assertEquals(
        "allMustPass pass mark must be a finite number of at least 0, got -0.5",
        refused(() -> Aggregations.allMustPass(-0.5)));
    assertEquals("allMustPass(passMark=0)", Aggregations.allMustPass(0).toString());
  }

  @Test
  void linearAchievementOnARangeIsGradedFromABaselineOutsideIt() {
    Target range = Target.range(3, 5).withBaseline(9);
    Formula inside = Strategies.linear().formula(ScoringInput.of(BAND, range, 4));
    assertEquals(Formula.Kind.RANGE_INSIDE, inside.kind());
    assertEquals(OptionalDouble.of(1), inside.result());
    Formula outside = Strategies.linear().formula(ScoringInput.of(BAND, range, 7));
    assertEquals(Formula.Kind.RANGE_ACHIEVEMENT, outside.kind());
    assertEquals(OptionalDouble.of(2), outside.number("distance"));
    assertEquals(OptionalDouble.of(4), outside.number("baselineDistance"));
    assertEquals(OptionalDouble.of(0.5), outside.result());
  }
}

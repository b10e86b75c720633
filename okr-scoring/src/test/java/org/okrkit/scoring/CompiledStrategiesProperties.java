package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;

/**
 * A compiled built-in strategy scores exactly as the strategy does: every built-in, with parameters
 * that reach each of its branches (floors and ceilings, caps with and without rounding, tables with
 * points at and below an achievement of 0, tolerances of 0 and above), over targets of every kind
 * and actual values on and beside their landmarks ({@link LandmarkCases}), bit for bit.
 *
 * <p>{@link BatchScorerProperties} checks the same on arbitrary actual values; here the actual
 * values sit where the formulas change branch, and every try checks every strategy.
 */
class CompiledStrategiesProperties {

  static final List<ScoringStrategy> BUILT_INS =
      List.of(
          Strategies.binary(),
          Strategies.milestones(),
          Strategies.linear(),
          Strategies.linear(1.25, true),
          Strategies.linear(1.5, false),
          Strategies.linear(1, true),
          Strategies.tiered(),
          Strategies.tiered(0.3, 1.8),
          Strategies.tiered(0, 1),
          Strategies.tiered(1, 1),
          Strategies.stepped(
              Point.of(-0.5, 0.1),
              Point.of(0, 0.2),
              Point.of(0.5, 0.5),
              Point.of(1, 1),
              Point.of(1.25, 1.2)),
          Strategies.stepped(Point.of(1, 1)),
          Strategies.curve(
              Point.of(-1, 0),
              Point.of(0, 0.25),
              Point.of(0.7, 0.5),
              Point.of(1, 1),
              Point.of(1.5, 2)),
          Strategies.curve(Point.of(0.5, 0.4), Point.of(1, 1)),
          Strategies.curve(Point.of(1, 1)),
          Strategies.percentOfTarget(),
          Strategies.percentOfTarget(1.3),
          Strategies.range(0),
          Strategies.range(0.5),
          Strategies.range(2.5));

  @Property
  void everyBuiltInIsCompiledAndScoresAsItself(@ForAll long seed) {
    Random r = new Random(seed);
    List<LandmarkCases.Case> cases = new ArrayList<>();
    int n = 16 + r.nextInt(25);
    for (int i = 0; i < n; i++) {
      cases.add(LandmarkCases.any(r));
    }
    List<Measure> measures = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    double[] actuals = new double[n];
    for (int i = 0; i < n; i++) {
      measures.add(cases.get(i).measure);
      targets.add(cases.get(i).target);
      actuals[i] = cases.get(i).actual(r);
    }
    for (ScoringStrategy strategy : BUILT_INS) {
      BatchScorer scorer = BatchScorer.of(strategy, measures, targets);
      assertTrue(scorer.isCompiled(), strategy::toString);
      // arrays of exactly the batch's size: a loop that ran one element too far would fail
      double[] scores = new double[n];
      scorer.score(actuals, scores);
      for (int i = 0; i < n; i++) {
        assertSameScore(strategy, cases.get(i), actuals[i], scores[i]);
      }
    }
  }

  @Property
  void aBatchOfMixedStrategiesScoresEachElementAsItsOwnStrategy(@ForAll long seed) {
    Random r = new Random(seed);
    int n = 16 + r.nextInt(25);
    List<ScoringStrategy> strategies = new ArrayList<>();
    List<LandmarkCases.Case> cases = new ArrayList<>();
    // runs of one strategy and one target shape, of mixed shapes, and single elements
    while (strategies.size() < n) {
      ScoringStrategy strategy = BUILT_INS.get(r.nextInt(BUILT_INS.size()));
      LandmarkCases.Case shape = LandmarkCases.any(r);
      int run = 1 + r.nextInt(4);
      for (int k = 0; k < run && strategies.size() < n; k++) {
        strategies.add(strategy);
        cases.add(r.nextBoolean() ? shape : LandmarkCases.any(r));
      }
    }
    List<Measure> measures = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    // longer arrays than the batch: the rest is neither read nor written
    double[] actuals = new double[n + 2];
    double[] scores = new double[n + 2];
    for (int i = 0; i < n; i++) {
      measures.add(cases.get(i).measure);
      targets.add(cases.get(i).target);
      actuals[i] = cases.get(i).actual(r);
    }
    actuals[n] = Double.NaN;
    actuals[n + 1] = Double.NaN;
    scores[n] = -7;
    scores[n + 1] = -7;
    BatchScorer scorer = BatchScorer.of(strategies, measures, targets);
    assertTrue(scorer.isCompiled());
    scorer.score(actuals, scores);
    for (int i = 0; i < n; i++) {
      assertSameScore(strategies.get(i), cases.get(i), actuals[i], scores[i]);
    }
    assertEquals(-7, scores[n]);
    assertEquals(-7, scores[n + 1]);
  }

  static void assertSameScore(
      ScoringStrategy strategy, LandmarkCases.Case c, double actual, double compiled) {
    double expected = strategy.score(c.at(actual));
    assertEquals(
        Double.doubleToLongBits(expected),
        Double.doubleToLongBits(compiled),
        () ->
            strategy
                + " on "
                + c
                + " at "
                + actual
                + ": "
                + expected
                + " one by one, "
                + compiled
                + " compiled");
  }
}

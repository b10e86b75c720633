package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AggregationsTest {
  final double[] scores = {0.65, 0.6, 0.2};
  final double[] weights = {2, 1, 1};

  @Test
  void weightedMean() {
    assertEquals(0.525, Aggregations.weightedMean().aggregate(scores, weights), 1e-12);
    assertEquals(
        "(0.65*2 + 0.6*1 + 0.2*1) / 4 = 0.525",
        Aggregations.weightedMean().formula(scores, weights).render());
    assertEquals(
        0.7,
        Aggregations.weightedMean()
            .aggregate(new double[] {0.7, 0.7, 0.7}, new double[] {0.3, 0.3, 0.4}));
  }

  @Test
  void minimumIgnoresWeights() {
    assertEquals(0.2, Aggregations.minimum().aggregate(scores, weights));
    assertEquals(
        "min(0.65, 0.6, 0.2) = 0.2", Aggregations.minimum().formula(scores, weights).render());
  }

  @Test
  void geometricMean() {
    double expected = Math.pow(0.65 * 0.65 * 0.6 * 0.2, 0.25);
    assertEquals(expected, Aggregations.geometricMean().aggregate(scores, weights), 1e-12);
    assertEquals(
        0.0, Aggregations.geometricMean().aggregate(new double[] {0.9, 0}, new double[] {1, 1}));
  }

  @Test
  void allMustPassIsAGate() {
    Aggregation gate = Aggregations.allMustPass(0.5);
    assertEquals(0.2, gate.aggregate(scores, weights));
    assertEquals(
        "a child scores 0.2, below the pass mark 0.5: the lowest score 0.2",
        gate.formula(scores, weights).render());
    assertEquals(0.7, gate.aggregate(new double[] {0.6, 0.8}, new double[] {1, 1}), 1e-12);
    assertEquals(
        1.0, Aggregations.allMustPass(1).aggregate(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    assertEquals(
        0.0, Aggregations.allMustPass(1).aggregate(new double[] {1, 0, 1}, new double[] {1, 2, 3}));
  }

  @Test
  void cappedWeightedSumLetsOverAchievementMakeUpOnlyToTheCap() {
    Aggregation sum = Aggregations.cappedWeightedSum(1.0);
    assertEquals(0.9, sum.aggregate(new double[] {1.2, 0.6}, new double[] {0.5, 0.5}), 1e-12);
    assertEquals(1.0, sum.aggregate(new double[] {1.5, 0.9}, new double[] {0.5, 0.5}));
    assertEquals(
        "min(1, (1.5*0.5 + 0.9*0.5) / 1) = 1",
        sum.formula(new double[] {1.5, 0.9}, new double[] {0.5, 0.5}).render());
  }

  @Test
  void builtInsAreValues() {
    assertEquals(Aggregations.allMustPass(0.7), Aggregations.allMustPass(0.7));
    assertEquals("allMustPass(passMark=0.7)", Aggregations.allMustPass(0.7).toString());
    assertEquals("cappedWeightedSum(cap=1.2)", Aggregations.cappedWeightedSum(1.2).toString());
    assertEquals("weightedMean", Aggregations.weightedMean().toString());
    assertEquals(
        "cappedWeightedSum cap must be a finite number above 0, got 0",
        assertThrows(IllegalArgumentException.class, () -> Aggregations.cappedWeightedSum(0))
            .getMessage());
  }

  @Test
  void aHostAggregationGetsADefaultExplanation() {
    Aggregation max =
        new Aggregation() {
          @Override
          public double aggregate(double[] s, double[] w) {
            return Math.max(s[0], s[1]);
          }

          @Override
          public String toString() {
            return "max";
          }
        };
    assertEquals(
        "max of 0.65*2, 0.6*1 = 0.65",
        max.formula(new double[] {0.65, 0.6}, new double[] {2, 1}).render());
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.IndexedAggregation;
import org.okrkit.scoring.internal.Slots;
import org.okrkit.testing.ScoringArbitraries;

/**
 * The batch path computes exactly what the strategies and aggregations compute one by one: every
 * built-in, bit for bit, over generated targets of every kind and actual values near and far.
 */
class BatchScorerProperties {

  /** One element of a batch: a case and where its actual value lies. */
  static final class Sample {
    final ScoringArbitraries.Case c;
    final double actual;

    Sample(ScoringArbitraries.Case c, double x) {
      this.c = c;
      double a = c.near(x);
      this.actual = c.target.kind() == Target.Kind.MILESTONES ? Math.max(0, Math.min(1, a)) : a;
    }

    @Override
    public String toString() {
      return c + " at " + actual;
    }
  }

  @Provide
  Arbitrary<ScoringStrategy> builtIns() {
    return Arbitraries.of(
        Strategies.binary(),
        Strategies.linear(),
        Strategies.linear(1.25, true),
        Strategies.linear(1.5, false),
        Strategies.linear(1, true),
        Strategies.tiered(),
        Strategies.tiered(0.3, 1.8),
        Strategies.tiered(0, 1),
        Strategies.stepped(
            Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1), Point.of(1.2, 1.1)),
        Strategies.stepped(Point.of(1, 1)),
        Strategies.curve(Point.of(0, 0), Point.of(0.7, 0.5), Point.of(1, 1), Point.of(1.5, 2)),
        Strategies.curve(Point.of(1, 1)),
        Strategies.percentOfTarget(),
        Strategies.percentOfTarget(1.3),
        Strategies.range(0),
        Strategies.range(2.5),
        Strategies.milestones());
  }

  @Provide
  Arbitrary<List<Sample>> batches() {
    Arbitrary<Sample> sample =
        Combinators.combine(ScoringArbitraries.cases(), ScoringArbitraries.positions())
            .as(Sample::new);
    return sample.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 500)
  void batchScoresAreBitIdenticalToTheStrategy(
      @ForAll("builtIns") ScoringStrategy strategy, @ForAll("batches") List<Sample> batch) {
    List<Measure> measures = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    double[] actuals = new double[batch.size()];
    for (int i = 0; i < actuals.length; i++) {
      measures.add(batch.get(i).c.measure);
      targets.add(batch.get(i).c.target);
      actuals[i] = batch.get(i).actual;
    }
    BatchScorer scorer = BatchScorer.of(strategy, measures, targets);
    double[] scores = new double[actuals.length];
    scorer.score(actuals, scores);
    for (int i = 0; i < actuals.length; i++) {
      double expected =
          strategy.score(ScoringInput.of(measures.get(i), targets.get(i), actuals[i]));
      int at = i;
      assertEquals(
          Double.doubleToLongBits(expected),
          Double.doubleToLongBits(scores[i]),
          () ->
              strategy
                  + " on "
                  + batch.get(at)
                  + ": "
                  + expected
                  + " one by one, "
                  + scores[at]
                  + " in the batch");
    }
  }

  @Provide
  Arbitrary<Aggregation> aggregations() {
    return Arbitraries.of(
        Aggregations.weightedMean(),
        Aggregations.minimum(),
        Aggregations.geometricMean(),
        Aggregations.allMustPass(0.5),
        Aggregations.allMustPass(0),
        Aggregations.cappedWeightedSum(0.8));
  }

  @Provide
  Arbitrary<List<Double>> childScores() {
    Arbitrary<Double> score =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 1.5).ofScale(4),
            Arbitraries.of(0.0, -0.0, 0.5, 1.0, Double.NaN));
    return score.list().ofMinSize(0).ofMaxSize(40);
  }

  @Property(tries = 500)
  void indexedAggregationIsBitIdenticalOnTheScoredChildren(
      @ForAll("aggregations") Aggregation aggregation,
      @ForAll("childScores") List<Double> children,
      @ForAll boolean equalWeights) {
    int n = children.size();
    // the children sit at scattered positions of a larger array, read through an index
    double[] values = new double[2 * n + 1];
    int[] index = new int[n];
    double[] weights = new double[n];
    List<Double> scored = new ArrayList<>();
    List<Double> scoredWeights = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      index[k] = 2 * (n - k);
      values[index[k]] = children.get(k);
      weights[k] = equalWeights ? 0.7 : 1 + (k * 7919 % 5) / 2.0;
      if (!Double.isNaN(children.get(k))) {
        scored.add(children.get(k));
        scoredWeights.add(weights[k]);
      }
    }
    double actual =
        IndexedAggregation.of(aggregation)
            .aggregate(Slots.of(values), index, weights, 0, n, new IndexedAggregation.Scratch());
    if (scored.isEmpty()) {
      assertEquals(Double.NaN, actual);
      return;
    }
    double expected =
        aggregation.aggregate(
            scored.stream().mapToDouble(Double::doubleValue).toArray(),
            scoredWeights.stream().mapToDouble(Double::doubleValue).toArray());
    assertEquals(
        Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), aggregation::toString);
  }
}

package org.okrkit.testing;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.scoring.Aggregation;

/**
 * The laws of a symmetric, mean-like {@link Aggregation}, as jqwik properties: the result lies
 * between the lowest and the highest score (up to {@link #cap()}), equal scores give back that
 * score, the children's order and a common factor on the weights change nothing, raising a score
 * never lowers the result, the formula states the result, and two aggregations built alike are
 * equal values. Implement it with your aggregation, as okrkit's built-ins are checked:
 *
 * <pre>{@code
 * class MyAggregationProperties implements AggregationContract {
 *   @Override
 *   public Aggregation aggregation() {
 *     return new MyAggregation();
 *   }
 * }
 * }</pre>
 *
 * <p>The children's weights are drawn from a generated seed. {@link Contracts#checkAggregation}
 * checks the same laws without jqwik's engine, from a test of any framework.
 */
public interface AggregationContract {

  /**
   * The aggregation under test, built afresh on each call (a singleton returns itself): the
   * equality law compares two of them, as a policy compares the aggregations it is built with.
   */
  Aggregation aggregation();

  /** The highest result the aggregation gives, if it caps: infinity otherwise. */
  default double cap() {
    return Double.POSITIVE_INFINITY;
  }

  /** How far apart results that should be equal may be, for floating-point rounding. */
  default double tolerance() {
    return 1e-9;
  }

  /** The children's scores; {@link ScoringArbitraries#scores()} unless overridden. */
  @Provide
  default Arbitrary<double[]> scores() {
    return ScoringArbitraries.scores();
  }

  /** Weights and factors; {@link ScoringArbitraries#weights()} unless overridden. */
  @Provide
  default Arbitrary<Double> weights() {
    return ScoringArbitraries.weights();
  }

  /**
   * Two aggregations built alike are equal, hash alike and print alike, and differ from other
   * objects.
   */
  @Example
  default void aggregationsBuiltAlikeAreEqualValues() {
    AggregationLaws.aggregationsBuiltAlikeAreEqualValues(aggregation(), aggregation());
  }

  /** The result is finite and lies between the lowest and the highest score, each capped. */
  @Property
  default void theResultLiesBetweenTheLowestAndTheHighestScore(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    AggregationLaws.theResultLiesBetweenTheLowestAndTheHighestScore(
        this::aggregation, cap(), tolerance(), scores, seed);
  }

  /** Children that all score the same give that score, whatever their weights. */
  @Property
  default void equalScoresGiveBackThatScore(
      @ForAll("weights") double score,
      @IntRange(min = 1, max = 12) @ForAll int n,
      @ForAll long seed) {
    AggregationLaws.equalScoresGiveBackThatScore(
        this::aggregation, cap(), tolerance(), score, n, seed);
  }

  /** The children's order, each with its own weight, does not change the result. */
  @Property
  default void theOrderOfTheChildrenDoesNotMatter(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    AggregationLaws.theOrderOfTheChildrenDoesNotMatter(this::aggregation, scores, seed);
  }

  /** Multiplying every weight by the same factor does not change the result. */
  @Property
  default void scalingEveryWeightChangesNothing(
      @ForAll("scores") double[] scores, @ForAll long seed, @ForAll("weights") double k) {
    AggregationLaws.scalingEveryWeightChangesNothing(
        this::aggregation, tolerance(), scores, seed, k);
  }

  /** Raising one child's score never lowers the result. */
  @Property
  default void raisingAScoreNeverLowersTheResult(
      @ForAll("scores") double[] scores, @ForAll long seed, @ForAll("weights") double raise) {
    AggregationLaws.raisingAScoreNeverLowersTheResult(
        this::aggregation, tolerance(), scores, seed, raise);
  }

  /**
   * The formula states the result when it states one, has a term per child when it has terms, and
   * renders alike for the same children.
   */
  @Property
  default void theFormulaStatesTheResultAndEveryChild(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    AggregationLaws.theFormulaStatesTheResultAndEveryChild(this::aggregation, scores, seed);
  }
}

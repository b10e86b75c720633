package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Formula;

/**
 * The laws of a symmetric, mean-like {@link Aggregation}, as jqwik properties: the result lies
 * between the lowest and the highest score (up to {@link #cap()}), equal scores give back that
 * score, the children's order and a common factor on the weights change nothing, and raising a
 * score never lowers the result. Implement it with your aggregation, as the built-ins' tests do.
 */
public interface AggregationContract {

  /**
   * The aggregation under test, built afresh on each call (a singleton returns itself): the
   * equality law compares two of them, as a policy compares the aggregations it is built with.
   */
  Aggregation aggregation();

  /**
   * Two aggregations built alike are equal, hash alike and print alike, and differ from other
   * objects.
   */
  @Example
  default void aggregationsBuiltAlikeAreEqualValues() {
    Aggregation one = aggregation();
    Aggregation two = aggregation();
    new com.google.common.testing.EqualsTester().addEqualityGroup(one, two).testEquals();
    assertEquals(one.toString(), two.toString());
    assertEquals(one.spec(), two.spec());
  }

  /** The highest result the aggregation gives, if it caps: infinity otherwise. */
  default double cap() {
    return Double.POSITIVE_INFINITY;
  }

  /** How far apart results that should be equal may be, for floating-point rounding. */
  default double tolerance() {
    return 1e-9;
  }

  @Provide
  default Arbitrary<double[]> scores() {
    return Arbitraries.doubles()
        .between(0, 1.5)
        .ofScale(3)
        .array(double[].class)
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  default Arbitrary<Double> weights() {
    return Arbitraries.doubles().between(0.01, 10).ofScale(2);
  }

  private static double[] weightsFor(double[] scores, long seed) {
    Random r = new Random(seed);
    double[] w = new double[scores.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = 0.05 + r.nextInt(200) / 20.0;
    }
    return w;
  }

  @Property
  default void theResultLiesBetweenTheLowestAndTheHighestScore(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    double[] w = weightsFor(scores, seed);
    double r = aggregation().aggregate(scores.clone(), w);
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double low = Math.min(min, cap());
    double high = Math.min(max, cap());
    assertTrue(Double.isFinite(r));
    assertTrue(
        r >= low - tolerance() && r <= high + tolerance(),
        () -> "result " + r + " outside [" + low + ", " + high + "]");
  }

  @Property
  default void equalScoresGiveBackThatScore(
      @ForAll("weights") double score,
      @IntRange(min = 1, max = 12) @ForAll int n,
      @ForAll long seed) {
    double s = Math.min(score / 10, cap());
    double[] scores = new double[n];
    java.util.Arrays.fill(scores, s);
    assertEquals(s, aggregation().aggregate(scores, weightsFor(scores, seed)), tolerance());
  }

  @Property
  default void theOrderOfTheChildrenDoesNotMatter(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    double[] w = weightsFor(scores, seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] s2 = new double[scores.length];
    double[] w2 = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      s2[i] = scores[order.get(i)];
      w2[i] = w[order.get(i)];
    }
    assertEquals(
        aggregation().aggregate(scores.clone(), w.clone()), aggregation().aggregate(s2, w2));
  }

  @Property
  default void scalingEveryWeightChangesNothing(
      @ForAll("scores") double[] scores, @ForAll long seed, @ForAll("weights") double k) {
    double[] w = weightsFor(scores, seed);
    double[] scaled = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      scaled[i] = w[i] * k;
    }
    assertEquals(
        aggregation().aggregate(scores.clone(), w),
        aggregation().aggregate(scores.clone(), scaled),
        tolerance());
  }

  @Property
  default void raisingAScoreNeverLowersTheResult(
      @ForAll("scores") double[] scores, @ForAll long seed, @ForAll("weights") double raise) {
    double[] w = weightsFor(scores, seed);
    int i = new Random(seed).nextInt(scores.length);
    double[] raised = scores.clone();
    raised[i] += raise / 10;
    assertTrue(
        aggregation().aggregate(raised, w.clone())
            >= aggregation().aggregate(scores.clone(), w.clone()) - tolerance());
  }

  @Property
  default void theFormulaStatesTheResultAndEveryChild(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    double[] w = weightsFor(scores, seed);
    Formula f = aggregation().formula(scores.clone(), w.clone());
    f.result()
        .ifPresent(r -> assertEquals(aggregation().aggregate(scores.clone(), w.clone()), r, 0.0));
    if (!f.terms().isEmpty()) {
      assertEquals(scores.length, f.terms().size(), "a term per child");
    }
    assertEquals(f.render(), aggregation().formula(scores.clone(), w.clone()).render());
  }
}

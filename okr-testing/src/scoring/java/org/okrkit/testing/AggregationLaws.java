package org.okrkit.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Formula;

/**
 * The laws of {@link AggregationContract}, each stated once for one sample: the contract's
 * properties and {@link Contracts}' plain checks both call these. {@code aggregation} gives the
 * aggregation under test, afresh or not, on each call; the children's weights are drawn from {@code
 * seed}.
 */
final class AggregationLaws {
  private AggregationLaws() {}

  private static double[] weightsFor(double[] scores, long seed) {
    Random r = new Random(seed);
    double[] w = new double[scores.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = 0.05 + r.nextInt(200) / 20.0;
    }
    return w;
  }

  private static String children(double[] scores, double[] weights) {
    return "scores " + Arrays.toString(scores) + " weighted " + Arrays.toString(weights);
  }

  static void theResultLiesBetweenTheLowestAndTheHighestScore(
      Supplier<? extends Aggregation> aggregation,
      double cap,
      double tolerance,
      double[] scores,
      long seed) {
    double[] w = weightsFor(scores, seed);
    double r = aggregation.get().aggregate(scores.clone(), w.clone());
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double low = Math.min(min, cap);
    double high = Math.min(max, cap);
    Expect.that(
        Double.isFinite(r), () -> "result " + r + " is not finite, for " + children(scores, w));
    Expect.that(
        r >= low - tolerance && r <= high + tolerance,
        () -> "result " + r + " outside [" + low + ", " + high + "], for " + children(scores, w));
  }

  static void equalScoresGiveBackThatScore(
      Supplier<? extends Aggregation> aggregation,
      double cap,
      double tolerance,
      double score,
      int n,
      long seed) {
    double s = Math.min(score / 10, cap);
    double[] scores = new double[n];
    Arrays.fill(scores, s);
    double[] w = weightsFor(scores, seed);
    Expect.close(
        s,
        aggregation.get().aggregate(scores.clone(), w.clone()),
        tolerance,
        () -> "the result for " + children(scores, w));
  }

  static void theOrderOfTheChildrenDoesNotMatter(
      Supplier<? extends Aggregation> aggregation, double[] scores, long seed) {
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
    Expect.same(
        aggregation.get().aggregate(scores.clone(), w.clone()),
        aggregation.get().aggregate(s2.clone(), w2.clone()),
        () -> "the result for " + children(s2, w2) + ", the children of " + children(scores, w));
  }

  static void scalingEveryWeightChangesNothing(
      Supplier<? extends Aggregation> aggregation,
      double tolerance,
      double[] scores,
      long seed,
      double k) {
    double[] w = weightsFor(scores, seed);
    double[] scaled = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      scaled[i] = w[i] * k;
    }
    Expect.close(
        aggregation.get().aggregate(scores.clone(), w.clone()),
        aggregation.get().aggregate(scores.clone(), scaled.clone()),
        tolerance,
        () -> "the result for " + children(scores, scaled) + ", the weights times " + k);
  }

  static void raisingAScoreNeverLowersTheResult(
      Supplier<? extends Aggregation> aggregation,
      double tolerance,
      double[] scores,
      long seed,
      double raise) {
    double[] w = weightsFor(scores, seed);
    int i = new Random(seed).nextInt(scores.length);
    double[] raised = scores.clone();
    raised[i] += raise / 10;
    double before = aggregation.get().aggregate(scores.clone(), w.clone());
    double after = aggregation.get().aggregate(raised.clone(), w.clone());
    Expect.that(
        after >= before - tolerance,
        () ->
            "raising score "
                + i
                + " lowered the result from "
                + before
                + " to "
                + after
                + ", for "
                + children(scores, w));
  }

  static void theFormulaStatesTheResultAndEveryChild(
      Supplier<? extends Aggregation> aggregation, double[] scores, long seed) {
    double[] w = weightsFor(scores, seed);
    Formula f = aggregation.get().formula(scores.clone(), w.clone());
    double result = aggregation.get().aggregate(scores.clone(), w.clone());
    f.result()
        .ifPresent(
            r ->
                Expect.close(
                    result, r, 0.0, () -> "the formula's result, for " + children(scores, w)));
    if (!f.terms().isEmpty()) {
      Expect.equal(
          scores.length,
          f.terms().size(),
          () -> "the formula's terms (a term per child), for " + children(scores, w));
    }
    Expect.equal(
        f.render(),
        aggregation.get().formula(scores.clone(), w.clone()).render(),
        () -> "the rendered formula of the same children, " + children(scores, w));
  }

  static void aggregationsBuiltAlikeAreEqualValues(Aggregation one, Aggregation two) {
    Expect.equalValues(one, two, "aggregation");
    Expect.equal(one.toString(), two.toString(), () -> "the names of two equal aggregations");
    Expect.equal(one.spec(), two.spec(), () -> "the specs of two equal aggregations");
  }
}

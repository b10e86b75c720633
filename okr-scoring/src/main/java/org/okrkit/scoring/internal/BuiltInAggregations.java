package org.okrkit.scoring.internal;

import java.util.Arrays;
import java.util.Comparator;
import org.okrkit.scoring.Formula;

/**
 * What the built-in aggregations ({@link org.okrkit.scoring.BuiltInAggregation}) compute with: sums
 * over the children in a canonical order (by score, then weight), so that results do not depend on
 * the children's order, and means as offsets from the lowest score, so that equal scores give back
 * exactly that score.
 */
public final class BuiltInAggregations {
  private BuiltInAggregations() {}

  /** The children's positions sorted by score then weight: the order sums run in. */
  public static Integer[] canonical(double[] scores, double[] weights) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> scores[i]).thenComparingDouble(i -> weights[i]));
    return order;
  }

  public static double min(double[] scores) {
    double m = scores[0];
    for (double s : scores) {
      m = Math.min(m, s);
    }
    return m;
  }

  public static double max(double[] scores) {
    double m = scores[0];
    for (double s : scores) {
      m = Math.max(m, s);
    }
    return m;
  }

  public static double weightedMean(double[] scores, double[] weights) {
    double low = min(scores);
    double sum = 0;
    double total = 0;
    for (int i : canonical(scores, weights)) {
      sum += weights[i] * (scores[i] - low);
      total += weights[i];
    }
    return Math.min(max(scores), low + sum / total);
  }

  /** A formula of {@code kind} over the children's scores and weights, without numbers yet. */
  public static Formula.Builder terms(Formula.Kind kind, double[] scores, double[] weights) {
    Formula.Builder f = Formula.builder().kind(kind);
    for (int i = 0; i < scores.length; i++) {
      f.addTerm(Formula.Term.weighted(scores[i], weights[i]));
    }
    return f;
  }

  /**
   * A formula of {@code kind} over the children's scores and weights with their {@code total}
   * weight, after a parameter named {@code name} when one is given.
   */
  public static Formula.Builder weighted(
      Formula.Kind kind, double[] scores, double[] weights, String name, double parameter) {
    return terms(kind, scores, weights)
        .putNumber(name, parameter)
        .putNumber("total", total(weights));
  }

  /** A formula of {@code kind} over the children's scores and weights with their total weight. */
  public static Formula.Builder weighted(Formula.Kind kind, double[] scores, double[] weights) {
    return terms(kind, scores, weights).putNumber("total", total(weights));
  }

  /** The sum of the weights, in the children's order, as explanations show it. */
  private static double total(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    return total;
  }
}

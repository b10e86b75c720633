package org.okrkit.scoring.internal;

import org.okrkit.scoring.Aggregation;

import static org.okrkit.core.Numbers.plain;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;

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

  public static String weightedTerms(double[] scores, double[] weights) {
    StringBuilder text = new StringBuilder("(");
    double total = 0;
    for (int i = 0; i < scores.length; i++) {
      text.append(i == 0 ? "" : " + ").append(plain(scores[i])).append("*").append(plain(weights[i]));
      total += weights[i];
    }
    return text.append(") / ").append(plain(total)).toString();
  }
}

package org.okrkit.scoring.internal;

import org.okrkit.scoring.Aggregation;

import static org.okrkit.core.internal.Checks.number;
import static org.okrkit.core.internal.Checks.requireArgument;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The built-in aggregations. Sums run over the children in a canonical order (by score, then
 * weight) so that results do not depend on the children's order, and means are computed as offsets
 * from the lowest score so that equal scores give back exactly that score.
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
      text.append(i == 0 ? "" : " + ").append(number(scores[i])).append("*").append(number(weights[i]));
      total += weights[i];
    }
    return text.append(") / ").append(number(total)).toString();
  }

  /** Σ w·s / Σ w. */
  public enum WeightedMean implements Aggregation {
    INSTANCE;

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return weightedMean(scores, weights);
    }

    @Override
    public String explain(double[] scores, double[] weights) {
      return weightedTerms(scores, weights) + " = " + Display.score(aggregate(scores, weights));
    }

    @Override
    public String toString() {
      return "weightedMean";
    }
  }

  /** The lowest score; weights play no part. */
  public enum Minimum implements Aggregation {
    INSTANCE;

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return min(scores);
    }

    @Override
    public String explain(double[] scores, double[] weights) {
      StringBuilder text = new StringBuilder("min(");
      for (int i = 0; i < scores.length; i++) {
        text.append(i == 0 ? "" : ", ").append(number(scores[i]));
      }
      return text.append(") = ").append(Display.score(aggregate(scores, weights))).toString();
    }

    @Override
    public String toString() {
      return "minimum";
    }
  }

  /** Π s^(w / Σ w); any score of 0 makes it 0. */
  public enum GeometricMean implements Aggregation {
    INSTANCE;

    @Override
    public double aggregate(double[] scores, double[] weights) {
      double low = min(scores);
      if (low == 0) {
        return 0.0;
      }
      double logSum = 0;
      double total = 0;
      for (int i : canonical(scores, weights)) {
        logSum += weights[i] * Math.log(scores[i] / low);
        total += weights[i];
      }
      return Math.min(max(scores), low * Math.exp(logSum / total));
    }

    @Override
    public String explain(double[] scores, double[] weights) {
      StringBuilder text = new StringBuilder("(");
      double total = 0;
      for (int i = 0; i < scores.length; i++) {
        text.append(i == 0 ? "" : " * ").append(number(scores[i])).append("^").append(number(weights[i]));
        total += weights[i];
      }
      return text.append(")^(1/").append(number(total)).append(") = ")
          .append(Display.score(aggregate(scores, weights))).toString();
    }

    @Override
    public String toString() {
      return "geometricMean";
    }
  }

  /** The weighted mean when every child scores at least the pass mark; otherwise the lowest score. */
  public record AllMustPass(double passMark) implements Aggregation {
    public AllMustPass {
      requireArgument(
          Double.isFinite(passMark) && passMark >= 0,
          "allMustPass pass mark must be a finite number of at least 0, got %s",
          number(passMark));
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      double low = min(scores);
      return low >= passMark ? weightedMean(scores, weights) : low;
    }

    @Override
    public String explain(double[] scores, double[] weights) {
      double low = min(scores);
      if (low >= passMark) {
        return "every child passes " + number(passMark) + ": " + weightedTerms(scores, weights)
            + " = " + Display.score(aggregate(scores, weights));
      }
      return "a child scores " + number(low) + ", below the pass mark " + number(passMark)
          + ": the lowest score " + number(low);
    }

    @Override
    public String toString() {
      return "allMustPass(passMark=" + number(passMark) + ")";
    }
  }

  /** min(cap, Σ (w / Σ w)·s): shares of a whole that over-achievement can fill only up to the cap. */
  public record CappedWeightedSum(double cap) implements Aggregation {
    public CappedWeightedSum {
      requireArgument(
          Double.isFinite(cap) && cap > 0,
          "cappedWeightedSum cap must be a finite number above 0, got %s",
          number(cap));
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return Math.min(cap, weightedMean(scores, weights));
    }

    @Override
    public String explain(double[] scores, double[] weights) {
      return "min(" + number(cap) + ", " + weightedTerms(scores, weights) + ") = "
          + Display.score(aggregate(scores, weights));
    }

    @Override
    public String toString() {
      return "cappedWeightedSum(cap=" + number(cap) + ")";
    }
  }
}

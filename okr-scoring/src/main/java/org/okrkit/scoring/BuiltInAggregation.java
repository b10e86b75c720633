package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

import java.util.Optional;
import org.okrkit.scoring.internal.BuiltInAggregations;

/**
 * The built-in aggregations, each both an {@link Aggregation} and its own {@link AggregationSpec}:
 * a value whose {@linkplain #kind() kind} and components are its parameters. {@link Aggregations}
 * makes them. Sums run over the children in a canonical order (by score, then weight) so that
 * results do not depend on the children's order, and means are computed as offsets from the lowest
 * score so that equal scores give back exactly that score.
 */
public sealed interface BuiltInAggregation extends Aggregation, AggregationSpec
    permits BuiltInAggregation.WeightedMean,
        BuiltInAggregation.Minimum,
        BuiltInAggregation.GeometricMean,
        BuiltInAggregation.AllMustPass,
        BuiltInAggregation.CappedWeightedSum {

  /** The kinds of the built-ins, as policy files name them. */
  java.util.Set<String> KINDS =
      java.util.Set.of(
          "weightedMean", "minimum", "geometricMean", "allMustPass", "cappedWeightedSum");

  /** This aggregation, as its own spec. */
  @Override
  default Optional<AggregationSpec> spec() {
    return Optional.of(this);
  }

  /** This aggregation: a built-in needs no extension to be rebuilt. */
  @Override
  default Aggregation aggregation(PolicyExtensions extensions) {
    return this;
  }

  /** Σ w·s / Σ w. */
  enum WeightedMean implements BuiltInAggregation {
    INSTANCE;

    @Override
    public String kind() {
      return "weightedMean";
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return BuiltInAggregations.weightedMean(scores, weights);
    }

    @Override
    public Formula formula(double[] scores, double[] weights) {
      return BuiltInAggregations.weighted(Formula.Kind.WEIGHTED_MEAN, scores, weights)
          .putNumber("result", aggregate(scores, weights))
          .build();
    }

    @Override
    public String toString() {
      return "weightedMean";
    }
  }

  /** The lowest score; weights play no part. */
  enum Minimum implements BuiltInAggregation {
    INSTANCE;

    @Override
    public String kind() {
      return "minimum";
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return BuiltInAggregations.min(scores);
    }

    @Override
    public Formula formula(double[] scores, double[] weights) {
      return BuiltInAggregations.terms(Formula.Kind.MINIMUM, scores, weights)
          .putNumber("result", aggregate(scores, weights))
          .build();
    }

    @Override
    public String toString() {
      return "minimum";
    }
  }

  /** Π s^(w / Σ w); any score of 0 makes it 0. */
  enum GeometricMean implements BuiltInAggregation {
    INSTANCE;

    @Override
    public String kind() {
      return "geometricMean";
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      double low = BuiltInAggregations.min(scores);
      if (low == 0) {
        return 0.0;
      }
      double logSum = 0;
      double total = 0;
      for (int i : BuiltInAggregations.canonical(scores, weights)) {
        logSum += weights[i] * Math.log(scores[i] / low);
        total += weights[i];
      }
      return Math.min(BuiltInAggregations.max(scores), low * Math.exp(logSum / total));
    }

    @Override
    public Formula formula(double[] scores, double[] weights) {
      return BuiltInAggregations.weighted(Formula.Kind.GEOMETRIC_MEAN, scores, weights)
          .putNumber("result", aggregate(scores, weights))
          .build();
    }

    @Override
    public String toString() {
      return "geometricMean";
    }
  }

  /**
   * The weighted mean when every child scores at least the pass mark; otherwise the lowest score.
   */
  record AllMustPass(double passMark) implements BuiltInAggregation {
    /** Checks the pass mark. */
    public AllMustPass {
      PolicyProblems.require(
          Double.isFinite(passMark) && passMark >= 0, "aggregation.passMark", "passMark", passMark);
    }

    @Override
    public String kind() {
      return "allMustPass";
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      double low = BuiltInAggregations.min(scores);
      return low >= passMark ? BuiltInAggregations.weightedMean(scores, weights) : low;
    }

    @Override
    public Formula formula(double[] scores, double[] weights) {
      double low = BuiltInAggregations.min(scores);
      if (low >= passMark) {
        return BuiltInAggregations.weighted(
                Formula.Kind.ALL_PASS, scores, weights, "passMark", passMark)
            .putNumber("result", aggregate(scores, weights))
            .build();
      }
      return BuiltInAggregations.terms(Formula.Kind.BELOW_PASS_MARK, scores, weights)
          .putNumber("lowest", low)
          .putNumber("passMark", passMark)
          .putNumber("result", low)
          .build();
    }

    @Override
    public String toString() {
      return "allMustPass(passMark=" + plain(passMark) + ")";
    }
  }

  /**
   * min(cap, Σ (w / Σ w)·s): shares of a whole that over-achievement can fill only up to the cap.
   */
  record CappedWeightedSum(double cap) implements BuiltInAggregation {
    /** Checks the cap. */
    public CappedWeightedSum {
      PolicyProblems.require(Double.isFinite(cap) && cap > 0, "aggregation.cap", "cap", cap);
    }

    @Override
    public String kind() {
      return "cappedWeightedSum";
    }

    @Override
    public double aggregate(double[] scores, double[] weights) {
      return Math.min(cap, BuiltInAggregations.weightedMean(scores, weights));
    }

    @Override
    public Formula formula(double[] scores, double[] weights) {
      return BuiltInAggregations.weighted(
              Formula.Kind.CAPPED_WEIGHTED_SUM, scores, weights, "cap", cap)
          .putNumber("result", aggregate(scores, weights))
          .build();
    }

    @Override
    public String toString() {
      return "cappedWeightedSum(cap=" + plain(cap) + ")";
    }
  }
}

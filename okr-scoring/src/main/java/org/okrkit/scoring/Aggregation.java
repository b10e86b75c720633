package org.okrkit.scoring;

/**
 * Combines the scores of an element's children into the element's score: key results into an
 * objective, KPIs into an owner's scorecard. The built-ins come from {@link Aggregations}; hosts
 * may implement their own.
 *
 * <p>Aggregations are only asked about at least one child: an element with no scored child is
 * <em>unscored</em> (it has no score, band or status) and its own parent leaves it out in turn.
 * Scores are finite and at least 0; weights are finite and above 0, and only their ratios are meant
 * to matter. The result must be finite and at least 0; the built-ins never exceed the highest child
 * score. The arrays belong to the call; an implementation must not keep them.
 */
@FunctionalInterface
public interface Aggregation {

  /**
   * The combined score.
   *
   * @param scores the children's scores, at least one
   * @param weights the children's weights, as many as scores
   */
  double aggregate(double[] scores, double[] weights);

  /**
   * How the result comes about, as data: the formula with its numbers, which explanations render as
   * {@code (0.65*1 + 0.6*1) / 2 = 0.625}. The built-ins give their own formulas; the default gives
   * an {@link Formula.Kind#AGGREGATION AGGREGATION} formula named by {@code toString()}, with a
   * term of each score and weight and the result, rendered {@code max of 0.65*2, 0.6*1 = 0.65}.
   *
   * @param scores the children's scores, at least one
   * @param weights the children's weights, as many as scores
   */
  default Formula formula(double[] scores, double[] weights) {
    Formula.Builder f = Formula.builder().kind(Formula.Kind.AGGREGATION).text(toString());
    for (int i = 0; i < scores.length; i++) {
      f.addTerm(Formula.Term.weighted(scores[i], weights[i]));
    }
    return f.putNumber("result", aggregate(scores, weights)).build();
  }

  /**
   * This aggregation as data, from which it can be rebuilt elsewhere: a built-in is its own spec;
   * one of a {@linkplain AggregationProvider registered kind} returns its {@link
   * AggregationSpec.Named}. Empty (the default) for a host's aggregation that has none.
   */
  default java.util.Optional<AggregationSpec> spec() {
    return java.util.Optional.empty();
  }
}

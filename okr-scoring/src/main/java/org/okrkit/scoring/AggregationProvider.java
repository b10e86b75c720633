package org.okrkit.scoring;

/**
 * Makes the aggregations of one {@linkplain AggregationSpec.Named named kind}; registered like a
 * {@link StrategyProvider}.
 */
public interface AggregationProvider {

  /** The kind this provider makes: an id, not the name of a built-in. */
  String kind();

  /**
   * The aggregation of {@code spec}, whose kind is this provider's.
   *
   * @throws IllegalArgumentException if the parameters are not what this kind takes, saying which
   */
  Aggregation aggregation(AggregationSpec.Named spec);
}

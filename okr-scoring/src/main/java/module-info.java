/** Scoring of okrkit plans: strategies, aggregations, policies and scorecards with explanations. */
module org.okrkit.scoring {
  requires transitive org.okrkit.core;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.scoring;
  exports org.okrkit.scoring.lifecycle;

  uses org.okrkit.scoring.StrategyProvider;
  uses org.okrkit.scoring.AggregationProvider;
  uses org.okrkit.scoring.PaceProvider;
}

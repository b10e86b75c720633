/**
 * okrkit's contract kits, for a host's tests: the laws every {@link
 * org.okrkit.scoring.ScoringStrategy}, {@link org.okrkit.scoring.Aggregation} and {@link
 * org.okrkit.alignment.AlignmentRule} keeps, as jqwik properties to implement ({@link
 * org.okrkit.testing.ScoringStrategyContract}, {@link
 * org.okrkit.testing.MirrorSymmetricStrategyContract}, {@link
 * org.okrkit.testing.AggregationContract}, {@link org.okrkit.testing.AlignmentRuleContract}) and as
 * plain checks any test framework can call ({@link org.okrkit.testing.Contracts}), with the
 * generators of valid plans and scoring inputs they draw their samples from.
 */
module org.okrkit.testing {
  requires transitive org.okrkit.core;
  requires transitive org.okrkit.scoring;
  requires transitive org.okrkit.alignment;
  requires transitive net.jqwik.api;

  exports org.okrkit.testing;
}

/**
 * Scoring of okrkit plans: strategies, aggregations, policies and scorecards with explanations.
 */
module org.okrkit.scoring {
  requires transitive org.okrkit.core;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.scoring;
  exports org.okrkit.scoring.alignment;
  exports org.okrkit.scoring.lifecycle;
  // the built-ins' parameters, for the modules that store policies as data
  exports org.okrkit.scoring.internal to
      org.okrkit.io,
      org.okrkit.simulation;
}

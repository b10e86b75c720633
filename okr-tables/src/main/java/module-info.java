/**
 * Plan tables: a plan as rows of owners, objectives, key results, KPIs, tags, contributions,
 * milestones, revisions and check-ins, each row under a {@link org.okrkit.tables.PlanKey}, turned
 * into plans and back with every problem located at its row. It needs okr-core alone, so that a
 * host (or an engine such as Spark) can assemble plans from its own rows without okr-io's file
 * libraries.
 */
module org.okrkit.tables {
  requires transitive org.okrkit.core;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.tables;
}

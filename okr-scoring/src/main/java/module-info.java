/** Scoring strategies, aggregations and policies for okrkit plans. */
module org.okrkit.scoring {
  requires transitive org.okrkit.core;
}

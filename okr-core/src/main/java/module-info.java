/**
 * The okrkit domain model: owners, periods, objectives, key results, KPIs, targets, check-ins and
 * the validated {@link org.okrkit.core.Plan} aggregate.
 */
module org.okrkit.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;
  requires static transitive com.google.errorprone.annotations;

  exports org.okrkit.core;
  exports org.okrkit.core.diff;
  exports org.okrkit.core.text;
}

package org.okrkit.scoring;

/**
 * Which target a key result or KPI is judged against when its target was {@linkplain
 * org.okrkit.core.Revision revised} during the period. Weights and contributions always follow the
 * revisions in force on the scorecard's date.
 */
public enum TargetRule {
  /**
   * The target in force on the scorecard's date: a revision counts from its date on, and a score
   * taken before it is never changed by it. The default.
   */
  IN_FORCE,
  /** The target as first set, ignoring every target revision. */
  ORIGINAL,
  /**
   * A blend: the score against each target in force during the period up to the scorecard's date,
   * weighted by the days it was in force.
   */
  TIME_WEIGHTED
}

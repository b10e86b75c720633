package org.okrkit.scoring;

/**
 * Whether progress keeps pace with the time elapsed, decided by the gap between expected and actual
 * progress and the policy's tolerances.
 */
public enum Status {
  /** Progress is within the on-track tolerance of the expected pace, or ahead of it. */
  ON_TRACK,
  /** Behind the pace by more than the on-track tolerance, but within the at-risk tolerance. */
  AT_RISK,
  /** Behind the pace by more than the at-risk tolerance. */
  OFF_TRACK
}

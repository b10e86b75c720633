package org.okrkit.scoring;

/** What a key result or KPI scores when it has no check-in on or before the as-of date. */
public enum MissingValue {
  /** It scores 0, with progress 0: nothing reported counts as nothing achieved. The default. */
  ZERO,
  /** It has no score, band or status, and aggregations leave it out: "no data yet". */
  UNSCORED
}

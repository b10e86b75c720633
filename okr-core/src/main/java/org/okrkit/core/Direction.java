package org.okrkit.core;

/** Which way a measure should move. */
public enum Direction {
  /** Higher is better: partners signed, monthly active users, pass rate. */
  INCREASE,
  /** Lower is better: return rate, complaints, cost. */
  DECREASE,
  /** Staying inside a band is best: features shipped "3 to 5", a budget corridor. */
  RANGE
}

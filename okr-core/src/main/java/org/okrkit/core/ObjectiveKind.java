package org.okrkit.core;

/** How an objective is meant to be judged. */
public enum ObjectiveKind {
  /** The team commits to deliver it in full: anything below 1.0 is a miss. */
  COMMITTED,
  /** A stretch goal: landing near 0.7 is a good result. */
  ASPIRATIONAL
}

package org.okrkit.core;

/**
 * The kind of quantity a measure counts. It documents the numbers and lets reports format them;
 * scoring does not depend on it. Percentages are written in percent points: {@code 98} means 98 %.
 */
public enum Unit {
  /** A number of things: partners, campaigns, meetings. */
  COUNT,
  /** Percent points: 98 means 98 %. */
  PERCENT,
  /** An amount of money. */
  CURRENCY,
  /** A score on a rating scale, such as user satisfaction from 1 to 5. */
  RATING,
  /** A plain ratio or multiple. */
  RATIO,
  /** A length of time. */
  DURATION,
  /** Done or not done: milestones. */
  MILESTONE,
  /** Anything else. */
  OTHER
}

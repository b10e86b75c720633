package org.okrkit.core;

/**
 * An organisational level, from the whole company down to one person. The declaration order is the
 * order of the org chart: {@code COMPANY} is the highest level.
 */
public enum Level {
  /** The whole organisation. */
  COMPANY,
  /** A department or business unit. */
  DEPARTMENT,
  /** A team inside a department. */
  TEAM,
  /** One person. */
  INDIVIDUAL;

  /** Whether this level lies strictly higher in the org chart than {@code other}. */
  public boolean isAbove(Level other) {
    return compareTo(other) < 0;
  }

  /** Whether this level lies strictly lower in the org chart than {@code other}. */
  public boolean isBelow(Level other) {
    return compareTo(other) > 0;
  }
}

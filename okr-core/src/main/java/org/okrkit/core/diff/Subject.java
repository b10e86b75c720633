package org.okrkit.core.diff;

/** What a change of a {@link PlanDiff} is about. */
public enum Subject {
  /** The plan itself: its period, name, and the counts of check-ins and revisions. */
  PLAN("plan"),
  /** An owner. */
  OWNER("owner"),
  /** An objective. */
  OBJECTIVE("objective"),
  /** A key result. */
  KEY_RESULT("key result"),
  /** A KPI. */
  KPI("KPI");

  private final String noun;

  Subject(String noun) {
    this.noun = noun;
  }

  /** The subject as text reads it: {@code "key result"}. */
  public String noun() {
    return noun;
  }
}

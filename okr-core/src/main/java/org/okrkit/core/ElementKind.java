package org.okrkit.core;

/** The kinds of {@link Element} a {@link Plan} holds. */
public enum ElementKind {
  /** An {@link Objective}. */
  OBJECTIVE("objective", "objectives"),
  /** A {@link KeyResult}. */
  KEY_RESULT("key result", "keyResults"),
  /** A {@link Kpi}. */
  KPI("KPI", "kpis");

  private final String noun;
  private final String collection;

  ElementKind(String noun, String collection) {
    this.noun = noun;
    this.collection = collection;
  }

  /** The kind as messages name it: {@code "key result"}. */
  public String noun() {
    return noun;
  }

  /**
   * The name of the plan's collection of this kind, as validation paths use it: {@code
   * "keyResults"}.
   */
  public String collection() {
    return collection;
  }
}

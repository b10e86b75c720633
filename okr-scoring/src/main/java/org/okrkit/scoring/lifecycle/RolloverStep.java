package org.okrkit.scoring.lifecycle;

import org.immutables.value.Value;

/** One thing a {@link Rollover} did to make the next period's plan, for the record. */
@Value.Immutable
public abstract sealed class RolloverStep permits ImmutableRolloverStep {

  RolloverStep() {}

  /** The kinds of step. */
  public enum Kind {
    /** The plan moved to the next period; check-ins and revisions were left behind. */
    NEXT_PERIOD,
    /** An objective or key result was closed: it is not in the next plan. */
    CLOSED,
    /** An objective (with its key results) carried on into the next plan. */
    KEPT,
    /** An owner, objective, key result or KPI was added. */
    ADDED,
    /** A KPI was retired. */
    RETIRED,
    /** A KPI's target was given a new baseline, its last value. */
    REBASELINED,
    /** A KPI's own period was dropped: it takes the next plan's. */
    PERIOD_DROPPED,
    /** A KPI's weight was set to the proposed one, or to one given. */
    REWEIGHTED,
    /** A tie was dropped because what it led to was closed, or the KPI was relinked. */
    LINK_DROPPED,
    /** A KPI was linked to a key result. */
    LINK_ADDED,
    /** A KPI's contribution weight to a key result changed. */
    LINK_REWEIGHTED
  }

  /** The kind. */
  @Value.Parameter
  public abstract Kind kind();

  /** The id of the owner, objective, key result or KPI concerned; for a link, its source. */
  @Value.Parameter
  public abstract String id();

  /** What happened, for people: {@code target 0 -> 5 => 4 -> 5}. */
  @Value.Parameter
  public abstract String detail();

  /** A step. */
  public static RolloverStep of(Kind kind, String id, String detail) {
    return ImmutableRolloverStep.of(kind, id, detail);
  }

  /**
   * {@code REBASELINED K1: target 0 -> 5 => 4 -> 5}; a step of the plan as a whole has no id:
   * {@code NEXT_PERIOD: 2026-Q2 => 2026-Q3; …}.
   */
  @Override
  public final String toString() {
    return kind()
        + (id().isEmpty() ? "" : " " + id())
        + (detail().isEmpty() ? "" : ": " + detail());
  }
}

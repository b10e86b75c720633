package org.okrkit.scoring;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okrkit.core.ElementKind;

/**
 * The result for one objective, key result or KPI in a {@link Scorecard}. An unscored element (see
 * {@link ScoringPolicy}) has no score, band or status.
 */
@Value.Immutable
public abstract sealed class ElementScore permits ImmutableElementScore {

  ElementScore() {}

  /** The element's id. */
  public abstract String id();

  /** The element's kind. */
  public abstract ElementKind kind();

  /** The score, from 0 to the strategy's or aggregation's highest; empty when unscored. */
  public abstract OptionalDouble score();

  /** The colour band of the score. */
  public abstract Optional<Band> band();

  /** Whether progress keeps pace with the period. */
  public abstract Optional<Status> status();

  /**
   * A key result's or KPI's value as of the scorecard's date; empty with no check-in, and for
   * objectives.
   */
  public abstract OptionalDouble actual();

  /**
   * A key result's or KPI's progress: achievement clamped to [0, 1], as pace and status compare it.
   * Empty with no check-in (unless missing values score 0), and for objectives.
   */
  public abstract OptionalDouble progress();

  /**
   * A key result's or KPI's progress signed: the achievement as it is, below 0 when the value fell
   * past the baseline, away from the target (from 20 to 0 on the way to 100 is -0.25), above 1
   * beyond the target; {@link #progress()} is this clamped to [0, 1]. Present exactly when {@link
   * #progress()} is. Scores, bands and status do not depend on it. For a KPI whose score was forced
   * ({@link Scorecard#withKpiScore}) it is the forced progress.
   */
  public abstract OptionalDouble signedProgress();

  /**
   * How confident the reporters are of reaching the target, from 0 to 1. For a key result or KPI,
   * the confidence of its latest check-in by the scorecard's date that carries one; for an
   * objective, the weighted mean of its key results' and contributing objectives' confidences by
   * the weights its score rolls up with, renormalised over those known. Empty when unknown (no
   * confidence reported, or none of an objective's parts known): unknown is never 0.
   */
  public abstract OptionalDouble confidence();

  /** The progress expected by the scorecard's date, from 0 to 1. */
  public abstract OptionalDouble expectedProgress();

  /** Whether the element has a score. */
  public final boolean isScored() {
    return score().isPresent();
  }
}

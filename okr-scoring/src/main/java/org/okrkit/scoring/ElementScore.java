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

  /** A key result's or KPI's progress: achievement clamped to [0, 1]. */
  public abstract OptionalDouble progress();

  /** The progress expected by the scorecard's date, from 0 to 1. */
  public abstract OptionalDouble expectedProgress();

  /** Whether the element has a score. */
  public final boolean isScored() {
    return score().isPresent();
  }
}

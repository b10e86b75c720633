package org.okrkit.scoring;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Where a key result or KPI is heading: the least-squares trend line through its check-ins (and its
 * baseline at the start of the period, for measures that accumulate toward the target), read at the
 * end of the period, and the score that value would earn; beside it, the value and score the pace
 * expects by the date scored.
 */
@Value.Immutable
public abstract sealed class Forecast permits ImmutableForecast {

  Forecast() {}

  /** The value the trend reaches on {@link #date()}. */
  public abstract double value();

  /** The last day of the element's period. */
  public abstract LocalDate date();

  /** The score {@link #value()} would earn under the element's strategy. */
  public abstract double score();

  /** The trend's change per day, in the measure's unit. */
  public abstract double slopePerDay();

  /** How many points the trend was fitted to (check-ins, plus the baseline when it counts). */
  public abstract int points();

  /**
   * The value the element would have on the date scored were it exactly on pace: {@code baseline +
   * expected × (target - baseline)}, with the progress the element's pace expects by then (in full
   * for a KPI that reports per interval). Empty for a range target or one without a baseline.
   */
  public abstract OptionalDouble onPaceValue();

  /** The score {@link #onPaceValue()} would earn under the element's strategy on that date. */
  public abstract OptionalDouble onPaceScore();
}

package org.okrkit.scoring;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Where a key result or KPI is heading: the least-squares trend line through its check-ins (and its
 * baseline at the start of the period, for measures that accumulate toward the target), read at the
 * end of the period, and the score that value would earn.
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
}

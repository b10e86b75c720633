package org.okrkit.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated observation of one key result's or KPI's value. For an element with a {@code
 * MILESTONES} target, a check-in reports one milestone: value 1 for done, 0 for not (or no longer)
 * done.
 */
@Value.Immutable
public abstract sealed class CheckIn implements WithCheckIn permits ImmutableCheckIn {

  CheckIn() {}

  /** The id of the key result or KPI observed. */
  public abstract String element();

  /** The day of the observation; inside the plan's period in a valid plan. */
  public abstract LocalDate date();

  /** The observed value in the measure's unit; finite in a valid plan. */
  public abstract double value();

  /** How confident the reporter is of reaching the target, from 0 to 1; optional. */
  public abstract OptionalDouble confidence();

  /** A free comment. */
  public abstract Optional<String> note();

  /**
   * The milestone reported on, for elements with a {@code MILESTONES} target; it may be left out
   * when the target has exactly one milestone. Absent for other elements.
   */
  public abstract Optional<String> milestone();

  /** A check-in with a value only. */
  public static CheckIn of(String element, LocalDate date, double value) {
    return builder().element(element).date(date).value(value).build();
  }

  /** A check-in that marks a milestone done ({@code done = true}) or not done. */
  public static CheckIn milestone(String element, LocalDate date, String milestone, boolean done) {
    return builder()
        .element(element)
        .date(date)
        .value(done ? 1.0 : 0.0)
        .milestone(milestone)
        .build();
  }

  /** A builder; element, date and value are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckIn}. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}

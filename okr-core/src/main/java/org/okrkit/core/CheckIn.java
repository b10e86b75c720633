package org.okrkit.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated observation of one key result's or KPI's value. For an element with a {@code MILESTONES}
 * target, a check-in reports one milestone: value 1 for done, 0 for not (or no longer) done.
 *
 * <p>How a {@link Plan} treats a stream of check-ins:
 *
 * <ul>
 *   <li><b>out of order</b>: a check-in dated before others of its element is accepted and takes
 *       its place by date; the value as of a date is always the latest by date, whatever the order
 *       of arrival;
 *   <li><b>same day</b>: of several check-ins of one element (and milestone) on one day, the one
 *       recorded last gives the value;
 *   <li><b>duplicate</b>: a check-in equal in every field to one already recorded for its element
 *       is ignored, so that a report delivered twice is recorded once;
 *   <li><b>correction</b>: a check-in marked {@link #correction()} replaces the value recorded for
 *       its element (and milestone) on its date; the replaced check-ins stay in the audit trail
 *       ({@link Plan#checkIns()}, {@link Plan#historyOf}) but no longer count. A correction with
 *       nothing recorded on its date to correct is invalid.
 * </ul>
 */
@Value.Immutable
public abstract sealed class CheckIn implements WithCheckIn permits ImmutableCheckIn {

  CheckIn() {}

  /** The id of the key result or KPI observed. */
  public abstract String elementId();

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

  /**
   * Whether this check-in corrects the value recorded for its element (and milestone) on its date,
   * replacing it rather than adding an observation. False by default.
   */
  @Value.Default
  public boolean correction() {
    return false;
  }

  /** Who reported the value, for the audit trail; not blank when present in a valid plan. */
  public abstract Optional<String> author();

  /** A check-in with a value only. */
  public static CheckIn of(String element, LocalDate date, double value) {
    return builder().elementId(element).date(date).value(value).build();
  }

  /** A check-in that marks a milestone done ({@code done = true}) or not done. */
  public static CheckIn milestone(String element, LocalDate date, String milestone, boolean done) {
    return builder()
        .elementId(element)
        .date(date)
        .value(done ? 1.0 : 0.0)
        .milestone(milestone)
        .build();
  }

  /** A correction of the value recorded for {@code element} on {@code date}. */
  public static CheckIn correction(String element, LocalDate date, double value) {
    return builder().elementId(element).date(date).value(value).correction(true).build();
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

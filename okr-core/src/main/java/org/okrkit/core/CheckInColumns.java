package org.okrkit.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A plan's check-ins that count, read by position: for computations over whole plans that would
 * otherwise make a {@link CheckIn} object for every check-in they look at. Element {@code m} is a
 * measured position of the plan's {@link PlanStructure} (key results first, then KPIs); its
 * check-ins that count are numbered from 0 by date, as {@link Plan#checkInsOf} lists them (same-day
 * ones in order of arrival; check-ins replaced by a correction left out).
 *
 * <p>A view of one plan's check-ins, made by {@link Plan#checkInColumns()}; immutable and safe to
 * share between threads. Methods that take a position throw {@link IndexOutOfBoundsException} for
 * one out of range.
 */
public final class CheckInColumns {
  private final History history;
  private final PlanStructure structure;

  CheckInColumns(History history, PlanStructure structure) {
    this.history = history;
    this.structure = structure;
  }

  /** How many check-ins of measured element {@code m} count. */
  public int count(int m) {
    return history.count(checkElement(m));
  }

  /** The date of the {@code i}-th check-in of element {@code m} that counts. */
  public LocalDate date(int m, int i) {
    return LocalDate.ofEpochDay(history.day(checkElement(m), i));
  }

  /** The date of the {@code i}-th check-in of element {@code m} that counts, as an epoch day. */
  public long epochDay(int m, int i) {
    return history.day(checkElement(m), i);
  }

  /** The value of the {@code i}-th check-in of element {@code m} that counts. */
  public double value(int m, int i) {
    return history.value(checkElement(m), i);
  }

  /**
   * The confidence of the {@code i}-th check-in of element {@code m} that counts, if it has one.
   */
  public OptionalDouble confidence(int m, int i) {
    return history.confidence(checkElement(m), i);
  }

  /** The {@code i}-th check-in of element {@code m} that counts, as an object. */
  public CheckIn checkIn(int m, int i) {
    return history.checkIn(checkElement(m), i, structure.measuredId(m));
  }

  /**
   * The number of the last check-in of element {@code m} that counts dated on or before {@code
   * date}: the one that gives the element's value as of the end of that day; -1 when there is none.
   */
  public int lastOnOrBefore(int m, LocalDate date) {
    return history.lastOnOrBefore(
        checkElement(m), Objects.requireNonNull(date, "date").toEpochDay());
  }

  /**
   * The value of element {@code m} as of the end of {@code date}: the value of the {@linkplain
   * #lastOnOrBefore last check-in} on or before it, or {@code absent} when there is none. For an
   * element with a {@code MILESTONES} target this is the value of the last report on any milestone;
   * {@link Plan#valueAsOf} gives its share of milestones done.
   */
  public double valueAsOf(int m, LocalDate date, double absent) {
    int i = lastOnOrBefore(m, date);
    return i < 0 ? absent : history.value(m, i);
  }

  private int checkElement(int m) {
    return Objects.checkIndex(m, structure.measuredCount());
  }

  /** {@code CheckInColumns[622 elements]}. */
  @Override
  public String toString() {
    return "CheckInColumns[" + structure.measuredCount() + " elements]";
  }
}

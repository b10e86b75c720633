package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;

/**
 * The check-ins of one key result or KPI: every one in order of arrival (the audit trail), and the
 * ones that count, by date. Immutable; adding one copies only this element's lists.
 */
final class CheckInLog {
  static final CheckInLog EMPTY = new CheckInLog(ImmutableList.of(), ImmutableList.of());

  /** Every check-in recorded, in order of arrival. */
  final ImmutableList<CheckIn> history;
  /** The check-ins not replaced by a correction, by date; same-day ones in order of arrival. */
  final ImmutableList<CheckIn> effective;

  private CheckInLog(ImmutableList<CheckIn> history, ImmutableList<CheckIn> effective) {
    this.history = history;
    this.effective = effective;
  }

  /**
   * The log of one element's check-ins, in order of arrival, as {@link #plus} would make it one by
   * one: duplicates are recorded once, corrections replace what counted in their slot that day.
   */
  static CheckInLog of(CheckIn[] arrivals, Function<CheckIn, String> slot) {
    if (arrivals.length == 0) {
      return EMPTY;
    }
    boolean corrections = false;
    boolean duplicates = false;
    for (int i = 0; i < arrivals.length; i++) {
      corrections |= arrivals[i].correction();
      for (int j = 0; j < i && !duplicates; j++) {
        duplicates = arrivals[j].equals(arrivals[i]);
      }
    }
    if (corrections || duplicates) {
      CheckInLog log = EMPTY;
      for (CheckIn c : arrivals) {
        if (!log.records(c)) {
          log = log.plus(c, slot);
        }
      }
      return log;
    }
    ImmutableList<CheckIn> history = ImmutableList.copyOf(arrivals);
    boolean sorted = true;
    for (int i = 1; i < arrivals.length && sorted; i++) {
      sorted = !arrivals[i].date().isBefore(arrivals[i - 1].date());
    }
    if (sorted) {
      return new CheckInLog(history, history);
    }
    // a stable sort keeps same-day check-ins in their order of arrival
    CheckIn[] byDate = arrivals.clone();
    java.util.Arrays.sort(byDate, java.util.Comparator.comparing(CheckIn::date));
    return new CheckInLog(history, ImmutableList.copyOf(byDate));
  }

  /** Whether a check-in equal to {@code c} is already recorded. */
  boolean records(CheckIn c) {
    return history.contains(c);
  }

  /**
   * Whether a check-in that counts is recorded on {@code c}'s date in {@code c}'s slot.
   *
   * @param slot the milestone a check-in reports on, or "" for a plain value
   */
  boolean hasSlot(CheckIn c, Function<CheckIn, String> slot) {
    String mine = slot.apply(c);
    for (CheckIn e : effective) {
      if (e.date().equals(c.date()) && slot.apply(e).equals(mine)) {
        return true;
      }
    }
    return false;
  }

  /** This log with {@code c} recorded; a correction replaces what counted in its slot that day. */
  CheckInLog plus(CheckIn c, Function<CheckIn, String> slot) {
    ImmutableList<CheckIn> newHistory =
        ImmutableList.<CheckIn>builderWithExpectedSize(history.size() + 1)
            .addAll(history)
            .add(c)
            .build();
    String mine = slot.apply(c);
    ImmutableList.Builder<CheckIn> counted =
        ImmutableList.builderWithExpectedSize(effective.size() + 1);
    boolean placed = false;
    for (CheckIn e : effective) {
      if (!placed && e.date().isAfter(c.date())) {
        counted.add(c);
        placed = true;
      }
      if (c.correction() && e.date().equals(c.date()) && slot.apply(e).equals(mine)) {
        continue;
      }
      counted.add(e);
    }
    if (!placed) {
      counted.add(c);
    }
    return new CheckInLog(newHistory, counted.build());
  }
}

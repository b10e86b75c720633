package org.okrkit.core.internal;

import org.okrkit.core.CheckIn;

/**
 * The one rule for what a plan does with a check-in of one element that arrives after others, as
 * {@link CheckIn} describes it: a duplicate (equal in every field to one recorded) is not recorded;
 * a correction replaces every check-in that counts on its date in its slot, and is invalid when
 * none was ever recorded there; anything else is recorded and counts. Building a plan, validating
 * one and appending a check-in all apply it through this class, each over its own representation of
 * an element's log.
 */
public final class Recording {
  private Recording() {}

  /** What the rule made of a check-in. */
  public enum Outcome {
    /** Recorded; it counts, and a correction replaced what counted in its slot that day. */
    RECORDED,
    /** Equal to a check-in already recorded: not recorded again. */
    DUPLICATE,
    /** A correction with nothing recorded on its date in its slot: invalid, not recorded. */
    NOTHING_TO_CORRECT
  }

  /** One element's recorded check-ins, in order of arrival, as the rule sees them. */
  public interface Log {
    /** How many check-ins are recorded. */
    int size();

    /** Whether recorded check-in {@code i} equals {@code c} in every field. */
    boolean sameAs(int i, CheckIn c);

    /** The epoch day of recorded check-in {@code i}. */
    long day(int i);

    /** The slot of recorded check-in {@code i}: its milestone, or "" for a value. */
    String slot(int i);

    /** Whether recorded check-in {@code i} counts (has not been replaced by a correction). */
    boolean counts(int i);

    /** Marks recorded check-in {@code i} as replaced by a correction. */
    void replace(int i);

    /** Records {@code c}, which counts, in slot {@code slot}. */
    void add(CheckIn c, String slot);
  }

  /** Whether a check-in equal to {@code c} is recorded in {@code log}. */
  public static boolean isDuplicate(Log log, CheckIn c) {
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.sameAs(i, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether correction {@code c}, in slot {@code slot}, finds something to correct in {@code log}:
   * a check-in recorded on its date in its slot.
   */
  public static boolean canCorrect(Log log, CheckIn c, String slot) {
    long day = c.date().toEpochDay();
    for (int i = 0; i < log.size(); i++) {
      if (log.day(i) == day && log.slot(i).equals(slot)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies the rule to check-in {@code c} of the element whose log is {@code log}, in slot {@code
   * slot}; the log is changed only when the outcome is {@link Outcome#RECORDED}.
   */
  public static Outcome record(Log log, CheckIn c, String slot) {
    if (isDuplicate(log, c)) {
      return Outcome.DUPLICATE;
    }
    if (c.correction()) {
      if (!canCorrect(log, c, slot)) {
        return Outcome.NOTHING_TO_CORRECT;
      }
      long day = c.date().toEpochDay();
      for (int i = 0; i < log.size(); i++) {
        if (log.counts(i) && log.day(i) == day && log.slot(i).equals(slot)) {
          log.replace(i);
        }
      }
    }
    log.add(c, slot);
    return Outcome.RECORDED;
  }
}

package org.okrkit.io.internal;

import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;

/**
 * Periods as files write them: the labels {@link Period#toString()} gives ({@code 2026-Q2}, {@code
 * 2026-H1}, {@code 2026-04}, {@code 2026}, {@code 2026-04-10..2026-05-09}), read back exactly.
 */
public final class Periods {
  /** What a period label looks like, for messages. */
  public static final String SYNTAX = Period.LABELS;

  private Periods() {}

  /** The label of a period, as written to files. */
  public static String label(Period period) {
    return period.toString();
  }

  /**
   * The period a label names, or null when it names none.
   *
   * @throws IllegalArgumentException when a range ends before it starts
   */
  public static @Nullable Period parse(String label) {
    return Period.parse(label).orElse(null);
  }
}

package org.okrkit.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;

/**
 * Periods as files write them: the labels {@link Period#toString()} gives ({@code 2026-Q2}, {@code
 * 2026-H1}, {@code 2026-04}, {@code 2026}, {@code 2026-04-10..2026-05-09}), read back exactly.
 */
public final class Periods {
  private static final Pattern YEAR = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern QUARTER = Pattern.compile("([+-]?\\d{1,9})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("([+-]?\\d{1,9})-H([12])");
  private static final Pattern MONTH = Pattern.compile("[+-]?\\d{4,9}-\\d{2}");

  /** What a period label looks like, for messages. */
  public static final String SYNTAX =
      "a period such as 2026-Q2, 2026-H1, 2026-04, 2026 or 2026-04-10..2026-05-09";

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
    String text = label.trim();
    try {
      if (YEAR.matcher(text).matches()) {
        return Period.year(Integer.parseInt(text));
      }
      Matcher quarter = QUARTER.matcher(text);
      if (quarter.matches()) {
        return Period.quarter(
            Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
      }
      Matcher half = HALF.matcher(text);
      if (half.matches()) {
        return Period.half(Integer.parseInt(half.group(1)), Integer.parseInt(half.group(2)));
      }
      if (MONTH.matcher(text).matches()) {
        YearMonth ym = YearMonth.parse(text);
        return Period.of(ym.atDay(1), ym.atEndOfMonth());
      }
      int dots = text.indexOf("..");
      if (dots > 0) {
        LocalDate start = LocalDate.parse(text.substring(0, dots).trim());
        LocalDate end = LocalDate.parse(text.substring(dots + 2).trim());
        return Period.of(start, end);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}

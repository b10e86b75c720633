package org.okrkit.core;

import static org.okrkit.core.internal.Checks.requireArgument;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A closed interval of dates, both ends included: a quarter, a month, a half, a year or any other
 * span. Periods never read the system clock; every question about "now" takes the date as an
 * argument.
 */
@Value.Immutable
public abstract sealed class Period permits ImmutablePeriod {

  Period() {}

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the period, included. */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * The period from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} lies before {@code start}
   * @throws NullPointerException if either date is null
   */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }

  /**
   * A calendar quarter.
   *
   * @param quarter 1 to 4
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4 or the year is out of range
   */
  public static Period quarter(int year, int quarter) {
    requireArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, got %d", quarter);
    YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
    return of(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * A calendar month.
   *
   * @param month 1 to 12
   * @throws IllegalArgumentException if {@code month} is not 1 to 12
   */
  public static Period month(int year, int month) {
    requireArgument(month >= 1 && month <= 12, "month must be 1 to 12, got %d", month);
    YearMonth ym = YearMonth.of(year, month);
    return of(ym.atDay(1), ym.atEndOfMonth());
  }

  /**
   * A calendar half year.
   *
   * @param half 1 (January to June) or 2 (July to December)
   * @throws IllegalArgumentException if {@code half} is not 1 or 2
   */
  public static Period half(int year, int half) {
    requireArgument(half == 1 || half == 2, "half must be 1 or 2, got %d", half);
    YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
    return of(first.atDay(1), first.plusMonths(5).atEndOfMonth());
  }

  /** A calendar year. */
  public static Period year(int year) {
    return of(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31));
  }

  /** The number of days in the period, both ends counted: a non-leap first quarter has 90. */
  public final long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /** Whether {@code date} lies in the period, ends included. */
  public final boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Whether {@code other} lies entirely inside this period. */
  public final boolean encloses(Period other) {
    return contains(other.start()) && contains(other.end());
  }

  /** Whether the two periods share at least one day. */
  public final boolean overlaps(Period other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /** What a period's label looks like, for messages: {@code a period such as 2026-Q2, …}. */
  public static final String LABELS =
      "a period such as 2026-Q2, 2026-H1, 2026-04, 2026 or 2026-04-10..2026-05-09";

  private static final Pattern YEAR = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern QUARTER = Pattern.compile("([+-]?\\d{1,9})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("([+-]?\\d{1,9})-H([12])");
  private static final Pattern MONTH = Pattern.compile("[+-]?\\d{4,9}-\\d{2}");

  /**
   * The period a label names, as {@link #toString()} writes it: {@code 2026-Q2}, {@code 2026-H1},
   * {@code 2026-04}, {@code 2026}, or {@code 2026-04-10..2026-05-09} for any other span; blanks
   * around it are ignored. {@code Period.parse(p.toString())} is {@code p}.
   *
   * @return the period, or empty when the text is no such label (see {@link #LABELS})
   * @throws IllegalArgumentException if the label is a span that ends before it starts
   */
  public static Optional<Period> parse(String label) {
    String text = label.trim();
    try {
      if (YEAR.matcher(text).matches()) {
        return Optional.of(year(Integer.parseInt(text)));
      }
      Matcher quarter = QUARTER.matcher(text);
      if (quarter.matches()) {
        return Optional.of(
            quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
      }
      Matcher half = HALF.matcher(text);
      if (half.matches()) {
        return Optional.of(half(Integer.parseInt(half.group(1)), Integer.parseInt(half.group(2))));
      }
      if (MONTH.matcher(text).matches()) {
        YearMonth ym = YearMonth.parse(text);
        return Optional.of(of(ym.atDay(1), ym.atEndOfMonth()));
      }
      int dots = text.indexOf("..");
      if (dots > 0) {
        LocalDate start = LocalDate.parse(text.substring(0, dots).trim());
        LocalDate end = LocalDate.parse(text.substring(dots + 2).trim());
        return Optional.of(of(start, end));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // a label's shape with an impossible date or year in it names no period
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The share of the period that has passed by the end of {@code asOf}: 0.0 before the period,
   * {@code 1/length} at the end of its first day, 1.0 on its last day and after it.
   */
  public final double fractionElapsed(LocalDate asOf) {
    if (asOf.isBefore(start())) {
      return 0.0;
    }
    if (!asOf.isBefore(end())) {
      return 1.0;
    }
    return (ChronoUnit.DAYS.between(start(), asOf) + 1) / (double) lengthInDays();
  }

  /**
   * The period of the same shape that follows this one: the next quarter after a quarter, the next
   * month after a month, and so on; for any other span, the span of the same length starting the
   * day after this one ends.
   */
  public final Period next() {
    LocalDate day = end().plusDays(1);
    if (isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(YearMonth.from(start()), YearMonth.from(end())) + 1;
      return of(day, YearMonth.from(day).plusMonths(months - 1).atEndOfMonth());
    }
    return of(day, day.plusDays(lengthInDays() - 1));
  }

  private boolean isWholeMonths() {
    return start().getDayOfMonth() == 1 && end().equals(YearMonth.from(end()).atEndOfMonth());
  }

  @Value.Check
  final void check() {
    if (end().isBefore(start())) {
      throw new ProblemException(
          ProblemTemplates.core(),
          "period.endBeforeStart",
          ImmutableMap.of("end", end().toString(), "start", start().toString()));
    }
  }

  /**
   * A label: {@code 2025-Q2}, {@code 2025-04}, {@code 2025-H1}, {@code 2025} for calendar periods,
   * otherwise {@code 2025-04-10..2025-05-09}.
   */
  @Override
  public final String toString() {
    if (isWholeMonths() && start().getYear() == end().getYear()) {
      int first = start().getMonthValue();
      int last = end().getMonthValue();
      int year = start().getYear();
      if (first == last) {
        return YearMonth.of(year, first).toString();
      }
      if (last - first == 2 && first % 3 == 1) {
        return year + "-Q" + (first / 3 + 1);
      }
      if (last - first == 5 && (first == 1 || first == 7)) {
        return year + "-H" + (first == 1 ? 1 : 2);
      }
      if (first == 1 && last == 12) {
        return Integer.toString(year);
      }
    }
    return start() + ".." + end();
  }
}

package org.okrkit.core.alignment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.internal.Checks;

/** The wording shared by the rules' messages and the report's rendering. */
final class Text {
  /** How many items a message lists before it says how many more there are. */
  static final int LISTED = 10;

  private Text() {}

  /** An id as messages quote it: {@code 'KR1'}. */
  static String q(String id) {
    return "'" + id + "'";
  }

  /** An owner with its level: {@code TEAM 'growth'}. */
  static String level(Owner owner) {
    return owner.level() + " " + q(owner.id());
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}; after {@value #LISTED} items, {@code and 5 more}. */
  static String list(List<String> items) {
    if (items.size() > LISTED) {
      return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED)
          + " more";
    }
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /**
   * A measured share in percent, rounded down to one decimal, so that a figure just below a
   * threshold never reads as the threshold: {@code 33.3 %}.
   */
  static String percent(double share) {
    return Checks.number(Math.floor(share * 1000 + 1e-9) / 10) + " %";
  }

  /**
   * A computed figure such as a sum of weights, to 12 significant digits so that floating-point
   * noise does not show: {@code 0.9}, not {@code 0.8999999999999999}.
   */
  static String figure(double value) {
    if (!Double.isFinite(value)) {
      return Checks.number(value);
    }
    return Checks.number(
        new BigDecimal(value).round(new MathContext(12, RoundingMode.HALF_EVEN)).doubleValue());
  }

  /** A configured share in percent, exactly as given: {@code 50 %}, {@code 33.3 %}. */
  static String share(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }

  /** {@code 2026-Q2 (2026-04-01 to 2026-06-30)}, or just the dates for an unnamed span. */
  static String period(Period p) {
    String label = p.toString();
    String dates = p.start() + " to " + p.end();
    return label.contains("..") ? dates : label + " (" + dates + ")";
  }
}

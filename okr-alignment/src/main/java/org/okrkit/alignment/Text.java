package org.okrkit.alignment;

import org.okrkit.core.Numbers;
import org.okrkit.core.Period;

/** The wording of the report's rendering; findings take theirs from {@link FindingTemplates}. */
final class Text {
  private Text() {}

  /**
   * A measured share in percent, rounded down to one decimal, so that a figure just below a
   * threshold never reads as the threshold: {@code 33.3 %}.
   */
  static String percent(double share) {
    return Numbers.plain(Math.floor(share * 1000 + 1e-9) / 10) + " %";
  }

  /** {@code 2026-Q2 (2026-04-01 to 2026-06-30)}, or just the dates for an unnamed span. */
  static String period(Period p) {
    String label = p.toString();
    String dates = p.start() + " to " + p.end();
    return label.contains("..") ? dates : label + " (" + dates + ")";
  }
}

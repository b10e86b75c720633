package org.okrkit.alignment;

import java.util.Locale;
import org.okrkit.core.Numbers;
import org.okrkit.core.Period;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;

/**
 * The wording of the report's and the what-if's rendering, from the {@code findings} bundle of the
 * built-in {@link AlignmentRules#templates() templates}: findings take theirs from the same table.
 */
final class Text {
  private Text() {}

  /** The phrases of {@code locale}, English where its translation lacks a key. */
  static Phrasebook phrases(Locale locale) {
    return AlignmentRules.templates().phrasebook(locale);
  }

  /**
   * A measured share in percent, rounded down to one decimal, so that a figure just below a
   * threshold never reads as the threshold: {@code 33.3 %} ({@code 33.3%} in Chinese).
   */
  static String percent(Phrasebook phrases, double share) {
    return phrases.fill(
        "percent",
        Arguments.of().text("figure", Numbers.plain(Math.floor(share * 1000 + 1e-9) / 10)));
  }

  /** {@code 2026-Q2 (2026-04-01 to 2026-06-30)}, or just the dates for an unnamed span. */
  static String period(Phrasebook phrases, Period p) {
    Arguments dates =
        Arguments.of().text("start", p.start().toString()).text("end", p.end().toString());
    String label = p.toString();
    return label.contains("..")
        ? phrases.fill("period.dates", dates)
        : phrases.fill("period.named", dates.text("label", label));
  }

  /**
   * The finding's message in {@code locale}: from the built-in templates when it was written from
   * one of them, its own message otherwise (a host's finding, or a template of another table).
   */
  static String message(Finding finding, Locale locale) {
    return builtIn(finding)
        ? AlignmentRules.templates().message(finding, locale)
        : finding.message();
  }

  /** The finding's hint in {@code locale}, as {@link #message} writes its message. */
  static String hint(Finding finding, Locale locale) {
    return builtIn(finding) ? AlignmentRules.templates().hint(finding, locale) : finding.hint();
  }

  private static boolean builtIn(Finding finding) {
    return finding.template().isPresent()
        && phrases(Locale.ROOT).has(finding.template().get() + ".message");
  }
}

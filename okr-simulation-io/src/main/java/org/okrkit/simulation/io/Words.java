package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.okrkit.core.Numbers;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * The wording of the exports for people in a locale: the {@code exports} bundle ({@code
 * exports.properties}, English, and {@code exports_zh_CN.properties} beside it), read once per
 * locale and kept.
 */
final class Words {
  /** The bundle's base name, beside this class. */
  static final String BUNDLE = "exports";

  /** How the bundle's files are opened: from this module. */
  static final Phrasebook.Resources RESOURCES = Words.class::getResourceAsStream;

  private static final PhraseTables TABLES = PhraseTables.of(BUNDLE, RESOURCES);

  private Words() {}

  /** The phrases of {@code locale}, English where it has none. */
  static Phrasebook of(Locale locale) {
    return TABLES.in(requireNonNull(locale, "locale"));
  }

  /**
   * A share in percent as the locale writes it: {@code 95 %} in English, {@code 95%} in Chinese.
   */
  static String percent(Locale locale, double share) {
    return of(locale).fill("percent", Arguments.of().text("p", Numbers.plain(share * 100)));
  }
}

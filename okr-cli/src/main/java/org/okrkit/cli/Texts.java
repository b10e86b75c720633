package org.okrkit.cli;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;

/**
 * What {@code okr} itself says, in its language: the phrases of {@code messages.properties}
 * (English) and its translations beside it, read with {@link Phrasebook} and so never in the JVM's
 * default locale. The help of the commands is translated apart, in {@code help_zh_CN.properties},
 * the resource bundle picocli reads (see {@link Okr}).
 */
final class Texts {
  private static final ConcurrentMap<Locale, Texts> BY_LOCALE = new ConcurrentHashMap<>();

  private final Phrasebook phrases;

  private Texts(Phrasebook phrases) {
    this.phrases = phrases;
  }

  /** The phrases of {@code locale}, each key falling back to English. */
  static Texts of(Locale locale) {
    return BY_LOCALE.computeIfAbsent(
        locale,
        l ->
            new Texts(
                Phrasebook.load("messages", l, name -> Texts.class.getResourceAsStream(name))));
  }

  /** The phrase {@code key} filled with {@code arguments}. */
  String get(String key, Arguments arguments) {
    return phrases.fill(key, arguments);
  }

  /** The phrase {@code key}, which has no placeholders. */
  String get(String key) {
    return phrases.fill(key, Arguments.of());
  }

  /**
   * {@code n} things, as the phrases {@code count.NOUN.one} and {@code count.NOUN.other} say it:
   * {@code 1 owner}, {@code 3 owners}.
   */
  String count(int n, String noun) {
    return get("count." + noun + (n == 1 ? ".one" : ".other"), Arguments.of().number("n", n));
  }

  /** The locale of the phrases. */
  Locale locale() {
    return phrases.locale();
  }
}

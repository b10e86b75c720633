package org.okrkit.core.text;

import java.util.Locale;

/**
 * A value that people read worded in their language: a target ({@code 0 -> 20}, {@code 基线值 200 的
 * +30%（260）}), a problem found in a file, a problem of plan tables. Problem and finding templates
 * take such a value as an argument and word it in the language of the message they write, so that a
 * message about a target or about a nested file's problem reads in one language throughout.
 */
@FunctionalInterface
public interface Localizable {
  /**
   * The value as people read it in {@code locale}; English where okrkit has no translation, never
   * the JVM's default locale.
   */
  String localized(Locale locale);
}

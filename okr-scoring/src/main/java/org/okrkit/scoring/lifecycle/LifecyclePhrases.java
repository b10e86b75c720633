package org.okrkit.scoring.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * The {@code lifecycle} phrases beside this class, per locale: the words of {@link
 * Calibration#render(java.util.List, Locale)} and {@link Rollover.Result#render(Locale)}. Each
 * locale's table is read once and kept; the JVM's default locale is never consulted.
 */
final class LifecyclePhrases {
  // a lambda of this class, so that the bundle is read from okr-scoring's own module
  private static final PhraseTables TABLES =
      PhraseTables.of("lifecycle", name -> LifecyclePhrases.class.getResourceAsStream(name));

  private LifecyclePhrases() {}

  /** The phrases of {@code locale}, English where its translation lacks a key. */
  static Phrasebook of(Locale locale) {
    return TABLES.in(requireNonNull(locale, "locale"));
  }
}

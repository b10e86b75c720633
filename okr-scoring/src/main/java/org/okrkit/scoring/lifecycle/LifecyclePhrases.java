package org.okrkit.scoring.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.okrkit.core.text.Phrasebook;

/**
 * The {@code lifecycle} phrases beside this class, per locale: the words of {@link
 * Calibration#render(java.util.List, Locale)} and {@link Rollover.Result#render(Locale)}. Each
 * locale's table is read once and kept; the JVM's default locale is never consulted.
 */
final class LifecyclePhrases {
  private static final ConcurrentMap<Locale, Phrasebook> BY_LOCALE = new ConcurrentHashMap<>();

  private LifecyclePhrases() {}

  /** The phrases of {@code locale}, English where its translation lacks a key. */
  static Phrasebook of(Locale locale) {
    requireNonNull(locale, "locale");
    // a lambda of this class, so that the bundle is read from okr-scoring's own module
    return BY_LOCALE.computeIfAbsent(
        locale,
        l ->
            Phrasebook.load(
                "lifecycle", l, name -> LifecyclePhrases.class.getResourceAsStream(name)));
  }
}

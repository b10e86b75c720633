package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * The {@code scorecard} phrases beside this class, per locale: the headings and words of the text
 * tables of {@link Scorecard#render(Locale)} and {@link ScoreHistory#render(Locale)}. Bands and
 * statuses read as explanations word them ({@link Renderer#band}, {@link Renderer#status}). Each
 * locale's table is read once and kept; the JVM's default locale is never consulted.
 */
final class TablePhrases {
  // a lambda of this class, so that the bundle is read from okr-scoring's own module
  private static final PhraseTables TABLES =
      PhraseTables.of("scorecard", name -> TablePhrases.class.getResourceAsStream(name));

  private TablePhrases() {}

  /** The phrases of {@code locale}, English where its translation lacks a key. */
  static Phrasebook of(Locale locale) {
    return TABLES.in(requireNonNull(locale, "locale"));
  }
}

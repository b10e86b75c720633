package org.okrkit.core.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One bundle's {@link Phrasebook}s, one per locale, each read the first time its locale is asked
 * for and kept: the English root at once (so a missing root fails when the tables are made), a
 * translation when first used. What finding templates, problem templates and a host's own message
 * tables keep, so that each reads its files once. Thread-safe; the JVM's default locale is never
 * consulted (see {@link Phrasebook#load}).
 */
public final class PhraseTables {
  private final String bundle;
  private final Phrasebook.Resources resources;
  private final Phrasebook english;
  private final ConcurrentMap<Locale, Phrasebook> translations = new ConcurrentHashMap<>();

  private PhraseTables(String bundle, Phrasebook.Resources resources) {
    this.bundle = bundle;
    this.resources = resources;
    this.english = Phrasebook.load(bundle, Locale.ROOT, resources);
  }

  /**
   * The tables of {@code bundle}, read through {@code resources}.
   *
   * @throws IllegalStateException if the bundle's English root is missing
   */
  public static PhraseTables of(String bundle, Phrasebook.Resources resources) {
    return new PhraseTables(
        requireNonNull(bundle, "bundle"), requireNonNull(resources, "resources"));
  }

  /** The bundle's base name. */
  public String bundle() {
    return bundle;
  }

  /** The English root table. */
  public Phrasebook english() {
    return english;
  }

  /** The table of {@code locale}: its translation, falling back to English key by key. */
  public Phrasebook in(Locale locale) {
    requireNonNull(locale, "locale");
    if (locale.equals(Locale.ROOT)) {
      return english;
    }
    return translations.computeIfAbsent(locale, l -> Phrasebook.load(bundle, l, resources));
  }
}

package org.okrkit.scoring;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The phrase tables of explanations: the {@code explanation} resource bundle beside this class,
 * English at its root ({@code explanation.properties}), a translation per locale beside it ({@code
 * explanation_zh_CN.properties}). Each table maps a key to a pattern for {@link Renderer}.
 *
 * <p>The files are read by this module's own class, so the bundle is found the same way on the class
 * path and when okr-scoring runs as a named module (where {@code ResourceBundle.getBundle} with a
 * {@code Control} is not supported). The JVM's default locale is never consulted: a locale's table
 * falls back along its own candidates (zh_CN, zh, root) and stops at the root, never at the host's
 * default locale as {@code ResourceBundle.getBundle} would.
 */
final class Phrases {
  private static final String BUNDLE = "explanation";
  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ConcurrentMap<Locale, ImmutableMap<String, String>> TABLES =
      new ConcurrentHashMap<>();

  private Phrases() {}

  /**
   * The phrases for {@code locale}: its own file's, then those of the more general candidates for
   * keys it lacks, down to the English root.
   *
   * @throws IllegalStateException if the root bundle is missing from the module
   */
  static ImmutableMap<String, String> table(Locale locale) {
    return TABLES.computeIfAbsent(locale, Phrases::load);
  }

  /**
   * The locales whose files make up the table of {@code locale}, from the most specific to {@link
   * Locale#ROOT}: zh_CN, zh, root. The default locale is never among them unless asked for.
   */
  static List<Locale> candidates(Locale locale) {
    return CANDIDATES.getCandidateLocales(BUNDLE, locale);
  }

  private static ImmutableMap<String, String> load(Locale locale) {
    // the more specific file wins a key
    List<Locale> candidates = candidates(locale);
    Map<String, String> table = new LinkedHashMap<>();
    boolean root = false;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Locale candidate = candidates.get(i);
      String file = CANDIDATES.toBundleName(BUNDLE, candidate) + ".properties";
      try (InputStream in = Phrases.class.getResourceAsStream(file)) {
        if (in == null) {
          continue;
        }
        root |= candidate.equals(Locale.ROOT);
        PropertyResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, UTF_8));
        for (String key : bundle.keySet()) {
          table.put(key, bundle.getString(key));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the explanation phrases " + file, e);
      }
    }
    if (!root) {
      throw new IllegalStateException(
          "the explanation phrases " + BUNDLE + ".properties are missing beside " + Phrases.class.getName());
    }
    return ImmutableMap.copyOf(table);
  }
}

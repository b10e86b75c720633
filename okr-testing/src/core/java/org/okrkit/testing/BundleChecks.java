package org.okrkit.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Phrasebook;

/**
 * Checks of a message bundle read by {@link Phrasebook}: that a translation is complete, and that
 * every key is used. okrkit checks each of its own bundles with them, and a host checks its own
 * (its finding templates, its translations of okrkit's bundles) the same way. Each check throws an
 * {@link AssertionError} that lists every problem at once, so any test framework reports it.
 */
public final class BundleChecks {
  /**
   * A placeholder of a phrase: {@code {name}}, {@code {name:3}}, {@code {@name}}, {@code {@n:*}}.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(@?)([A-Za-z][A-Za-z0-9]*)(?::[^{}]*)?\\}");

  private BundleChecks() {}

  /**
   * Checks that the file of {@code translation} ({@code findings_zh_CN.properties} for {@code
   * zh_CN}) has exactly the keys of the English root ({@code findings.properties}), none of them
   * empty, and that each of its phrases has the same placeholders as the root's: the same names,
   * each a text or a number as in the root (a placeholder's option, such as a list's separator, may
   * differ, since languages separate lists differently).
   *
   * @throws AssertionError listing every missing, extra or empty key and every placeholder mismatch
   */
  public static void checkComplete(
      String bundle, Phrasebook.Resources resources, Locale translation) {
    requireNonNull(translation, "translation");
    SortedMap<String, String> root = read(bundle, Locale.ROOT, resources);
    String file = fileName(bundle, translation);
    SortedMap<String, String> translated = read(bundle, translation, resources);
    List<String> problems = new ArrayList<>();
    for (String key : root.keySet()) {
      if (!translated.containsKey(key)) {
        problems.add(file + " lacks " + key);
      }
    }
    for (var entry : translated.entrySet()) {
      String key = entry.getKey();
      String phrase = entry.getValue();
      String english = root.get(key);
      if (english == null) {
        problems.add(file + " has " + key + ", which " + bundle + ".properties lacks");
      } else if (phrase.isBlank() && !english.isBlank()) {
        problems.add(file + " has an empty " + key);
      } else if (!placeholders(phrase).equals(placeholders(english))) {
        problems.add(
            file
                + " "
                + key
                + " has the placeholders "
                + placeholders(phrase)
                + ", expected those of the root: "
                + placeholders(english));
      }
    }
    fail(problems, bundle + " for " + translation);
  }

  /**
   * Checks that every key of {@code bundle}'s English root occurs in the Java sources under {@code
   * mainSources} as a string literal ({@code "ALN003.message"}), or begins with one of {@code
   * dynamicPrefixes}: the prefixes of keys a renderer builds from data, such as {@code "level."}
   * for {@code "level." + level.name()}, which the caller documents where it lists them.
   *
   * @throws AssertionError listing every unused key
   */
  public static void checkUsed(
      String bundle,
      Phrasebook.Resources resources,
      Path mainSources,
      Collection<String> dynamicPrefixes) {
    requireNonNull(mainSources, "mainSources");
    requireNonNull(dynamicPrefixes, "dynamicPrefixes");
    String sources = sources(mainSources);
    List<String> problems = new ArrayList<>();
    for (String key : read(bundle, Locale.ROOT, resources).keySet()) {
      boolean dynamic = dynamicPrefixes.stream().anyMatch(key::startsWith);
      if (!dynamic && !sources.contains('"' + key + '"')) {
        problems.add(key + " is used nowhere in " + mainSources);
      }
    }
    fail(problems, bundle);
  }

  /** The placeholders of {@code phrase}: {@code @name} for a text, {@code name} for a number. */
  static Set<String> placeholders(String phrase) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(phrase);
    while (m.find()) {
      names.add(m.group(1) + m.group(2));
    }
    return names;
  }

  private static String fileName(String bundle, Locale locale) {
    String tag = locale.toString();
    return bundle + (tag.isEmpty() ? "" : "_" + tag) + ".properties";
  }

  private static SortedMap<String, String> read(
      String bundle, Locale locale, Phrasebook.Resources resources) {
    requireNonNull(bundle, "bundle");
    requireNonNull(resources, "resources");
    String file = fileName(bundle, locale);
    try (@Nullable InputStream in = resources.open(file)) {
      if (in == null) {
        throw new AssertionError("the bundle file " + file + " is missing");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, UTF_8));
      SortedMap<String, String> phrases = new TreeMap<>();
      properties.forEach((k, v) -> phrases.put((String) k, (String) v));
      return phrases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(
              f -> {
                try {
                  return Files.readString(f, UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot read " + f, e);
                }
              })
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static void fail(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " problems in the bundle "
              + what
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }
}

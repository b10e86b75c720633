package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Localizable;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * One table of problem messages, keyed by code: a {@link Phrasebook} bundle such as {@code
 * org/okrkit/core/problems.properties} (English at the root, a translation per locale beside it).
 * The messages of the built-in {@link Problem problems} of plan validation are the table {@link
 * #core()}; okr-io and the modules reading other files keep tables of their own for their file
 * problems.
 *
 * <p>A problem keeps its code and its arguments as data, and a table writes its message in any
 * locale ({@link #message(String, Map, Locale)}). Arguments are named values of these kinds:
 *
 * <ul>
 *   <li>a {@code String}, for {@code {@name}} and {@code {@name:'}};
 *   <li>a number, also for {@code {@name}}: a whole number of an integral type kept as a {@code
 *       Long} and written as such, any other kept as a {@code Double} and written as {@link
 *       Numbers#plain} writes it ({@code 120}, {@code 0.3}); the same in every language;
 *   <li>an enum constant, which reads as the phrase {@code direction.INCREASE} for {@code
 *       Direction.INCREASE} (the enum's simple name in lower camel case, a dot, the constant), or
 *       as its name when the table has no such phrase;
 *   <li>a {@link org.okrkit.core.text.Localizable} value, such as a {@link Target} or a nested
 *       file's problem, which reads as it words itself in the message's language;
 *   <li>a list of texts (or of numbers or enum constants), for {@code {@name:*}} and the other list
 *       placeholders;
 *   <li>a record: a map whose entry {@code phrase} names the phrase it reads as, filled with its
 *       other entries (texts, numbers, enum constants), such as {@code figure.relative} for the
 *       {@code +10 % (110)} of a relative target.
 * </ul>
 *
 * <p>Immutable in what it renders and thread-safe; it reads a locale's table the first time that
 * locale is asked for and keeps it. Two tables are equal only when they are the same object.
 */
public final class ProblemTemplates {
  /** The entry of a record that names the phrase it reads as. */
  public static final String PHRASE = "phrase";

  private static final ProblemTemplates CORE =
      load("problems", name -> ProblemTemplates.class.getResourceAsStream(name));

  private final PhraseTables tables;
  private final Phrasebook english;

  private ProblemTemplates(String bundle, Phrasebook.Resources resources) {
    this.tables = PhraseTables.of(bundle, resources);
    this.english = tables.english();
  }

  /**
   * The messages of {@code bundle}, read through {@code resources} (see {@link Phrasebook#load}).
   *
   * @throws IllegalStateException if the bundle's English root is missing
   */
  public static ProblemTemplates load(String bundle, Phrasebook.Resources resources) {
    return new ProblemTemplates(
        requireNonNull(bundle, "bundle"), requireNonNull(resources, "resources"));
  }

  /**
   * The messages of plan validation: the bundle {@code org/okrkit/core/problems}, whose codes (such
   * as {@code target.stretchBelowTarget}) the problems of {@link PlanValidationException} carry.
   */
  public static ProblemTemplates core() {
    return CORE;
  }

  /** The bundle's base name, such as {@code problems}. */
  public String bundle() {
    return tables.bundle();
  }

  /** The table of {@code locale}: its translation, falling back to English key by key. */
  public Phrasebook phrasebook(Locale locale) {
    return requireNonNull(locale, "locale").equals(Locale.ENGLISH) ? english : tables.in(locale);
  }

  /** Whether the table has a message for {@code code}. */
  public boolean has(String code) {
    return english.has(code);
  }

  /**
   * The message of {@code code} in {@code locale}, filled with {@code arguments}.
   *
   * @throws IllegalArgumentException if the table has no message for {@code code}, or an argument
   *     is of a kind the table cannot show
   */
  public String message(String code, Map<String, ?> arguments, Locale locale) {
    requireNonNull(code, "code");
    if (!english.has(code)) {
      throw new IllegalArgumentException(
          "the problem messages "
              + tables.bundle()
              + " have no '"
              + code
              + "'; expected a message for every"
              + " code a check reports");
    }
    Phrasebook phrases = phrasebook(locale);
    return phrases.fill(code, arguments(phrases, data(arguments)));
  }

  /** {@code ProblemTemplates[problems]}. */
  @Override
  public String toString() {
    return "ProblemTemplates[" + tables.bundle() + "]";
  }

  /**
   * The arguments as a problem keeps them: immutable, in the order given, numbers as doubles, lists
   * and records immutable.
   *
   * @throws IllegalArgumentException if an argument is of a kind a table cannot show
   */
  public static ImmutableMap<String, Object> data(Map<String, ?> arguments) {
    ImmutableMap.Builder<String, Object> data =
        ImmutableMap.builderWithExpectedSize(arguments.size());
    arguments.forEach((name, value) -> data.put(name, value(name, value, true)));
    return data.buildOrThrow();
  }

  private static Object value(String name, Object value, boolean nested) {
    requireNonNull(value, () -> "problem argument '" + name + "' is null");
    if (value instanceof String || value instanceof Enum || value instanceof Localizable) {
      return value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (nested && value instanceof List) {
      ImmutableList.Builder<Object> items = ImmutableList.builder();
      for (Object item : (List<?>) value) {
        items.add(value(name, item, false));
      }
      return items.build();
    }
    if (nested && value instanceof Map) {
      ImmutableMap.Builder<String, Object> record = ImmutableMap.builder();
      ((Map<?, ?>) value)
          .forEach((k, v) -> record.put(String.valueOf(k), value(name + "." + k, v, false)));
      ImmutableMap<String, Object> built = record.buildOrThrow();
      if (!(built.get(PHRASE) instanceof String)) {
        throw new IllegalArgumentException(
            "problem argument '"
                + name
                + "' is a record without a 'phrase' entry naming its phrase");
      }
      return built;
    }
    throw new IllegalArgumentException(
        "problem argument '"
            + name
            + "' is a "
            + value.getClass().getName()
            + "; expected a text, a number, an enum constant, a localizable value (a target, a"
            + " problem), a list of these or a record");
  }

  private static Arguments arguments(Phrasebook phrases, Map<String, Object> data) {
    Arguments arguments = Arguments.of();
    data.forEach(
        (name, value) -> {
          if (value instanceof List) {
            List<String> texts = new ArrayList<>();
            for (Object item : (List<?>) value) {
              texts.add(text(phrases, item));
            }
            arguments.list(name, texts);
          } else {
            arguments.text(name, text(phrases, value));
          }
        });
    return arguments;
  }

  private static String text(Phrasebook phrases, Object value) {
    if (value instanceof String string) {
      return string;
    }
    if (value instanceof Localizable localizable) {
      return localizable.localized(phrases.locale());
    }
    if (value instanceof Double d) {
      return Numbers.plain(d);
    }
    if (value instanceof Long l) {
      return Long.toString(l);
    }
    if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      String key =
          CaseFormat.UPPER_CAMEL.to(
                  CaseFormat.LOWER_CAMEL, constant.getDeclaringClass().getSimpleName())
              + "."
              + constant.name();
      return phrases.has(key) ? phrases.phrase(key) : constant.name();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> record = (Map<String, Object>) value;
    Arguments fields = Arguments.of();
    record.forEach(
        (field, v) -> {
          if (!field.equals(PHRASE)) {
            fields.text(field, text(phrases, v));
          }
        });
    return phrases.fill(String.valueOf(record.get(PHRASE)), fields);
  }
}

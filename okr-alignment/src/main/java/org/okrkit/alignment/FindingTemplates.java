package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;
import static org.okrkit.alignment.Checks.requireArgument;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.core.Numbers;
import org.okrkit.core.Period;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Localizable;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * One table of finding templates, keyed by code: for each code {@code C} the phrases {@code
 * C.message} and {@code C.hint}, and for a second wording of the same code (a variant {@code v})
 * {@code C.v.message}, with {@code C.v.hint} or else {@code C.hint}. The table is a {@link
 * Phrasebook} bundle ({@code findings.properties} for the built-in codes, English at the root, a
 * translation per locale beside it), so the placeholders are the phrasebook's.
 *
 * <p>A rule {@linkplain #finding makes a finding} from a code, its ids and its arguments: the
 * finding's message and hint are the English templates filled in, and the finding keeps the
 * template and the arguments as data, so that {@link #message(Finding, Locale)} can write it again
 * in another language. Arguments are named values:
 *
 * <ul>
 *   <li>a {@code String}, for {@code {@name}} and {@code {@name:'}};
 *   <li>a number, kept as a {@code Double}, for {@code {name}} and {@code {name:N}};
 *   <li>an enum constant, which reads as the phrase {@code level.TEAM} for {@code Level.TEAM} (the
 *       enum's simple name in lower camel case, a dot, the constant), or as its name when the table
 *       has no such phrase;
 *   <li>a {@link Period}, which reads as the phrase {@code period.named} ({@code {@label}}, {@code
 *       {@start}}, {@code {@end}}) or, for a span without a name, {@code period.dates};
 *   <li>a {@link Localizable} value, such as a {@link org.okrkit.core.Target}, which reads as it
 *       words itself in the locale;
 *   <li>a list of texts, numbers or records, for {@code {@name:*}} and the other list placeholders;
 *       a record is a map of these kinds of value, and reads as the phrase {@code C.name} (the
 *       template's key, a dot, the argument's name) filled with it.
 * </ul>
 *
 * <p>Immutable in what it renders and thread-safe; it reads a locale's table the first time that
 * locale is asked for and keeps it. Two tables are equal only when they are the same object.
 */
public final class FindingTemplates {
  private final PhraseTables tables;
  private final Phrasebook english;

  private FindingTemplates(String bundle, Phrasebook.Resources resources) {
    this.tables = PhraseTables.of(bundle, resources);
    this.english = tables.english();
  }

  /**
   * The templates of {@code bundle}, read through {@code resources} (see {@link Phrasebook#load}):
   * a host's rules can keep their own table the way the built-in rules do.
   *
   * @throws IllegalStateException if the bundle's English root is missing
   */
  public static FindingTemplates load(String bundle, Phrasebook.Resources resources) {
    return new FindingTemplates(
        requireNonNull(bundle, "bundle"), requireNonNull(resources, "resources"));
  }

  /** The table of {@code locale}: its translation, falling back to English key by key. */
  public Phrasebook phrasebook(Locale locale) {
    return tables.in(locale);
  }

  /**
   * A finding of {@code code} in its one wording.
   *
   * @throws IllegalArgumentException if the table has no template for {@code code}, or an argument
   *     is of a kind the templates cannot show
   */
  public Finding finding(
      String code, Severity severity, List<String> ids, Map<String, ?> arguments) {
    return finding(code, "", severity, ids, arguments);
  }

  /**
   * A finding of {@code code} in its wording {@code variant} (the code's own wording when empty).
   *
   * @throws IllegalArgumentException if the table has no template for {@code code} and {@code
   *     variant}, or an argument is of a kind the templates cannot show
   */
  public Finding finding(
      String code, String variant, Severity severity, List<String> ids, Map<String, ?> arguments) {
    requireNonNull(code, "code");
    requireNonNull(variant, "variant");
    String template = variant.isEmpty() ? code : code + "." + variant;
    requireArgument(
        english.has(template + ".message"),
        "the finding templates %s have no '%s.message'; expected a template for every code a rule"
            + " reports",
        tables.bundle(),
        template);
    ImmutableMap<String, Object> data = data(template, arguments);
    return Finding.builder()
        .code(code)
        .severity(severity)
        .ids(ids)
        .message(english.fill(template + ".message", arguments(english, template, data)))
        .hint(english.fill(hintKey(english, template, code), arguments(english, template, data)))
        .template(template)
        .arguments(data)
        .build();
  }

  /**
   * The finding's message in {@code locale}: its template filled with its arguments from that
   * locale's table; a finding without a template keeps its own message.
   *
   * @throws IllegalArgumentException if the finding's template is not in this table
   */
  public String message(Finding finding, Locale locale) {
    if (finding.template().isEmpty()) {
      return finding.message();
    }
    String template = known(finding);
    Phrasebook phrases = phrasebook(locale);
    return phrases.fill(template + ".message", arguments(phrases, template, finding.arguments()));
  }

  /**
   * The finding's hint in {@code locale}, as {@link #message(Finding, Locale)} writes its message.
   *
   * @throws IllegalArgumentException if the finding's template is not in this table
   */
  public String hint(Finding finding, Locale locale) {
    if (finding.template().isEmpty()) {
      return finding.hint();
    }
    String template = known(finding);
    Phrasebook phrases = phrasebook(locale);
    return phrases.fill(
        hintKey(phrases, template, finding.code()),
        arguments(phrases, template, finding.arguments()));
  }

  /** {@code FindingTemplates[findings]}. */
  @Override
  public String toString() {
    return "FindingTemplates[" + tables.bundle() + "]";
  }

  private String known(Finding finding) {
    String template = finding.template().get();
    requireArgument(
        english.has(template + ".message"),
        "finding %s was written from the template '%s', which the finding templates %s do not have",
        finding.code(),
        template,
        tables.bundle());
    return template;
  }

  private static String hintKey(Phrasebook phrases, String template, String code) {
    return phrases.has(template + ".hint") ? template + ".hint" : code + ".hint";
  }

  /** The arguments as a finding keeps them: immutable, numbers as doubles, lists as lists. */
  private static ImmutableMap<String, Object> data(String template, Map<String, ?> arguments) {
    ImmutableMap.Builder<String, Object> data =
        ImmutableMap.builderWithExpectedSize(arguments.size());
    arguments.forEach((name, value) -> data.put(name, value(template, name, value, true)));
    return data.buildOrThrow();
  }

  private static Object value(String template, String name, Object value, boolean listAllowed) {
    requireNonNull(value, () -> "finding argument '" + name + "' of " + template + " is null");
    if (value instanceof String
        || value instanceof Enum
        || value instanceof Period
        || value instanceof Localizable) {
      return value;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (listAllowed && value instanceof List) {
      ImmutableList.Builder<Object> items = ImmutableList.builder();
      for (Object item : (List<?>) value) {
        items.add(
            item instanceof Map
                ? record(template, name, (Map<?, ?>) item)
                : value(template, name, item, false));
      }
      return items.build();
    }
    throw new IllegalArgumentException(
        "finding argument '"
            + name
            + "' of "
            + template
            + " is a "
            + value.getClass().getName()
            + "; expected a text, a number, an enum constant, a period, a target or a list of these"
            + " or of records");
  }

  private static ImmutableMap<String, Object> record(
      String template, String name, Map<?, ?> record) {
    ImmutableMap.Builder<String, Object> data = ImmutableMap.builderWithExpectedSize(record.size());
    record.forEach(
        (key, value) ->
            data.put(String.valueOf(key), value(template, name + "." + key, value, false)));
    return data.buildOrThrow();
  }

  /** The arguments as {@code phrases} fills a pattern with them. */
  private static Arguments arguments(
      Phrasebook phrases, String template, Map<String, Object> data) {
    Arguments arguments = Arguments.of();
    data.forEach((name, value) -> put(phrases, template, arguments, name, value));
    return arguments;
  }

  private static void put(
      Phrasebook phrases, String template, Arguments arguments, String name, Object value) {
    if (value instanceof Double d) {
      arguments.number(name, d);
    } else if (value instanceof List) {
      List<?> items = (List<?>) value;
      arguments.list(
          name,
          () -> {
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
              texts.add(text(phrases, template, name, item));
            }
            return texts;
          });
    } else {
      arguments.text(name, text(phrases, template, name, value));
    }
  }

  private static String text(Phrasebook phrases, String template, String name, Object value) {
    if (value instanceof String string) {
      return string;
    }
    if (value instanceof Double d) {
      return Numbers.readable(d);
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
    if (value instanceof Localizable localizable) {
      return localizable.localized(phrases.locale());
    }
    if (value instanceof Period period) {

      Arguments dates =
          Arguments.of()
              .text("start", period.start().toString())
              .text("end", period.end().toString());
      String label = period.toString();
      return label.contains("..")
          ? phrases.fill("period.dates", dates)
          : phrases.fill("period.named", dates.text("label", label));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> record = (Map<String, Object>) value;
    Arguments fields = Arguments.of();
    record.forEach((field, v) -> put(phrases, template, fields, field, v));
    return phrases.fill(template + "." + name, fields);
  }
}

package org.okrkit.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * One locale's table of phrase patterns, and the one way okrkit fills them. Read with {@link
 * #load}: the bundle's root file ({@code findings.properties}, English) and each more specific
 * candidate of the locale ({@code findings_zh.properties}, {@code findings_zh_CN.properties}), the
 * more specific file winning a key, so a key a translation lacks reads in English. The JVM's
 * default locale is never consulted, unlike {@link ResourceBundle#getBundle(String)}, which falls
 * back to it.
 *
 * <p>A pattern is literal text with placeholders:
 *
 * <table>
 *   <caption>Placeholders</caption>
 *   <tr><th>placeholder</th><th>fills in</th></tr>
 *   <tr><td>{@code {name}}</td><td>a number as a person reads it ({@link Decimals#readable}: {@code
 *       0.6}, not {@code 0.6000000000000001})</td></tr>
 *   <tr><td>{@code {name:3}}</td><td>a number rounded half up to at most that many decimals
 *       ({@link Decimals#rounded})</td></tr>
 *   <tr><td>{@code {name:score}}</td><td>a number as okrkit shows scores: at most three decimals,
 *       the same as {@code {name:3}}</td></tr>
 *   <tr><td>{@code {@name}}</td><td>a text</td></tr>
 *   <tr><td>{@code {@name:'}}</td><td>a text quoted as the {@code quoted} phrase says ({@code
 *       '{@text}'} in English)</td></tr>
 *   <tr><td>{@code {@name:*}}</td><td>a list as a sentence lists things: {@code a, b and c}, with
 *       the phrases {@code list.separator}, {@code list.last} and, beyond ten items, {@code
 *       list.more}</td></tr>
 *   <tr><td>{@code {@name:*'}}</td><td>the same list, each item quoted</td></tr>
 *   <tr><td>{@code {@name:SEP}}</td><td>a list joined with any other separator {@code SEP}, which
 *       may hold spaces</td></tr>
 * </table>
 *
 * <p>A text placeholder without its argument stays as written, so a missing argument shows; a
 * number without its argument reads as the {@code number.none} phrase (or stays as written when the
 * table has none). Braces that do not form a placeholder are literal. Immutable and thread-safe;
 * each pattern is parsed once, when the table is read.
 */
public final class Phrasebook {
  /** How many items a sentence lists before {@code list.more} says how many more there are. */
  public static final int LISTED = 10;

  /** The number option that shows a number as scores are shown, and how many decimals that is. */
  private static final String SCORE = "score";

  private static final int SCORE_DECIMALS = 3;

  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Opens a resource of the bundle by its name; null when there is none. */
  @FunctionalInterface
  public interface Resources {
    /**
     * The resource {@code name}, such as {@code findings_zh_CN.properties}; null if there is none.
     * Implement it in the module that holds the files ({@code name -> MyClass.class
     * .getResourceAsStream(name)}), since a named module's resources are readable only from itself.
     */
    @Nullable InputStream open(String name) throws IOException;
  }

  private final String bundle;
  private final Locale locale;
  private final ImmutableMap<String, String> phrases;
  private final ImmutableMap<String, Part[]> parsed;

  private Phrasebook(String bundle, Locale locale, ImmutableMap<String, String> phrases) {
    this.bundle = bundle;
    this.locale = locale;
    this.phrases = phrases;
    ImmutableMap.Builder<String, Part[]> parts =
        ImmutableMap.builderWithExpectedSize(phrases.size());
    phrases.forEach((key, pattern) -> parts.put(key, parse(pattern)));
    this.parsed = parts.build();
  }

  /**
   * The table of {@code bundle} for {@code locale}: its root file and the locale's candidates, each
   * opened through {@code resources}. Reads the files each time; a caller keeps the tables it uses.
   *
   * @param bundle the files' base name, such as {@code findings} for {@code findings.properties}
   * @throws IllegalStateException if the root file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Phrasebook load(String bundle, Locale locale, Resources resources) {
    requireNonNull(bundle, "bundle");
    requireNonNull(locale, "locale");
    requireNonNull(resources, "resources");
    List<Locale> candidates = candidates(bundle, locale);
    Map<String, String> table = new LinkedHashMap<>();
    boolean root = false;
    // the root first, the most specific last: a later file wins a key
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Locale candidate = candidates.get(i);
      String file = CANDIDATES.toBundleName(bundle, candidate) + ".properties";
      try (InputStream in = resources.open(file)) {
        if (in == null) {
          continue;
        }
        root |= candidate.equals(Locale.ROOT);
        PropertyResourceBundle read = new PropertyResourceBundle(new InputStreamReader(in, UTF_8));
        for (String key : read.keySet()) {
          table.put(key, read.getString(key));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the phrases " + file, e);
      }
    }
    if (!root) {
      throw new IllegalStateException(
          "the phrases "
              + bundle
              + ".properties are missing; expected the English root of the"
              + " bundle beside its translations");
    }
    return new Phrasebook(bundle, locale, ImmutableMap.copyOf(table));
  }

  /**
   * The locales whose files make up a table for {@code locale}, the most specific first and {@link
   * Locale#ROOT} last: {@code zh_CN}, {@code zh}, root. The default locale is never among them
   * unless asked for.
   */
  public static ImmutableList<Locale> candidates(String bundle, Locale locale) {
    return ImmutableList.copyOf(CANDIDATES.getCandidateLocales(bundle, locale));
  }

  /** The bundle's base name. */
  public String bundle() {
    return bundle;
  }

  /** The locale the table was read for. */
  public Locale locale() {
    return locale;
  }

  /** Every key and its pattern, the translation's where it has one, the root's otherwise. */
  public ImmutableMap<String, String> phrases() {
    return phrases;
  }

  /** Whether the table has {@code key}. */
  public boolean has(String key) {
    return phrases.containsKey(key);
  }

  /**
   * The pattern of {@code key}, as written.
   *
   * @throws IllegalStateException if the table has no {@code key}: a phrase missing from the root
   *     file is a defect of the module that ships it
   */
  public String phrase(String key) {
    String phrase = phrases.get(key);
    if (phrase == null) {
      throw new IllegalStateException("the " + bundle + " phrases have no '" + key + "'");
    }
    return phrase;
  }

  /**
   * The pattern of {@code key} filled with {@code arguments}.
   *
   * @throws IllegalStateException if the table has no {@code key}
   */
  public String fill(String key, Arguments arguments) {
    Part[] parts = parsed.get(key);
    if (parts == null) {
      throw new IllegalStateException("the " + bundle + " phrases have no '" + key + "'");
    }
    return fill(parts, arguments);
  }

  /** {@code pattern}, which need not be in the table, filled with {@code arguments}. */
  public String fillPattern(String pattern, Arguments arguments) {
    return fill(parse(pattern), arguments);
  }

  /** {@code Phrasebook[findings, zh_CN]}. */
  @Override
  public String toString() {
    return "Phrasebook[" + bundle + ", " + (locale.equals(Locale.ROOT) ? "root" : locale) + "]";
  }

  private String fill(Part[] parts, Arguments arguments) {
    StringBuilder out = new StringBuilder(64);
    for (Part part : parts) {
      String name = part.name;
      if (name == null) {
        out.append(part.literal);
        continue;
      }
      String value =
          part.text ? text(name, part.option, arguments) : number(name, part.option, arguments);
      out.append(value == null ? part.literal : value);
    }
    return out.toString();
  }

  private @Nullable String text(String name, @Nullable String option, Arguments arguments) {
    if (option == null) {
      return arguments.text(name);
    }
    if (option.equals("'")) {
      String text = arguments.text(name);
      return text == null ? null : quoted(text);
    }
    List<String> list = arguments.list(name);
    if (list == null) {
      return null;
    }
    if (option.equals("*")) {
      return sentence(list);
    }
    if (option.equals("*'")) {
      List<String> quoted = new ArrayList<>(list.size());
      list.forEach(item -> quoted.add(quoted(item)));
      return sentence(quoted);
    }
    return String.join(option, list);
  }

  private String quoted(String text) {
    return fill("quoted", Arguments.of().text("text", text));
  }

  /**
   * {@code a}, {@code a and b}, {@code a, b and c}; beyond {@value #LISTED} items, and so many
   * more.
   */
  private String sentence(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    String separator = phrase("list.separator");
    if (items.size() > LISTED) {
      String listed = String.join(separator, items.subList(0, LISTED));
      return fill(
          "list.more", Arguments.of().text("list", listed).number("more", items.size() - LISTED));
    }
    return String.join(separator, items.subList(0, items.size() - 1))
        + phrase("list.last")
        + items.get(items.size() - 1);
  }

  private @Nullable String number(String name, @Nullable String option, Arguments arguments) {
    Object value = arguments.get(name);
    if (!(value instanceof Double d)) {
      return has("number.none") ? phrase("number.none") : null;
    }
    double number = d;
    if (option == null) {
      return Decimals.readable(number);
    }
    return Decimals.rounded(
        number, option.equals(SCORE) ? SCORE_DECIMALS : Integer.parseInt(option));
  }

  /** Splits a pattern into literals and placeholders; what is not a placeholder stays literal. */
  private static Part[] parse(String pattern) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
      Part placeholder = close > i ? placeholder(pattern.substring(i, close + 1)) : null;
      if (placeholder == null) {
        literal.append(c);
        i++;
        continue;
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), null, false, null));
        literal.setLength(0);
      }
      parts.add(placeholder);
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, false, null));
    }
    return parts.toArray(new Part[0]);
  }

  /**
   * The placeholder {@code written} ({@code {name}}, {@code {@name:SEP}}...); null if it is none. A
   * number's option must be a count of decimals (one or two digits) or {@code score}.
   */
  private static @Nullable Part placeholder(String written) {
    String spec = written.substring(1, written.length() - 1);
    boolean text = spec.startsWith("@");
    int colon = spec.indexOf(':');
    String name = spec.substring(text ? 1 : 0, colon < 0 ? spec.length() : colon);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return null;
    }
    for (int k = 1; k < name.length(); k++) {
      if (!Character.isLetterOrDigit(name.charAt(k))) {
        return null;
      }
    }
    String option = colon < 0 ? null : spec.substring(colon + 1);
    if (!text && option != null && !option.equals(SCORE) && !option.matches("[0-9]{1,2}")) {
      return null;
    }
    return new Part(written, name, text, option);
  }

  /**
   * A literal ({@code name} null), or a placeholder kept as {@code literal} when it has no value.
   */
  private static final class Part {
    final String literal;
    final @Nullable String name;
    final boolean text;
    final @Nullable String option;

    Part(String literal, @Nullable String name, boolean text, @Nullable String option) {
      this.literal = literal;
      this.name = name;
      this.text = text;
      this.option = option;
    }
  }
}

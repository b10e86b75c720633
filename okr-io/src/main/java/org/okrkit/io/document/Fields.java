package org.okrkit.io.document;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.io.FileProblem;
import org.okrkit.io.Format;

/**
 * Reads the fields of one object of a document, reporting every problem with its position and path
 * instead of stopping: unknown fields as soon as the object is opened, then wrong types and missing
 * fields as each is asked for. A getter returns null when the field is absent or wrong, so callers
 * build an element only when {@link #ok()} says nothing went wrong.
 */
public final class Fields {
  private final Node node;
  private final DocumentPath path;
  private final Problems problems;
  private final int before;

  private Fields(Node node, DocumentPath path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.before = problems.count();
  }

  /**
   * The fields of {@code node}, which should be an object holding only the {@code allowed} fields;
   * null (with a problem reported) when it is not an object.
   *
   * @param what what the object is, for messages: {@code "a key result"}
   */
  public static @Nullable Fields of(
      Node node, String path, Problems problems, String what, List<String> allowed) {
    return of(node, DocumentPath.of(path), problems, what, allowed);
  }

  /**
   * The fields of {@code node}, which should be an object holding only the {@code allowed} fields;
   * null (with a problem reported) when it is not an object.
   *
   * @param what what the object is, for messages: {@code "a key result"}
   */
  public static @Nullable Fields of(
      Node node, DocumentPath path, Problems problems, String what, List<String> allowed) {
    if (node.type() != Node.Type.OBJECT) {
      problems.add(
          node,
          path.toString(),
          "field.notObject",
          ImmutableMap.of("what", thing(what), "got", Problems.got(node)));
      return null;
    }
    Fields f = new Fields(node, path, problems);
    for (int i = 0; i < node.fieldCount(); i++) {
      if (!allowed.contains(node.fieldName(i))) {
        Node.Field field = node.fieldAt(i);
        String hint = Texts.suggest(field.name(), allowed);
        problems.add(
            field.line(),
            field.column(),
            f.path(field.name()),
            hint == null ? "field.unknown" : "field.unknownHint",
            hint == null
                ? ImmutableMap.of(
                    "field", field.name(), "what", thing(what), "allowed", Texts.list(allowed))
                : ImmutableMap.of(
                    "field",
                    field.name(),
                    "hint",
                    hint,
                    "what",
                    thing(what),
                    "allowed",
                    Texts.list(allowed)));
      }
    }
    return f;
  }

  /**
   * What an object is, as a problem's argument: the phrase {@code thing.} and the words in lower
   * camel case ({@code thing.aKeyResult} for {@code "a key result"}) when {@link
   * FileProblem#FILE_PROBLEMS} has it, so that it reads in the problem's language; the words as
   * given otherwise.
   */
  public static Object thing(String what) {
    StringBuilder key = new StringBuilder("thing.");
    boolean upper = false;
    for (int i = 0; i < what.length(); i++) {
      char c = what.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = key.length() > "thing.".length();
      }
    }
    String phrase = key.toString();
    return FileProblem.FILE_PROBLEMS.phrasebook(Locale.ROOT).has(phrase)
        ? ImmutableMap.of(ProblemTemplates.PHRASE, phrase)
        : what;
  }

  /** Names, as a list for {@link #of}. */
  public static List<String> names(String... names) {
    return Arrays.asList(names);
  }

  /** The object read. */
  public Node node() {
    return node;
  }

  /** The object's path. */
  public String path() {
    return path.toString();
  }

  /** The path of one of its fields. */
  public String path(String name) {
    String own = path.toString();
    return own.isEmpty() ? name : own + "." + name;
  }

  /** The object's path, spelled out only if a message needs it. */
  public DocumentPath at() {
    return path;
  }

  /** The path of one of its fields, spelled out only if a message needs it. */
  public DocumentPath at(String name) {
    return path.field(name);
  }

  /** The path of item {@code i} of its list field {@code name}, spelled out only if needed. */
  public DocumentPath at(String name, int i) {
    return path.item(name, i);
  }

  /** Whether no problem was reported since these fields were opened. */
  public boolean ok() {
    return problems.count() == before;
  }

  /**
   * Checks the optional {@code version} field: a document may state the version of okrkit's file
   * formats it is written in, {@link Format#VERSION}; any other number is reported.
   */
  public void version() {
    Node v = value("version");
    if (v == null) {
      return;
    }
    Double n = number(v, path("version"), problems);
    if (n != null && n != Format.VERSION) {
      problems.add(
          v,
          path("version"),
          "field.version",
          ImmutableMap.of("version", n, "supported", Format.VERSION));
    }
  }

  /** The problems being collected. */
  public Problems problems() {
    return problems;
  }

  /** The value of a field that is present and not null, or null. */
  public @Nullable Node value(String name) {
    Node v = node.value(name);
    return v == null || v.type() == Node.Type.NULL ? null : v;
  }

  /**
   * The value of a required field; reports it missing and returns null when it is absent or null.
   */
  public @Nullable Node required(String name) {
    Node v = value(name);
    if (v == null) {
      missing(name);
    }
    return v;
  }

  /** Reports a required field as missing. */
  public void missing(String name) {
    problems.add(node, path.toString(), "field.missing", Map.of("field", name));
  }

  /** A text field. */
  public @Nullable String text(String name, boolean required) {
    Node v = required ? required(name) : value(name);
    if (v == null) {
      return null;
    }
    // the path is spelled out only for a message
    return v.isText() ? v.text() : text(v, path(name), problems);
  }

  /** A value read as text, or null with a problem. */
  public static @Nullable String text(Node v, String path, Problems problems) {
    if (!v.isText()) {
      problems.add(v, path, "value.notText", Map.of("got", Problems.got(v)));
      return null;
    }
    return v.text();
  }

  /** A finite number field. */
  public @Nullable Double number(String name, boolean required) {
    Node v = required ? required(name) : value(name);
    if (v == null) {
      return null;
    }
    if (v.type() == Node.Type.NUMBER && Double.isFinite(v.number())) {
      return v.number();
    }
    return number(v, path(name), problems);
  }

  /** A value read as a finite number, or null with a problem. */
  public static @Nullable Double number(Node v, String path, Problems problems) {
    if (v.type() != Node.Type.NUMBER) {
      problems.add(v, path, "value.notNumber", Map.of("got", Problems.got(v)));
      return null;
    }
    if (!Double.isFinite(v.number())) {
      problems.add(v, path, "value.notFinite", Map.of("value", v.text()));
      return null;
    }
    return v.number();
  }

  /** Passes an optional finite number field to {@code set} when it is present and valid. */
  public void number(String name, java.util.function.DoubleConsumer set) {
    Double v = number(name, false);
    if (v != null) {
      set.accept(v);
    }
  }

  /** A boolean field. */
  public @Nullable Boolean bool(String name, boolean required) {
    Node v = required ? required(name) : value(name);
    if (v == null) {
      return null;
    }
    if (v.type() != Node.Type.BOOLEAN) {
      problems.add(v, path(name), "value.notBoolean", Map.of("got", Problems.got(v)));
      return null;
    }
    return v.isTrue();
  }

  /** A date field, written {@code YYYY-MM-DD}. */
  public @Nullable LocalDate date(String name, boolean required) {
    Node v = required ? required(name) : value(name);
    if (v == null) {
      return null;
    }
    LocalDate plain = v.isText() ? plainDate(v.text()) : null;
    return plain != null ? plain : date(v, path(name), problems);
  }

  /** A value read as a date, or null with a problem. */
  public static @Nullable LocalDate date(Node v, String path, Problems problems) {
    String text = text(v, path, problems);
    if (text == null) {
      return null;
    }
    LocalDate plain = plainDate(text);
    if (plain != null) {
      return plain;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(v, path, "value.notDate", Map.of("value", Texts.shorten(text)));
      return null;
    }
  }

  /**
   * The date of a plain {@code YYYY-MM-DD}, the form nearly every date takes, without the general
   * parser; null for anything else, which {@link LocalDate#parse} then reads or refuses.
   */
  static @Nullable LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      // no such day: the parser reports it
      return null;
    }
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** An enum field, written as the constant's name. */
  public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, boolean required) {
    Node v = required ? required(name) : value(name);
    if (v == null) {
      return null;
    }
    if (v.isText()) {
      try {
        return Enum.valueOf(type, v.text());
      } catch (IllegalArgumentException e) {
        // not a constant's name: the general reader says what it expected
      }
    }
    return choice(v, path(name), problems, type);
  }

  /** A value read as one of an enum's constants, or null with a problem. */
  public static <E extends Enum<E>> @Nullable E choice(
      Node v, String path, Problems problems, Class<E> type) {
    String text = text(v, path, problems);
    if (text == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
      names.add(e.name());
    }
    String hint = Texts.suggest(text.toUpperCase(Locale.ROOT).replace('-', '_'), names);
    if (hint == null) {
      problems.add(
          v,
          path,
          "value.notChoice",
          ImmutableMap.of("choices", Texts.list(names), "value", Texts.shorten(text)));
    } else {
      problems.add(
          v,
          path,
          "value.notChoiceHint",
          ImmutableMap.of(
              "choices", Texts.list(names), "value", Texts.shorten(text), "hint", hint));
    }
    return null;
  }

  /** A list field's items; empty when absent, null (with a problem) when not a list. */
  public @Nullable List<Node> list(String name) {
    Node v = value(name);
    if (v == null) {
      return List.of();
    }
    if (v.type() != Node.Type.LIST) {
      problems.add(v, path(name), "value.notList", Map.of("got", Problems.got(v)));
      return null;
    }
    return v.items();
  }

  /**
   * An object field's fields, in order; empty when absent, null (with a problem) when not an
   * object.
   */
  public @Nullable List<Node.Field> entries(String name) {
    Node v = value(name);
    if (v == null) {
      return List.of();
    }
    if (v.type() != Node.Type.OBJECT) {
      problems.add(v, path(name), "value.notObject", Map.of("got", Problems.got(v)));
      return null;
    }
    return v.fields();
  }
}

package org.okrkit.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value of a parsed document with the line and column where it starts: the tree that decoders
 * read. YAML aliases make it a directed acyclic graph: an alias is the very node it names.
 */
public final class Node {
  /** The kinds of value. */
  public enum Type {
    /** A JSON object, a YAML mapping. */
    OBJECT("an object"),
    /** A JSON array, a YAML sequence. */
    LIST("a list"),
    /** A string. */
    TEXT("text"),
    /** A number, as written. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}, or an empty YAML value. */
    NULL("null");

    private final String noun;

    Type(String noun) {
      this.noun = noun;
    }

    /** As messages say it: {@code "an object"}. */
    public String noun() {
      return noun;
    }
  }

  /** A field of an object: its name, where the name stands, and its value. */
  public static final class Field {
    private final String name;
    private final int line;
    private final int column;
    private final Node value;

    Field(String name, int line, int column, Node value) {
      this.name = name;
      this.line = line;
      this.column = column;
      this.value = value;
    }

    /** The field's name. */
    public String name() {
      return name;
    }

    /** The line of the name. */
    public int line() {
      return line;
    }

    /** The column of the name. */
    public int column() {
      return column;
    }

    /** The value. */
    public Node value() {
      return value;
    }
  }

  private final Type type;
  private final int line;
  private final int column;
  private final String text;
  private final double number;
  private final boolean scalarText;
  private final @Nullable Map<String, Field> fields;
  private final @Nullable List<Node> items;
  /** Values in this subtree, aliases counted as what they stand for; set when complete. */
  long size = 1;
  /** Levels of objects and lists in this subtree, 0 for a scalar; set when complete. */
  int height;
  boolean complete;

  private Node(
      Type type,
      int line,
      int column,
      String text,
      double number,
      boolean scalarText,
      @Nullable Map<String, Field> fields,
      @Nullable List<Node> items) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.text = text;
    this.number = number;
    this.scalarText = scalarText;
    this.fields = fields;
    this.items = items;
  }

  static Node object(int line, int column) {
    return new Node(Type.OBJECT, line, column, "", 0, false, new LinkedHashMap<>(), null);
  }

  static Node list(int line, int column) {
    return new Node(Type.LIST, line, column, "", 0, false, null, new ArrayList<>());
  }

  /**
   * A scalar.
   *
   * @param text the scalar as written (for a number, its digits)
   * @param scalarText whether the scalar may stand for text where text is expected: any YAML scalar
   *     but null, since YAML leaves plain scalars untyped; only strings in JSON
   */
  static Node scalar(Type type, int line, int column, String text, double number, boolean scalarText) {
    Node n = new Node(type, line, column, text, number, scalarText, null, null);
    n.complete = true;
    return n;
  }

  /** The kind of value. */
  public Type type() {
    return type;
  }

  /** The line where the value starts, from 1. */
  public int line() {
    return line;
  }

  /** The column where the value starts, from 1. */
  public int column() {
    return column;
  }

  /** A scalar's text as written; empty for objects and lists. */
  public String text() {
    return text;
  }

  /** A number's value, possibly infinite or NaN for YAML's {@code .inf} and {@code .nan}. */
  public double number() {
    return number;
  }

  /** Whether the value can be read as text: a string, or in YAML any non-null scalar. */
  public boolean isText() {
    return scalarText;
  }

  /** Whether this is {@code true}; only for booleans. */
  public boolean isTrue() {
    return type == Type.BOOLEAN && text.equals("true");
  }

  /** An object's fields by name, in document order; empty for other values. */
  public Map<String, Field> fields() {
    return fields == null ? Collections.emptyMap() : Collections.unmodifiableMap(fields);
  }

  /** A list's items; empty for other values. */
  public List<Node> items() {
    return items == null ? Collections.emptyList() : Collections.unmodifiableList(items);
  }

  /** The field of this name, or null. */
  public @Nullable Field field(String name) {
    return fields == null ? null : fields.get(name);
  }

  void put(Field field) {
    requireFields().put(field.name(), field);
  }

  boolean has(String name) {
    return requireFields().containsKey(name);
  }

  void add(Node item) {
    if (items == null) {
      throw new IllegalStateException("not a list");
    }
    items.add(item);
  }

  private Map<String, Field> requireFields() {
    if (fields == null) {
      throw new IllegalStateException("not an object");
    }
    return fields;
  }

  /** The value as messages describe what was found: {@code text 'abc'}, {@code a list}. */
  public String describe() {
    switch (type) {
      case TEXT:
        return "text '" + Texts.shorten(text) + "'";
      case NUMBER:
        return "the number " + Texts.shorten(text);
      case BOOLEAN:
        return text;
      default:
        return type.noun();
    }
  }
}

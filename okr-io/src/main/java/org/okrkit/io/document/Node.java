package org.okrkit.io.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value of a parsed document with the line and column where it starts: the tree that decoders
 * read. YAML aliases make it a directed acyclic graph: an alias is the very node it names.
 *
 * <p>Nodes are made by {@link DocumentReader} only, and never change once it hands them to a
 * decoder; a tree may then be read from several threads at once. Methods that read an object's
 * fields return nothing (0, null, an empty list) for other values, except those that take a field's
 * position, which throw {@link IllegalStateException} for a value that is not an object.
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
  /*
   * An object's fields in document order, as parallel arrays rather than a map of entries: a large
   * file holds millions of small objects, and this keeps each to a few arrays. Lookups scan the
   * names while there are few; past SCAN fields an index by name takes over, so no object makes
   * reading quadratic. Values that are not objects share the empty arrays.
   */
  private static final int SCAN = 8;
  private static final String[] NO_NAMES = {};
  private static final Node[] NO_VALUES = {};
  private static final int[] NO_POSITIONS = {};
  private String[] names = NO_NAMES;
  private Node[] values = NO_VALUES;

  /** Line and column of each field's name, two ints per field. */
  private int[] positions = NO_POSITIONS;

  private int count;
  private @Nullable Map<String, Integer> index;
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
      @Nullable List<Node> items) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.text = text;
    this.number = number;
    this.scalarText = scalarText;
    if (type == Type.OBJECT) {
      this.names = new String[4];
      this.values = new Node[4];
      this.positions = new int[8];
    }
    this.items = items;
  }

  static Node object(int line, int column) {
    return new Node(Type.OBJECT, line, column, "", 0, false, null);
  }

  static Node list(int line, int column) {
    return new Node(Type.LIST, line, column, "", 0, false, new ArrayList<>());
  }

  /**
   * A scalar.
   *
   * @param text the scalar as written (for a number, its digits)
   * @param scalarText whether the scalar may stand for text where text is expected: any YAML scalar
   *     but null, since YAML leaves plain scalars untyped; only strings in JSON
   */
  static Node scalar(
      Type type, int line, int column, String text, double number, boolean scalarText) {
    Node n = new Node(type, line, column, text, number, scalarText, null);
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

  /** An object's fields in document order, made on each call; empty for other values. */
  public List<Field> fields() {
    List<Field> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(fieldAt(i));
    }
    return result;
  }

  /** The number of an object's fields; 0 for other values. */
  public int fieldCount() {
    return count;
  }

  /**
   * The name of an object's field {@code i}, in document order.
   *
   * @throws IllegalStateException if this is not an object
   * @throws IndexOutOfBoundsException unless {@code i} lies from 0 to {@link #fieldCount()} - 1
   */
  public String fieldName(int i) {
    return requireNames()[i];
  }

  /**
   * An object's field {@code i}, in document order.
   *
   * @throws IllegalStateException if this is not an object
   * @throws IndexOutOfBoundsException unless {@code i} lies from 0 to {@link #fieldCount()} - 1
   */
  public Field fieldAt(int i) {
    String[] n = requireNames();
    return new Field(n[i], positions[2 * i], positions[2 * i + 1], values[i]);
  }

  /** The value of the field of this name, or null; null for values that are not objects. */
  public @Nullable Node value(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** A list's items; empty for other values. */
  public List<Node> items() {
    return items == null ? Collections.emptyList() : Collections.unmodifiableList(items);
  }

  /** The field of this name, or null; null for values that are not objects. */
  public @Nullable Field field(String name) {
    int i = indexOf(name);
    return i < 0 ? null : fieldAt(i);
  }

  /** Adds a field; the reader has checked that no field of this name is there yet. */
  void put(String name, int nameLine, int nameColumn, Node value) {
    String[] n = requireNames();
    if (count == n.length) {
      names = n = Arrays.copyOf(n, count * 2);
      values = Arrays.copyOf(values, count * 2);
      positions = Arrays.copyOf(positions, count * 4);
    }
    n[count] = name;
    values[count] = value;
    positions[2 * count] = nameLine;
    positions[2 * count + 1] = nameColumn;
    count++;
    if (index != null) {
      index.put(name, count - 1);
    } else if (count > SCAN) {
      index = new HashMap<>();
      for (int i = 0; i < count; i++) {
        index.put(n[i], i);
      }
    }
  }

  /**
   * The value of an object's field {@code i}, in document order.
   *
   * @throws IllegalStateException if this is not an object
   * @throws IndexOutOfBoundsException unless {@code i} lies from 0 to {@link #fieldCount()} - 1
   */
  public Node valueAt(int i) {
    requireObject();
    return values[i];
  }

  private int indexOf(String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    String[] n = names;
    for (int i = 0; i < count; i++) {
      if (n[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  void add(Node item) {
    if (items == null) {
      throw new IllegalStateException("not a list");
    }
    items.add(item);
  }

  private String[] requireNames() {
    requireObject();
    return names;
  }

  private void requireObject() {
    if (type != Type.OBJECT) {
      throw new IllegalStateException("not an object");
    }
  }

  /** The value as messages describe what was found: {@code text 'abc'}, {@code a list}. */
  public String describe() {
    return switch (type) {
      case TEXT -> "text '" + Texts.shorten(text) + "'";
      case NUMBER -> "the number " + Texts.shorten(text);
      case BOOLEAN -> text;
      default -> type.noun();
    };
  }
}

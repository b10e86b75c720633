package org.okrkit.io.document;

import org.jspecify.annotations.Nullable;

/**
 * A path into a document ({@code kpis[3].checkIns[0].date}), spelled out only when a message needs
 * it: reading a large file that has no problem then builds no path text at all. Immutable (the text
 * is worked out once, when first asked for) and safe to share between threads.
 */
public final class DocumentPath {
  private static final DocumentPath ROOT = new DocumentPath(null, "", -1, "");

  private final @Nullable DocumentPath parent;
  private final String name;
  private final int index;
  private @Nullable String text;

  private DocumentPath(
      @Nullable DocumentPath parent, String name, int index, @Nullable String text) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = text;
  }

  /** The document itself: the empty path. */
  public static DocumentPath root() {
    return ROOT;
  }

  /** A path already written out. */
  public static DocumentPath of(String text) {
    return text.isEmpty() ? ROOT : new DocumentPath(null, text, -1, text);
  }

  /** The path of a field of the value at this path. */
  public DocumentPath field(String field) {
    return new DocumentPath(this, field, -1, null);
  }

  /** The path of item {@code i} of the list in field {@code field}: {@code field[i]}. */
  public DocumentPath item(String field, int i) {
    return new DocumentPath(this, field, i, null);
  }

  /**
   * The path as messages give it, {@code kpis[3].checkIns[0].date}; empty for the document itself.
   */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      String prefix = parent == null ? "" : parent.toString();
      String own = index < 0 ? name : name + "[" + index + "]";
      t = prefix.isEmpty() ? own : prefix + "." + own;
      text = t;
    }
    return t;
  }
}

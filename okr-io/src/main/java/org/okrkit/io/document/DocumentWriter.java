package org.okrkit.io.document;

import java.io.IOException;
import org.okrkit.io.Format;
import org.okrkit.io.internal.GeneratorWriter;

/**
 * Writes one JSON or YAML document, laid out as okrkit's files and exports are: JSON indented by
 * two spaces with {@code "name": value} and {@code []} for an empty list, YAML in block style
 * without a document start marker, text quoted only where YAML needs it. Every document ends with a
 * line break.
 *
 * <p>A document is written by a {@link Body} given to {@link #write(Format, Body)}, in the order it
 * is to appear: objects hold {@linkplain #name(String) named} values, lists hold values.
 *
 * <pre>{@code
 * String json = DocumentWriter.write(Format.JSON, out -> {
 *   out.startObject();
 *   out.name("version");
 *   out.number(Format.VERSION);
 *   out.name("policy");
 *   PolicyFiles.write(policy, out);
 *   out.endObject();
 * });
 * }</pre>
 *
 * <p>A writer belongs to the one document being written and is not for sharing between threads;
 * {@link #write(Format, Body)} itself is safe to call from several threads at once. Only okr-io
 * makes writers.
 */
public sealed interface DocumentWriter permits GeneratorWriter {

  /** What a document holds, written to a {@link DocumentWriter}. */
  @FunctionalInterface
  interface Body {
    /**
     * Writes the document: one value, normally an object.
     *
     * @throws IllegalStateException if the values do not make one well-formed document
     */
    void write(DocumentWriter out);
  }

  /**
   * The document that {@code body} writes, in {@code format}, ending with a line break.
   *
   * @throws IllegalStateException if {@code body} writes a value where none can stand (a value in
   *     an object without its name, say)
   */
  static String write(Format format, Body body) {
    return GeneratorWriter.write(format, body);
  }

  /**
   * Writes the document that {@code body} writes to {@code out}, in {@code format}, ending with a
   * line break.
   *
   * @throws IllegalStateException if {@code body} writes a value where none can stand
   * @throws IOException if {@code out} fails
   */
  static void write(Format format, Appendable out, Body body) throws IOException {
    GeneratorWriter.write(format, out, body);
  }

  /** Starts an object, as a value; its fields follow, each a {@link #name(String)} and a value. */
  void startObject();

  /**
   * Ends the object started last.
   *
   * @throws IllegalStateException if the innermost value open is not an object
   */
  void endObject();

  /** Starts a list, as a value; its items follow. */
  void startList();

  /**
   * Ends the list started last.
   *
   * @throws IllegalStateException if the innermost value open is not a list
   */
  void endList();

  /**
   * Names the next field of the object being written; its value comes next.
   *
   * @throws IllegalStateException if no object is open, or its last field has no value yet
   */
  void name(String name);

  /** Writes text, as a value; YAML quotes it where it would otherwise read as something else. */
  void text(String value);

  /**
   * Writes a number, as a value: the shortest plain decimal that reads back as exactly {@code
   * value} ({@code 0.1}, {@code 1000000}, {@code 0.000015}, {@code -0.0}), the same text on every
   * Java version.
   *
   * @throws IllegalArgumentException if {@code value} is infinite or NaN, which neither format
   *     holds as a number
   */
  void number(double value);

  /** Writes a whole number, as a value. */
  void number(long value);

  /**
   * Writes a number given as its text, as it stands: for outputs whose numbers follow another
   * notation, such as Java's {@link Double#toString(double)} ({@code 8.791662725038297E-4}).
   *
   * @throws IllegalArgumentException unless {@code text} is a JSON number ({@code
   *     -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?})
   */
  void rawNumber(String text);

  /** Writes {@code true} or {@code false}, as a value. */
  void bool(boolean value);

  /** Writes null, as a value. */
  void nullValue();
}

package org.okrkit.io.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.regex.Pattern;
import org.okrkit.io.Format;
import org.okrkit.io.document.DocumentWriter;

/**
 * The one {@link DocumentWriter}: a Jackson generator set up by {@link Generators}. okr-io's own
 * encoders reach the generator behind a writer through {@link #generator(DocumentWriter)}, so that
 * a plan or policy is written in place by the same code that writes its file.
 */
public final class GeneratorWriter implements DocumentWriter {
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final JsonGenerator out;

  private GeneratorWriter(JsonGenerator out) {
    this.out = out;
  }

  /** The generator behind {@code writer}. */
  public static JsonGenerator generator(DocumentWriter writer) {
    // the interface is sealed: this class is its only implementation
    return ((GeneratorWriter) writer).out;
  }

  /** See {@link DocumentWriter#write(Format, Body)}. */
  public static String write(Format format, Body body) {
    StringWriter text = new StringWriter();
    try {
      write(format, text, body);
    } catch (IOException e) {
      // a StringWriter never fails
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** See {@link DocumentWriter#write(Format, Appendable, Body)}. */
  public static void write(Format format, Appendable out, Body body) throws IOException {
    LastChar target = new LastChar(out);
    try (JsonGenerator g = Generators.create(format, target)) {
      body.write(new GeneratorWriter(g));
    } catch (TargetFailed e) {
      throw e.getCause();
    }
    if (target.last != '\n') {
      out.append('\n');
    }
  }

  @Override
  public void startObject() {
    run(out::writeStartObject);
  }

  @Override
  public void endObject() {
    run(out::writeEndObject);
  }

  @Override
  public void startList() {
    run(out::writeStartArray);
  }

  @Override
  public void endList() {
    run(out::writeEndArray);
  }

  @Override
  public void name(String name) {
    run(() -> out.writeFieldName(name));
  }

  @Override
  public void text(String value) {
    run(() -> out.writeString(value));
  }

  @Override
  public void number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("expected a finite number, got " + value);
    }
    run(() -> out.writeNumber(Generators.number(value)));
  }

  @Override
  public void number(long value) {
    run(() -> out.writeNumber(value));
  }

  @Override
  public void rawNumber(String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("expected a JSON number, got '" + text + "'");
    }
    run(() -> out.writeNumber(text));
  }

  @Override
  public void bool(boolean value) {
    run(() -> out.writeBoolean(value));
  }

  @Override
  public void nullValue() {
    run(out::writeNull);
  }

  /** A step of the generator. */
  private interface Step {
    void run() throws IOException;
  }

  private static void run(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * What a failure of the generator means to a writer's caller: a document that is not well formed
   * is a mistake of the body; any other is the target's, carried out to {@link #write(Format,
   * Appendable, Body)}.
   */
  public static RuntimeException failure(IOException e) {
    return e instanceof JsonGenerationException jsonGenerationException
        ? new IllegalStateException(jsonGenerationException.getOriginalMessage(), e)
        : new TargetFailed(e);
  }

  /** The target's failure, carried out of the body to {@link #write(Format, Appendable, Body)}. */
  private static final class TargetFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    TargetFailed(IOException cause) {
      super(cause);
    }
  }

  /**
   * An {@link Appendable} as a {@link Writer}, keeping its last character; closing it closes
   * nothing.
   */
  private static final class LastChar extends Writer {
    private final Appendable out;
    char last;

    LastChar(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (length > 0) {
        out.append(CharBuffer.wrap(chars, offset, length));
        last = chars[offset + length - 1];
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

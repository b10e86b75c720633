package org.okrkit.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.okrkit.io.Format;

/** Jackson generators set up for files people read: indented JSON, block-style YAML. */
public final class Generators {
  /** Writes a document to a generator. */
  @FunctionalInterface
  public interface Body {
    /** Writes the document. */
    void write(JsonGenerator out) throws IOException;
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .stringQuotingChecker(new Quoting())
          .build();

  /**
   * SnakeYAML's emitter breaks a plain scalar at NEL (U+0085) and reads it back as a space, so any
   * text with a character that YAML treats specially is double-quoted, where it is escaped.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\u0085'
            || c == '\u2028'
            || c == '\u2029'
            || c == '\uFEFF'
            || c < ' '
            || c == 0x7F) {
          return true;
        }
      }
      return super.needToQuoteValue(value);
    }
  }

  private Generators() {}

  /** The document {@code body} writes, in {@code format}, ending with a line break. */
  public static String write(Format format, Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = create(format, text)) {
      body.write(out);
    } catch (IOException e) {
      // a StringWriter never fails
      throw new UncheckedIOException(e);
    }
    String result = text.toString();
    return result.endsWith("\n") ? result : result + "\n";
  }

  /**
   * A generator of a document in {@code format} onto {@code out}; closing it closes {@code out}.
   */
  static JsonGenerator create(Format format, Writer out) throws IOException {
    JsonGenerator g = format == Format.JSON ? JSON.createGenerator(out) : YAML.createGenerator(out);
    if (format == Format.JSON) {
      g.setPrettyPrinter(pretty());
    }
    return g;
  }

  /** Two-space indentation, {@code "name": value}, {@code []} for empty lists. */
  static DefaultPrettyPrinter pretty() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  /**
   * A finite number as files and exports write it: the shortest plain decimal that reads back as
   * exactly this double ({@code 0.1}, {@code 1000000}, {@code 0.000015}), and -0.0 kept. Unlike
   * {@link Double#toString}, whose digits changed in JDK 19, it gives the same text on every JDK.
   */
  public static String number(double value) {
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0.0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal shortest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (shortest.doubleValue() == value) {
        return shortest.stripTrailingZeros().toPlainString();
      }
    }
    return exact
        .round(new MathContext(17, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Writes a number field. */
  public static void number(JsonGenerator out, String name, double value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(number(value));
  }
}

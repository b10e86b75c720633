package org.okrkit.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

import org.okrkit.io.ExportFormat;

/** Renders a {@link Report} as JSON, CSV (RFC 4180) or Markdown. */
public final class ReportWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ReportWriter() {}

  /** Writes {@code report} to {@code out} in {@code format}. */
  public static void write(Report report, ExportFormat format, Appendable out) throws IOException {
    switch (format) {
      case JSON:
        json(report, out);
        break;
      case CSV:
        csv(report.csv(), out);
        break;
      default:
        markdown(report, out);
        break;
    }
  }

  // ---------------------------------------------------------------- JSON

  private static void json(Report report, Appendable out) throws IOException {
    Writer writer = new AppendableWriter(out);
    try (JsonGenerator g = JSON.createGenerator(writer)) {
      g.setPrettyPrinter(Generators.pretty());
      g.writeStartObject();
      g.writeStringField("report", report.kind());
      for (Map.Entry<String, Optional<String>> e : report.header().entrySet()) {
        if (e.getValue().isEmpty()) {
          g.writeNullField(e.getKey());
        } else {
          g.writeStringField(e.getKey(), e.getValue().get());
        }
      }
      for (Report.Table table : report.tables()) {
        g.writeArrayFieldStart(table.key());
        for (List<@Nullable Object> row : table.rows()) {
          g.writeStartObject();
          for (int i = 0; i < row.size(); i++) {
            g.writeFieldName(table.columns().get(i).key());
            Object cell = row.get(i);
            if (cell == null) {
              g.writeNull();
            } else if (cell instanceof Double) {
              g.writeNumber(Generators.number((Double) cell));
            } else if (cell instanceof List) {
              g.writeStartArray();
              for (Object item : (List<?>) cell) {
                g.writeString(String.valueOf(item));
              }
              g.writeEndArray();
            } else {
              g.writeString(cell.toString());
            }
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.append('\n');
  }

  /** An {@link Appendable} as a {@link Writer}, for Jackson; closing it closes nothing. */
  private static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out.append(java.nio.CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  // ---------------------------------------------------------------- CSV

  private static void csv(Report.Table table, Appendable out) throws IOException {
    for (int i = 0; i < table.columns().size(); i++) {
      out.append(i == 0 ? "" : ",").append(csvField(table.columns().get(i).key()));
    }
    out.append("\r\n");
    for (List<@Nullable Object> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        Object cell = row.get(i);
        out.append(i == 0 ? "" : ",");
        if (cell instanceof Double) {
          out.append(Generators.number((Double) cell));
        } else if (cell instanceof List) {
          out.append(csvField(join((List<?>) cell, " ")));
        } else if (cell != null) {
          out.append(csvField(cell.toString()));
        }
      }
      out.append("\r\n");
    }
  }

  /** A field quoted by RFC 4180 when it holds a comma, a quote or a line break. */
  static String csvField(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  // ---------------------------------------------------------------- Markdown

  private static void markdown(Report report, Appendable out) throws IOException {
    out.append("# ").append(markdownCell(report.title())).append('\n');
    for (Report.Table table : report.tables()) {
      out.append("\n## ").append(table.heading()).append("\n\n");
      if (table.rows().isEmpty()) {
        out.append("None.\n");
        continue;
      }
      StringBuilder head = new StringBuilder("|");
      StringBuilder rule = new StringBuilder("|");
      for (Report.Column c : table.columns()) {
        head.append(' ').append(c.label()).append(" |");
        rule.append(c.style() == Report.Style.TEXT ? " --- |" : " ---: |");
      }
      out.append(head).append('\n').append(rule).append('\n');
      for (List<@Nullable Object> row : table.rows()) {
        out.append('|');
        for (int i = 0; i < row.size(); i++) {
          Object cell = row.get(i);
          String text;
          if (cell == null) {
            text = "";
          } else if (cell instanceof Double) {
            text = markdownNumber((Double) cell, table.columns().get(i).style());
          } else if (cell instanceof List) {
            text = markdownCell(join((List<?>) cell, ", "));
          } else {
            text = markdownCell(cell.toString());
          }
          out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
        }
        out.append('\n');
      }
    }
  }

  private static String markdownNumber(double v, Report.Style style) {
    switch (style) {
      case SCORE:
        return org.okrkit.core.Numbers.rounded(v, 3);
      case PERCENT:
        // rounded down, so that a share just below a threshold never reads as the threshold
        return org.okrkit.core.Numbers.plain(Math.floor(v * 1000 + 1e-9) / 10) + " %";
      default:
        return Generators.number(v);
    }
  }

  private static String join(List<?> items, String separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : separator).append(items.get(i));
    }
    return b.toString();
  }

  /** Text safe inside a Markdown table cell: one line, pipes and HTML escaped. */
  static String markdownCell(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          b.append("\\\\");
          break;
        case '|':
          b.append("\\|");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '\r':
        case '\n':
          b.append(' ');
          break;
        default:
          b.append(c);
      }
    }
    return b.toString().trim();
  }
}

package org.okrkit.io.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Format;
import org.okrkit.io.document.DocumentWriter;

/**
 * Renders a {@link Report} as JSON, CSV (RFC 4180) or Markdown, through the public writer API that
 * other modules' exports use too: {@link DocumentWriter} for JSON, {@link ExportFormat#cell} for
 * the cells of CSV and Markdown.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** Writes {@code report} to {@code out} in {@code format}. */
  public static void write(Report report, ExportFormat format, Appendable out) throws IOException {
    switch (format) {
      case JSON -> json(report, out);
      case CSV -> csv(report.csv(), ExportFormat.CSV, out);
      case CSV_VERBATIM -> csv(report.csv(), ExportFormat.CSV_VERBATIM, out);
      default -> markdown(report, "None.", out);
    }
  }

  // ---------------------------------------------------------------- JSON

  private static void json(Report report, Appendable out) throws IOException {
    DocumentWriter.write(Format.JSON, out, g -> json(report, g));
  }

  private static void json(Report report, DocumentWriter g) {
    g.startObject();
    g.name("report");
    g.text(report.kind());
    for (Map.Entry<String, Optional<String>> e : report.header().entrySet()) {
      g.name(e.getKey());
      if (e.getValue().isEmpty()) {
        g.nullValue();
      } else {
        g.text(e.getValue().get());
      }
    }
    for (Report.Table table : report.tables()) {
      g.name(table.key());
      g.startList();
      for (List<@Nullable Object> row : table.rows()) {
        g.startObject();
        for (int i = 0; i < row.size(); i++) {
          g.name(table.columns().get(i).key());
          Object cell = row.get(i);
          if (cell == null) {
            g.nullValue();
          } else if (cell instanceof Double d) {
            g.number(d);
          } else if (cell instanceof List) {
            g.startList();
            for (Object item : (List<?>) cell) {
              g.text(String.valueOf(item));
            }
            g.endList();
          } else {
            g.text(cell.toString());
          }
        }
        g.endObject();
      }
      g.endList();
    }
    g.endObject();
  }

  // ---------------------------------------------------------------- CSV

  /**
   * The table as CSV, its text cells written by {@code format} (neutralised against formula
   * injection by {@link ExportFormat#CSV}, as they are by {@link ExportFormat#CSV_VERBATIM});
   * numbers are written as numbers.
   */
  private static void csv(Report.Table table, ExportFormat format, Appendable out)
      throws IOException {
    for (int i = 0; i < table.columns().size(); i++) {
      out.append(i == 0 ? "" : ",").append(format.cell(table.columns().get(i).key()));
    }
    out.append("\r\n");
    for (List<@Nullable Object> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        Object cell = row.get(i);
        out.append(i == 0 ? "" : ",");
        if (cell instanceof Double d) {
          out.append(Generators.number(d));
        } else if (cell instanceof Number n) {
          out.append(n.toString());
        } else if (cell instanceof List) {
          out.append(format.cell(join((List<?>) cell, " ")));
        } else if (cell != null) {
          out.append(format.cell(cell.toString()));
        }
      }
      out.append("\r\n");
    }
  }

  // ---------------------------------------------------------------- Markdown

  /**
   * Writes {@code report} to {@code out} as Markdown, {@code none} standing for a table without
   * rows ({@code None.} in English).
   */
  public static void markdown(Report report, String none, Appendable out) throws IOException {
    out.append("# ").append(ExportFormat.MARKDOWN.cell(report.title())).append('\n');
    for (Report.Table table : report.tables()) {
      out.append("\n## ").append(table.heading()).append("\n\n");
      if (table.rows().isEmpty()) {
        out.append(none).append('\n');
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
            text = ExportFormat.MARKDOWN.cell(table.columns().get(i).absent());
          } else if (cell instanceof Double d) {
            text = markdownNumber(d, table.columns().get(i).style());
          } else if (cell instanceof List) {
            text = ExportFormat.MARKDOWN.cell(join((List<?>) cell, ", "));
          } else {
            text = ExportFormat.MARKDOWN.cell(cell.toString());
          }
          out.append(' ').append(text).append(text.isEmpty() ? "|" : " |");
        }
        out.append('\n');
      }
    }
  }

  private static String markdownNumber(double v, Report.Style style) {
    return switch (style) {
      case SCORE -> org.okrkit.core.Numbers.rounded(v, 3);
      case PERCENT ->
          // rounded down, so that a share just below a threshold never reads as the threshold
          org.okrkit.core.Numbers.plain(Math.floor(v * 1000 + 1e-9) / 10) + " %";
      default -> Generators.number(v);
    };
  }

  private static String join(List<?> items, String separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : separator).append(items.get(i));
    }
    return b.toString();
  }
}

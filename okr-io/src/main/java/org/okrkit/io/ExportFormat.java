package org.okrkit.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The formats {@link Exports} writes. */
public enum ExportFormat {
  /** One JSON object with the report's header fields and an array per table. */
  JSON,
  /**
   * Comma-separated values by RFC 4180: a header line, one row per line, CRLF line ends, safe to
   * open in a spreadsheet. A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
   * a tab or a carriage return is written with an apostrophe before it ({@code '=HYPERLINK(...)}),
   * as OWASP recommends against CSV formula injection, so that Excel, WPS or LibreOffice shows it
   * as text instead of running it; numbers stay numbers ({@code -0.25} is written as it is).
   */
  CSV,
  /**
   * The same comma-separated values as {@link #CSV} with every text cell exactly as it is, for
   * tools that read the text back; a spreadsheet may run a cell that starts with {@code =}. Plan
   * tables and check-in logs, which are data, are always written so.
   */
  CSV_VERBATIM,
  /** A heading and a GitHub-flavoured Markdown table per part of the report. */
  MARKDOWN;

  /**
   * {@code text} as one text cell of a table in this format, as okr-io's exports write it. For CSV
   * it is quoted by RFC 4180 when it holds a comma, a quote or a line break (its quotes doubled),
   * after an apostrophe when it starts as a formula would (see {@link #CSV}); for {@link
   * #CSV_VERBATIM} only quoted; for Markdown it is put on one line (line breaks become spaces) and
   * trimmed, with backslashes and pipes escaped by a backslash and {@code <} and {@code &} written
   * as HTML entities; for JSON it is a string literal, in quotes.
   */
  public String cell(String text) {
    return switch (this) {
      case CSV -> csv(neutralised(text));
      case CSV_VERBATIM -> csv(text);
      case MARKDOWN -> markdown(text);
      default -> '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    };
  }

  /**
   * {@code text} with an apostrophe before it when a spreadsheet would read it as a formula: when
   * it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
   */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  /** {@code text} as a CSV cell: quoted by RFC 4180 when it must be, and only then. */
  static String csv(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String markdown(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '|' -> b.append("\\|");
        case '<' -> b.append("&lt;");
        case '&' -> b.append("&amp;");
        case '\r', '\n' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString().trim();
  }
}

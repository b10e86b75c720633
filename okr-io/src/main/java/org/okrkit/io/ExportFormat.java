package org.okrkit.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The formats {@link Exports} writes. */
public enum ExportFormat {
  /** One JSON object with the report's header fields and an array per table. */
  JSON,
  /** Comma-separated values by RFC 4180: a header line, one row per line, CRLF line ends. */
  CSV,
  /** A heading and a GitHub-flavoured Markdown table per part of the report. */
  MARKDOWN;

  /**
   * {@code text} as one cell of a table in this format, as okr-io's exports write it. For CSV it is
   * quoted by RFC 4180 when it holds a comma, a quote or a line break (its quotes doubled); for
   * Markdown it is put on one line (line breaks become spaces) and trimmed, with backslashes and
   * pipes escaped by a backslash and {@code <} and {@code &} written as HTML entities; for JSON it
   * is a string literal, in quotes.
   */
  public String cell(String text) {
    return switch (this) {
      case CSV -> csv(text);
      case MARKDOWN -> markdown(text);
      default -> '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    };
  }

  private static String csv(String text) {
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

package org.okrkit.io;

/** The formats {@link Exports} writes. */
public enum ExportFormat {
  /** One JSON object with the report's header fields and an array per table. */
  JSON,
  /** Comma-separated values by RFC 4180: a header line, one row per line, CRLF line ends. */
  CSV,
  /** A heading and a GitHub-flavoured Markdown table per part of the report. */
  MARKDOWN
}

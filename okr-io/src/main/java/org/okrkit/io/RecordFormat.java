package org.okrkit.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The two notations of record files, such as check-in logs: one record per line, so that a record
 * is added by appending a line and the file's history reads line by line.
 */
public enum RecordFormat {
  /**
   * Comma-separated values (RFC 4180), UTF-8: a header line naming the columns, then one record per
   * line. A cell holding a comma, a quote or a line break is quoted, its quotes doubled; lines end
   * with LF when written, and CRLF is read too. An empty cell is an absent value; a quoted empty
   * cell ({@code ""}) is empty text.
   */
  CSV(".csv"),
  /** JSON Lines: one JSON object per line, UTF-8, with the fields a record has. */
  JSON_LINES(".jsonl");

  private final String extension;

  RecordFormat(String extension) {
    this.extension = extension;
  }

  /** The file-name extension of the format, with its dot: {@code .csv}, {@code .jsonl}. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file's name implies: {@code .csv} is CSV, {@code .jsonl} is JSON Lines, whatever
   * their case; empty for any other name.
   */
  public static Optional<RecordFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (RecordFormat f : values()) {
      if (lower.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

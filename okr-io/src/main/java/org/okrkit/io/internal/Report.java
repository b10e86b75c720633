package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A report as the export writers see it: a kind, a title, header fields, and tables of typed cells.
 * Every export is a {@code Report} built from a result ({@link ScorecardReport} for a scorecard,
 * {@link AlignmentExport} for an alignment report), then rendered by {@link ReportWriter} in JSON,
 * CSV or Markdown; a new kind of report needs only a builder of its own.
 *
 * @param kind the report's kind, written as JSON's {@code report} field: {@code "scorecard"}
 * @param title the Markdown title
 * @param header fields written before the tables in JSON (empty ones as JSON null)
 * @param tables the tables, each a JSON array and a Markdown section
 * @param csv the one table CSV writes
 */
public record Report(
    String kind,
    String title,
    ImmutableMap<String, Optional<String>> header,
    ImmutableList<Table> tables,
    Table csv) {

  /** How a column's values are shown in Markdown; JSON and CSV always give numbers in full. */
  public enum Style {
    /** Text as it is. */
    TEXT,
    /** A score or share: three decimals at most. */
    SCORE,
    /** A measured value: as the plan writes it. */
    NUMBER,
    /**
     * A share: in percent, rounded down to one decimal ({@code 33.3 %}), as alignment reports show
     * it.
     */
    PERCENT
  }

  /**
   * A column: its JSON and CSV name, its Markdown label, its style, and what Markdown shows for an
   * empty cell (JSON writes null and CSV an empty cell whatever it is).
   */
  public record Column(String key, String label, Style style, String absent) {
    /** A column whose empty cells Markdown leaves empty. */
    public Column(String key, String label, Style style) {
      this(key, label, style, "");
    }
  }

  /**
   * A table; each row holds one cell per column: a {@code String}, a {@code Double} (never NaN or
   * infinite), a {@code List<String>} (a JSON array; in CSV its items joined by spaces, in Markdown
   * by commas) or null for an empty cell.
   */
  public record Table(
      String key,
      String heading,
      ImmutableList<Column> columns,
      List<List<@Nullable Object>> rows) {
    /** A table with no rows yet. */
    public static Table of(String key, String heading, Column... columns) {
      return new Table(key, heading, ImmutableList.copyOf(columns), new ArrayList<>());
    }

    /** Adds a row. */
    public void add(@Nullable Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(
            "a row of " + key + " needs " + columns.size() + " cells, got " + cells.length);
      }
      rows.add(Arrays.asList(cells));
    }
  }
}

package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Row} came from, for the problems found in it: the source (a file's name, a
 * query's), the line or row number in it, and, where known, the column number of each of its
 * columns (a CSV file's cells). Immutable; rows of one file share one map of columns.
 */
public final class RowOrigin {
  private static final RowOrigin UNKNOWN = new RowOrigin("", 0, ImmutableMap.of());

  private final String source;
  private final int line;
  private final ImmutableMap<String, Integer> columns;

  private RowOrigin(String source, int line, ImmutableMap<String, Integer> columns) {
    this.source = requireNonNull(source, "source");
    Preconditions.checkArgument(line >= 0, "line must be at least 0, got %s", line);
    this.line = line;
    this.columns = columns;
  }

  /** No origin: problems of such a row say its table, plan key and field only. */
  public static RowOrigin unknown() {
    return UNKNOWN;
  }

  /**
   * Row {@code line} (from 1; 0 when unknown) of {@code source} (empty when unknown).
   *
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static RowOrigin of(String source, int line) {
    return new RowOrigin(source, line, ImmutableMap.of());
  }

  /**
   * Row {@code line} of {@code source}, whose columns stand at the given column numbers (from 1),
   * by column name.
   *
   * @throws IllegalArgumentException if {@code line} is negative or a column number below 1
   */
  public static RowOrigin of(String source, int line, Map<String, Integer> columns) {
    ImmutableMap<String, Integer> copy = ImmutableMap.copyOf(columns);
    for (var e : copy.entrySet()) {
      Preconditions.checkArgument(
          e.getValue() >= 1, "column %s must be at least 1, got %s", e.getKey(), e.getValue());
    }
    return new RowOrigin(source, line, copy);
  }

  /**
   * This origin at row {@code line} of the same source, with the same columns: a reader makes one
   * origin per source and one per row from it, without copying the columns again.
   *
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public RowOrigin withLine(int line) {
    return line == this.line ? this : new RowOrigin(source, line, columns);
  }

  /** The source, such as {@code owners.csv}; empty when unknown. */
  public String source() {
    return source;
  }

  /** The line or row number in the source, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column number (from 1) of column {@code name} in the source; 0 when unknown. */
  public int column(String name) {
    Integer at = columns.get(name);
    return at == null ? 0 : at;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RowOrigin that
        && source.equals(that.source)
        && line == that.line
        && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return (source.hashCode() * 31 + line) * 31 + columns.hashCode();
  }

  /** {@code owners.csv:3}, or {@code owners.csv}, or empty. */
  @Override
  public String toString() {
    return line == 0 ? source : source + ":" + line;
  }
}

package org.okrkit.tables;

import com.google.common.base.Preconditions;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on what assembling or reading plan tables may cost, so that broken or hostile input fails
 * fast with a problem instead of exhausting memory: the most rows in all, and the longest text in
 * one field. The defaults are far above any real plan (a plan of 100,000 people with ten elements
 * each and a year of monthly check-ins is about 13 million rows). Immutable.
 */
public final class TableLimits {
  /** The default {@link #maxRows()}: 50,000,000. */
  public static final long DEFAULT_MAX_ROWS = 50_000_000L;

  /** The default {@link #maxFieldLength()}: 65,536 characters. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 65_536;

  private static final TableLimits DEFAULTS =
      new TableLimits(DEFAULT_MAX_ROWS, DEFAULT_MAX_FIELD_LENGTH);

  private final long maxRows;
  private final int maxFieldLength;

  private TableLimits(long maxRows, int maxFieldLength) {
    Preconditions.checkArgument(maxRows > 0, "maxRows must be above 0, got %s", maxRows);
    Preconditions.checkArgument(
        maxFieldLength > 0, "maxFieldLength must be above 0, got %s", maxFieldLength);
    this.maxRows = maxRows;
    this.maxFieldLength = maxFieldLength;
  }

  /** The limits with every default. */
  public static TableLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The given limits.
   *
   * @throws IllegalArgumentException if a limit is not above 0
   */
  public static TableLimits of(long maxRows, int maxFieldLength) {
    return new TableLimits(maxRows, maxFieldLength);
  }

  /** The most rows, of all tables together, one assembly or read accepts. */
  public long maxRows() {
    return maxRows;
  }

  /** The most characters one field's text may have. */
  public int maxFieldLength() {
    return maxFieldLength;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TableLimits that
        && maxRows == that.maxRows
        && maxFieldLength == that.maxFieldLength;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxRows) * 31 + maxFieldLength;
  }

  /** {@code TableLimits[maxRows=50000000, maxFieldLength=65536]}. */
  @Override
  public String toString() {
    return "TableLimits[maxRows=" + maxRows + ", maxFieldLength=" + maxFieldLength + "]";
  }
}

package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link Table}: a value or nothing in each column, and where the row came from. A
 * value is either of its column's type ({@code String}, {@code Long} or another integral {@code
 * Number}, {@code Double} or another {@code Number}, {@code Boolean}, {@code LocalDate}: see {@link
 * ColumnType}) or a {@code String} to be parsed; a value that does not fit its column is not
 * refused here but reported, at its row, when the rows are {@linkplain PlanAssembler assembled}. A
 * column left out (or set to null) has no value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Row owner =
 *     Row.builder(Table.OWNERS)
 *         .origin(RowOrigin.of("owners query", 3))
 *         .set("tenant", "acme").set("plan", "2026-Q2")
 *         .set("id", "marketing").set("name", "Marketing").set("level", "DEPARTMENT")
 *         .build();
 * }</pre>
 */
public final class Row {
  private final Table table;
  private final RowOrigin origin;
  private final @Nullable Object[] values;

  private Row(Table table, RowOrigin origin, @Nullable Object[] values) {
    this.table = table;
    this.origin = origin;
    this.values = values;
  }

  /** A builder of a row of {@code table}, with no values and an unknown origin. */
  public static Builder builder(Table table) {
    return new Builder(table);
  }

  /**
   * A row of {@code table} from {@code origin} with {@code values} by column name (a null value is
   * none).
   *
   * @throws IllegalArgumentException if a name is not a column of the table, or a value is of a
   *     kind no column takes
   */
  public static Row of(Table table, RowOrigin origin, Map<String, ?> values) {
    Builder b = builder(table).origin(origin);
    values.forEach(b::set);
    return b.build();
  }

  /** The table the row belongs to. */
  public Table table() {
    return table;
  }

  /** Where the row came from. */
  public RowOrigin origin() {
    return origin;
  }

  /**
   * The value in column {@code column}, as given; empty when there is none.
   *
   * @throws IllegalArgumentException if the table has no such column
   */
  public Optional<Object> get(String column) {
    return Optional.ofNullable(values[position(table, column)]);
  }

  /** The value at {@code position} of the table's columns, or null. */
  @Nullable Object at(int position) {
    return values[position];
  }

  /** The row's plan key, when both its key columns hold texts. */
  Optional<PlanKey> key() {
    return values[0] instanceof String tenant && values[1] instanceof String plan
        ? Optional.of(PlanKey.of(tenant, plan))
        : Optional.empty();
  }

  /** Whether the row's key columns hold {@code key}'s texts. */
  boolean hasKey(PlanKey key) {
    return key.tenant().equals(values[0]) && key.plan().equals(values[1]);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Row that
        && table == that.table
        && origin.equals(that.origin)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return (table.hashCode() * 31 + origin.hashCode()) * 31 + Arrays.hashCode(values);
  }

  /** {@code owners{tenant=acme, plan=2026-Q2, id=marketing, …}}, values present only. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(table.tableName()).append('{');
    String comma = "";
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        text.append(comma).append(table.columns().get(i).name()).append('=').append(values[i]);
        comma = ", ";
      }
    }
    return text.append('}').toString();
  }

  private static int position(Table table, String column) {
    requireNonNull(column, "column");
    int at = table.position(column);
    if (at < 0) {
      throw new IllegalArgumentException(
          "table "
              + table.tableName()
              + " has no column '"
              + column
              + "'; expected one of "
              + table.columns().stream().map(Column::name).toList());
    }
    return at;
  }

  /** Builds a {@link Row}. Not thread-safe. */
  public static final class Builder {
    private final Table table;
    private RowOrigin origin = RowOrigin.unknown();
    private final @Nullable Object[] values;

    private Builder(Table table) {
      this.table = requireNonNull(table, "table");
      this.values = new Object[table.columns().size()];
    }

    /** Sets where the row came from. */
    @CanIgnoreReturnValue
    public Builder origin(RowOrigin origin) {
      this.origin = requireNonNull(origin, "origin");
      return this;
    }

    /**
     * Sets the value of column {@code column}; null leaves it without one.
     *
     * @throws IllegalArgumentException if the table has no such column, or the value is not a
     *     {@code String}, {@code Number}, {@code Boolean} or {@code LocalDate}
     */
    @CanIgnoreReturnValue
    public Builder set(String column, @Nullable Object value) {
      return put(position(table, column), value);
    }

    /**
     * Sets the value of the column at {@code position} in the table's {@linkplain Table#columns()
     * columns} (from 0); null leaves it without one. A reader that matched a header's names to
     * positions once sets each cell without looking its column up by name.
     *
     * @throws IndexOutOfBoundsException if the table has fewer columns
     * @throws IllegalArgumentException if the value is not a {@code String}, {@code Number}, {@code
     *     Boolean} or {@code LocalDate}
     */
    @CanIgnoreReturnValue
    public Builder set(int position, @Nullable Object value) {
      return put(Objects.checkIndex(position, values.length), value);
    }

    private Builder put(int at, @Nullable Object value) {
      if (value != null
          && !(value instanceof String
              || value instanceof Number
              || value instanceof Boolean
              || value instanceof LocalDate)) {
        throw new IllegalArgumentException(
            "column "
                + table.columns().get(at).name()
                + " of table "
                + table.tableName()
                + " takes a String, Number, Boolean or LocalDate, got a "
                + value.getClass().getName());
      }
      values[at] = value;
      return this;
    }

    /** Sets the plan key's columns {@code tenant} and {@code plan}. */
    @CanIgnoreReturnValue
    public Builder key(PlanKey key) {
      values[0] = key.tenant();
      values[1] = key.plan();
      return this;
    }

    /** The row. */
    public Row build() {
      return new Row(table, origin, values.clone());
    }
  }
}

package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link Table}: its name (lower case, words joined by {@code _}), the type of its
 * values, and whether every row must have a value in it. Immutable.
 */
@Immutable
public final class Column {
  private final String name;
  private final ColumnType type;
  private final boolean required;

  Column(String name, ColumnType type, boolean required) {
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.required = required;
  }

  /** The column's name, such as {@code key_result}. */
  public String name() {
    return name;
  }

  /** The type of the column's values. */
  public ColumnType type() {
    return type;
  }

  /** Whether every row must have a value in this column; an optional one may be left out. */
  public boolean required() {
    return required;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Column that
        && name.equals(that.name)
        && type == that.type
        && required == that.required;
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + type.hashCode()) * 2 + (required ? 1 : 0);
  }

  /** {@code key_result TEXT required}, {@code weight NUMBER}. */
  @Override
  public String toString() {
    return name + " " + type + (required ? " required" : "");
  }
}

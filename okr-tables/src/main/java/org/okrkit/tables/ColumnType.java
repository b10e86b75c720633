package org.okrkit.tables;

/**
 * The type of a {@link Column}'s values. A {@link Row} may hold a value of the type itself or a
 * text to parse; each constant says which values and texts it accepts. In every type but {@link
 * #TEXT}, a blank text is no value.
 */
public enum ColumnType {
  /** Text, as it is: a {@code String}. */
  TEXT,
  /** A whole number: a {@code Long} (an integral {@code Number}), or its decimal text. */
  INTEGER,
  /**
   * A finite number: a {@code Double} (any finite {@code Number}), or its text as Java's {@code
   * Double.parseDouble} reads it ({@code 13}, {@code -0.5}, {@code 1e3}); NaN and infinities are
   * refused.
   */
  NUMBER,
  /** {@code true} or {@code false}: a {@code Boolean}, or that text in any case. */
  BOOLEAN,
  /** A day: a {@code LocalDate}, or its ISO text {@code YYYY-MM-DD}. */
  DATE
}

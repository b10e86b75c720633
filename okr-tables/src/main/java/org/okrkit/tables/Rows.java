package org.okrkit.tables;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.ProblemTemplates;

/** Reading the values of rows, and the problems found in them. */
final class Rows {
  /** The most characters of a value a message quotes. */
  private static final int QUOTED = 60;

  private Rows() {}

  /**
   * A row read by its columns' types (String, Long, Double, Boolean, LocalDate), or the problems
   * that kept it from being read. It keeps the row's table and origin but not the row itself, nor
   * the plan key's columns (its assembly knows its key), so that the texts a reader parsed are not
   * kept once read.
   */
  static final class Parsed {
    final Table table;
    final RowOrigin origin;
    final @Nullable Object[] values;

    /** The problems of the row's values, in the order of its columns; empty when it was read. */
    final List<TableProblem> problems;

    private Parsed(
        Table table, RowOrigin origin, @Nullable Object[] values, List<TableProblem> problems) {
      this.table = table;
      this.origin = origin;
      this.values = values;
      this.problems = problems;
    }

    /** Whether every value was read. */
    boolean ok() {
      return problems.isEmpty();
    }

    @Nullable Object value(String column) {
      return values[table.position(column)];
    }

    @Nullable String text(String column) {
      return (String) value(column);
    }

    String required(String column) {
      return requireValue(text(column), column);
    }

    @Nullable Double number(String column) {
      return (Double) value(column);
    }

    @Nullable Long integer(String column) {
      return (Long) value(column);
    }

    @Nullable Boolean bool(String column) {
      return (Boolean) value(column);
    }

    @Nullable LocalDate date(String column) {
      return (LocalDate) value(column);
    }

    LocalDate requiredDate(String column) {
      return requireValue(date(column), column);
    }

    private <T> T requireValue(@Nullable T value, String column) {
      if (value == null) {
        throw new IllegalStateException("the required column " + column + " was checked");
      }
      return value;
    }
  }

  /**
   * The row's values read by their columns' types, each value once; the problems found, if any, are
   * in {@link Parsed#problems}.
   */
  static Parsed parse(Row row, PlanKey key, TableLimits limits) {
    Table table = row.table();
    List<Column> columns = table.columns();
    @Nullable Object[] values = new Object[columns.size()];
    List<TableProblem> problems = List.of();
    Optional<PlanKey> k = Optional.of(key);
    for (int i = 0; i < values.length; i++) {
      Column c = columns.get(i);
      Object raw = row.at(i);
      TableProblem problem = null;
      if (raw instanceof String s && s.length() > limits.maxFieldLength()) {
        problem =
            problem(
                row,
                k,
                c.name(),
                "value.tooLong",
                ImmutableMap.of(
                    "length", (long) s.length(), "limit", (long) limits.maxFieldLength()));
      } else if (raw == null
          || (c.type() != ColumnType.TEXT && raw instanceof String s && s.isBlank())) {
        if (c.required()) {
          problem = problem(row, k, c.name(), "value.missing", Map.of());
        }
      } else {
        Object v = read(c.type(), raw);
        if (v == null) {
          problem = wrongType(row, k, c.name(), c.type(), raw);
        } else {
          values[i] = v;
        }
      }
      if (problem != null) {
        if (problems.isEmpty()) {
          problems = new ArrayList<>();
        }
        problems.add(problem);
      }
    }
    // the key's texts are checked but not kept: the assembly knows its key
    values[0] = null;
    values[1] = null;
    return new Parsed(table, row.origin(), values, problems);
  }

  /** {@code raw} as a value of {@code type}, or null when it is none. */
  private static @Nullable Object read(ColumnType type, Object raw) {
    return switch (type) {
      case TEXT -> raw instanceof String ? raw : null;
      case INTEGER -> integer(raw);
      case NUMBER -> number(raw);
      case BOOLEAN -> bool(raw);
      case DATE -> date(raw);
    };
  }

  private static @Nullable Long integer(Object raw) {
    if (raw instanceof Long
        || raw instanceof Integer
        || raw instanceof Short
        || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof BigInteger b) {
      return b.bitLength() < 64 ? b.longValue() : null;
    }
    if (raw instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    String t = raw instanceof String s ? s.trim() : "";
    if (isWhole(t)) {
      try {
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable Double number(Object raw) {
    double d;
    if (raw instanceof Number n) {
      d = n.doubleValue();
    } else if (raw instanceof String s && isDecimal(s.trim())) {
      d = Double.parseDouble(s);
    } else {
      return null;
    }
    return Double.isFinite(d) ? d : null;
  }

  private static @Nullable Boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof String s) {
      String t = s.trim();
      return t.equalsIgnoreCase("true")
          ? Boolean.TRUE
          : t.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
    return null;
  }

  private static @Nullable LocalDate date(Object raw) {
    if (raw instanceof LocalDate d) {
      return d;
    }
    if (raw instanceof String s) {
      String t = s.trim();
      try {
        // the common form yyyy-mm-dd without the formatter's machinery; LocalDate.of refuses
        // what the formatter would (month 13, February 30)
        return isIsoDate(t)
            ? LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10))
            : LocalDate.parse(t);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  /** Whether {@code s} is {@code [+-]?\d{1,19}}: a whole number of at most 19 digits. */
  static boolean isWhole(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int digits = n - i;
    if (digits < 1 || digits > 19) {
      return false;
    }
    for (; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a decimal number: {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}. */
  static boolean isDecimal(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int start = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int whole = i - start;
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      i++;
      start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      fraction = i - start;
    }
    if (whole == 0 && fraction == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  /** Whether {@code s} is {@code \d{4}-\d{2}-\d{2}}. */
  private static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits {@code s[from, to)} spell. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The constant of {@code type} named by column {@code column}'s text, or null (reported). */
  static <E extends Enum<E>> @Nullable E choice(
      Parsed p, PlanKey key, String column, Class<E> type, List<TableProblem> problems) {
    String text = p.text(column);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      // not a constant's name: reported below
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problems.add(
        problem(
            p,
            Optional.of(key),
            column,
            "value.notChoice",
            ImmutableMap.of("choices", String.join(", ", names), "value", shorten(text))));
    return null;
  }

  static TableProblem problem(
      Row row, Optional<PlanKey> key, String field, String code, Map<String, ?> arguments) {
    return problem(row.table(), row.origin(), key, field, code, arguments);
  }

  static TableProblem problem(
      Parsed row, Optional<PlanKey> key, String field, String code, Map<String, ?> arguments) {
    return problem(row.table, row.origin, key, field, code, arguments);
  }

  private static TableProblem problem(
      Table table,
      RowOrigin o,
      Optional<PlanKey> key,
      String field,
      String code,
      Map<String, ?> arguments) {
    return TableProblem.of(
        key,
        o.source(),
        o.line(),
        field.isEmpty() || o.line() == 0 ? 0 : o.column(field),
        Optional.of(table),
        field,
        TableProblem.TABLE_PROBLEMS,
        code,
        arguments);
  }

  static TableProblem wrongType(
      Row row, Optional<PlanKey> key, String column, ColumnType expected, Object got) {
    return problem(
        row,
        key,
        column,
        "value.wrongType",
        ImmutableMap.of("expected", expected, "got", got(got)));
  }

  /** What a value is, as a record of the bundle: {@code text 'abc'}, {@code the number 3}. */
  private static Map<String, Object> got(Object value) {
    String phrase;
    if (value instanceof String) {
      phrase = "got.text";
    } else if (value instanceof Number) {
      phrase = "got.number";
    } else if (value instanceof Boolean) {
      phrase = "got.boolean";
    } else {
      phrase = "got.date";
    }
    return ImmutableMap.of(
        ProblemTemplates.PHRASE, phrase, "value", shorten(String.valueOf(value)));
  }

  static String shorten(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }
}

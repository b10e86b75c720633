package org.okrkit.tables;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.ProblemTemplates;

/** Reading the values of rows, and the problems found in them. */
final class Rows {
  /** A decimal number: what {@link ColumnType#NUMBER} accepts as text. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,19}");

  /** The most characters of a value a message quotes. */
  private static final int QUOTED = 60;

  private Rows() {}

  /** A row's values read by their columns' types: String, Long, Double, Boolean, LocalDate. */
  static final class Parsed {
    final Row row;
    final @Nullable Object[] values;

    Parsed(Row row, @Nullable Object[] values) {
      this.row = row;
      this.values = values;
    }

    @Nullable Object value(String column) {
      return values[row.table().position(column)];
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
   * The row's values read by their columns' types, each problem added to {@code problems}; null
   * when there is any.
   */
  static @Nullable Parsed parse(
      Row row, PlanKey key, TableLimits limits, List<TableProblem> problems) {
    Table table = row.table();
    List<Column> columns = table.columns();
    @Nullable Object[] values = new Object[columns.size()];
    boolean ok = true;
    Optional<PlanKey> k = Optional.of(key);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Object raw = row.at(i);
      if (raw instanceof String s && s.length() > limits.maxFieldLength()) {
        problems.add(
            problem(
                row,
                k,
                c.name(),
                "value.tooLong",
                ImmutableMap.of(
                    "length", (long) s.length(), "limit", (long) limits.maxFieldLength())));
        ok = false;
        continue;
      }
      if (raw == null || (c.type() != ColumnType.TEXT && raw instanceof String s && s.isBlank())) {
        if (c.required()) {
          problems.add(problem(row, k, c.name(), "value.missing", Map.of()));
          ok = false;
        }
        continue;
      }
      Object v = read(c.type(), raw);
      if (v == null) {
        problems.add(wrongType(row, k, c.name(), c.type(), raw));
        ok = false;
      } else {
        values[i] = v;
      }
    }
    return ok ? new Parsed(row, values) : null;
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
    if (raw instanceof String s && WHOLE.matcher(s.trim()).matches()) {
      try {
        return Long.parseLong(s.trim());
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
    } else if (raw instanceof String s && DECIMAL.matcher(s.trim()).matches()) {
      d = Double.parseDouble(s.trim());
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
      try {
        return LocalDate.parse(s.trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** The constant of {@code type} named by column {@code column}'s text, or null (reported). */
  static <E extends Enum<E>> @Nullable E choice(
      Parsed p, PlanKey key, String column, Class<E> type, List<TableProblem> problems) {
    String text = p.text(column);
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.trim())) {
        return e;
      }
    }
    List<String> names = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problems.add(
        problem(
            p.row,
            Optional.of(key),
            column,
            "value.notChoice",
            ImmutableMap.of("choices", String.join(", ", names), "value", shorten(text))));
    return null;
  }

  static TableProblem problem(
      Row row, Optional<PlanKey> key, String field, String code, Map<String, ?> arguments) {
    RowOrigin o = row.origin();
    return TableProblem.of(
        key,
        o.source(),
        o.line(),
        field.isEmpty() || o.line() == 0 ? 0 : o.column(field),
        Optional.of(row.table()),
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

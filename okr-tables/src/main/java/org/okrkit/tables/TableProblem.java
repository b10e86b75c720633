package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.ProblemTemplates;

/**
 * One thing wrong with plan tables: where (the source and line of the row, the column number where
 * known, the plan key, the table and the field, that is the column's name) and what is wrong and
 * expected, with its code and arguments so that {@link #message(Locale)} writes it in another
 * language. A problem of the plan's own validation keeps the code of okr-core's {@link
 * ProblemTemplates#core()}; the others have the codes of {@link #TABLE_PROBLEMS}.
 *
 * <p>Immutable; equal when the places and English messages are.
 */
public final class TableProblem implements org.okrkit.core.text.Localizable {
  /**
   * The messages of the problems of plan tables as such (a missing value, a wrong type, a dangling
   * id): the bundle {@code org/okrkit/tables/problems}, English with a zh-CN translation.
   */
  public static final ProblemTemplates TABLE_PROBLEMS =
      ProblemTemplates.load("problems", name -> TableProblem.class.getResourceAsStream(name));

  private final Optional<PlanKey> key;
  private final String source;
  private final int line;
  private final int column;
  private final Optional<Table> table;
  private final String field;
  private final String message;
  private final Optional<String> code;
  private final ImmutableMap<String, Object> arguments;
  private final Optional<ProblemTemplates> templates;

  private TableProblem(
      Optional<PlanKey> key,
      String source,
      int line,
      int column,
      Optional<Table> table,
      String field,
      String message,
      Optional<String> code,
      ImmutableMap<String, Object> arguments,
      Optional<ProblemTemplates> templates) {
    Preconditions.checkArgument(
        line >= 0 && column >= 0,
        "line and column must be at least 0, got %s and %s",
        line,
        column);
    this.key = requireNonNull(key, "key");
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.table = requireNonNull(table, "table");
    this.field = requireNonNull(field, "field");
    this.message = requireNonNull(message, "message");
    this.code = code;
    this.arguments = arguments;
    this.templates = templates;
  }

  /**
   * A problem of {@code code}, a key of {@code templates}, its message filled with {@code
   * arguments}.
   *
   * @param key the plan the problem belongs to; empty for a problem of the tables as a whole
   * @param source the row's source ({@code owners.csv}); empty when unknown
   * @param line the row's line, from 1; 0 when unknown
   * @param column the field's column number, from 1; 0 when unknown
   * @param table the table; empty for a problem of no one table (a limit)
   * @param field the column's name, or a path below it; empty for the row as a whole
   * @throws IllegalArgumentException if the table of messages has no such code, an argument is of a
   *     kind it cannot show, or line or column is negative
   */
  public static TableProblem of(
      Optional<PlanKey> key,
      String source,
      int line,
      int column,
      Optional<Table> table,
      String field,
      ProblemTemplates templates,
      String code,
      Map<String, ?> arguments) {
    ImmutableMap<String, Object> data = ProblemTemplates.data(arguments);
    return new TableProblem(
        key,
        source,
        line,
        column,
        table,
        field,
        templates.message(code, data, Locale.ROOT),
        Optional.of(code),
        data,
        Optional.of(templates));
  }

  /** A problem with its English message only: no code, no arguments. */
  public static TableProblem of(
      Optional<PlanKey> key,
      String source,
      int line,
      int column,
      Optional<Table> table,
      String field,
      String message) {
    return new TableProblem(
        key,
        source,
        line,
        column,
        table,
        field,
        message,
        Optional.empty(),
        ImmutableMap.of(),
        Optional.empty());
  }

  /** The plan the problem belongs to; empty for a problem of the tables as a whole. */
  public Optional<PlanKey> key() {
    return key;
  }

  /** The source of the row: a file's name, a query's; empty when unknown. */
  public String source() {
    return source;
  }

  /** The row's line or number in its source, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column number of the field in its source, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The table of the row; empty for a problem of no one table. */
  public Optional<Table> table() {
    return table;
  }

  /**
   * The field: the column's name ({@code level}), sometimes with a path below it into the model
   * ({@code target_kind}); empty for the row as a whole.
   */
  public String field() {
    return field;
  }

  /** What is wrong, and what was expected, in English. */
  public String message() {
    return message;
  }

  /** The key of the message in {@link #templates()}; empty for a problem without one. */
  public Optional<String> code() {
    return code;
  }

  /** The names and figures the message is filled with; empty for a problem without a code. */
  public ImmutableMap<String, Object> arguments() {
    return arguments;
  }

  /** The table of messages that writes {@link #code()}: {@link #TABLE_PROBLEMS} or okr-core's. */
  public Optional<ProblemTemplates> templates() {
    return templates;
  }

  /** What is wrong in {@code locale}; English where the translation lacks the message. */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return code.isPresent() && templates.isPresent()
        ? templates.get().message(code.get(), arguments, locale)
        : message;
  }

  /** The problem as {@link #toString()} writes it, with the message in {@code locale}. */
  public String render(Locale locale) {
    return render(message(locale));
  }

  /** The same as {@link #render(Locale)}. */
  @Override
  public String localized(Locale locale) {
    return render(locale);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TableProblem that
        && key.equals(that.key)
        && source.equals(that.source)
        && line == that.line
        && column == that.column
        && table.equals(that.table)
        && field.equals(that.field)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, source, line, column, table, field, message);
  }

  /**
   * As compilers print theirs, parts that are absent left out: {@code owners.csv:3:5: acme/2026-Q2:
   * owners.level: expected one of COMPANY, DEPARTMENT, TEAM, INDIVIDUAL, got 'BOSS'}.
   */
  @Override
  public String toString() {
    return render(message);
  }

  private String render(String text) {
    StringBuilder out = new StringBuilder();
    if (!source.isEmpty()) {
      out.append(source).append(':');
    }
    if (line > 0) {
      out.append(line).append(':');
      if (column > 0) {
        out.append(column).append(':');
      }
    }
    if (out.length() > 0) {
      out.append(' ');
    }
    key.ifPresent(k -> out.append(k).append(": "));
    if (table.isPresent()) {
      out.append(table.get().tableName());
      if (!field.isEmpty()) {
        out.append('.').append(field);
      }
      out.append(": ");
    } else if (!field.isEmpty()) {
      out.append(field).append(": ");
    }
    return out.append(text).toString();
  }
}

package org.okrkit.io.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.RecordFormat;

/**
 * Record files read as documents: a CSV file with a header line (RFC 4180) or a JSON Lines file
 * becomes a list of objects, one per record, whose values keep their line and column, so that a
 * decoder reads each record with {@link Fields} as it reads an object of a JSON or YAML document,
 * and reports its problems where they stand in the file.
 *
 * <p>In CSV, the header names each record's fields and is checked once: a column that is not one of
 * the allowed fields (with a "did you mean"), a column named twice, and a required column missing
 * are reported on the header line, and then no record is read. A record is an object with a field
 * per column, in the header's order: an empty cell is a null value (absent, to {@link Fields}), a
 * quoted empty cell ({@code ""}) empty text, {@code true} and {@code false} booleans, a cell
 * written as a decimal number ({@code 13}, {@code -0.5}, {@code 1e3}) a number, and anything else
 * text; as in a YAML file, any cell but an empty one may stand for text where text is expected. A
 * record with another number of cells than the header is reported and left out; blank lines are
 * skipped. Quoting follows RFC 4180: a quoted cell may hold commas, doubled quotes and line breaks;
 * a quote inside an unquoted cell, text after a closing quote and a quote left open are syntax
 * errors, which stop reading. Lines end with LF or CRLF.
 *
 * <p>In JSON Lines, each non-blank line holds one JSON value, normally an object; the types are
 * JSON's.
 *
 * <p>Either way the limits hold: the file's size, and the number of values (records and cells)
 * counted over the whole file.
 */
public final class Records {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

  private Records() {}

  /**
   * The records of a file, in the format its name implies ({@link RecordFormat#of(Path)}), as a
   * list of objects; problems are reported to {@code problems}, which should be of this file.
   *
   * @param allowed the fields a record may have: in CSV the columns the header may name
   * @param required the fields every record has: in CSV the columns the header must name
   * @throws IOException if the file cannot be read
   */
  public static Node read(
      Path file, List<String> allowed, List<String> required, ReadLimits limits, Problems problems)
      throws IOException {
    RecordFormat format =
        RecordFormat.of(requireNonNull(file, "file"))
            .orElseThrow(() -> problems.stop(0, 0, "", "records.unknownFormat", Map.of()));
    String text = Input.of(file, limits.maxBytes(), problems);
    return read(text, format, allowed, required, limits, problems);
  }

  /**
   * The records of a text in {@code format}, as a list of objects.
   *
   * @param allowed the fields a record may have: in CSV the columns the header may name
   * @param required the fields every record has: in CSV the columns the header must name
   */
  public static Node read(
      String text,
      RecordFormat format,
      List<String> allowed,
      List<String> required,
      ReadLimits limits,
      Problems problems) {
    String checked = Input.of(text, limits.maxBytes(), problems);
    Node list = Node.list(1, 1);
    if (format == RecordFormat.JSON_LINES) {
      for (Node record : TreeReader.lines(checked, limits, problems)) {
        list.add(record);
      }
    } else {
      new Csv(checked, limits, problems).records(allowed, required, list);
    }
    list.complete = true;
    return list;
  }

  /**
   * The column names of a CSV text's header line, its first line that is not blank, as written
   * (quotes removed); empty for a text without one. A byte order mark before it is skipped.
   *
   * @throws IllegalArgumentException if the header line is not valid CSV
   */
  public static List<String> header(String csv) {
    Problems problems = new Problems(null, "CSV header");
    try {
      Csv reader =
          new Csv(
              csv.startsWith("\uFEFF") ? csv.substring(1) : csv, ReadLimits.defaults(), problems);
      List<Cell> cells = reader.record();
      while (cells != null && cells.size() == 1 && cells.get(0).blank()) {
        cells = reader.record();
      }
      List<String> names = new ArrayList<>();
      if (cells != null) {
        for (Cell c : cells) {
          names.add(c.text);
        }
      }
      return names;
    } catch (Problems.Stop stop) {
      throw new IllegalArgumentException(problems.exception().getMessage(), stop);
    }
  }

  /** A cell as written, with where it starts. */
  private static final class Cell {
    final String text;
    final boolean quoted;
    final int line;
    final int column;

    Cell(String text, boolean quoted, int line, int column) {
      this.text = text;
      this.quoted = quoted;
      this.line = line;
      this.column = column;
    }

    /** Blank: the one unquoted empty cell of an empty line. */
    boolean blank() {
      return !quoted && text.isEmpty();
    }
  }

  /** A CSV text read record by record. */
  private static final class Csv {
    private final String text;
    private final ReadLimits limits;
    private final Problems problems;
    private int at;
    private int line = 1;
    private int lineStart;
    private long values;

    Csv(String text, ReadLimits limits, Problems problems) {
      this.text = text;
      this.limits = limits;
      this.problems = problems;
    }

    void records(List<String> allowed, List<String> required, Node list) {
      List<Cell> header = record();
      while (header != null && header.size() == 1 && header.get(0).blank()) {
        header = record();
      }
      if (header == null) {
        return;
      }
      if (!header(header, allowed, required)) {
        return;
      }
      for (List<Cell> cells = record(); cells != null; cells = record()) {
        if (cells.size() == 1 && cells.get(0).blank()) {
          continue;
        }
        Cell first = cells.get(0);
        if (cells.size() != header.size()) {
          problems.add(
              first.line,
              first.column,
              "",
              cells.size() == 1 ? "records.oneField" : "records.fieldCount",
              ImmutableMap.of(
                  "count",
                  cells.size(),
                  "expected",
                  header.size(),
                  "columns",
                  Texts.list(names(header))));
          continue;
        }
        count(1 + cells.size(), first);
        Node record = Node.object(first.line, first.column);
        for (int i = 0; i < cells.size(); i++) {
          Cell name = header.get(i);
          Cell c = cells.get(i);
          record.put(name.text, c.line, c.column, scalar(c));
        }
        record.complete = true;
        list.add(record);
      }
    }

    /** Checks the header's columns; whether records can be read under it. */
    private boolean header(List<Cell> header, List<String> allowed, List<String> required) {
      int before = problems.count();
      Map<String, Cell> seen = new HashMap<>();
      for (Cell c : header) {
        if (!allowed.contains(c.text)) {
          String hint = Texts.suggest(c.text, allowed);
          problems.add(
              c.line,
              c.column,
              "",
              hint == null ? "records.unknownColumn" : "records.unknownColumnHint",
              hint == null
                  ? ImmutableMap.of("column", Texts.shorten(c.text), "allowed", Texts.list(allowed))
                  : ImmutableMap.of(
                      "column",
                      Texts.shorten(c.text),
                      "hint",
                      hint,
                      "allowed",
                      Texts.list(allowed)));
        }
        Cell first = seen.putIfAbsent(c.text, c);
        if (first != null) {
          problems.add(
              c.line,
              c.column,
              "",
              "records.columnTwice",
              ImmutableMap.of("column", Texts.shorten(c.text), "first", first.column));
        }
      }
      for (String name : required) {
        if (!seen.containsKey(name)) {
          Cell first = header.get(0);
          problems.add(
              first.line,
              first.column,
              "",
              "records.missingColumn",
              ImmutableMap.of("column", name, "columns", Texts.list(names(header))));
        }
      }
      return problems.count() == before;
    }

    private static List<String> names(List<Cell> cells) {
      List<String> names = new ArrayList<>();
      for (Cell c : cells) {
        names.add(c.text);
      }
      return names;
    }

    /** The next record's cells, or null at the end of the text. */
    @Nullable List<Cell> record() {
      if (at >= text.length()) {
        return null;
      }
      List<Cell> cells = new ArrayList<>();
      while (true) {
        cells.add(cell());
        if (at < text.length() && text.charAt(at) == ',') {
          at++;
          continue;
        }
        if (at < text.length()) {
          // a line break ends the record: CRLF, LF or a lone CR
          if (text.charAt(at) == '\r') {
            at++;
          }
          if (at < text.length() && text.charAt(at) == '\n') {
            at++;
          }
          line++;
          lineStart = at;
        }
        return cells;
      }
    }

    private Cell cell() {
      int cellLine = line;
      int column = at - lineStart + 1;
      if (at < text.length() && text.charAt(at) == '"') {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
          if (at >= text.length()) {
            throw problems.stop(cellLine, column, "", "csv.unclosedQuote", Map.of());
          }
          char c = text.charAt(at);
          if (c == '"') {
            if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
              b.append('"');
              at += 2;
              continue;
            }
            at++;
            break;
          }
          if (c == '\n') {
            line++;
            lineStart = at + 1;
          }
          b.append(c);
          at++;
        }
        if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
          throw problems.stop(line, at - lineStart + 1, "", "csv.textAfterQuote", Map.of());
        }
        return new Cell(b.toString(), true, cellLine, column);
      }
      int start = at;
      while (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
        if (text.charAt(at) == '"') {
          throw problems.stop(line, at - lineStart + 1, "", "csv.quoteInside", Map.of());
        }
        at++;
      }
      return new Cell(text.substring(start, at), false, cellLine, column);
    }

    private void count(int more, Cell at) {
      values += more;
      if (values > limits.maxValues()) {
        throw problems.stop(
            at.line, at.column, "", "limit.recordValues", Map.of("limit", limits.maxValues()));
      }
    }

    /** A cell as a value: absent, text, a boolean or a number, as its text reads. */
    private static Node scalar(Cell c) {
      String t = c.text;
      if (t.isEmpty()) {
        return c.quoted
            ? Node.scalar(Node.Type.TEXT, c.line, c.column, "", 0, true)
            : Node.scalar(Node.Type.NULL, c.line, c.column, "", 0, false);
      }
      if (t.equals("true") || t.equals("false")) {
        return Node.scalar(Node.Type.BOOLEAN, c.line, c.column, t, 0, true);
      }
      if (NUMBER.matcher(t).matches()) {
        return Node.scalar(Node.Type.NUMBER, c.line, c.column, t, Double.parseDouble(t), true);
      }
      return Node.scalar(Node.Type.TEXT, c.line, c.column, t, 0, true);
    }
  }
}

package org.okrkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.Column;
import org.okrkit.tables.PlanAssembler;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.PlanTablesException;
import org.okrkit.tables.Row;
import org.okrkit.tables.RowOrigin;
import org.okrkit.tables.Table;
import org.okrkit.tables.TableLimits;
import org.okrkit.tables.TableProblem;

/**
 * Plan tables as a folder of CSV files, one per {@link Table} ({@code plans.csv}, {@code
 * owners.csv}, … {@code check_ins.csv}), read and written through Jackson's CSV support: RFC 4180,
 * UTF-8, a header line naming the columns, lines ending with LF. One folder holds any number of
 * plans, each row under its plan key; the format is described in {@code okr-io/FORMAT.md}, section
 * "Plan tables".
 *
 * <pre>{@code
 * PlanTableFiles.write(Path.of("acme-tables"), PlanKey.of("acme", "2026-Q2"), plan);
 * AssembledPlans read = PlanTableFiles.read(Path.of("acme-tables"));
 * Plan same = read.plan(PlanKey.of("acme", "2026-Q2")).orElseThrow();
 * }</pre>
 *
 * <p>Every problem is reported with its file, line, column (the number of the cell in its line),
 * plan key, table and field; one plan key's problems never stop another's plan. A problem of a file
 * as such (no {@code plans.csv}, an unknown or missing column, a file that is not CSV) leaves every
 * plan out. The tables are data: cells are written exactly as the plan holds them, with no
 * neutralising of text that a spreadsheet would take for a formula.
 */
public final class PlanTableFiles {
  /** The extension of every table's file. */
  public static final String EXTENSION = ".csv";

  private static final CsvFactory CSV =
      CsvFactory.builder()
          .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
          // Jackson's default quoting, which quotes more cells than RFC 4180 needs (any with a
          // blank, for one), stays: its strict check would write empty text as no value
          .build();

  private PlanTableFiles() {}

  /** The name of {@code table}'s file: {@code key_results.csv}. */
  public static String fileName(Table table) {
    return table.tableName() + EXTENSION;
  }

  /** The plans of the folder, with every problem, under the default {@link TableLimits}. */
  public static AssembledPlans read(Path folder) {
    return read(folder, TableLimits.defaults());
  }

  /**
   * The plans of the folder, with every problem, under {@code limits}: a folder that cannot be
   * read, or a file that cannot, is reported as a problem, never thrown.
   */
  public static AssembledPlans read(Path folder, TableLimits limits) {
    requireNonNull(folder, "folder");
    PlanAssembler assembler = PlanAssembler.create(limits);
    new Reader(folder, limits, assembler).read();
    return assembler.finish();
  }

  /**
   * The one plan of a folder that holds one.
   *
   * @throws PlanTablesException listing every problem, or saying how many plans there are when not
   *     one
   */
  public static Plan readPlan(Path folder) {
    return read(folder).onlyPlan();
  }

  /** {@link #readPlan(Path)} under {@code limits}. */
  public static Plan readPlan(Path folder, TableLimits limits) {
    return read(folder, limits).onlyPlan();
  }

  /**
   * Writes {@code plan} under {@code key} as the folder's tables; see {@link #write(Path, Map)}.
   *
   * @throws UncheckedIOException if the folder cannot be written
   */
  public static void write(Path folder, PlanKey key, Plan plan) {
    write(folder, ImmutableMap.of(requireNonNull(key, "key"), requireNonNull(plan, "plan")));
  }

  /**
   * Writes {@code plans} as the folder's tables, every table's file with its header (a table
   * without rows too), the plans in the map's order. The files are written into a new folder beside
   * {@code folder}, which is then moved into its place (replacing the folder that was there, if
   * any), so that a write that fails leaves no half-written folder.
   *
   * @throws UncheckedIOException if the folder cannot be written; the folder that was there is left
   *     as it was
   */
  public static void write(Path folder, Map<PlanKey, Plan> plans) {
    requireNonNull(folder, "folder");
    ImmutableMap<Table, ImmutableList<Row>> rows = PlanTables.rows(plans);
    Path target = folder.toAbsolutePath().normalize();
    Path parent = requireNonNull(target.getParent(), "a folder with a parent");
    String name = String.valueOf(target.getFileName());
    Path fresh = null;
    try {
      Files.createDirectories(parent);
      fresh = Files.createTempDirectory(parent, "." + name + ".new-");
      for (Table t : Table.values()) {
        try (Writer out = Files.newBufferedWriter(fresh.resolve(fileName(t)), UTF_8)) {
          writeTable(out, t, requireNonNull(rows.get(t), "every table's rows"));
        }
      }
      replace(target, fresh, parent, name);
      fresh = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the plan tables " + folder + ": " + e, e);
    } finally {
      if (fresh != null) {
        deleteQuietly(fresh);
      }
    }
  }

  /** Writes one table: its header, then its rows. */
  private static void writeTable(Writer out, Table table, List<Row> rows) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (Column c : table.columns()) {
      schema.addColumn(c.name());
    }
    try (CsvGenerator csv = CSV.createGenerator(out)) {
      // with a schema, a cell without a value is written empty rather than left out
      csv.setSchema(schema.build());
      for (Row r : rows) {
        csv.writeStartArray();
        for (Column c : table.columns()) {
          Object v = r.get(c.name()).orElse(null);
          if (v == null) {
            csv.writeNull();
          } else {
            csv.writeString(cell(v));
          }
        }
        csv.writeEndArray();
      }
    }
  }

  /** A value as its cell: numbers in full, so that they read back exactly. */
  static String cell(Object value) {
    if (value instanceof Double d) {
      if (Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0)) {
        return "-0";
      }
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /** Moves {@code fresh} to {@code target}, replacing what was there. */
  private static void replace(Path target, Path fresh, Path parent, String name)
      throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new IOException(target + " is a file; expected a folder or nothing");
      }
      old = Files.createTempDirectory(parent, "." + name + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(fresh, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteQuietly(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // what is left is a hidden temporary folder beside the tables; the write itself succeeded
      // or has already failed with its own error
    }
  }

  /** Reads a folder's files into an assembler. */
  private static final class Reader {
    private final Path folder;
    private final TableLimits limits;
    private final PlanAssembler assembler;
    private long rows;

    Reader(Path folder, TableLimits limits, PlanAssembler assembler) {
      this.folder = folder;
      this.limits = limits;
      this.assembler = assembler;
    }

    private void general(
        String file,
        int line,
        int column,
        Optional<Table> table,
        String code,
        Map<String, ?> args) {
      assembler.report(
          TableProblem.of(
              Optional.empty(),
              file,
              line,
              column,
              table,
              "",
              FileProblem.FILE_PROBLEMS,
              code,
              args));
    }

    void read() {
      if (!Files.isDirectory(folder)) {
        general(folder.toString(), 0, 0, Optional.empty(), "tables.notFolder", Map.of());
        return;
      }
      List<String> known = new ArrayList<>();
      for (Table t : Table.values()) {
        known.add(fileName(t));
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(String.valueOf(f.getFileName())));
        names.sort(null);
        for (String n : names) {
          if (!known.contains(n)) {
            general(
                folder.resolve(n).toString(),
                0,
                0,
                Optional.empty(),
                "tables.unknownFile",
                ImmutableMap.of("files", String.join(", ", known)));
          }
        }
      } catch (IOException e) {
        general(
            folder.toString(),
            0,
            0,
            Optional.empty(),
            "tables.unreadable",
            Map.of("detail", String.valueOf(e.getMessage())));
        return;
      }
      for (Table t : Table.values()) {
        Path file = folder.resolve(fileName(t));
        if (!Files.exists(file)) {
          if (t == Table.PLANS) {
            general(file.toString(), 0, 0, Optional.of(t), "tables.noPlans", Map.of());
          }
          continue;
        }
        if (!readTable(file, t)) {
          return;
        }
      }
    }

    /** Reads one table's file; false when the row limit is reached. */
    private boolean readTable(Path file, Table table) {
      String name = file.toString();
      try (BufferedReader in = Files.newBufferedReader(file, UTF_8);
          CsvParser csv = CSV.createParser(withoutByteOrderMark(in))) {
        List<String> header = null;
        // the positions of the header's columns among the table's
        int[] positions = new int[0];
        ImmutableMap<String, Integer> columns = ImmutableMap.of();
        // the origin of every row: the file and its columns, at the row's line
        RowOrigin origin = RowOrigin.of(name, 0);
        boolean headerOk = true;
        // one list of cells and one builder for every record: a row sets each of the header's
        // columns, so nothing of the record before is left in it
        List<@Nullable String> cells = new ArrayList<>();
        Row.Builder row = Row.builder(table);
        JsonToken token;
        while ((token = csv.nextToken()) != null) {
          if (token != JsonToken.START_ARRAY) {
            continue;
          }
          int line = 0;
          cells.clear();
          while ((token = csv.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (line == 0) {
              // where the record's first cell starts: its own line, whatever line breaks the
              // cells before it in the file held
              line = csv.currentTokenLocation().getLineNr();
            }
            cells.add(token == JsonToken.VALUE_NULL ? null : csv.getText());
          }
          if (header == null) {
            header = new ArrayList<>();
            for (@Nullable String c : cells) {
              header.add(c == null ? "" : c);
            }
            columns = columns(name, line, table, header);
            headerOk = columns.size() == header.size();
            if (!headerOk) {
              return true;
            }
            positions = new int[header.size()];
            for (int i = 0; i < positions.length; i++) {
              positions[i] = table.columns().indexOf(table.column(header.get(i)).orElseThrow());
            }
            origin = RowOrigin.of(name, 0, columns);
            continue;
          }
          if (++rows > limits.maxRows()) {
            // the assembler reports the limit at this row
            assembler.add(Row.builder(table).origin(RowOrigin.of(name, line)).build());
            return false;
          }
          if (cells.size() != header.size()) {
            general(
                name,
                line,
                0,
                Optional.of(table),
                "tables.cellCount",
                ImmutableMap.of("cells", (long) cells.size(), "columns", (long) header.size()));
            continue;
          }
          row.origin(origin.withLine(line));
          for (int i = 0; i < cells.size(); i++) {
            row.set(positions[i], cells.get(i));
          }
          assembler.add(row.build());
        }
        if (header == null) {
          general(name, 0, 0, Optional.of(table), "tables.noHeader", Map.of());
        }
      } catch (JsonParseException e) {
        general(
            name,
            Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
            0,
            Optional.of(table),
            "tables.syntax",
            Map.of("detail", String.valueOf(e.getOriginalMessage())));
      } catch (CharacterCodingException e) {
        general(name, 0, 0, Optional.of(table), "tables.notUtf8", Map.of());
      } catch (IOException e) {
        general(
            name,
            0,
            0,
            Optional.of(table),
            "tables.unreadable",
            Map.of("detail", String.valueOf(e.getMessage())));
      }
      return true;
    }

    /**
     * The column numbers of the header's names, every problem with them reported; fewer entries
     * than names when there is one.
     */
    private ImmutableMap<String, Integer> columns(
        String file, int line, Table table, List<String> header) {
      Map<String, Integer> at = new HashMap<>();
      boolean ok = true;
      for (int i = 0; i < header.size(); i++) {
        String n = header.get(i);
        if (table.column(n).isEmpty()) {
          general(
              file,
              line,
              i + 1,
              Optional.of(table),
              "tables.unknownColumn",
              ImmutableMap.of(
                  "column",
                  n,
                  "columns",
                  String.join(", ", table.columns().stream().map(Column::name).toList())));
          ok = false;
        } else if (at.putIfAbsent(n, i + 1) != null) {
          general(
              file,
              line,
              i + 1,
              Optional.of(table),
              "tables.duplicateColumn",
              ImmutableMap.of("column", n));
          ok = false;
        }
      }
      for (Column c : table.columns()) {
        if (c.required() && !at.containsKey(c.name())) {
          general(
              file,
              line,
              0,
              Optional.of(table),
              "tables.missingColumn",
              ImmutableMap.of("column", c.name()));
          ok = false;
        }
      }
      return ok ? ImmutableMap.copyOf(at) : ImmutableMap.of();
    }

    private static java.io.Reader withoutByteOrderMark(BufferedReader in) throws IOException {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      return in;
    }
  }
}

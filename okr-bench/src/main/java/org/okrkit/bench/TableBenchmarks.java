package org.okrkit.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.okrkit.core.Plan;
import org.okrkit.io.PlanTableFiles;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.Row;
import org.okrkit.tables.Table;
import org.okrkit.testing.OrgPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plans from plan tables against the same plan built in memory: reading a folder of CSV tables
 * (parse, assemble, validate), assembling the rows a host would stream from its database, and
 * building the plan from its parts with {@code Plan.builder()}; the goal is reading the CSV tables
 * within 1.5 times the build. Tokenising the same files with the same parser, keeping nothing, is
 * the floor under reading them: every cell must be read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class TableBenchmarks {
  @Param({"1000", "10000", "100000"})
  public int people;

  private static final CsvFactory CSV =
      CsvFactory.builder()
          .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private OrgPlans.Parts parts;
  private List<Row> rows;
  private Path folder;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    parts = OrgPlans.parts(people, 42);
    Plan plan = parts.builder().build();
    PlanKey key = PlanKey.of("acme", "2026-Q2");
    rows = new ArrayList<>();
    PlanTables.rows(key, plan).values().forEach(rows::addAll);
    folder = Files.createTempDirectory("okr-bench-tables").resolve("tables");
    PlanTableFiles.write(folder, key, plan);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> all = Files.walk(folder.getParent())) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Builds and validates the plan from its parts: the baseline. */
  @Benchmark
  public Plan buildInMemory() {
    return parts.builder().build();
  }

  /** Assembles and validates the plan from its rows, as a host streaming them from a database. */
  @Benchmark
  public Plan assembleRows() {
    return PlanTables.assemble(rows).onlyPlan();
  }

  /** Reads the plan from its folder of CSV tables: parse, assemble, validate. */
  @Benchmark
  public Plan readCsvTables() {
    return PlanTableFiles.readPlan(folder);
  }

  /**
   * Tokenises every file of the folder with Jackson's CSV parser, set up as {@link PlanTableFiles}
   * sets it up, making each cell's text and keeping none: the floor under {@link #readCsvTables}.
   *
   * @return the characters of the cells, so that none of the work is left out
   */
  @Benchmark
  public long tokenizeCsvOnly() throws IOException {
    long characters = 0;
    for (Table t : Table.values()) {
      Path file = folder.resolve(PlanTableFiles.fileName(t));
      try (BufferedReader in = Files.newBufferedReader(file, UTF_8);
          CsvParser csv = CSV.createParser(in)) {
        JsonToken token;
        while ((token = csv.nextToken()) != null) {
          if (token == JsonToken.VALUE_STRING) {
            characters += csv.getText().length();
          }
        }
      }
    }
    return characters;
  }
}

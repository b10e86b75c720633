package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.spark.ScoredTables;
import org.okrkit.spark.SparkScoring;
import org.okrkit.tables.Table;

/**
 * The README's way through the job jar on two local cores: TablesJob writes two plan files as
 * Parquet plan tables under one tenant, and ScoreTablesJob scores them under a formula policy
 * (okr-formula's strategy, found as a service in the jar and sent to the executors as a policy
 * spec): its rows are those of SparkScoring for the same tables, and each element's score that of
 * the plan scored in one JVM.
 */
class ScoreTablesJobTest {
  private static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "plans"));
  private static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

  @TempDir static Path folder;
  private static SparkSession spark;
  private static Path marketing;
  private static Path policy;
  private static String tables;
  private static Sessions.Run written;

  @BeforeAll
  static void writeTheTables() throws IOException {
    spark = Sessions.local("local[2]");
    for (String file :
        List.of("marketing.yaml", "start-up.yaml", "marketing.formula.policy.yaml")) {
      Files.copy(PLANS.resolve(file), folder.resolve(file));
    }
    marketing = folder.resolve("marketing.yaml");
    policy = folder.resolve("marketing.formula.policy.yaml");
    tables = folder.resolve("tables").toString();
    written =
        Sessions.run(
            spark,
            TablesJob.NAME,
            TablesJob.USAGE,
            TablesJob::parse,
            tables,
            marketing.toString(),
            folder.resolve("start-up.yaml").toString(),
            "--tenant",
            "acme");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Sessions.Run score(String... args) {
    return Sessions.run(
        spark, ScoreTablesJob.NAME, ScoreTablesJob.USAGE, ScoreTablesJob::parse, args);
  }

  private static List<String> sorted(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      out.add(row.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  @Test
  void tablesJobWritesOneParquetFolderPerTableWithTheTablesColumns() {
    assertEquals(0, written.code(), written::err);
    assertTrue(
        written.out().startsWith("TablesJob: 2 plans (acme/marketing, acme/start-up); wrote 10"),
        written::out);
    Map<Table, Dataset<Row>> read = SparkScoring.read(spark.read().format("parquet"), tables);
    for (Table table : Table.values()) {
      assertEquals(
          SparkScoring.schema(table).fieldNames().length, read.get(table).columns().length);
      assertEquals(
          List.of(SparkScoring.schema(table).fieldNames()), List.of(read.get(table).columns()));
    }
    assertEquals(2, read.get(Table.PLANS).count());
  }

  @Test
  void scoreTablesJobWritesWhatSparkScoringGivesAndTheScoresOfOneJvm() throws IOException {
    String output = folder.resolve("scores").toString();
    Sessions.Run run =
        score(tables, output, "--policy", policy.toString(), "--as-of", AS_OF.toString());
    assertEquals(0, run.code(), run::err);
    assertEquals("", run.err());

    long elements = assertScoredAsInOneJvm(spark, tables, output, policy, marketing, AS_OF);
    assertTrue(
        run.out().startsWith("ScoreTablesJob: wrote " + elements + " element scores, "), run::out);
  }

  /**
   * Asserts that the scores ScoreTablesJob wrote to {@code output} as Parquet for the plan tables
   * {@code tables} under the policy file {@code policy} are the rows of SparkScoring for the same
   * tables, and that the element scores of {@code plan} (tenant acme) are those of the plan scored
   * in one JVM; returns how many element scores there are.
   */
  static long assertScoredAsInOneJvm(
      SparkSession spark, String tables, String output, Path policy, Path plan, LocalDate asOf)
      throws IOException {
    ScoringPolicy formulas = PolicyFiles.read(policy);
    ScoredTables expected =
        SparkScoring.of(formulas)
            .asOf(asOf)
            .score(spark, SparkScoring.read(spark.read().format("parquet"), tables));
    Dataset<Row> elements = spark.read().parquet(output + "/element_scores");
    assertEquals(sorted(expected.elementScores()), sorted(elements));
    assertEquals(
        sorted(expected.ownerScores()), sorted(spark.read().parquet(output + "/owner_scores")));
    assertEquals(sorted(expected.findings()), sorted(spark.read().parquet(output + "/findings")));
    assertEquals(sorted(expected.problems()), sorted(spark.read().parquet(output + "/problems")));

    String name = plan.getFileName().toString().replaceFirst("\\.yaml$", "");
    Scorecard inOneJvm = formulas.score(PlanFiles.read(plan), asOf);
    List<Row> rows = elements.filter("tenant = 'acme' AND plan = '" + name + "'").collectAsList();
    assertTrue(rows.size() >= 5, () -> "rows " + rows.size());
    for (Row row : rows) {
      String id = row.getAs("element");
      OptionalDouble score = inOneJvm.score(id);
      Object value = row.getAs("score");
      assertEquals(score.isPresent() ? score.getAsDouble() : null, value, id);
    }
    return elements.count();
  }

  @Test
  void scoresAreWrittenAsCsvWithTheIdsOfAFindingAsOneText() throws IOException {
    String output = folder.resolve("csv").toString();
    Sessions.Run run = score(tables, output, "--format", "csv", "--lang", "zh-CN");
    assertEquals(0, run.code(), run::err);
    for (String name : List.of("element_scores", "owner_scores", "findings", "problems")) {
      assertTrue(Files.isDirectory(Path.of(output, name)), name);
    }
    Dataset<Row> findings = spark.read().option("header", "true").csv(output + "/findings");
    assertTrue(List.of(findings.columns()).contains("ids"));
  }

  @Test
  void anExistingOutputAndABadDateAreRefused() throws IOException {
    Path existing = Files.createDirectories(folder.resolve("existing/findings"));
    Sessions.Run run = score(tables, existing.getParent().toString());
    assertEquals(2, run.code());
    assertEquals(
        "ScoreTablesJob: the output folder "
            + existing
            + " exists; give --overwrite to replace it, or another OUTPUT\n",
        run.err());
    Sessions.Run date = score(tables, "out", "--as-of", "31.5.2026");
    assertEquals(2, date.code());
    assertTrue(
        date.err()
            .startsWith(
                "ScoreTablesJob: --as-of must be a date written YYYY-MM-DD, got 31.5.2026\n\n"),
        date::err);
  }

  @Test
  void plansOfTheSameNameAreRefused() {
    Sessions.Run run =
        Sessions.run(
            spark,
            TablesJob.NAME,
            TablesJob.USAGE,
            TablesJob::parse,
            folder.resolve("twice").toString(),
            marketing.toString(),
            PLANS.resolve("marketing.yaml").toString());
    assertEquals(2, run.code());
    assertTrue(
        run.err()
            .startsWith(
                "TablesJob: "
                    + marketing
                    + " and "
                    + PLANS.resolve("marketing.yaml")
                    + " would have the same plan key marketing; give plan files of different"
                    + " names\n\n"),
        run::err);
  }
}

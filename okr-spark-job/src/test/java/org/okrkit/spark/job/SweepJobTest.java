package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.simulation.SweepResult;
import org.okrkit.simulation.WorkforceSweepResult;
import org.okrkit.simulation.io.SweepFiles;
import org.okrkit.spark.SparkSweep;

/**
 * SweepJob, run from the job jar on two local cores, writes the metrics and the pooled metrics of
 * the sweep run in one JVM; other kinds of spec file and bad arguments are refused, saying why.
 */
class SweepJobTest {
  private static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "plans"));

  private static final String SWEEP =
      """
      version: 1
      kind: sweep
      population: {teams: 2, peoplePerTeam: 4}
      model: {abilityWeight: 0.3, noise: {kind: NORMAL, scale: 0.2}}
      arms:
        - name: binary
        - name: graded
          policy: graded.policy.yaml
      trials: 12
      settings:
        - name: base
        - name: loud
          model: {noise: {kind: LOGNORMAL, scale: 0.5, shape: 1.5}}
      seeds: [7, 1]
      """;

  private static final String WORKFORCE_SWEEP =
      """
      version: 1
      kind: sweep
      study: workforce
      population: {teams: 2, peoplePerTeam: 4}
      arms:
        - name: plain
          rating: {plain: 0.5}
          dismissal: {lowestShare: 0.1}
        - name: graded
          rating: {policy: graded.policy.yaml}
          dismissal: {lowestShare: 0.1}
      periods: 2
      replications: 6
      settings:
        - name: base
        - name: harsh
          arms:
            - name: plain
              rating: {plain: 0.5}
              dismissal: {lowestShare: 0.3}
      seeds: [7, 1]
      """;

  @TempDir static Path folder;
  private static SparkSession spark;
  private static Path sweep;
  private static List<Row> metrics;
  private static List<Row> pooled;
  private static StructType metricsSchema;

  @BeforeAll
  static void startSpark() throws IOException {
    spark = Sessions.local("local[2]");
    Files.writeString(
        folder.resolve("graded.policy.yaml"),
        "version: 1\nkpiStrategy: {type: linear, cap: 1.2}\n");
    sweep = Files.writeString(folder.resolve("noise.sweep.yaml"), SWEEP);
    SweepResult inOneJvm = SweepFiles.read(sweep).run();
    Dataset<Row> m = SparkSweep.metrics(spark, inOneJvm);
    metricsSchema = m.schema();
    metrics = m.collectAsList();
    pooled = SparkSweep.pooled(spark, inOneJvm).collectAsList();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Sessions.Run sweep(String... args) {
    return Sessions.run(spark, SweepJob.NAME, SweepJob.USAGE, SweepJob::parse, args);
  }

  @Test
  void writesTheMetricsAndThePooledMetricsOfTheSweepRunInOneJvm() {
    String output = folder.resolve("parquet").toString();
    Sessions.Run run = sweep(sweep.toString(), output, "--tasks-per-cell", "3");
    assertEquals(0, run.code(), run::err);
    assertEquals("", run.err());
    // 2 settings × 2 seeds × 2 arms × the metrics each arm reports
    assertTrue(metrics.size() >= 4 * 2 * 5, () -> "rows " + metrics.size());
    assertEquals(metrics, spark.read().parquet(output + "/metrics").collectAsList());
    assertEquals(pooled, spark.read().parquet(output + "/pooled").collectAsList());
    assertEquals(
        "SweepJob: 4 cells (2 settings × 2 seeds) of 12 trials in 12 tasks; wrote "
            + metrics.size()
            + " rows to "
            + output
            + "/metrics and "
            + pooled.size()
            + " rows to "
            + output
            + "/pooled\n",
        run.out());
  }

  @Test
  void writesTheMetricsAndThePooledMetricsOfAWorkforceSweepRunInOneJvm() throws IOException {
    Path file = Files.writeString(folder.resolve("harsh.sweep.yaml"), WORKFORCE_SWEEP);
    WorkforceSweepResult inOneJvm = SweepFiles.readWorkforce(file).run();
    Dataset<Row> expected = SparkSweep.workforceMetrics(spark, inOneJvm);
    List<Row> rows = expected.collectAsList();
    List<Row> pooledRows = SparkSweep.workforcePooled(spark, inOneJvm).collectAsList();
    String output = folder.resolve("workforce").toString();
    Sessions.Run run = sweep(file.toString(), output, "--tasks-per-cell", "2");
    assertEquals(0, run.code(), run::err);
    assertEquals("", run.err());
    // base: 2 seeds × 2 arms, harsh: 2 seeds × 1 arm; 5 metrics in period 0 and 7 in each after
    assertEquals(6 * (5 + 2 * 7), rows.size());
    assertEquals(rows, spark.read().parquet(output + "/metrics").collectAsList());
    assertEquals(pooledRows, spark.read().parquet(output + "/pooled").collectAsList());
    assertEquals(
        "SweepJob: 4 cells (2 settings × 2 seeds) of 6 companies in 8 tasks; wrote "
            + rows.size()
            + " rows to "
            + output
            + "/metrics and "
            + pooledRows.size()
            + " rows to "
            + output
            + "/pooled\n",
        run.out());
    Sessions.Run tooMany =
        sweep(file.toString(), folder.resolve("w7").toString(), "--tasks-per-cell=7");
    assertEquals(2, tooMany.code());
    assertEquals(
        "SweepJob: --tasks-per-cell must be from 1 to the study's 6 replications (each task runs"
            + " at least one company), got 7\n",
        tooMany.err());
  }

  @Test
  void writesCsvWithTheDefaultTasks() {
    String output = folder.resolve("csv").toString();
    Sessions.Run run = sweep(sweep.toString(), output, "--format", "csv");
    assertEquals(0, run.code(), run::err);
    // local[2]: eight tasks in all, two per cell
    assertTrue(
        run.out().startsWith("SweepJob: 4 cells (2 settings × 2 seeds) of 12 trials in 8 tasks;"),
        run::out);
    Dataset<Row> written =
        spark.read().schema(metricsSchema).option("header", "true").csv(output + "/metrics");
    assertEquals(metrics, written.collectAsList());
  }

  @Test
  void anExistingOutputIsRefusedBeforeTheJobRuns() throws IOException {
    Path output = Files.createDirectories(folder.resolve("existing/pooled"));
    Sessions.Run run = sweep(sweep.toString(), output.getParent().toString());
    assertEquals(2, run.code());
    assertEquals(
        "SweepJob: the output folder "
            + output
            + " exists; give --overwrite to replace it, or another OUTPUT\n",
        run.err());
  }

  @Test
  void aComparisonIsRefusedPointingToSimulateJob() {
    Path comparison = PLANS.resolve("internet-company.simulation.yaml");
    Sessions.Run run = sweep(comparison.toString(), folder.resolve("c").toString());
    assertEquals(1, run.code());
    assertEquals(
        "SweepJob: "
            + comparison
            + " is a policy comparison (kind: comparison); SweepJob runs a policy sweep (kind:"
            + " sweep); run it with SimulateJob\n",
        run.err());
  }

  @Test
  void moreTasksPerCellThanTrialsAreRefused() {
    Sessions.Run run =
        sweep(sweep.toString(), folder.resolve("t").toString(), "--tasks-per-cell=13");
    assertEquals(2, run.code());
    assertEquals(
        "SweepJob: --tasks-per-cell must be from 1 to the spec's 12 trials (each task runs at"
            + " least one trial), got 13\n",
        run.err());
  }

  @Test
  void argumentsItCannotUseAreRefusedWithTheUsage() {
    Sessions.Run run = sweep("noise.sweep.yaml");
    assertEquals(2, run.code());
    assertEquals(
        "SweepJob: expected 2 arguments (SWEEP OUTPUT), got 1: noise.sweep.yaml\n\n"
            + SweepJob.USAGE,
        run.err());
    Sessions.Run help = sweep("--help");
    assertEquals(0, help.code());
    assertEquals(SweepJob.USAGE, help.out());
  }
}

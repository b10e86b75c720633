package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.io.SimulationFiles;
import org.okrkit.spark.SparkSimulation;

/**
 * SimulateJob, run from the job jar on two local cores, writes the metrics of the run in one JVM
 * for a spec file whose arms include a formula policy (okr-formula's strategy, found as a service
 * in the jar); bad arguments, files and outputs are refused, saying why.
 */
class SimulateJobTest {
  private static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "plans"));

  private static final String SPEC =
      """
      version: 1
      population:
        plan: marketing.yaml
      trials: 30
      seed: 5
      rules:
        - marginalEffort
      arms:
        - name: default
        - name: formulas
          policy: marketing.formula.policy.yaml
      """;

  @TempDir static Path folder;
  private static SparkSession spark;
  private static Path spec;
  private static List<Row> expected;
  private static StructType schema;

  @BeforeAll
  static void startSpark() throws IOException {
    spark = Sessions.local("local[2]");
    for (String file : List.of("marketing.yaml", "marketing.formula.policy.yaml")) {
      Files.copy(PLANS.resolve(file), folder.resolve(file));
    }
    spec = Files.writeString(folder.resolve("formulas.simulation.yaml"), SPEC);
    Dataset<Row> metrics =
        SparkSimulation.metrics(spark, Simulation.run(SimulationFiles.read(spec)));
    schema = metrics.schema();
    expected = metrics.collectAsList();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Sessions.Run simulate(String... args) {
    return Sessions.run(spark, SimulateJob.NAME, SimulateJob.USAGE, SimulateJob::parse, args);
  }

  @Test
  void writesTheMetricsOfTheRunInOneJvmAsParquet() {
    String output = folder.resolve("parquet").toString();
    Sessions.Run run = simulate(spec.toString(), output, "--tasks", "7");
    assertEquals(0, run.code(), run::err);
    assertEquals("", run.err());
    assertTrue(expected.size() >= 2 * 5, () -> "rows " + expected.size());
    Dataset<Row> written = spark.read().parquet(output + "/metrics");
    assertEquals(
        List.of("arm", "metric", "mean", "lower", "upper", "sd", "trials"),
        List.of(written.columns()));
    assertEquals(expected, written.collectAsList());
    assertTrue(run.out().contains("default"), run::out);
    assertTrue(
        run.out()
            .endsWith(
                "SimulateJob: 30 trials in 7 tasks; wrote "
                    + expected.size()
                    + " rows to "
                    + output
                    + "/metrics\n"),
        run::out);
  }

  @Test
  void writesCsvWithAHeaderAndReplacesAnOutputOnlyWhenAskedTo() throws IOException {
    String output = folder.resolve("csv").toString();
    assertEquals(0, simulate(spec.toString(), output, "--format", "CSV").code());
    Dataset<Row> written =
        spark.read().schema(schema).option("header", "true").csv(output + "/metrics");
    assertEquals(expected, written.collectAsList());
    try (var files = Files.list(Path.of(output, "metrics"))) {
      String csv =
          Files.readString(
              files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow(),
              StandardCharsets.UTF_8);
      assertTrue(csv.startsWith("arm,metric,mean,lower,upper,sd,trials\n"), csv);
    }

    Sessions.Run again = simulate(spec.toString(), output, "--format", "csv");
    assertEquals(2, again.code());
    assertEquals(
        "SimulateJob: the output folder "
            + output
            + "/metrics exists; give --overwrite to replace it, or another OUTPUT\n",
        again.err());
    assertEquals(0, simulate(spec.toString(), output, "--format=csv", "--overwrite").code());
  }

  @Test
  void theDefaultTasksAreAFewPerCoreAndAtMostOnePerTrial() {
    String output = folder.resolve("default-tasks").toString();
    Sessions.Run run = simulate(spec.toString(), output);
    assertEquals(0, run.code(), run::err);
    // local[2]: four tasks per core
    assertTrue(run.out().contains("SimulateJob: 30 trials in 8 tasks;"), run::out);
    assertEquals(expected, spark.read().parquet(output + "/metrics").collectAsList());
  }

  @Test
  void moreTasksThanTrialsAreRefused() {
    Sessions.Run run = simulate(spec.toString(), folder.resolve("x").toString(), "--tasks", "31");
    assertEquals(2, run.code());
    assertEquals(
        "SimulateJob: --tasks must be from 1 to the spec's 30 trials (each task runs at least one"
            + " trial), got 31\n",
        run.err());
  }

  @Test
  void aWorkforceStudyIsRefused() {
    Path workforce = PLANS.resolve("workforce.simulation.yaml");
    Sessions.Run run = simulate(workforce.toString(), folder.resolve("w").toString());
    assertEquals(1, run.code());
    assertEquals(
        "SimulateJob: "
            + workforce
            + " is a workforce study (kind: workforce); SimulateJob runs a policy comparison"
            + " (kind: comparison, or no kind)\n",
        run.err());
  }

  @Test
  void aSweepIsRefusedPointingToSweepJob() throws IOException {
    Path sweep =
        Files.writeString(
            folder.resolve("seeds.sweep.yaml"),
            SPEC.replace("version: 1", "version: 1\nkind: sweep")
                .replace("seed: 5", "seeds: [5, 6]"));
    Sessions.Run run = simulate(sweep.toString(), folder.resolve("s").toString());
    assertEquals(1, run.code());
    assertEquals(
        "SimulateJob: "
            + sweep
            + " is a policy sweep (kind: sweep); SimulateJob runs a policy comparison (kind:"
            + " comparison, or no kind); run it with SweepJob\n",
        run.err());
  }

  @Test
  void anInvalidSpecIsRefusedWithItsProblemsLocated() throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.simulation.yaml"), SPEC.replace("30", "-3"));
    Sessions.Run run = simulate(bad.toString(), folder.resolve("b").toString());
    assertEquals(1, run.code());
    assertEquals(
        "SimulateJob: invalid simulation spec file "
            + bad
            + ": 1 problem\n  "
            + bad
            + ":4:9: trials: expected a whole number from 1 to 10000000, got -3\n",
        run.err());
  }

  @Test
  void aMissingSpecIsRefused() {
    Path none = folder.resolve("none.simulation.yaml");
    Sessions.Run run = simulate(none.toString(), folder.resolve("n").toString());
    assertEquals(1, run.code());
    assertEquals("SimulateJob: no such file: " + none + "\n", run.err());
  }

  @Test
  void argumentsItCannotUseAreRefusedWithTheUsage() {
    assertUsage("expected 2 arguments (SPEC OUTPUT), got 0");
    assertUsage("expected 2 arguments (SPEC OUTPUT), got 1: a.yaml", "a.yaml");
    assertUsage("expected 2 arguments (SPEC OUTPUT), got 3: a b c", "a", "b", "c");
    assertUsage(
        "--tasks must be a whole number of at least 1, got 0", "a.yaml", "out", "--tasks", "0");
    assertUsage(
        "--tasks must be a whole number of at least 1, got many", "a.yaml", "out", "--tasks=many");
    assertUsage("option --tasks needs a value", "a.yaml", "out", "--tasks");
    assertUsage("option --tasks is given twice", "a.yaml", "out", "--tasks=1", "--tasks=2");
    assertUsage(
        "--format must be one of parquet, csv, got orc", "a.yaml", "out", "--format", "orc");
    assertUsage(
        "option --overwrite takes no value, got --overwrite=yes",
        "a.yaml",
        "out",
        "--overwrite=yes");
    assertUsage(
        "unknown option --master (the options are --format, --tasks, --overwrite, --help)",
        "a.yaml",
        "out",
        "--master",
        "local");
  }

  private static void assertUsage(String message, String... args) {
    Sessions.Run run = simulate(args);
    assertEquals(2, run.code(), message);
    assertEquals("SimulateJob: " + message + "\n\n" + SimulateJob.USAGE, run.err());
    assertEquals("", run.out());
  }

  @Test
  void helpPrintsTheUsage() {
    Sessions.Run run = simulate("--help");
    assertEquals(0, run.code());
    assertEquals(SimulateJob.USAGE, run.out());
    assertTrue(run.out().startsWith("usage: SimulateJob [options] SPEC OUTPUT\n"), run::out);
    assertEquals("", run.err());
  }
}

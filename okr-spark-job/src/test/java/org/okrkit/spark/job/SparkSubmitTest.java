package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.io.SimulationFiles;
import org.okrkit.spark.SparkSimulation;

/**
 * The job jar through spark-submit's own entry point, as a Spark distribution runs it: {@code
 * bin/spark-submit} runs {@code bin/spark-class org.apache.spark.deploy.SparkSubmit}, which asks
 * Spark's launcher ({@code org.apache.spark.launcher.Main}, on {@code $SPARK_HOME/jars/*}) for the
 * Java command and runs it. Here {@code SPARK_HOME} is a folder whose {@code jars} are this class
 * path's Spark artifacts (what a distribution's {@code jars} holds) and whose {@code conf} holds a
 * logging configuration and defaults; the launcher then gives the Java 17 module flags and the
 * class path, and SparkSubmit loads the job jar and runs its main class. The commands are
 * README.md's, run in a folder laid out as the repository ({@code okr-examples/plans}, {@code
 * okr-spark-job/target/okr-spark-job.jar}); their outputs are checked against the library in this
 * JVM.
 */
class SparkSubmitTest {
  private static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "plans"));
  private static final Path JAR =
      Path.of(System.getProperty("okrkit.job.jar", "target/okr-spark-job.jar"));
  private static final Path README = Path.of(System.getProperty("okrkit.readme", "../README.md"));
  private static final Path JVM_ARGS =
      Path.of(System.getProperty("okrkit.jvm.args", "spark/jvm.args"));
  private static final String SCALA = "2.13";
  private static final long MINUTES = 4;

  /**
   * The folder of this class's files: made and deleted here rather than by JUnit, which warns of
   * every link in it pointing outside it.
   */
  private static Path folder;

  private static Path home;
  private static Path work;
  private static SparkSession spark;
  private static Submitted tables;
  private static CompletableFuture<Submitted> simulation;

  /** What a run printed and its exit code. */
  record Submitted(int code, String out, String err) {}

  @BeforeAll
  static void installSparkAndWriteTheTables() throws IOException, InterruptedException {
    folder = Files.createTempDirectory("spark-submit");
    home = Files.createDirectories(folder.resolve("spark"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : sparkJars()) {
      Path link = jars.resolve(jar.getFileName());
      // a class path may name a jar twice
      if (Files.notExists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    Path conf = Files.createDirectories(home.resolve("conf"));
    // a site's defaults, as a distribution's conf holds them: no web UI, few shuffle partitions
    // (the scores' run gives another with --conf), bound to loopback
    Files.writeString(
        conf.resolve("spark-defaults.conf"),
        """
        spark.ui.enabled false
        spark.sql.shuffle.partitions 2
        spark.driver.host 127.0.0.1
        spark.driver.bindAddress 127.0.0.1
        """);
    Files.writeString(
        conf.resolve("log4j2.properties"),
        """
        rootLogger.level = warn
        rootLogger.appenderRef.stderr.ref = console
        appender.console.type = Console
        appender.console.name = console
        appender.console.target = SYSTEM_ERR
        appender.console.layout.type = PatternLayout
        appender.console.layout.pattern = %p %c{1}: %m%n
        """);

    // the repository's layout, as the README's commands name their files
    work = Files.createDirectories(folder.resolve("work"));
    Files.createDirectories(work.resolve("okr-examples"));
    Files.createSymbolicLink(work.resolve("okr-examples/plans"), PLANS.toAbsolutePath());
    Files.createDirectories(work.resolve("okr-spark-job/target"));
    Files.createSymbolicLink(
        work.resolve("okr-spark-job/target/okr-spark-job.jar"), JAR.toAbsolutePath());

    spark = Sessions.local("local[2]");
    // two jobs at once, for time: the simulation runs while the tables are written
    List<String> simulate =
        readme(
            "--master 'local[2]' --class org.okrkit.spark.job.SimulateJob"
                + " okr-spark-job/target/okr-spark-job.jar"
                + " okr-examples/plans/internet-company.simulation.yaml"
                + " out/internet-company");
    simulation =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return submit(simulate);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
    tables =
        submit(
            readme(
                "--master 'local[2]' --class org.okrkit.spark.job.TablesJob"
                    + " okr-spark-job/target/okr-spark-job.jar out/tables"
                    + " okr-examples/plans/marketing.yaml okr-examples/plans/start-up.yaml"
                    + " --tenant acme"));
  }

  @AfterAll
  static void stopSparkAndDeleteTheFiles() throws IOException {
    if (spark != null) {
      spark.stop();
    }
    if (folder != null) {
      // the links, not what they point to: walk follows no links
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /**
   * The Spark artifacts of this class path: all of it but the job jar, the test classes and the
   * test framework.
   */
  private static List<Path> sparkJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.toString().replace(File.separatorChar, '/');
      if (!name.endsWith(".jar")
          || path.toAbsolutePath().equals(JAR.toAbsolutePath())
          || name.contains("/org/junit/")
          || name.contains("/org/opentest4j/")
          || name.contains("/org/apiguardian/")
          || name.contains("/org/apache/maven/surefire/")) {
        continue;
      }
      jars.add(path);
    }
    assertTrue(
        jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("spark-core_")),
        jars::toString);
    return jars;
  }

  /**
   * {@code arguments}, the words of a {@code spark-submit} command in README.md (after {@code
   * spark-submit}, lines joined, quotes as the shell takes them), having checked that the README
   * has that command.
   */
  private static List<String> readme(String arguments) throws IOException {
    String text =
        Files.readString(README, StandardCharsets.UTF_8)
            .replace("\\\n", " ")
            .replaceAll("[ \t]+", " ");
    assertTrue(text.contains("spark-submit " + arguments + "\n"), arguments);
    List<String> words = new ArrayList<>();
    for (String word : arguments.split(" ")) {
      words.add(word.replace("'", ""));
    }
    return words;
  }

  /**
   * Runs {@code spark-submit ARGUMENTS} in the work folder as {@code bin/spark-class} does: the
   * launcher prints the command, NUL-separated after a NUL line, and the command runs.
   */
  static Submitted submit(List<String> arguments) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> launcher = new ArrayList<>();
    launcher.addAll(
        List.of(
            java,
            "-Xmx128m",
            "-cp",
            home.resolve("jars") + File.separator + "*",
            "org.apache.spark.launcher.Main",
            "org.apache.spark.deploy.SparkSubmit"));
    launcher.addAll(arguments);
    Submitted built = run(launcher);
    assertEquals(0, built.code(), built::err);
    int start = built.out().indexOf("\0\n");
    assertTrue(start >= 0, built::out);
    List<String> command =
        new ArrayList<>(Arrays.asList(built.out().substring(start + 2).split("\0")));
    assertEquals(java, command.get(0), command::toString);
    assertTrue(command.contains("org.apache.spark.deploy.SparkSubmit"), command::toString);
    return run(command);
  }

  private static Submitted run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(folder, "out", ".txt");
    Path err = Files.createTempFile(folder, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("SPARK_") || name.startsWith("HADOOP_"));
    env.put("SPARK_HOME", home.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // what bin/load-spark-env.sh sets for the launcher
    env.put("SPARK_SCALA_VERSION", SCALA);
    env.put("SPARK_ENV_LOADED", "1");
    Process process = builder.start();
    if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "no end in " + MINUTES + " minutes: " + command + "\n" + Files.readString(err));
    }
    return new Submitted(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmesScoringTablesRunThroughSparkSubmitWithTheScoresOfOneJvm() throws Exception {
    assertEquals(0, tables.code(), tables::err);
    assertTrue(
        tables.out().startsWith("TablesJob: 2 plans (acme/marketing, acme/start-up); wrote 10"),
        tables::out);

    // the README's command, with client deploy mode and configuration passed through to Spark
    List<String> arguments =
        new ArrayList<>(
            readme(
                "--master 'local[2]' --class org.okrkit.spark.job.ScoreTablesJob"
                    + " okr-spark-job/target/okr-spark-job.jar out/tables out/scores"
                    + " --policy okr-examples/plans/marketing.formula.policy.yaml"
                    + " --as-of 2026-05-31"));
    Path events = Files.createDirectories(folder.resolve("events"));
    arguments.addAll(
        2,
        List.of(
            "--deploy-mode",
            "client",
            "--conf",
            "spark.eventLog.enabled=true",
            "--conf",
            "spark.eventLog.dir=" + events.toUri(),
            "--conf",
            "spark.eventLog.compress=false",
            "--conf",
            "spark.sql.shuffle.partitions=3"));
    Submitted run = submit(arguments);
    assertEquals(0, run.code(), run::err);
    assertTrue(run.out().startsWith("ScoreTablesJob: wrote "), run::out);

    ScoreTablesJobTest.assertScoredAsInOneJvm(
        spark,
        work.resolve("out/tables").toString(),
        work.resolve("out/scores").toString(),
        PLANS.resolve("marketing.formula.policy.yaml"),
        PLANS.resolve("marketing.yaml"),
        LocalDate.of(2026, 5, 31));

    Map<String, String> properties = sparkProperties(events);
    assertEquals("local[2]", properties.get("spark.master"), properties::toString);
    assertEquals("client", properties.get("spark.submit.deployMode"), properties::toString);
    assertEquals("3", properties.get("spark.sql.shuffle.partitions"), properties::toString);
    assertEquals("false", properties.get("spark.ui.enabled"), properties::toString);
    assertTrue(
        properties.getOrDefault("spark.jars", "").endsWith("/okr-spark-job.jar"),
        properties::toString);
  }

  /**
   * The Spark properties the one application's event log records (a folder of rolling logs, as
   * Spark 4 writes them by default, or one file).
   */
  private static Map<String, String> sparkProperties(Path events) throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.walk(events)) {
      logs =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().matches("^(\\.|appstatus).*"))
              .toList();
    }
    assertEquals(1, logs.size(), logs::toString);
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(logs.get(0), StandardCharsets.UTF_8)) {
      JsonNode event = json.readTree(line);
      if (event.path("Event").asText().equals("SparkListenerEnvironmentUpdate")) {
        Map<String, String> properties = new java.util.TreeMap<>();
        event
            .path("Spark Properties")
            .properties()
            .forEach(p -> properties.put(p.getKey(), p.getValue().asText()));
        return properties;
      }
    }
    throw new AssertionError("no environment in " + logs.get(0));
  }

  @Test
  void theReadmesSimulationRunsThroughSparkSubmitWithTheMetricsOfOneJvm() throws Exception {
    Submitted run = simulation.get(MINUTES, TimeUnit.MINUTES);
    assertEquals(0, run.code(), run::err);
    List<Row> expected =
        SparkSimulation.metrics(
                spark,
                Simulation.run(
                    SimulationFiles.read(PLANS.resolve("internet-company.simulation.yaml"))))
            .collectAsList();
    assertTrue(expected.size() >= 2, () -> "rows " + expected.size());
    assertEquals(
        expected,
        spark
            .read()
            .parquet(work.resolve("out/internet-company/metrics").toString())
            .collectAsList());
  }

  @Test
  void jvmArgsHoldsTheFlagsSparkSubmitPassesToJava() throws IOException {
    // the file README.md's java command line and these tests pass to Java, as Spark's launcher does
    assertEquals(
        List.of(JavaModuleOptions.defaultModuleOptionArray()),
        Files.readAllLines(JVM_ARGS, StandardCharsets.UTF_8));
  }

  @Test
  void aJobsExitCodeAndErrorComeBackThroughSparkSubmit() throws Exception {
    Submitted run =
        submit(
            List.of(
                "--master",
                "local[2]",
                "--class",
                "org.okrkit.spark.job.ScoreTablesJob",
                "okr-spark-job/target/okr-spark-job.jar",
                "out/tables",
                "out/refused",
                "--as-of",
                "31.5.2026"));
    assertEquals(2, run.code(), run::err);
    assertTrue(
        run.err()
            .contains("ScoreTablesJob: --as-of must be a date written YYYY-MM-DD, got 31.5.2026\n"),
        run::err);
    assertTrue(Files.notExists(work.resolve("out/refused")));
  }
}

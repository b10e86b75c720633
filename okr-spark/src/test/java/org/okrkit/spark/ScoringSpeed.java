package org.okrkit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.tables.Column;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.Table;
import org.okrkit.testing.OrgPlans;

/**
 * The speed comparison of issue 15: scoring {@code speed.people} people (default 1,000,000) across
 * {@code speed.plans} plan keys (default 100) of {@link OrgPlans} organisations, from the same
 * Parquet files to the same output rows, (a) with okr-spark on {@code local[2]} and (b) with the
 * library in one JVM: the same files read row by row on the driver, each plan key's rows assembled,
 * scored and analysed one after another on one thread into the same rows. Both count the rows of
 * the four outputs, which must agree. The Parquet files are written once, to {@code speed.dir}
 * (default {@code target/spark-speed}), and kept for later runs of the same size.
 *
 * <pre>
 * mvn -B -o -pl okr-spark -am verify -P spark-speed -DskipTests -Dspeed.people=1000000
 * </pre>
 */
public final class ScoringSpeed {
  private ScoringSpeed() {}

  /** Runs the comparison and prints its figures. */
  public static void main(String[] args) throws IOException {
    int people = Integer.getInteger("speed.people", 1_000_000);
    int plans = Integer.getInteger("speed.plans", 100);
    Path dir =
        Path.of(System.getProperty("speed.dir", "target/spark-speed"))
            .resolve(people + "-" + plans);
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("okr-spark scoring speed")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      if (!Files.exists(dir.resolve("_complete"))) {
        long start = System.nanoTime();
        write(spark, dir, people, plans);
        Files.createFile(dir.resolve("_complete"));
        System.out.printf(
            Locale.ROOT,
            "wrote the tables of %,d people in %d plans to %s in %.1f s%n",
            people,
            plans,
            dir,
            seconds(start));
      }
      SparkScoring scoring = SparkScoring.of(ScoringPolicy.defaults()).asOf(OrgPlans.AS_OF);
      for (int round = 1; round <= 2; round++) {
        long start = System.nanoTime();
        long[] inJvm = inOneJvm(spark, scoring, dir);
        double jvm = seconds(start);
        start = System.nanoTime();
        long[] onSpark = onSpark(spark, scoring, dir);
        double sparkSeconds = seconds(start);
        if (!java.util.Arrays.equals(inJvm, onSpark)) {
          throw new IllegalStateException(
              "the row counts differ: in one JVM "
                  + java.util.Arrays.toString(inJvm)
                  + ", on Spark "
                  + java.util.Arrays.toString(onSpark));
        }
        System.out.printf(
            Locale.ROOT,
            "round %d: %,d people, %d plan keys; rows: %,d elements, %,d owners, %,d findings,"
                + " %,d problems%n  in one JVM (one thread): %.1f s%n  okr-spark local[2]:"
                + "        %.1f s%n  ratio Spark / one JVM:    %.2f%n",
            round,
            people,
            plans,
            inJvm[0],
            inJvm[1],
            inJvm[2],
            inJvm[3],
            jvm,
            sparkSeconds,
            sparkSeconds / jvm);
      }
    } finally {
      spark.stop();
    }
  }

  /** (a): the tables read by Spark and scored by okr-spark, every output's rows counted. */
  private static long[] onSpark(SparkSession spark, SparkScoring scoring, Path dir) {
    Map<Table, Dataset<Row>> tables =
        SparkScoring.read(spark.read().format("parquet"), dir.toString());
    ScoredTables scored = scoring.score(spark, tables);
    try {
      return new long[] {
        scored.elementScores().count(),
        scored.ownerScores().count(),
        scored.findings().count(),
        scored.problems().count()
      };
    } finally {
      scored.unpersist();
    }
  }

  /**
   * (b): the same files read row by row on the driver ({@code toLocalIterator}, one partition at a
   * time), grouped by plan key in memory, and each key's rows assembled, scored and analysed into
   * the same rows as okr-spark's, on this thread.
   */
  private static long[] inOneJvm(SparkSession spark, SparkScoring scoring, Path dir) {
    Map<Table, Dataset<Row>> tables =
        SparkScoring.read(spark.read().format("parquet"), dir.toString());
    Table[] all = Table.values();
    List<StructType> schemas = new ArrayList<>();
    Map<String, List<TableRow>> groups = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      Dataset<Row> table = tables.get(all[i]);
      schemas.add(table.schema());
      TableReader reader = TableReader.of(all[i], i, table.schema());
      long order = 0;
      for (Iterator<Row> rows = table.toLocalIterator(); rows.hasNext(); ) {
        TableRow r = reader.read(rows.next(), order++);
        groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
      }
    }
    ScorePlans score = scoring.scorer(spark, schemas);
    long[] counts = new long[4];
    for (List<TableRow> group : groups.values()) {
      for (Row out : score.score(group)) {
        counts[out.getByte(0)]++;
      }
    }
    return counts;
  }

  /** Writes the tables of {@code plans} organisations of {@code people / plans} people each. */
  private static void write(SparkSession spark, Path dir, int people, int plans) {
    deleteRecursively(dir);
    int batch = Math.max(1, 2_000_000 / Math.max(1, people / plans * 25));
    Map<Table, List<Row>> pending = new EnumMap<>(Table.class);
    for (int p = 0; p < plans; p++) {
      PlanKey key = PlanKey.of("tenant-" + p % 10, "plan-" + p);
      PlanTables.rows(key, OrgPlans.generate(people / plans, p))
          .forEach(
              (t, rows) -> {
                List<Row> out = pending.computeIfAbsent(t, x -> new ArrayList<>());
                for (org.okrkit.tables.Row r : rows) {
                  out.add(spark(r));
                }
              });
      if ((p + 1) % batch == 0 || p == plans - 1) {
        pending.forEach(
            (t, rows) ->
                spark
                    .createDataFrame(rows, SparkScoring.schema(t))
                    .write()
                    .mode(SaveMode.Append)
                    .parquet(dir.resolve(t.tableName()).toString()));
        pending.clear();
      }
    }
  }

  private static Row spark(org.okrkit.tables.Row r) {
    List<Column> columns = r.table().columns();
    @Nullable Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      Object v = r.get(columns.get(i).name()).orElse(null);
      values[i] = v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v;
    }
    return RowFactory.create(values);
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

package org.okrkit.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.scoring.PolicySpec;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.tables.Column;
import org.okrkit.tables.Table;
import org.okrkit.tables.TableLimits;

/**
 * Scores plan tables held as Spark Datasets: every plan of every plan key is assembled from its
 * rows ({@link org.okrkit.tables.PlanAssembler}), scored ({@link ScoringPolicy#score}) and analysed
 * ({@link org.okrkit.alignment.AlignmentAnalyzer#defaults()}, with its scores) on the executors,
 * and the results come back as Datasets of rows: {@link ScoredTables#elementScores() element
 * scores}, {@link ScoredTables#ownerScores() owner scores}, {@link ScoredTables#findings()
 * alignment findings} and the {@link ScoredTables#problems() problems} of the plan keys whose rows
 * do not make a valid plan. Every row equals what the library gives for the same plan in one JVM.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * Map<Table, Dataset<Row>> tables = SparkScoring.read(spark.read().format("parquet"), "/data/plans");
 * ScoredTables scored = SparkScoring.of(ScoringPolicy.defaults()).score(spark, tables);
 * scored.elementScores().write().parquet("/data/scores/elements");
 * scored.problems().show(false);
 * }</pre>
 *
 * <p><b>Tables.</b> One Dataset per {@link Table}, whose columns are named as the table's ({@link
 * Table#columns()}, {@code tenant} and {@code plan} included); a table without rows is an empty
 * Dataset ({@link #emptyTable}). A column may be of the type {@link #schema(Table)} gives or hold
 * texts to parse (a CSV file read without a schema): a value of the wrong type is a problem of its
 * row, as {@link org.okrkit.tables.Row} says. An optional column may be left out; other columns are
 * ignored, except two that say where a row came from, for its problems: {@value #SOURCE} (text,
 * such as the {@code input_file_name()} of the row) and {@value #LINE} (a whole number from 1). The
 * column numbers of problems are the positions of the columns in the Dataset, from 1.
 *
 * <p><b>Plans and problems.</b> The rows of each plan key are grouped on the executors and
 * assembled on their own: a key whose rows have a problem (a missing value, a wrong type, a
 * dangling id, a duplicate key, rows of a key without a {@code plans} row, a policy that names an
 * id or tag the plan lacks) gives its problems and no scores, and never stops another key. Rows
 * without a plan key (a {@code tenant} or {@code plan} that is null or not text) are problems
 * without a key.
 *
 * <p><b>Policy and date.</b> The policy travels to the executors as its spec ({@link
 * #of(ScoringPolicy)} refuses one that cannot be written as one, before any job starts) and is made
 * again once per task. Each plan is scored as of the date given ({@link #asOf(LocalDate)}) or, as
 * {@code okr score} does without {@code --as-of}, as of the date of its latest check-in, or the
 * first day of its period when it has none; no clock is read.
 *
 * <p><b>Language.</b> Messages (of findings and problems) and hints are in English unless {@link
 * #locale(Locale)} asks for another language that okrkit speaks ({@code zh-CN}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SparkScoring {
  /** The optional column of any table's Dataset that names the source of each row. */
  public static final String SOURCE = "_source";

  /** The optional column of any table's Dataset that holds each row's line in its source. */
  public static final String LINE = "_line";

  private final ScoringPolicy policy;
  private final PolicySpec spec;
  private final @Nullable LocalDate asOf;
  private final Locale locale;
  private final TableLimits limits;

  private SparkScoring(
      ScoringPolicy policy,
      PolicySpec spec,
      @Nullable LocalDate asOf,
      Locale locale,
      TableLimits limits) {
    this.policy = policy;
    this.spec = spec;
    this.asOf = asOf;
    this.locale = locale;
    this.limits = limits;
  }

  /**
   * Scoring by {@code policy}, each plan as of its latest check-in, messages in English, under the
   * default {@link TableLimits}.
   *
   * @throws IllegalArgumentException if the policy cannot be written as a spec (it holds a host's
   *     strategy, aggregation or pace without one), naming each such setting
   */
  public static SparkScoring of(ScoringPolicy policy) {
    requireNonNull(policy, "policy");
    return new SparkScoring(
        policy, PolicySpec.of(policy), null, Locale.ROOT, TableLimits.defaults());
  }

  /**
   * {@code of(policy).score(spark, tables)}: each plan scored as of its latest check-in.
   *
   * @throws IllegalArgumentException if the policy cannot be written as a spec, a table has no
   *     Dataset, or a Dataset lacks a required column of its table
   */
  public static ScoredTables score(
      SparkSession spark, Map<Table, Dataset<Row>> tables, ScoringPolicy policy) {
    return of(policy).score(spark, tables);
  }

  /**
   * {@code of(policy).asOf(asOf).score(spark, tables)}: every plan scored as of {@code asOf}.
   *
   * @throws IllegalArgumentException if the policy cannot be written as a spec, a table has no
   *     Dataset, or a Dataset lacks a required column of its table
   */
  public static ScoredTables score(
      SparkSession spark, Map<Table, Dataset<Row>> tables, ScoringPolicy policy, LocalDate asOf) {
    return of(policy).asOf(asOf).score(spark, tables);
  }

  /** This scoring with every plan scored as of the end of {@code date}. */
  public SparkScoring asOf(LocalDate date) {
    return new SparkScoring(policy, spec, requireNonNull(date, "date"), locale, limits);
  }

  /**
   * This scoring with the messages and hints of findings and problems in {@code locale} (English
   * where okrkit has no translation); {@link Locale#ROOT} for English.
   */
  public SparkScoring locale(Locale locale) {
    return new SparkScoring(policy, spec, asOf, requireNonNull(locale, "locale"), limits);
  }

  /** This scoring with each plan key's rows assembled under {@code limits}. */
  public SparkScoring limits(TableLimits limits) {
    return new SparkScoring(policy, spec, asOf, locale, requireNonNull(limits, "limits"));
  }

  /** The policy the plans are scored by. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The date every plan is scored as of; empty when each is scored as of its latest check-in. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The language of the messages. */
  public Locale locale() {
    return locale;
  }

  /** The limits each plan key's rows are assembled under. */
  public TableLimits limits() {
    return limits;
  }

  /**
   * Scores the plans of {@code tables}: a lazy plan of Spark jobs, which run when a Dataset of the
   * result is used (see {@link ScoredTables}).
   *
   * @param tables a Dataset for each of the ten tables, by table
   * @throws IllegalArgumentException if a table has no Dataset, a Dataset lacks a required column
   *     of its table, or its {@value #SOURCE} or {@value #LINE} column is of another type than text
   *     and a whole number; the message names the table and the columns
   */
  public ScoredTables score(SparkSession spark, Map<Table, Dataset<Row>> tables) {
    requireNonNull(spark, "spark");
    requireNonNull(tables, "tables");
    List<Table> missing = new ArrayList<>();
    for (Table t : Table.values()) {
      if (tables.get(t) == null) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "no Dataset for the table(s) "
              + String.join(", ", missing.stream().map(Table::tableName).toList())
              + "; give one for each of the ten plan tables, an empty one for a table without"
              + " rows (SparkScoring.emptyTable)");
    }
    Table[] all = Table.values();
    TableReader[] readers = new TableReader[all.length];
    List<StructType> schemas = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      StructType schema = requireNonNull(tables.get(all[i])).schema();
      readers[i] = TableReader.of(all[i], i, schema);
      schemas.add(schema);
    }
    Dataset<Row> rows = null;
    for (int i = 0; i < all.length; i++) {
      Dataset<Row> read =
          requireNonNull(tables.get(all[i])).mapPartitions(readers[i], Encoders.row(TableRow.WIRE));
      rows = rows == null ? read : rows.union(read);
    }
    ScorePlans score = scorer(spark, schemas);
    Dataset<Row> scored =
        requireNonNull(rows)
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
            .flatMapGroups(score, Encoders.row(Output.ALL));
    return new ScoredTables(scored);
  }

  /**
   * The function that assembles and scores the rows of one plan key, for tables of {@code schemas}
   * (in the order of {@code Table.values()}).
   */
  ScorePlans scorer(SparkSession spark, List<StructType> schemas) {
    ImmutableList.Builder<ImmutableMap<String, Integer>> columns = ImmutableList.builder();
    for (StructType schema : schemas) {
      columns.add(positions(schema));
    }
    boolean javaTimeDates =
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    return new ScorePlans(spec, asOf, locale, limits, javaTimeDates, columns.build());
  }

  /** The column numbers (from 1) of every column of {@code schema}, by name. */
  private static ImmutableMap<String, Integer> positions(StructType schema) {
    Map<String, Integer> at = new java.util.LinkedHashMap<>();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      at.putIfAbsent(fields[i].name(), i + 1);
    }
    return ImmutableMap.copyOf(at);
  }

  /**
   * The Datasets of the ten tables read by {@code reader} (its format and options set) from the
   * folder {@code folder}, each from the path {@code folder/<table name>}: {@code
   * /data/plans/key_results}, as Spark writes a table in Parquet. A table whose path is missing
   * fails as Spark fails, naming it.
   */
  public static Map<Table, Dataset<Row>> read(DataFrameReader reader, String folder) {
    requireNonNull(reader, "reader");
    requireNonNull(folder, "folder");
    String base = folder.endsWith("/") ? folder : folder + "/";
    Map<Table, Dataset<Row>> tables = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      tables.put(t, reader.load(base + t.tableName()));
    }
    return tables;
  }

  /**
   * The Spark schema of {@code table}: its columns in order, text as {@code string}, whole numbers
   * as {@code bigint}, numbers as {@code double}, booleans as {@code boolean}, dates as {@code
   * date}; a required column not nullable.
   */
  public static StructType schema(Table table) {
    StructType schema = new StructType();
    for (Column c : requireNonNull(table, "table").columns()) {
      schema = schema.add(c.name(), sparkType(c), !c.required());
    }
    return schema;
  }

  /** An empty Dataset of {@code table}'s {@linkplain #schema(Table) schema}. */
  public static Dataset<Row> emptyTable(SparkSession spark, Table table) {
    return spark.createDataFrame(List.<Row>of(), schema(table));
  }

  private static DataType sparkType(Column c) {
    return switch (c.type()) {
      case TEXT -> DataTypes.StringType;
      case INTEGER -> DataTypes.LongType;
      case NUMBER -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }

  /** {@code key_result string (required)}, for messages. */
  static String describe(Column c) {
    return c.name() + " " + sparkType(c).simpleString() + (c.required() ? " (required)" : "");
  }

  /**
   * The date a plan is scored as of when none is given, as {@code okr score} takes it: that of its
   * latest check-in, or the first day of its period when it has none.
   */
  static LocalDate asOf(Plan plan) {
    LocalDate latest = null;
    for (CheckIn c : plan.checkIns()) {
      if (latest == null || c.date().isAfter(latest)) {
        latest = c.date();
      }
    }
    return latest != null ? latest : plan.period().start();
  }

  /** {@code SparkScoring[asOf=latest check-in, locale=, limits=…]}. */
  @Override
  public String toString() {
    return "SparkScoring[asOf="
        + (asOf == null ? "latest check-in" : asOf.toString())
        + ", locale="
        + locale.toLanguageTag()
        + ", "
        + limits
        + "]";
  }
}

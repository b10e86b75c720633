package org.okrkit.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.spark.ScoredTables;
import org.okrkit.spark.SparkScoring;
import org.okrkit.tables.Table;

/**
 * Scores plan tables (one folder per table, named as the table, Parquet or CSV: the layout that
 * {@link TablesJob} writes and {@link SparkScoring#read} reads) under a policy file and writes the
 * results ({@link SparkScoring}): {@code OUTPUT/element_scores}, {@code OUTPUT/owner_scores},
 * {@code OUTPUT/findings} and {@code OUTPUT/problems}, one row per element, owner, finding or
 * problem per plan key. A plan key whose rows do not make a valid plan gives problems and no
 * scores, and never stops the others.
 *
 * <pre>{@code
 * spark-submit --class org.okrkit.spark.job.ScoreTablesJob okr-spark-job.jar out/tables out/scores \
 *     --policy okr-examples/plans/marketing.policy.yaml
 * }</pre>
 */
public final class ScoreTablesJob implements Jobs.Job {
  static final String NAME = "ScoreTablesJob";

  static final String USAGE =
      """
      usage: ScoreTablesJob [options] TABLES OUTPUT
      Scores every plan of the plan tables in TABLES (one folder per table: plans, owners,
      objectives, key_results, kpis, tags, contributions, milestones, revisions, check_ins) and
      writes the folders OUTPUT/element_scores, OUTPUT/owner_scores, OUTPUT/findings and
      OUTPUT/problems; a plan whose rows are invalid gives problems and no scores.
        --policy FILE      the policy file (JSON or YAML) to score by (default: okrkit's default
                           policy)
        --as-of DATE       score every plan as of DATE, YYYY-MM-DD (default: each plan as of its
                           latest check-in)
        --lang LANG        the language of messages and hints: en (the default) or zh-CN
        --input FORMAT     the tables' format: parquet (the default) or csv (with a header line)
        --format FORMAT    the output's format: parquet (the default) or csv (with a header line)
        --overwrite        replace the output folders if they exist (else the job refuses to
                           start)
        --help             print this and stop
      Exit codes: 0 written (problems among them), 1 invalid policy file or failed job,
      2 unusable arguments (an existing output folder among them).
      """;

  private static final List<String> OUTPUTS =
      List.of("element_scores", "owner_scores", "findings", "problems");

  private final String tables;
  private final String output;
  private final Optional<Path> policy;
  private final Optional<LocalDate> asOf;
  private final Locale locale;
  private final String input;
  private final String format;
  private final boolean overwrite;

  private ScoreTablesJob(
      String tables,
      String output,
      Optional<Path> policy,
      Optional<LocalDate> asOf,
      Locale locale,
      String input,
      String format,
      boolean overwrite) {
    this.tables = tables;
    this.output = output;
    this.policy = policy;
    this.asOf = asOf;
    this.locale = locale;
    this.input = input;
    this.format = format;
    this.overwrite = overwrite;
  }

  /** Runs the job; see {@link ScoreTablesJob} and {@code --help}. Exits with 1 or 2 on an error. */
  public static void main(String[] args) {
    int code = Jobs.main(NAME, USAGE, ScoreTablesJob::parse, args, System.out, System.err);
    if (code != Jobs.OK) {
      System.exit(code);
    }
  }

  /** The job that {@code args} describe. */
  static ScoreTablesJob parse(String[] args) {
    JobArguments a =
        JobArguments.parse(
            args,
            List.of("TABLES", "OUTPUT"),
            Set.of("policy", "as-of", "lang", "input", "format"),
            Set.of("overwrite"));
    Optional<LocalDate> asOf;
    try {
      asOf = a.option("as-of").map(String::trim).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new JobArguments.UsageException(
          "--as-of must be a date written YYYY-MM-DD, got " + a.option("as-of").orElse(""));
    }
    String lang = a.choice("lang", List.of("en", "zh-cn"), "en");
    return new ScoreTablesJob(
        a.operand(0),
        a.operand(1),
        a.option("policy").map(Path::of),
        asOf,
        lang.equals("en") ? Locale.ROOT : Locale.SIMPLIFIED_CHINESE,
        a.choice("input", Jobs.FORMATS, "parquet"),
        a.choice("format", Jobs.FORMATS, "parquet"),
        a.flag("overwrite"));
  }

  @Override
  public void run(SparkSession spark, PrintStream out) throws IOException {
    Jobs.checkOutputs(spark, output, OUTPUTS, overwrite);
    ScoringPolicy read =
        policy.isPresent() ? PolicyFiles.read(policy.get()) : ScoringPolicy.defaults();
    SparkScoring scoring = SparkScoring.of(read).locale(locale);
    if (asOf.isPresent()) {
      scoring = scoring.asOf(asOf.get());
    }
    DataFrameReader reader = spark.read().format(input);
    if (input.equals("csv")) {
      reader = reader.option("header", "true");
    }
    Map<Table, Dataset<Row>> tableSets = SparkScoring.read(reader, tables);
    ScoredTables scored = scoring.score(spark, tableSets);
    try {
      long elements = write(scored.elementScores(), "element_scores");
      long owners = write(scored.ownerScores(), "owner_scores");
      long findings = write(scored.findings(), "findings");
      long problems = write(scored.problems(), "problems");
      out.printf(
          Locale.ROOT,
          "%s: wrote %d element scores, %d owner scores, %d findings and %d problems to %s%n",
          NAME,
          elements,
          owners,
          findings,
          problems,
          output);
    } finally {
      scored.unpersist();
    }
  }

  private long write(Dataset<Row> table, String name) {
    String unused = Jobs.write(table, output, name, format, overwrite);
    return table.count();
  }
}

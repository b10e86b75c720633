package org.okrkit.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.WorkforceSweep;
import org.okrkit.simulation.io.SimulationFiles;
import org.okrkit.simulation.io.SpecFileResolver;
import org.okrkit.simulation.io.SpecKind;
import org.okrkit.simulation.io.SweepFiles;
import org.okrkit.spark.SparkSweep;
import org.okrkit.spark.SweepSource;
import org.okrkit.spark.WorkforceSweepSource;

/**
 * Runs a sweep file ({@code kind: sweep}: a simulation spec over a grid of outcome-model settings ×
 * seeds) as one Spark job and writes its metrics: {@code OUTPUT/metrics}, one row per cell (setting
 * and seed), arm and metric ({@link SparkSweep#metrics(SparkSession, SweepResult)}), and {@code
 * OUTPUT/pooled}, the same pooled across seeds, one row per setting, arm and metric ({@link
 * SparkSweep#pooled}). Each row carries the setting's outcome model, so that a grid can be filtered
 * and plotted by its values. A sweep of a workforce study ({@code study: workforce}) is run by
 * {@link SparkSweep#runWorkforce} and written the same way, a row per arm, period and metric
 * ({@link SparkSweep#workforceMetrics(SparkSession, WorkforceSweepResult)}, {@link
 * SparkSweep#workforcePooled}), each with the arm's rule.
 *
 * <pre>{@code
 * spark-submit --master local[2] --class org.okrkit.spark.job.SweepJob okr-spark-job.jar \
 *     noise.sweep.yaml out/noise
 * }</pre>
 *
 * <p>The driver reads the sweep file and the plan and policy files it names (relative names from
 * the file's folder) and sends the sweep to the executors written out in full, so that no executor
 * needs the files. Each cell's numbers are bit for bit those of the sweep run in one JVM, whatever
 * the master and the number of tasks.
 */
public final class SweepJob implements Jobs.Job {
  static final String NAME = "SweepJob";

  static final String USAGE =
      """
      usage: SweepJob [options] SWEEP OUTPUT
      Runs the sweep file SWEEP (JSON or YAML, kind: sweep) as one Spark job and writes one row per
      setting, seed, arm and metric to the folder OUTPUT/metrics and, pooled across seeds, one row
      per setting, arm and metric to OUTPUT/pooled; each row holds the setting's outcome model and
      the estimate (mean, lower, upper, sd, trials). A sweep of a workforce study (study:
      workforce) writes a row per setting, seed, arm, period and metric, with the arm's rule (and
      replications for trials).
        --tasks-per-cell N the Spark tasks each cell's trials (a workforce study's companies) are
                           split into, from 1 to the spec's trials (default: enough for four
                           tasks per core in all, at most one per trial)
        --format FORMAT    parquet (the default) or csv (with a header line)
        --overwrite        replace OUTPUT/metrics and OUTPUT/pooled if they exist (else the job
                           refuses to start)
        --help             print this and stop
      Exit codes: 0 written, 1 invalid sweep or failed job, 2 unusable arguments (an existing
      output folder among them).
      """;

  private static final List<String> OUTPUTS = List.of("metrics", "pooled");

  private final Path file;
  private final String output;
  private final int tasksPerCell;
  private final String format;
  private final boolean overwrite;

  private SweepJob(Path file, String output, int tasksPerCell, String format, boolean overwrite) {
    this.file = file;
    this.output = output;
    this.tasksPerCell = tasksPerCell;
    this.format = format;
    this.overwrite = overwrite;
  }

  /** Runs the job; see {@link SweepJob} and {@code --help}. Exits with 1 or 2 on an error. */
  public static void main(String[] args) {
    int code = Jobs.main(NAME, USAGE, SweepJob::parse, args, System.out, System.err);
    if (code != Jobs.OK) {
      System.exit(code);
    }
  }

  /** The job that {@code args} describe, with no tasks given as 0 (decided when Spark runs). */
  static SweepJob parse(String[] args) {
    JobArguments a =
        JobArguments.parse(
            args,
            List.of("SWEEP", "OUTPUT"),
            Set.of("tasks-per-cell", "format"),
            Set.of("overwrite"));
    return new SweepJob(
        Path.of(a.operand(0)),
        a.operand(1),
        a.intOption("tasks-per-cell", 1, Integer.MAX_VALUE).orElse(0),
        a.choice("format", Jobs.FORMATS, "parquet"),
        a.flag("overwrite"));
  }

  @Override
  public void run(SparkSession spark, PrintStream out) throws IOException {
    Jobs.checkOutputs(spark, output, OUTPUTS, overwrite);
    Jobs.checkKind(file, SimulationFiles.kind(file), SpecKind.SWEEP, NAME);
    if (SweepFiles.study(file) == SpecKind.WORKFORCE) {
      WorkforceSweep sweep =
          SweepFiles.readWorkforce(file, ReadLimits.defaults(), Jobs.filesBeside(file));
      runCells(
          spark,
          out,
          sweep.settings().size(),
          sweep.seeds().size(),
          sweep.spec().replications(),
          Units.COMPANIES,
          perCell -> SparkSweep.runWorkforce(spark, workforceSource(sweep), perCell),
          SparkSweep::workforceMetrics,
          SparkSweep::workforcePooled);
      return;
    }
    Sweep sweep = SweepFiles.read(file, ReadLimits.defaults(), Jobs.filesBeside(file));
    runCells(
        spark,
        out,
        sweep.settings().size(),
        sweep.seeds().size(),
        sweep.spec().trials(),
        Units.TRIALS,
        perCell -> SparkSweep.run(spark, source(sweep), perCell),
        SparkSweep::metrics,
        SparkSweep::pooled);
  }

  /**
   * What a cell's trials are called: {@code whose} {@code what} in the tasks-per-cell message, each
   * task running at least {@code one}, and {@code counted} in the summary line.
   */
  private enum Units {
    TRIALS("spec's", "trials", "trial", "trials"),
    COMPANIES("study's", "replications", "company", "companies");

    private final String whose;
    private final String what;
    private final String one;
    private final String counted;

    Units(String whose, String what, String one, String counted) {
      this.whose = whose;
      this.what = what;
      this.one = one;
      this.counted = counted;
    }
  }

  /**
   * Runs a sweep of {@code settings} × {@code seeds} cells of {@code trials} each with {@code run},
   * then writes its {@code metrics} and {@code pooled} Datasets and says so.
   */
  private <R> void runCells(
      SparkSession spark,
      PrintStream out,
      int settings,
      int seeds,
      int trials,
      Units units,
      IntFunction<R> run,
      BiFunction<SparkSession, R, Dataset<Row>> metrics,
      BiFunction<SparkSession, R, Dataset<Row>> pooled)
      throws IOException {
    int cells = settings * seeds;
    int perCell = tasksPerCell(spark, trials, cells, units);
    R result = run.apply(perCell);
    write(
        out,
        metrics.apply(spark, result),
        pooled.apply(spark, result),
        String.format(
            Locale.ROOT,
            "%d cells (%d settings × %d seeds) of %d %s in %d tasks",
            cells,
            settings,
            seeds,
            trials,
            units.counted,
            cells * perCell));
  }

  /**
   * The tasks per cell: as given, or enough for four tasks per core in all, at most one per trial
   * ({@code trials} of each cell, named as {@code units} name them).
   */
  private int tasksPerCell(SparkSession spark, int trials, int cells, Units units) {
    int perCell;
    if (tasksPerCell > 0) {
      perCell = tasksPerCell;
    } else {
      int wanted = 4 * spark.sparkContext().defaultParallelism();
      perCell = Math.min(trials, Math.max(1, (wanted + cells - 1) / cells));
    }
    if (perCell > trials) {
      throw new JobArguments.UsageException(
          String.format(
              Locale.ROOT,
              "--tasks-per-cell must be from 1 to the %s %d %s (each task runs at least one %s),"
                  + " got %d",
              units.whose,
              trials,
              units.what,
              units.one,
              perCell));
    }
    return perCell;
  }

  /** Writes the metrics and the pooled metrics, and says so after {@code NAME: what}. */
  private void write(PrintStream out, Dataset<Row> metrics, Dataset<Row> pooled, String what)
      throws IOException {
    String metricsFolder = Jobs.write(metrics.coalesce(1), output, "metrics", format, overwrite);
    String pooledFolder = Jobs.write(pooled.coalesce(1), output, "pooled", format, overwrite);
    out.printf(
        Locale.ROOT,
        "%s: %s; wrote %d rows to %s and %d rows to %s%n",
        NAME,
        what,
        metrics.count(),
        metricsFolder,
        pooled.count(),
        pooledFolder);
  }

  /**
   * The workforce sweep as a recipe the executors can follow without the files it was read from:
   * written out in full (a written sweep names no file) and read again in each task.
   */
  static WorkforceSweepSource workforceSource(WorkforceSweep sweep) {
    String text = SweepFiles.write(sweep, Format.JSON);
    long maxBytes = Jobs.maxBytes(text);
    // a written sweep names no file: the resolver is never asked
    return () ->
        SweepFiles.readWorkforce(
            text,
            Format.JSON,
            ReadLimits.builder().maxBytes(maxBytes).build(),
            SpecFileResolver.within(Path.of("")));
  }

  /**
   * The sweep as a recipe the executors can follow without the files it was read from: written out
   * in full (a written sweep names no file) and read again in each task.
   */
  static SweepSource source(Sweep sweep) {
    String text = SweepFiles.write(sweep, Format.JSON);
    long maxBytes = Jobs.maxBytes(text);
    // a written sweep names no file: the resolver is never asked
    return () ->
        SweepFiles.read(
            text,
            Format.JSON,
            ReadLimits.builder().maxBytes(maxBytes).build(),
            SpecFileResolver.within(Path.of("")));
  }
}

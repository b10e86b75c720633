package org.okrkit.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.io.SimulationFiles;
import org.okrkit.simulation.io.SpecFileResolver;
import org.okrkit.simulation.io.SpecKind;
import org.okrkit.spark.SparkSimulation;
import org.okrkit.spark.SpecSource;

/**
 * Runs a simulation spec file (a policy comparison, as {@code okr simulate} reads it) as a Spark
 * job and writes its metrics: one row per arm and metric, with the columns {@code arm}, {@code
 * metric}, {@code mean}, {@code lower}, {@code upper}, {@code sd} and {@code trials} ({@link
 * SparkSimulation#metrics(SparkSession, SimulationResult)}), to the folder {@code OUTPUT/metrics}.
 *
 * <pre>{@code
 * spark-submit --master local[2] --class org.okrkit.spark.job.SimulateJob okr-spark-job.jar \
 *     okr-examples/plans/policies.simulation.yaml out/policies
 * }</pre>
 *
 * <p>The driver reads the spec file and the plan and policy files it names (relative names from the
 * spec's folder, as the command line reads them), and sends the spec to the executors written out
 * in full, so that no executor needs the files. The result is bit for bit the one {@code okr
 * simulate} prints for the same file, whatever the master and the number of tasks.
 */
public final class SimulateJob implements Jobs.Job {
  static final String NAME = "SimulateJob";

  static final String USAGE =
      """
      usage: SimulateJob [options] SPEC OUTPUT
      Runs the policy comparison in the simulation spec file SPEC (JSON or YAML) as a Spark job and
      writes one row per arm and metric (arm, metric, mean, lower, upper, sd, trials) to the folder
      OUTPUT/metrics.
        --tasks N          the Spark tasks the trials are split into, from 1 to the spec's trials
                           (default: four per core of the job, at most one per trial)
        --format FORMAT    parquet (the default) or csv (with a header line)
        --overwrite        replace OUTPUT/metrics if it exists (else the job refuses to start)
        --help             print this and stop
      Exit codes: 0 written, 1 invalid spec or failed job, 2 unusable arguments (an existing
      output folder among them).
      """;

  private final Path spec;
  private final String output;
  private final int tasks;
  private final String format;
  private final boolean overwrite;

  private SimulateJob(Path spec, String output, int tasks, String format, boolean overwrite) {
    this.spec = spec;
    this.output = output;
    this.tasks = tasks;
    this.format = format;
    this.overwrite = overwrite;
  }

  /** Runs the job; see {@link SimulateJob} and {@code --help}. Exits with 1 or 2 on an error. */
  public static void main(String[] args) {
    int code = Jobs.main(NAME, USAGE, SimulateJob::parse, args, System.out, System.err);
    if (code != Jobs.OK) {
      System.exit(code);
    }
  }

  /** The job that {@code args} describe, with no tasks given as 0 (decided when Spark runs). */
  static SimulateJob parse(String[] args) {
    JobArguments a =
        JobArguments.parse(
            args, List.of("SPEC", "OUTPUT"), Set.of("tasks", "format"), Set.of("overwrite"));
    return new SimulateJob(
        Path.of(a.operand(0)),
        a.operand(1),
        a.intOption("tasks", 1, Integer.MAX_VALUE).orElse(0),
        a.choice("format", Jobs.FORMATS, "parquet"),
        a.flag("overwrite"));
  }

  /** Runs the job on {@code spark} and says on {@code out} what it wrote. */
  @Override
  public void run(SparkSession spark, PrintStream out) throws IOException {
    Jobs.checkOutputs(spark, output, List.of("metrics"), overwrite);
    Jobs.checkKind(spec, SimulationFiles.kind(spec), SpecKind.COMPARISON, NAME);
    SimulationSpec read = SimulationFiles.read(spec, ReadLimits.defaults(), Jobs.filesBeside(spec));
    SpecSource source = source(read);
    int trials = read.trials();
    int taskCount =
        tasks > 0 ? tasks : Math.min(trials, 4 * spark.sparkContext().defaultParallelism());
    if (taskCount > trials) {
      throw new JobArguments.UsageException(
          String.format(
              Locale.ROOT,
              "--tasks must be from 1 to the spec's %d trials (each task runs at least one trial),"
                  + " got %d",
              trials,
              taskCount));
    }
    SimulationResult result = SparkSimulation.run(spark, source, taskCount);
    Dataset<Row> metrics = SparkSimulation.metrics(spark, result);
    String written = Jobs.write(metrics.coalesce(1), output, "metrics", format, overwrite);
    out.print(result.render());
    out.printf(
        Locale.ROOT,
        "%s: %d trials in %d tasks; wrote %d rows to %s%n",
        NAME,
        trials,
        taskCount,
        metrics.count(),
        written);
  }

  /**
   * The spec as a recipe the executors can follow without the files it was read from: written out
   * in full (a written spec names no file) and read again in each task.
   */
  static SpecSource source(SimulationSpec spec) {
    String text = SimulationFiles.write(spec, Format.JSON);
    long maxBytes = Jobs.maxBytes(text);
    // a written spec names no file: the resolver is never asked
    return () ->
        SimulationFiles.read(
            text,
            Format.JSON,
            ReadLimits.builder().maxBytes(maxBytes).build(),
            SpecFileResolver.within(Path.of("")));
  }
}

package org.okrkit.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;
import org.okrkit.simulation.io.SpecFileResolver;
import org.okrkit.simulation.io.SpecKind;
import org.okrkit.spark.job.JobArguments.UsageException;

/** What every job does alike: its exit codes, its Spark session and how it writes its tables. */
final class Jobs {
  /** The job wrote its output. */
  static final int OK = 0;

  /** The input was invalid, or the job failed. */
  static final int FAILED = 1;

  /** The arguments could not be used; Spark was not started. */
  static final int USAGE = 2;

  /** The output formats every job writes. */
  static final List<String> FORMATS = List.of("parquet", "csv");

  private Jobs() {}

  /** A job, its arguments parsed: runs on {@code spark}, saying what it wrote on {@code out}. */
  @FunctionalInterface
  interface Job {
    void run(SparkSession spark, PrintStream out) throws IOException;
  }

  /** Parses a job's arguments into a {@link Job}, before Spark starts. */
  @FunctionalInterface
  interface Parser {
    Job parse(String[] args);
  }

  /**
   * Runs a job from its command line: prints {@code usage} for {@code --help}, parses the
   * arguments, starts Spark, runs the job, stops Spark; returns the exit code, having printed any
   * error on {@code err}.
   */
  static int main(
      String name, String usage, Parser parser, String[] args, PrintStream out, PrintStream err) {
    if (JobArguments.wantsHelp(args)) {
      out.print(usage);
      return OK;
    }
    Job job;
    try {
      job = parser.parse(args);
    } catch (UsageException e) {
      err.println(name + ": " + e.getMessage());
      err.println();
      err.print(usage);
      return USAGE;
    }
    SparkSession spark = session(name);
    try {
      return run(name, job, spark, out, err);
    } finally {
      spark.stop();
    }
  }

  /** Runs a parsed job on a session the caller owns; returns the exit code. */
  static int run(String name, Job job, SparkSession spark, PrintStream out, PrintStream err) {
    try {
      job.run(spark, out);
      return OK;
    } catch (UsageException e) {
      err.println(name + ": " + e.getMessage());
      return USAGE;
    } catch (PlanFileException e) {
      // every problem with its line and column
      err.println(name + ": " + e.getMessage());
      return FAILED;
    } catch (NoSuchFileException e) {
      err.println(name + ": no such file: " + e.getFile());
      return FAILED;
    } catch (AccessDeniedException e) {
      err.println(name + ": cannot read " + e.getFile() + ": permission denied");
      return FAILED;
    } catch (Exception e) {
      // Spark's AnalysisException is a checked exception Scala code throws undeclared
      err.println(name + ": " + describe(e));
      return FAILED;
    }
  }

  /**
   * The session a job runs on: the master that spark-submit or {@code -Dspark.master} names, or
   * every core of this machine ({@code local[*]}) when none is named, so that a job runs with no
   * cluster at all.
   */
  static SparkSession session(String name) {
    SparkSession.Builder builder = SparkSession.builder().appName("okrkit " + name);
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }

  /**
   * The resolver of the plan and policy files a spec file names: relative names from the spec's own
   * folder, as the command line reads them.
   */
  static SpecFileResolver filesBeside(Path spec) {
    Path absolute = spec.toAbsolutePath();
    Path folder = absolute.getParent();
    return SpecFileResolver.anyPath(folder == null ? absolute : folder);
  }

  /**
   * The most bytes to allow when reading again, on an executor, a spec written out in full: the
   * text may be larger than the file it came from (a plan written in place, JSON).
   */
  static long maxBytes(String text) {
    long bytes = (long) text.getBytes(StandardCharsets.UTF_8).length;
    return Math.max(ReadLimits.DEFAULT_MAX_BYTES, bytes);
  }

  /**
   * Refuses a spec file of another kind than {@code expected}, pointing to the job that runs it.
   */
  static void checkKind(Path spec, SpecKind kind, SpecKind expected, String job) {
    if (kind != expected) {
      String other =
          switch (kind) {
            case COMPARISON -> "; run it with SimulateJob";
            case SWEEP -> "; run it with SweepJob";
            case WORKFORCE -> "";
          };
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s is %s (kind: %s); %s runs %s (kind: %s)%s",
              spec,
              kind.noun(),
              kind.key(),
              job,
              expected.noun(),
              expected == SpecKind.COMPARISON ? "comparison, or no kind" : expected.key(),
              other));
    }
  }

  /**
   * Refuses to start a job whose output folders {@code names} inside {@code output} exist, unless
   * {@code overwrite}: better said before the job runs than after.
   */
  static void checkOutputs(SparkSession spark, String output, List<String> names, boolean overwrite)
      throws IOException {
    if (overwrite) {
      return;
    }
    for (String name : names) {
      org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(folder(output, name));
      FileSystem files = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (files.exists(folder)) {
        throw new UsageException(
            "the output folder "
                + folder(output, name)
                + " exists; give --overwrite to replace it, or another OUTPUT");
      }
    }
  }

  private static String folder(String output, String name) {
    return output.endsWith("/") ? output + name : output + "/" + name;
  }

  /**
   * Writes {@code table} to the folder {@code name} inside {@code output} (a local path or a URI
   * such as {@code hdfs://…} or {@code s3a://…}) in {@code format}, {@code parquet} or {@code csv}
   * (with a header line, arrays as texts: {@link #csvReady}); an existing folder is replaced if
   * {@code overwrite}, else refused.
   */
  static String write(
      Dataset<Row> table, String output, String name, String format, boolean overwrite) {
    String folder = folder(output, name);
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (format.equals("csv")) {
      csvReady(table).write().mode(mode).option("header", "true").csv(folder);
    } else {
      table.write().mode(mode).parquet(folder);
    }
    return folder;
  }

  /**
   * {@code table} with each array column (a finding's {@code ids}) as one text, its elements
   * separated by spaces: CSV holds no arrays.
   */
  static Dataset<Row> csvReady(Dataset<Row> table) {
    Dataset<Row> out = table;
    for (StructField field : table.schema().fields()) {
      if (field.dataType() instanceof ArrayType) {
        out = out.withColumn(field.name(), functions.concat_ws(" ", out.col(field.name())));
      }
    }
    return out;
  }

  /** An exception's message, with the messages of its causes where they add to it. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(message(e));
    for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
      String more = message(cause);
      if (!text.toString().contains(more)) {
        text.append("\n  caused by: ").append(more);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.toString();
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getName() : message;
  }
}

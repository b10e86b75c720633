package org.okrkit.spark.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;

/** Local Spark sessions for the tests, and a job's run with what it printed. */
final class Sessions {
  private Sessions() {}

  /** A local session for one test class: no web UI, few shuffle partitions, bound to loopback. */
  static SparkSession local(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("okr-spark-job tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** A job's exit code and what it printed on its standard output and error. */
  record Run(int code, String out, String err) {}

  /** Parses {@code args} with {@code parser} and runs the job on {@code spark}, as main does. */
  static Run run(
      SparkSession spark, String name, String usage, Jobs.Parser parser, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      if (JobArguments.wantsHelp(args)) {
        code = Jobs.main(name, usage, parser, args, o, e);
      } else {
        Jobs.Job job;
        try {
          job = parser.parse(args);
        } catch (JobArguments.UsageException x) {
          // the same path as main's, which would start Spark after it
          code = Jobs.main(name, usage, parser, args, o, e);
          return new Run(
              code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        code = Jobs.run(name, job, spark, o, e);
      }
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

package org.okrkit.spark;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.TrialBlock;

/**
 * Runs a simulation's trials as the tasks of a Spark job and puts them together on the driver, bit
 * for bit the result of {@link Simulation#run()} in one JVM for the same spec.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * SpecSource source = () -> Studies.bonusPolicies(42);    // makes the spec, on every executor
 * SimulationResult result = SparkSimulation.run(spark, source, 8);
 * System.out.print(result.render());
 * SparkSimulation.metrics(spark, result).show();           // arm, metric, mean, lower, upper, sd, trials
 * }</pre>
 *
 * <p>The driver makes and compiles the spec once, to know its trials, and splits them into {@code
 * tasks} contiguous ranges of nearly equal size. Each task makes the spec again from the {@link
 * SpecSource} and compiles it, unless another task of the job compiled it in the same executor (the
 * few last compiled are kept there), and runs its range of trials on one thread ({@link
 * Simulation#runTrials}) — Spark's tasks are the parallelism, so the spec's own {@code parallelism}
 * is not used. The blocks come back to the driver, which folds them in trial order ({@link
 * Simulation#combine}). Each trial draws from a random stream keyed by the seed and its number, so
 * the result depends on the spec alone: not on the master ({@code local[1]}, {@code local[2]}, a
 * cluster), the number of tasks, the order in which the tasks finish or retries of failed tasks (on
 * one Java version).
 *
 * <p>Stateless and thread-safe; the jobs run on the session's Spark context.
 */
public final class SparkSimulation {
  private static final StructType METRICS =
      new StructType()
          .add("arm", DataTypes.StringType, false)
          .add("metric", DataTypes.StringType, false)
          .add("mean", DataTypes.DoubleType, false)
          .add("lower", DataTypes.DoubleType, false)
          .add("upper", DataTypes.DoubleType, false)
          .add("sd", DataTypes.DoubleType, false)
          .add("trials", DataTypes.IntegerType, false);

  private SparkSimulation() {}

  /**
   * Runs the spec that {@code source} makes as a Spark job of {@code tasks} tasks and returns its
   * result, equal to {@code Simulation.run(source.spec())}.
   *
   * @param tasks how many tasks the trials are split into, from 1 to the spec's trials; a few per
   *     executor core balances the load
   * @throws IllegalArgumentException if {@code tasks} is below 1 or above the spec's trials
   * @throws org.okrkit.scoring.PolicyException if an arm's policy does not fit the spec's plan
   *     (found on the driver, before the job starts)
   * @throws RuntimeException as Spark throws it (a {@code SparkException}, undeclared) if a task
   *     fails: the source fails or makes another spec on an executor, or a host strategy breaks its
   *     contract
   */
  public static SimulationResult run(SparkSession spark, SpecSource source, int tasks) {
    requireNonNull(spark, "spark");
    requireNonNull(source, "source");
    SimulationSpec spec = requireNonNull(source.spec(), "the spec the source made");
    Simulation simulation = Simulation.compile(spec);
    int trials = spec.trials();
    if (tasks < 1 || tasks > trials) {
      throw new IllegalArgumentException(
          "tasks must be from 1 to the spec's "
              + trials
              + " trials (each task runs at least one trial), got "
              + tasks);
    }
    long seed = spec.seed();
    int arms = spec.arms().size();
    String run = UUID.randomUUID().toString();
    List<Integer> numbers = new ArrayList<>(tasks);
    for (int task = 0; task < tasks; task++) {
      numbers.add(task);
    }
    List<TrialBlock> blocks =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(numbers, tasks)
            .map(task -> runTask(source, run, task, tasks, trials, seed, arms))
            .collect();
    return simulation.combine(blocks);
  }

  /**
   * Runs the spec that {@code source} makes as {@link #run} does and returns its estimates as a
   * {@link #metrics(SparkSession, SimulationResult) metrics} Dataset.
   *
   * @throws IllegalArgumentException if {@code tasks} is below 1 or above the spec's trials
   */
  public static Dataset<Row> metrics(SparkSession spark, SpecSource source, int tasks) {
    return metrics(spark, run(spark, source, tasks));
  }

  /**
   * The estimates of {@code result} as a Dataset of one row per arm and metric the arm reports, in
   * the spec's arm order and {@link Metric}'s order, with the columns {@code arm} (the arm's name),
   * {@code metric} (the metric's {@linkplain Metric#key() key}, such as {@code kpis_met}), {@code
   * mean}, {@code lower} and {@code upper} (the confidence interval at the spec's confidence
   * level), {@code sd} (the standard deviation over trials) and {@code trials}; none is null.
   */
  public static Dataset<Row> metrics(SparkSession spark, SimulationResult result) {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    List<Row> rows = new ArrayList<>();
    for (ArmResult arm : result.arms()) {
      for (Metric metric : Metric.values()) {
        Map<Metric, Estimate> metrics = arm.metrics();
        Estimate e = metrics.get(metric);
        if (e != null) {
          rows.add(
              RowFactory.create(
                  arm.name(), metric.key(), e.mean(), e.lower(), e.upper(), e.sd(), e.trials()));
        }
      }
    }
    return spark.createDataFrame(rows, METRICS);
  }

  /** Runs task {@code task} of {@code tasks}, on an executor. */
  private static TrialBlock runTask(
      SpecSource source, String run, int task, int tasks, int trials, long seed, int arms) {
    // contiguous ranges whose sizes differ by at most one trial
    int first = (int) ((long) trials * task / tasks);
    int end = (int) ((long) trials * (task + 1) / tasks);
    return CompiledInExecutor.get(run, () -> compile(source, trials, seed, arms))
        .runTrials(first, end, 1);
  }

  /** Makes the spec on an executor, checks it against the driver's, and compiles it. */
  private static Simulation compile(SpecSource source, int trials, long seed, int arms) {
    SimulationSpec spec = source.spec();
    if (spec.trials() != trials || spec.seed() != seed || spec.arms().size() != arms) {
      throw new IllegalStateException(
          "the spec source made another spec on an executor than on the driver: "
              + spec.trials()
              + " trials, seed "
              + spec.seed()
              + ", "
              + spec.arms().size()
              + " arms; expected "
              + trials
              + " trials, seed "
              + seed
              + ", "
              + arms
              + " arms (does it read a file that differs between machines?)");
    }
    return Simulation.compile(spec);
  }
}

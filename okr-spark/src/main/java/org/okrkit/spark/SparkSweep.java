package org.okrkit.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepCell;
import org.okrkit.simulation.SweepResult;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.TrialBlock;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceBlock;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.simulation.WorkforceSimulation;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.WorkforceSweep;
import org.okrkit.simulation.WorkforceSweepResult;

/**
 * Runs a {@link Sweep}, every cell of its grid, as one Spark job, bit for bit the result of {@link
 * Sweep#run(int)} in one JVM; and a {@link WorkforceSweep} likewise ({@link #runWorkforce}), its
 * companies split as a policy sweep's trials are.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * SweepSource source = () -> Studies.noiseSweep();           // makes the sweep, on every executor
 * Dataset<Row> metrics = SparkSweep.metrics(spark, source, 4);
 * metrics.filter("metric = 'validity'").show();   // setting, seed, the model, arm, metric, mean …
 * }</pre>
 *
 * <p>The driver makes the sweep once and compiles the first cell's spec ({@link
 * Sweep#spec(SweepCell)}; the cells share the plan and the policies), so that a policy that does
 * not fit the plan is refused before the job starts. Each cell's trials are split into {@code
 * tasksPerCell} contiguous ranges of nearly equal size, and every (cell, range) is one task of a
 * single job: cells × {@code tasksPerCell} tasks, which Spark spreads over its executors. A task
 * makes the sweep again from the {@link SweepSource}, compiles its cell's spec, unless another task
 * of the job compiled it in the same executor, and runs its range on one thread ({@link
 * Simulation#runTrials}). The blocks come back to the driver, which folds each cell's blocks in
 * trial order ({@link Simulation#combine}). So each cell's result depends on the cell alone: not on
 * the master, the number of tasks, the order in which they finish or retries (on one Java version).
 *
 * <p>Stateless and thread-safe; the jobs run on the session's Spark context.
 */
public final class SparkSweep {
  private SparkSweep() {}

  /**
   * Runs every cell of the sweep that {@code source} makes as one Spark job of cells × {@code
   * tasksPerCell} tasks and returns the result, equal to {@code source.sweep().run(0)}.
   *
   * @param tasksPerCell how many tasks each cell's trials are split into, from 1 to the spec's
   *     trials; with many cells 1 is often enough, since cells already spread the load, and each
   *     task pays for making and compiling its cell's spec before its trials, so a few large tasks
   *     cost less than many small ones
   * @throws IllegalArgumentException if {@code tasksPerCell} is below 1 or above the spec's trials
   * @throws org.okrkit.scoring.PolicyException if an arm's policy does not fit the spec's plan
   *     (found on the driver, before the job starts)
   * @throws RuntimeException as Spark throws it (a {@code SparkException}, undeclared) if a task
   *     fails: the source fails or makes another sweep on an executor, or a host strategy breaks
   *     its contract
   */
  public static SweepResult run(SparkSession spark, SweepSource source, int tasksPerCell) {
    requireNonNull(spark, "spark");
    requireNonNull(source, "source");
    Sweep sweep = requireNonNull(source.sweep(), "the sweep the source made");
    int trials = sweep.spec().trials();
    checkTasks(tasksPerCell, trials, "spec's", "trials", "trial");
    List<SweepCell> cells = sweep.cells();
    // the cells share the plan and the policies, so the first one finds a policy that does not fit
    Simulation first = Simulation.compile(sweep.spec(cells.get(0)));
    Shape shape =
        new Shape(UUID.randomUUID().toString(), cells.size(), trials, sweep.seeds().get(0));
    List<List<TrialBlock>> byCell =
        blocks(
            spark,
            shape,
            tasksPerCell,
            cell -> compile(source, shape, cell),
            (simulation, from, end) -> simulation.runTrials(from, end, 1));
    Map<SweepCell, SimulationResult> results = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      // one compiled cell at a time, so that the driver holds one cell's arrays, not every cell's
      Simulation simulation = i == 0 ? first : Simulation.compile(sweep.spec(cells.get(i)));
      results.put(cells.get(i), simulation.combine(byCell.get(i)));
    }
    return SweepResult.of(sweep, results);
  }

  /**
   * Runs the sweep that {@code source} makes as {@link #run} does and returns its estimates as a
   * {@link #metrics(SparkSession, SweepResult) metrics} Dataset.
   *
   * @throws IllegalArgumentException if {@code tasksPerCell} is below 1 or above the spec's trials
   */
  public static Dataset<Row> metrics(SparkSession spark, SweepSource source, int tasksPerCell) {
    return metrics(spark, run(spark, source, tasksPerCell));
  }

  /**
   * The estimates of {@code result} as a Dataset of one row per cell, arm and metric the arm
   * reports, in the sweep's cell order, the spec's arm order and {@link Metric}'s order, with the
   * columns
   *
   * <ul>
   *   <li>{@code setting} (the setting's name) and {@code seed}: the cell;
   *   <li>the setting's outcome model: {@code ability_weight}, {@code effort_weight}, {@code
   *       effort_elasticity}, {@code effort_spread}, {@code noise_kind} ({@code normal}, {@code
   *       lognormal} or the name of a host's noise), {@code noise_scale}, {@code noise_shape} (1
   *       unless lognormal), {@code person_correlation}, {@code team_correlation}, {@code
   *       kpi_difficulty}, {@code committed_difficulty}, {@code aspirational_difficulty} and {@code
   *       difficulty_spread}, so that a grid can be filtered and plotted by its values;
   *   <li>{@code arm} (the arm's name) and {@code metric} (the metric's {@linkplain Metric#key()
   *       key}, such as {@code validity});
   *   <li>{@code mean}, {@code lower} and {@code upper} (the confidence interval at the spec's
   *       confidence level), {@code sd} (the standard deviation over trials) and {@code trials}.
   * </ul>
   *
   * None is null.
   */
  public static Dataset<Row> metrics(SparkSession spark, SweepResult result) {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<SweepCell, SimulationResult> entry : result.results().entrySet()) {
      SweepCell cell = entry.getKey();
      for (ArmResult arm : entry.getValue().arms()) {
        for (Metric metric : Metric.values()) {
          Optional<Estimate> e = arm.estimate(metric);
          if (e.isPresent()) {
            rows.add(row(cell.setting(), cell.seed(), arm.name(), metric, e.get()));
          }
        }
      }
    }
    return spark.createDataFrame(rows, schema(true));
  }

  /**
   * The estimates of {@code result} pooled across seeds ({@link SweepResult#pooled}) as a Dataset
   * of one row per setting, arm and metric the arm reports, in the sweep's setting order, the
   * spec's arm order and {@link Metric}'s order, with the columns of {@link #metrics(SparkSession,
   * SweepResult) metrics} but {@code seed}; {@code trials} counts the trials of every seed.
   */
  public static Dataset<Row> pooled(SparkSession spark, SweepResult result) {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    List<Row> rows = new ArrayList<>();
    for (SweepSetting setting : result.sweep().settings()) {
      for (Arm arm : result.sweep().spec().arms()) {
        for (Metric metric : Metric.values()) {
          Optional<Estimate> e = result.pooled(setting.name(), arm.name(), metric);
          if (e.isPresent()) {
            rows.add(row(setting, null, arm.name(), metric, e.get()));
          }
        }
      }
    }
    return spark.createDataFrame(rows, schema(false));
  }

  private static StructType schema(boolean withSeed) {
    return estimateColumns(cellColumns(withSeed).add("arm", DataTypes.StringType, false), "trials");
  }

  /**
   * The columns of a row's cell or setting: {@code setting}, {@code seed} if {@code withSeed}, and
   * the setting's outcome model.
   */
  private static StructType cellColumns(boolean withSeed) {
    StructType t = new StructType().add("setting", DataTypes.StringType, false);
    if (withSeed) {
      t = t.add("seed", DataTypes.LongType, false);
    }
    for (String name : MODEL_COLUMNS) {
      t =
          t.add(
              name, name.equals("noise_kind") ? DataTypes.StringType : DataTypes.DoubleType, false);
    }
    return t;
  }

  /** {@code t} with the columns of a metric's estimate, the last counting its {@code count}. */
  private static StructType estimateColumns(StructType t, String count) {
    return t.add("metric", DataTypes.StringType, false)
        .add("mean", DataTypes.DoubleType, false)
        .add("lower", DataTypes.DoubleType, false)
        .add("upper", DataTypes.DoubleType, false)
        .add("sd", DataTypes.DoubleType, false)
        .add(count, DataTypes.IntegerType, false);
  }

  private static final List<String> MODEL_COLUMNS =
      List.of(
          "ability_weight",
          "effort_weight",
          "effort_elasticity",
          "effort_spread",
          "noise_kind",
          "noise_scale",
          "noise_shape",
          "person_correlation",
          "team_correlation",
          "kpi_difficulty",
          "committed_difficulty",
          "aspirational_difficulty",
          "difficulty_spread");

  private static Row row(
      SweepSetting setting, @Nullable Long seed, String arm, Metric metric, Estimate e) {
    List<Object> values = cellValues(setting, seed);
    values.add(arm);
    return estimateRow(values, metric.key(), e);
  }

  /**
   * The values of {@link #cellColumns}: the setting's name, the seed if any, the model's values.
   */
  private static List<Object> cellValues(SweepSetting setting, @Nullable Long seed) {
    List<Object> values = new ArrayList<>();
    values.add(setting.name());
    if (seed != null) {
      values.add(seed);
    }
    OutcomeModel m = setting.model();
    Noise noise = m.noise();
    values.add(m.abilityWeight());
    values.add(m.effortWeight());
    values.add(m.effortElasticity());
    values.add(m.effortSpread());
    values.add(
        noise.kind() == Noise.Kind.HOST
            ? noise.name()
            : noise.kind().name().toLowerCase(Locale.ROOT));
    values.add(noise.scale());
    values.add(noise.kind() == Noise.Kind.LOGNORMAL ? noise.shape() : 1.0);
    values.add(m.personCorrelation());
    values.add(m.teamCorrelation());
    values.add(m.kpiDifficulty());
    values.add(m.committedDifficulty());
    values.add(m.aspirationalDifficulty());
    values.add(m.difficultySpread());
    return values;
  }

  /** A row of {@code values} followed by the values of {@link #estimateColumns}. */
  private static Row estimateRow(List<Object> values, String metric, Estimate e) {
    values.add(metric);
    values.add(e.mean());
    values.add(e.lower());
    values.add(e.upper());
    values.add(e.sd());
    values.add(e.trials());
    return RowFactory.create(values.toArray());
  }

  /**
   * Runs every cell of the workforce sweep that {@code source} makes as one Spark job of cells ×
   * {@code tasksPerCell} tasks and returns the result, equal to {@code source.sweep().run(0)}: as
   * {@link #run(SparkSession, SweepSource, int)} runs a policy sweep, each task running a range of
   * its cell's companies ({@link WorkforceSimulation#runTrials}), each cell's blocks folded in
   * company order ({@link WorkforceSimulation#combine}).
   *
   * @param tasksPerCell how many tasks each cell's companies are split into, from 1 to the study's
   *     replications
   * @throws IllegalArgumentException if {@code tasksPerCell} is below 1 or above the study's
   *     replications
   * @throws org.okrkit.scoring.PolicyException if an arm's policy does not fit the study's plan
   *     (found on the driver, before the job starts)
   * @throws RuntimeException as Spark throws it (a {@code SparkException}, undeclared) if a task
   *     fails: the source fails or makes another sweep on an executor, or a host strategy breaks
   *     its contract
   */
  public static WorkforceSweepResult runWorkforce(
      SparkSession spark, WorkforceSweepSource source, int tasksPerCell) {
    requireNonNull(spark, "spark");
    requireNonNull(source, "source");
    WorkforceSweep sweep = requireNonNull(source.sweep(), "the sweep the source made");
    int companies = sweep.spec().replications();
    checkTasks(tasksPerCell, companies, "study's", "replications", "company");
    List<SweepCell> cells = sweep.cells();
    // a setting's arms may name policies of their own: every setting's first cell is compiled
    List<WorkforceSimulation> firsts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i += sweep.seeds().size()) {
      firsts.add(WorkforceSimulation.compile(sweep.spec(cells.get(i))));
    }
    Shape shape =
        new Shape(UUID.randomUUID().toString(), cells.size(), companies, sweep.seeds().get(0));
    List<List<WorkforceBlock>> byCell =
        blocks(
            spark,
            shape,
            tasksPerCell,
            cell -> compile(source, shape, cell),
            (simulation, from, end) -> simulation.runTrials(from, end, 1));
    Map<SweepCell, WorkforceResult> results = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      WorkforceSimulation simulation =
          i % sweep.seeds().size() == 0
              ? firsts.get(i / sweep.seeds().size())
              : WorkforceSimulation.compile(sweep.spec(cells.get(i)));
      results.put(cells.get(i), simulation.combine(byCell.get(i)));
    }
    return WorkforceSweepResult.of(sweep, results);
  }

  /**
   * Runs the workforce sweep that {@code source} makes as {@link #runWorkforce} does and returns
   * its estimates as a {@link #workforceMetrics(SparkSession, WorkforceSweepResult)} Dataset.
   *
   * @throws IllegalArgumentException if {@code tasksPerCell} is below 1 or above the study's
   *     replications
   */
  public static Dataset<Row> workforceMetrics(
      SparkSession spark, WorkforceSweepSource source, int tasksPerCell) {
    return workforceMetrics(spark, runWorkforce(spark, source, tasksPerCell));
  }

  /**
   * The estimates of a workforce sweep's {@code result} as a Dataset of one row per cell, arm,
   * period and metric measured in that period, in the sweep's cell order, the cell's arm order,
   * period order and {@link WorkforceMetric}'s order, with the columns
   *
   * <ul>
   *   <li>{@code setting} and {@code seed}: the cell;
   *   <li>the setting's outcome model, in the columns of {@link #metrics(SparkSession, SweepResult)
   *       metrics} ({@code ability_weight} … {@code difficulty_spread});
   *   <li>{@code arm} (the arm's name) and {@code arm_rule} (how it rates and acts, as {@link
   *       org.okrkit.simulation.WorkforceArm#describe()} says: {@code rated plain(validity=0.5);
   *       dismissal lowestShare(0.1); …}), since a setting may run arms of its own;
   *   <li>{@code period} (0 for the initial workforce) and {@code metric} (the metric's {@linkplain
   *       WorkforceMetric#key() key}, such as {@code gain});
   *   <li>{@code mean}, {@code lower} and {@code upper} (the confidence interval at the study's
   *       confidence level), {@code sd} (the standard deviation over companies) and {@code
   *       replications} (the companies).
   * </ul>
   *
   * None is null.
   */
  public static Dataset<Row> workforceMetrics(SparkSession spark, WorkforceSweepResult result) {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<SweepCell, WorkforceResult> entry : result.results().entrySet()) {
      SweepCell cell = entry.getKey();
      for (WorkforceArmResult arm : entry.getValue().arms()) {
        for (PeriodResult period : arm.periods()) {
          for (WorkforceMetric metric : WorkforceMetric.values()) {
            Optional<Estimate> e = period.estimate(metric);
            if (e.isPresent()) {
              rows.add(
                  workforceRow(
                      cell.setting(), cell.seed(), arm.arm(), period.period(), metric, e.get()));
            }
          }
        }
      }
    }
    return spark.createDataFrame(rows, workforceSchema(true));
  }

  /**
   * The estimates of a workforce sweep's {@code result} pooled across seeds ({@link
   * WorkforceSweepResult#pooled}) as a Dataset of one row per setting, arm, period and metric
   * measured in that period, in the sweep's setting order, the setting's arm order, period order
   * and {@link WorkforceMetric}'s order, with the columns of {@link #workforceMetrics(SparkSession,
   * WorkforceSweepResult) workforceMetrics} but {@code seed}; {@code replications} counts the
   * companies of every seed.
   */
  public static Dataset<Row> workforcePooled(SparkSession spark, WorkforceSweepResult result) {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    WorkforceSweep sweep = result.sweep();
    List<Row> rows = new ArrayList<>();
    for (SweepSetting setting : sweep.settings()) {
      WorkforceSpec spec = sweep.spec(SweepCell.of(setting, sweep.seeds().get(0)));
      for (WorkforceArm arm : spec.arms()) {
        for (int period = 0; period <= spec.periods(); period++) {
          for (WorkforceMetric metric : WorkforceMetric.values()) {
            Optional<Estimate> e = result.pooled(setting.name(), arm.name(), period, metric);
            if (e.isPresent()) {
              rows.add(workforceRow(setting, null, arm, period, metric, e.get()));
            }
          }
        }
      }
    }
    return spark.createDataFrame(rows, workforceSchema(false));
  }

  private static StructType workforceSchema(boolean withSeed) {
    return estimateColumns(
        cellColumns(withSeed)
            .add("arm", DataTypes.StringType, false)
            .add("arm_rule", DataTypes.StringType, false)
            .add("period", DataTypes.IntegerType, false),
        "replications");
  }

  private static Row workforceRow(
      SweepSetting setting,
      @Nullable Long seed,
      WorkforceArm arm,
      int period,
      WorkforceMetric metric,
      Estimate e) {
    List<Object> values = cellValues(setting, seed);
    values.add(arm.name());
    values.add(arm.describe());
    values.add(period);
    return estimateRow(values, metric.key(), e);
  }

  /**
   * The run's id, and what every task checks its own sweep against: the driver's number of cells,
   * trials (a workforce study's companies) and first seed.
   */
  private record Shape(String run, int cells, int trials, long firstSeed) implements Serializable {}

  /** A block of trials of one cell, as a task returns it. */
  private record CellBlock<B>(int cell, B block) implements Serializable {}

  /** Trials {@code first} to {@code end - 1} of cell {@code cell}. */
  private record Task(int cell, int first, int end) implements Serializable {}

  /** What a task compiles: cell {@code cell} of the sweep its source makes. */
  @FunctionalInterface
  private interface CellCompiler<S> extends Serializable {
    S compile(int cell);
  }

  /** What a task runs: trials {@code first} to {@code end - 1} of its compiled cell, as a block. */
  @FunctionalInterface
  private interface RangeRun<S, B> extends Serializable {
    B run(S compiled, int first, int end);
  }

  /**
   * Checks that {@code tasksPerCell} is from 1 to a cell's {@code trials}, which the message calls
   * the {@code whose} {@code trials} {@code unit}, each task running at least one {@code one}.
   */
  private static void checkTasks(
      int tasksPerCell, int trials, String whose, String unit, String one) {
    if (tasksPerCell < 1 || tasksPerCell > trials) {
      throw new IllegalArgumentException(
          "tasksPerCell must be from 1 to the "
              + whose
              + " "
              + trials
              + " "
              + unit
              + " (each task runs at least one "
              + one
              + "), got "
              + tasksPerCell);
    }
  }

  /**
   * Runs every cell's trials as one job of cells × {@code tasksPerCell} tasks and returns each
   * cell's blocks, by cell. A task compiles its cell with {@code compile}, unless another task of
   * the job compiled it in the same executor, and runs its range with {@code run}.
   */
  private static <S, B> List<List<B>> blocks(
      SparkSession spark,
      Shape shape,
      int tasksPerCell,
      CellCompiler<S> compile,
      RangeRun<S, B> run) {
    List<Task> tasks = new ArrayList<>(shape.cells() * tasksPerCell);
    for (int cell = 0; cell < shape.cells(); cell++) {
      for (int part = 0; part < tasksPerCell; part++) {
        // contiguous ranges whose sizes differ by at most one trial
        tasks.add(
            new Task(
                cell,
                (int) ((long) shape.trials() * part / tasksPerCell),
                (int) ((long) shape.trials() * (part + 1) / tasksPerCell)));
      }
    }
    List<CellBlock<B>> blocks =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(tasks, tasks.size())
            .map(
                task ->
                    new CellBlock<>(
                        task.cell(),
                        run.run(
                            CompiledInExecutor.get(
                                shape.run() + ":" + task.cell(),
                                () -> compile.compile(task.cell())),
                            task.first(),
                            task.end())))
            .collect();
    List<List<B>> byCell = new ArrayList<>(shape.cells());
    for (int i = 0; i < shape.cells(); i++) {
      byCell.add(new ArrayList<>(tasksPerCell));
    }
    for (CellBlock<B> b : blocks) {
      byCell.get(b.cell()).add(b.block());
    }
    return byCell;
  }

  /** Cell {@code cell} of the sweep the source makes in this task, compiled. */
  private static Simulation compile(SweepSource source, Shape shape, int cell) {
    Sweep sweep = source.sweep();
    check(
        shape,
        new Shape(shape.run(), sweep.cells().size(), sweep.spec().trials(), sweep.seeds().get(0)),
        "trials");
    return Simulation.compile(sweep.spec(sweep.cells().get(cell)));
  }

  /** Cell {@code cell} of the workforce sweep the source makes in this task, compiled. */
  private static WorkforceSimulation compile(WorkforceSweepSource source, Shape shape, int cell) {
    WorkforceSweep sweep = source.sweep();
    check(
        shape,
        new Shape(
            shape.run(), sweep.cells().size(), sweep.spec().replications(), sweep.seeds().get(0)),
        "companies");
    return WorkforceSimulation.compile(sweep.spec(sweep.cells().get(cell)));
  }

  private static void check(Shape shape, Shape made, String trials) {
    if (!made.equals(shape)) {
      throw new IllegalStateException(
          "the sweep source made another sweep on an executor than on the driver: "
              + made.cells()
              + " cells, "
              + made.trials()
              + " "
              + trials
              + ", first seed "
              + made.firstSeed()
              + "; expected "
              + shape.cells()
              + " cells, "
              + shape.trials()
              + " "
              + trials
              + ", first seed "
              + shape.firstSeed()
              + " (does it read a file that differs between machines?)");
    }
  }
}

package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.SweepCell;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceSimulation;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.WorkforceSweep;
import org.okrkit.simulation.WorkforceSweepResult;

/**
 * A workforce sweep run as one Spark job on two local cores is bit for bit the sweep in one JVM,
 * cell by cell, however many tasks each cell's companies are split into; its Datasets hold every
 * estimate with the cell's setting, seed, arm and period; bad input is refused.
 */
class SparkWorkforceSweepTest {
  static WorkforceSpec study() {
    return WorkforceSpec.builder()
        .population(GeneratedPopulation.builder().teams(2).peoplePerTeam(5).build())
        .addArms(
            WorkforceArm.builder()
                .name("plain")
                .rating(WorkforceRating.plain(0.5))
                .dismissal(Dismissal.lowestShare(0.1))
                .turnover(Turnover.of(0.1))
                .build(),
            WorkforceArm.builder()
                .name("graded")
                .rating(
                    WorkforceRating.policy(
                        ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build()))
                .dismissal(Dismissal.lowestShare(0.1))
                .selection(Selection.of(0.4, 0.5))
                .build())
        .periods(3)
        .replications(9)
        .build();
  }

  static WorkforceSweep sweep(long firstSeed) {
    WorkforceSpec study = study();
    return WorkforceSweep.builder()
        .spec(study)
        .addSettings(
            SweepSetting.of("base", study.model()),
            SweepSetting.of("loud", study.model().withNoise(Noise.lognormal(0.5, 1.2))),
            SweepSetting.of(
                "harsh",
                study.model(),
                List.of(
                    WorkforceArm.builder()
                        .name("harsh")
                        .rating(WorkforceRating.plain(0.3))
                        .dismissal(Dismissal.lowestShare(0.3))
                        .build())))
        .addSeeds(firstSeed, 4)
        .build();
  }

  private static final WorkforceSweepSource SOURCE = () -> sweep(3);
  private static final WorkforceSweepResult IN_ONE_JVM = SOURCE.sweep().run(1);

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = Studies.session("local[2]");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 9})
  void aWorkforceSweepOnTwoCoresIsTheSweepInOneJvmCellByCell(int tasksPerCell) {
    WorkforceSweepResult onSpark = SparkSweep.runWorkforce(spark, SOURCE, tasksPerCell);
    assertEquals(IN_ONE_JVM, onSpark);
    for (SweepCell cell : IN_ONE_JVM.sweep().cells()) {
      assertEquals(
          WorkforceSimulation.run(IN_ONE_JVM.sweep().spec(cell)),
          onSpark.results().get(cell),
          cell::toString);
    }
  }

  @Test
  void theMetricsDatasetHoldsEveryEstimateWithItsCellArmAndPeriod() {
    Dataset<Row> metrics = SparkSweep.workforceMetrics(spark, SOURCE, 2);
    List<String> columns = List.of(metrics.columns());
    assertEquals(
        List.of("setting", "seed", "ability_weight"), columns.subList(0, 3), columns::toString);
    assertEquals(
        List.of(
            "difficulty_spread",
            "arm",
            "arm_rule",
            "period",
            "metric",
            "mean",
            "lower",
            "upper",
            "sd",
            "replications"),
        columns.subList(14, 24));
    List<Row> rows = metrics.collectAsList();
    int i = 0;
    for (SweepCell cell : IN_ONE_JVM.sweep().cells()) {
      for (WorkforceArmResult arm : IN_ONE_JVM.results().get(cell).arms()) {
        for (PeriodResult period : arm.periods()) {
          for (WorkforceMetric metric : WorkforceMetric.values()) {
            if (period.estimate(metric).isPresent()) {
              Estimate e = period.estimate(metric).orElseThrow();
              Row row = rows.get(i++);
              assertEquals(cell.setting().name(), row.getString(0));
              assertEquals(cell.seed(), row.getLong(1));
              assertEquals(cell.setting().model().noise().scale(), row.getDouble(7));
              assertEquals(arm.name(), row.getString(15));
              assertEquals(arm.arm().describe(), row.getString(16));
              assertEquals(period.period(), row.getInt(17));
              assertEquals(metric.key(), row.getString(18));
              assertEquals(
                  List.of(e.mean(), e.lower(), e.upper(), e.sd()),
                  List.of(
                      row.getDouble(19), row.getDouble(20), row.getDouble(21), row.getDouble(22)));
              assertEquals(9, row.getInt(23));
            }
          }
        }
      }
    }
    assertEquals(rows.size(), i);
    // base and loud: 2 seeds × 2 arms; harsh: 2 seeds × 1 arm; 5 metrics in period 0, 7 after
    assertEquals((2 * 2 * 2 + 2) * (5 + 3 * 7), rows.size());
  }

  @Test
  void thePooledDatasetHoldsEachSettingsEstimateAcrossSeeds() {
    List<Row> rows = SparkSweep.workforcePooled(spark, IN_ONE_JVM).collectAsList();
    List<String> seen = new ArrayList<>();
    for (Row row : rows) {
      Estimate e =
          IN_ONE_JVM
              .pooled(
                  row.getString(0), row.getString(14), row.getInt(16), metricOf(row.getString(17)))
              .orElseThrow();
      assertEquals(e.mean(), row.getDouble(18));
      assertEquals(e.lower(), row.getDouble(19));
      assertEquals(e.upper(), row.getDouble(20));
      assertEquals(18, row.getInt(22));
      seen.add(row.getString(0) + "/" + row.getString(14));
    }
    assertEquals(
        List.of("base/plain", "base/graded", "loud/plain", "loud/graded", "harsh/harsh"),
        seen.stream().distinct().toList());
    assertEquals((2 * 2 + 1) * (5 + 3 * 7), rows.size());
  }

  private static WorkforceMetric metricOf(String key) {
    for (WorkforceMetric m : WorkforceMetric.values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw new AssertionError(key);
  }

  @Test
  void tasksPerCellOutsideOneToTheCompaniesAreRefused() {
    assertEquals(
        "tasksPerCell must be from 1 to the study's 9 replications (each task runs at least one"
            + " company), got 10",
        assertThrows(
                IllegalArgumentException.class, () -> SparkSweep.runWorkforce(spark, SOURCE, 10))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> SparkSweep.runWorkforce(spark, SOURCE, 0));
  }

  @Test
  void aSourceThatMakesAnotherSweepOnTheExecutorsFailsTheJob() {
    WorkforceSweepSource drifting = () -> sweep(TaskContext.get() == null ? 3 : 5);
    SparkException e =
        assertThrows(SparkException.class, () -> SparkSweep.runWorkforce(spark, drifting, 1));
    assertTrue(
        e.getMessage()
            .contains(
                "the sweep source made another sweep on an executor than on the driver: 6 cells,"
                    + " 9 companies, first seed 5; expected 6 cells, 9 companies, first seed 3"),
        e::getMessage);
  }
}

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
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepCell;
import org.okrkit.simulation.SweepResult;
import org.okrkit.simulation.SweepSetting;

/**
 * A sweep run as one Spark job on two local cores is bit for bit the sweep in one JVM, cell by
 * cell, however many tasks each cell is split into; its Datasets hold every estimate with the
 * cell's setting and seed; bad input is refused.
 */
class SparkSweepTest {
  static Sweep sweep(long firstSeed) {
    var spec = Studies.study(1, 12);
    return Sweep.builder()
        .spec(spec)
        .addSettings(
            SweepSetting.of("calm", spec.model().withNoise(Noise.normal(0.1))),
            SweepSetting.of("loud", spec.model().withNoise(Noise.lognormal(0.5, 1.2))),
            SweepSetting.of("able", spec.model().withAbilityWeight(0.5)))
        .addSeeds(firstSeed, 4)
        .build();
  }

  private static final SweepSource SOURCE = () -> sweep(3);
  private static final SweepResult IN_ONE_JVM = SOURCE.sweep().run(1);

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
  @ValueSource(ints = {1, 5, 12})
  void aSweepOnTwoCoresIsTheSweepInOneJvmCellByCell(int tasksPerCell) {
    SweepResult onSpark = SparkSweep.run(spark, SOURCE, tasksPerCell);
    assertEquals(IN_ONE_JVM, onSpark);
    for (SweepCell cell : IN_ONE_JVM.sweep().cells()) {
      assertEquals(
          Simulation.run(IN_ONE_JVM.sweep().spec(cell)),
          onSpark.results().get(cell),
          cell::toString);
    }
  }

  @Test
  void theMetricsDatasetHoldsEveryEstimateWithItsCell() {
    Dataset<Row> metrics = SparkSweep.metrics(spark, SOURCE, 2);
    assertEquals(
        List.of(
            "setting",
            "seed",
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
            "difficulty_spread",
            "arm",
            "metric",
            "mean",
            "lower",
            "upper",
            "sd",
            "trials"),
        List.of(metrics.columns()));
    List<Row> rows = metrics.collectAsList();
    int i = 0;
    for (SweepCell cell : IN_ONE_JVM.sweep().cells()) {
      for (ArmResult arm : IN_ONE_JVM.results().get(cell).arms()) {
        for (Metric metric : Metric.values()) {
          if (arm.estimate(metric).isPresent()) {
            Estimate e = arm.estimate(metric).orElseThrow();
            Row row = rows.get(i++);
            assertEquals(cell.setting().name(), row.getString(0));
            assertEquals(cell.seed(), row.getLong(1));
            assertEquals(cell.setting().model().abilityWeight(), row.getDouble(2));
            assertEquals(
                cell.setting().name().equals("calm") ? "normal" : "lognormal", row.getString(6));
            assertEquals(cell.setting().model().noise().scale(), row.getDouble(7));
            assertEquals(
                cell.setting().name().equals("calm")
                    ? 1.0
                    : cell.setting().name().equals("loud") ? 1.2 : 0.8,
                row.getDouble(8));
            assertEquals(arm.name(), row.getString(15));
            assertEquals(metric.key(), row.getString(16));
            assertEquals(
                List.of(e.mean(), e.lower(), e.upper(), e.sd()),
                List.of(
                    row.getDouble(17), row.getDouble(18), row.getDouble(19), row.getDouble(20)));
            assertEquals(e.trials(), row.getInt(21));
          }
        }
      }
    }
    assertEquals(rows.size(), i);
    assertTrue(i > 6 * 3 * 5, () -> "rows " + rows.size());
  }

  @Test
  void thePooledDatasetHoldsEachSettingsEstimateAcrossSeeds() {
    List<Row> rows = SparkSweep.pooled(spark, IN_ONE_JVM).collectAsList();
    List<String> seen = new ArrayList<>();
    for (Row row : rows) {
      Estimate e =
          IN_ONE_JVM
              .pooled(row.getString(0), row.getString(14), metricOf(row.getString(15)))
              .orElseThrow();
      assertEquals(e.mean(), row.getDouble(16));
      assertEquals(e.upper(), row.getDouble(18));
      assertEquals(24, row.getInt(20));
      seen.add(row.getString(0));
    }
    assertEquals(List.of("calm", "loud", "able"), seen.stream().distinct().toList());
  }

  private static Metric metricOf(String key) {
    for (Metric m : Metric.values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw new AssertionError(key);
  }

  @Test
  void tasksPerCellOutsideOneToTheTrialsAreRefused() {
    assertEquals(
        "tasksPerCell must be from 1 to the spec's 12 trials (each task runs at least one trial),"
            + " got 13",
        assertThrows(IllegalArgumentException.class, () -> SparkSweep.run(spark, SOURCE, 13))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> SparkSweep.run(spark, SOURCE, 0));
  }

  @Test
  void aSourceThatMakesAnotherSweepOnTheExecutorsFailsTheJob() {
    SweepSource drifting = () -> sweep(TaskContext.get() == null ? 3 : 5);
    SparkException e = assertThrows(SparkException.class, () -> SparkSweep.run(spark, drifting, 1));
    assertTrue(
        e.getMessage()
            .contains(
                "the sweep source made another sweep on an executor than on the driver: 6 cells,"
                    + " 12 trials, first seed 5; expected 6 cells, 12 trials, first seed 3"),
        e::getMessage);
  }
}

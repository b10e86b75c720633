package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;

/**
 * A simulation run as a Spark job on two local cores is bit for bit the run in one JVM, however
 * many tasks it is split into; its metrics Dataset holds the result's estimates; bad input is
 * refused.
 */
class SparkSimulationTest {
  private static final SpecSource SOURCE = () -> Studies.study(7, 40);
  private static final SimulationResult IN_ONE_JVM = Simulation.run(SOURCE.spec());

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
  @ValueSource(ints = {1, 3, 7, 40})
  void aRunOnTwoCoresIsTheRunInOneJvm(int tasks) {
    assertEquals(IN_ONE_JVM, SparkSimulation.run(spark, SOURCE, tasks));
  }

  @Test
  void anotherSeedGivesAnotherResult() {
    SimulationResult other = SparkSimulation.run(spark, () -> Studies.study(8, 40), 3);
    assertEquals(Simulation.run(Studies.study(8, 40)), other);
    assertNotEquals(IN_ONE_JVM, other);
  }

  @Test
  void theMetricsDatasetHoldsEveryEstimateOfTheResult() {
    Dataset<Row> metrics = SparkSimulation.metrics(spark, SOURCE, 3);
    assertEquals(
        List.of("arm", "metric", "mean", "lower", "upper", "sd", "trials"),
        List.of(metrics.columns()));
    List<Row> expected = new ArrayList<>();
    for (ArmResult arm : IN_ONE_JVM.arms()) {
      for (Metric metric : Metric.values()) {
        if (arm.estimate(metric).isPresent()) {
          Estimate e = arm.estimate(metric).orElseThrow();
          expected.add(
              Row.fromSeq(
                  scala.jdk.javaapi.CollectionConverters.asScala(
                          List.<Object>of(
                              arm.name(),
                              metric.key(),
                              e.mean(),
                              e.lower(),
                              e.upper(),
                              e.sd(),
                              e.trials()))
                      .toSeq()));
        }
      }
    }
    assertTrue(expected.size() > 3 * 5, () -> "estimates " + expected.size());
    assertEquals(expected, metrics.collectAsList());
  }

  @Test
  void tasksOutsideOneToTheTrialsAreRefused() {
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> SparkSimulation.run(spark, SOURCE, 0));
    assertEquals(
        "tasks must be from 1 to the spec's 40 trials (each task runs at least one trial), got 0",
        none.getMessage());
    IllegalArgumentException tooMany =
        assertThrows(IllegalArgumentException.class, () -> SparkSimulation.run(spark, SOURCE, 41));
    assertEquals(
        "tasks must be from 1 to the spec's 40 trials (each task runs at least one trial), got 41",
        tooMany.getMessage());
  }

  @Test
  void aSourceThatMakesAnotherSpecOnTheExecutorsFailsTheJob() {
    SpecSource drifting = () -> Studies.study(TaskContext.get() == null ? 7 : 8, 40);
    SparkException e =
        assertThrows(SparkException.class, () -> SparkSimulation.run(spark, drifting, 2));
    assertTrue(
        e.getMessage()
            .contains(
                "the spec source made another spec on an executor than on the driver: 40 trials,"
                    + " seed 8, 3 arms; expected 40 trials, seed 7, 3 arms"),
        e::getMessage);
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> SparkSimulation.run(spark, null, 1));
    assertThrows(NullPointerException.class, () -> SparkSimulation.run(spark, () -> null, 1));
  }
}

package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.simulation.Simulation;

/** A simulation run as a Spark job on one local core is bit for bit the run in one JVM. */
class SparkSimulationOneCoreTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = Studies.session("local[1]");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void aRunOnOneCoreIsTheRunInOneJvm(int tasks) {
    assertEquals(
        Simulation.run(Studies.study(11, 30)),
        SparkSimulation.run(spark, () -> Studies.study(11, 30), tasks));
  }
}

package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.SparkSession;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;

/** However the trials are split into tasks, the Spark job gives the run in one JVM. */
class SparkSimulationProperties {
  private static final SpecSource SOURCE = () -> Studies.study(3, 25);
  private static final SimulationResult IN_ONE_JVM = Simulation.run(SOURCE.spec());

  private static SparkSession spark;

  @BeforeContainer
  static void startSpark() {
    spark = Studies.session("local[2]");
  }

  @AfterContainer
  static void stopSpark() {
    spark.stop();
  }

  @Property(tries = 8)
  void anyNumberOfTasksGivesTheRunInOneJvm(@ForAll @IntRange(min = 1, max = 25) int tasks) {
    assertEquals(IN_ONE_JVM, SparkSimulation.run(spark, SOURCE, tasks));
  }
}

/**
 * okrkit on Apache Spark: a simulation's trials run as the tasks of a Spark job and are put
 * together in trial order on the driver ({@link org.okrkit.spark.SparkSimulation}), so that a seed
 * gives bit for bit the result of {@link org.okrkit.simulation.Simulation#run()} in one JVM,
 * whatever the cluster and the number of tasks. The spec travels as a {@link
 * org.okrkit.spark.SpecSource}, a recipe that makes it again in each task. A {@link
 * org.okrkit.simulation.Sweep} (a spec over a grid of outcome-model settings × seeds) runs as one
 * job of every cell's trials ({@link org.okrkit.spark.SparkSweep}), its recipe a {@link
 * org.okrkit.spark.SweepSource}, each cell bit for bit the sweep in one JVM.
 *
 * <p>Spark is a {@code provided} dependency: the host's cluster or application brings it (Spark 4.x
 * for Scala 2.13, on Java 17 or later).
 */
@NullMarked
@CheckReturnValue
package org.okrkit.spark;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

package org.okrkit.spark;

import java.io.Serializable;
import org.okrkit.simulation.Sweep;

/**
 * A recipe for a {@link Sweep} that Spark ships to its executors, where the sweep is made again: a
 * sweep holds a spec with policies and host code and is not serializable, a recipe is.
 *
 * <pre>{@code
 * SweepSource source = () -> Studies.noiseSweep();   // the host's code, on every executor
 * }</pre>
 *
 * <p>A recipe builds the sweep from code on the job's class path, or reads it from a file that
 * every executor sees (a job that reads sweep files does so through okr-simulation-io, outside
 * okr-spark).
 *
 * <p>Every call must make the same sweep, on the driver and on every executor; a recipe that reads
 * a file needs the same file everywhere. Whatever the recipe captures must be serializable. {@link
 * SparkSweep} checks that each task's sweep has the driver's cells and trials, and fails the job if
 * not.
 */
@FunctionalInterface
public interface SweepSource extends Serializable {
  /**
   * Makes the sweep; called once on the driver and once in each task.
   *
   * @throws RuntimeException if the sweep cannot be made (a file that is missing, say): the job
   *     fails with it
   */
  Sweep sweep();
}

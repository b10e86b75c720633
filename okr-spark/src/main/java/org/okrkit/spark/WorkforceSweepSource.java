package org.okrkit.spark;

import java.io.Serializable;
import org.okrkit.simulation.WorkforceSweep;

/**
 * A recipe for a {@link WorkforceSweep} that Spark ships to its executors, where the sweep is made
 * again, as a {@link SweepSource} makes a policy sweep: a sweep holds a study with policies and
 * host code and is not serializable, a recipe is.
 *
 * <pre>{@code
 * WorkforceSweepSource source = () -> Studies.dismissalSweep();   // the host's code, on every executor
 * }</pre>
 *
 * <p>Every call must make the same sweep, on the driver and on every executor; a recipe that reads
 * a file needs the same file everywhere. Whatever the recipe captures must be serializable. {@link
 * SparkSweep#runWorkforce} checks that each task's sweep has the driver's cells, companies and
 * first seed, and fails the job if not.
 */
@FunctionalInterface
public interface WorkforceSweepSource extends Serializable {
  /**
   * Makes the sweep; called once on the driver and once in each task.
   *
   * @throws RuntimeException if the sweep cannot be made (a file that is missing, say): the job
   *     fails with it
   */
  WorkforceSweep sweep();
}

package org.okrkit.spark;

import java.io.Serializable;
import org.okrkit.simulation.SimulationSpec;

/**
 * A recipe for a {@link SimulationSpec} that Spark ships to its executors, where the spec is made
 * again: a spec holds policies and host code and is not serializable, a recipe is.
 *
 * <pre>{@code
 * SpecSource source = () -> Studies.bonusPolicies(42);   // the host's code, on every executor
 * }</pre>
 *
 * <p>A recipe builds the spec from code on the job's class path, or reads it from a file that every
 * executor sees.
 *
 * <p>Every call must make the same spec (the same population, model, rules, arms, trials and seed),
 * on the driver and on every executor; a recipe that reads a file needs the same file everywhere.
 * Whatever the recipe captures must be serializable. {@link SparkSimulation} checks that the
 * executors' specs have the driver's trials and seed and arms, and fails the job if not.
 */
@FunctionalInterface
public interface SpecSource extends Serializable {
  /**
   * Makes the spec; called once on the driver and once in each task.
   *
   * @throws RuntimeException if the spec cannot be made (a file that is missing, say): the job
   *     fails with it
   */
  SimulationSpec spec();
}

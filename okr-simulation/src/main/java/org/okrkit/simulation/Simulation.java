package org.okrkit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.okrkit.simulation.internal.CompiledSimulation;

/**
 * A {@link SimulationSpec} compiled for fast evaluation, ready to run.
 *
 * <pre>{@code
 * SimulationResult result = Simulation.compile(spec).run();
 * System.out.print(result.render());
 * }</pre>
 *
 * <p>Compiling turns the plan and every arm's policy once into flat primitive arrays: per element
 * its mapping from outcome to actual value and its compiled scoring strategy; per arm the rollup
 * from elements to each person's composite score as a list of aggregation steps over index arrays.
 * A run then draws and scores every trial without allocating per person or element (host strategies
 * and aggregations excepted). Trials run in parallel, each from its own random stream derived from
 * the seed and the trial's number, and results are reduced in trial order, so that a seed gives
 * bit-identical results whatever the number of threads.
 *
 * <p>A compiled simulation is immutable and may run any number of times, from any thread.
 */
public final class Simulation {
  private final CompiledSimulation compiled;

  private Simulation(CompiledSimulation compiled) {
    this.compiled = compiled;
  }

  /**
   * Compiles {@code spec}.
   *
   * @throws org.okrkit.scoring.PolicyException if an arm's policy names ids or tags the plan does
   *     not have
   * @throws IllegalArgumentException if the population has nobody answering for a key result or KPI
   */
  public static Simulation compile(SimulationSpec spec) {
    return new Simulation(CompiledSimulation.compile(requireNonNull(spec, "spec")));
  }

  /** Compiles and runs {@code spec}: {@code compile(spec).run()}. */
  public static SimulationResult run(SimulationSpec spec) {
    return compile(spec).run();
  }

  /** The spec compiled. */
  public SimulationSpec spec() {
    return compiled.spec();
  }

  /** The number of simulated people. */
  public int people() {
    return compiled.people();
  }

  /** The number of simulated key results and KPIs. */
  public int elements() {
    return compiled.elements();
  }

  /**
   * How many element evaluations a run makes: elements × arms × trials × 4 (the two periods and the
   * effort and sandbagging probes each score every element under every arm). Each evaluation
   * computes one element's outcome, maps it to an actual value and scores it.
   */
  public long elementEvaluations() {
    return (long) compiled.elements() * spec().arms().size() * spec().trials() * 4;
  }

  /**
   * Runs every trial with the spec's parallelism.
   *
   * @throws IllegalStateException if a host strategy, aggregation or noise shape breaks its
   *     contract
   */
  public SimulationResult run() {
    return compiled.run(spec().parallelism());
  }

  /**
   * Runs every trial on {@code parallelism} threads (0 for one per available processor); the result
   * is the same for every value.
   *
   * @throws IllegalArgumentException if {@code parallelism} is negative
   */
  public SimulationResult run(int parallelism) {
    if (parallelism < 0) {
      throw new IllegalArgumentException(
          "parallelism must be 0 (all processors) or more, got " + parallelism);
    }
    return compiled.run(parallelism);
  }

  /**
   * Runs trials {@code first} to {@code end - 1} alone, on {@code parallelism} threads (0 for one
   * per available processor), and returns what they measured: one part of a run split across
   * machines or tasks. Each trial draws from its own random stream, keyed by the seed and its
   * number, so a trial measures the same wherever it runs; {@link #combine} puts the blocks
   * together.
   *
   * <pre>{@code
   * Simulation sim = Simulation.compile(spec);
   * TrialBlock low = sim.runTrials(0, 100, 1);      // on one machine
   * TrialBlock high = sim.runTrials(100, 200, 1);   // on another
   * sim.combine(List.of(low, high)).equals(sim.run())   // true, bit for bit
   * }</pre>
   *
   * @throws IllegalArgumentException if the trials are not a non-empty range within the spec's
   *     trials, or {@code parallelism} is negative
   * @throws IllegalStateException if a host strategy, aggregation or noise shape breaks its
   *     contract
   */
  public TrialBlock runTrials(int first, int end, int parallelism) {
    if (first < 0 || end <= first || end > spec().trials()) {
      throw new IllegalArgumentException(
          "trials "
              + first
              + " to "
              + end
              + " are not a range within the spec's trials; expected 0 <= first < end <= "
              + spec().trials());
    }
    if (parallelism < 0) {
      throw new IllegalArgumentException(
          "parallelism must be 0 (all processors) or more, got " + parallelism);
    }
    return compiled.runTrials(first, end, parallelism);
  }

  /**
   * The result of a run from its blocks ({@link #runTrials}), given in any order: the blocks are
   * folded in trial order exactly as {@link #run()} folds its trials, so the result is bit for bit
   * the one {@code run()} gives, however the trials were split and wherever they ran.
   *
   * @throws IllegalArgumentException if the blocks do not hold every trial of the spec exactly
   *     once, or a block has another number of arms or histogram bins than this simulation
   */
  public SimulationResult combine(List<TrialBlock> blocks) {
    requireNonNull(blocks, "blocks");
    return compiled.combine(blocks);
  }

  /** {@code Simulation[80 people, 640 elements, 3 arms, 200 trials]}. */
  @Override
  public String toString() {
    return "Simulation["
        + people()
        + " people, "
        + elements()
        + " elements, "
        + spec().arms().size()
        + " arms, "
        + spec().trials()
        + " trials]";
  }
}

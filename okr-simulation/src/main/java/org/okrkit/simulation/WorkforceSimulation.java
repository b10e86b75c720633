package org.okrkit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.okrkit.simulation.internal.CompiledWorkforce;

/**
 * A {@link WorkforceSpec} compiled for fast evaluation, ready to run.
 *
 * <pre>{@code
 * WorkforceResult result = WorkforceSimulation.run(spec);
 * System.out.print(result.render());
 * double gain = result.arm("10 % dismissed").estimate(1, WorkforceMetric.GAIN).orElseThrow().mean();
 * }</pre>
 *
 * <p>Compiling turns the population and every policy an arm rates by into the flat arrays a {@link
 * Simulation} runs on: the same outcome model, behaviour rules, scoring strategies and rollup
 * program, so that a person's rating under a policy is their composite score as a {@link
 * org.okrkit.scoring.Scorecard} would give it. A run simulates every company, under every arm,
 * period by period; companies run in parallel and are summed in company order, so a seed gives the
 * same result whatever the number of threads.
 *
 * <h2>Cases with exact answers</h2>
 *
 * With plain ratings ({@code rating = ρ·a + √(1 − ρ²)·ε}) some figures have exact expectations,
 * against which the tests check the simulation, at a tolerance of four standard errors over
 * companies:
 *
 * <ul>
 *   <li><b>Nobody dismissed, nobody leaving.</b> Nobody is ever replaced, so each company keeps its
 *       period-0 mean ability, whose expectation is 0, and the gain is exactly 0 in every period.
 *       With voluntary turnover that does not depend on the rating and random hiring the expected
 *       mean stays 0 too: leavers are a random draw of the workforce, and hires have mean 0.
 *   <li><b>The first period's gain from dismissing the lowest-rated.</b> A forced distribution
 *       dismisses the {@code k} lowest-rated of {@code N} ({@code k = p·N} rounded, halves down,
 *       for a lowest share {@code p}) and, with random hiring and no turnover, {@code mean₁ − mean₀
 *       = (Σ hires − Σ dismissed) / N}. In the initial workforce rating and ability are standard
 *       bivariate normal with correlation {@code ρ}, so {@code E[a | rating R] = ρR}, and the
 *       dismissed hold the {@code k} lowest of {@code N} independent standard normal ratings; hires
 *       have mean 0. Hence
 *       <pre>
 *   E[gain₁] = (ρ / N) · Σ_{i=1..k} E[Z_(N−i+1:N)],
 *   E[Z_(i:N)] = N! / ((i − 1)! (N − i)!) · ∫ z φ(z) Φ(z)^(i−1) (1 − Φ(z))^(N−i) dz,
 * </pre>
 *       the expected order statistics of {@code N} standard normals (the tests integrate them
 *       numerically, to 1e-9). As {@code N} grows with {@code k / N → p}, {@code (1 / N) · Σ} of
 *       the top {@code k} tends to {@code ∫_{1−p}^1 Φ⁻¹(u) du = φ(Φ⁻¹(p))}: the first year's gain
 *       is {@code φ(Φ⁻¹(p))} with perfect ratings, the standard normal density at its {@code
 *       p}-quantile, and {@code ρ·φ(Φ⁻¹(p))} with ratings of validity {@code ρ}.
 *   <li><b>Selected hires.</b> Hires chosen top-down by a predictor of validity {@code r} at
 *       selection ratio {@code s} have mean ability {@code r·φ(Φ⁻¹(1 − s)) / s} ({@link
 *       Selection}); with a turnover rate of 1 the whole workforce is replaced each period, so from
 *       period 1 its expected mean ability is that.
 * </ul>
 *
 * <p>A compiled study is immutable and may run any number of times, from any thread.
 */
public final class WorkforceSimulation {
  private final CompiledWorkforce compiled;

  private WorkforceSimulation(CompiledWorkforce compiled) {
    this.compiled = compiled;
  }

  /**
   * Compiles {@code spec}.
   *
   * @throws org.okrkit.scoring.PolicyException if an arm's policy names ids or tags the plan does
   *     not have
   * @throws IllegalArgumentException if the population has nobody answering for a key result or KPI
   */
  public static WorkforceSimulation compile(WorkforceSpec spec) {
    return new WorkforceSimulation(CompiledWorkforce.compile(requireNonNull(spec, "spec")));
  }

  /** Compiles and runs {@code spec}: {@code compile(spec).run()}. */
  public static WorkforceResult run(WorkforceSpec spec) {
    return compile(spec).run();
  }

  /** The spec compiled. */
  public WorkforceSpec spec() {
    return compiled.spec();
  }

  /** The number of people, and positions, in each company. */
  public int people() {
    return compiled.people();
  }

  /** The number of key results and KPIs each company's people answer for. */
  public int elements() {
    return compiled.elements();
  }

  /**
   * Runs every company with the spec's parallelism.
   *
   * @throws IllegalStateException if a host strategy, aggregation or noise shape breaks its
   *     contract
   */
  public WorkforceResult run() {
    return compiled.run(spec().parallelism());
  }

  /**
   * Runs every company on {@code parallelism} threads (0 for one per available processor); the
   * result is the same for every value.
   *
   * @throws IllegalArgumentException if {@code parallelism} is negative
   */
  public WorkforceResult run(int parallelism) {
    if (parallelism < 0) {
      throw new IllegalArgumentException(
          "parallelism must be 0 (all processors) or more, got " + parallelism);
    }
    return compiled.run(parallelism);
  }

  /**
   * Runs companies {@code first} to {@code end - 1} alone (a workforce study's trials are its
   * companies), on {@code parallelism} threads (0 for one per available processor), and returns
   * what they measured: one part of a study split across machines or tasks. Each company draws from
   * its own random streams, keyed by the seed and its number, so a company measures the same
   * wherever it runs; {@link #combine} puts the blocks together.
   *
   * <pre>{@code
   * WorkforceSimulation sim = WorkforceSimulation.compile(spec);
   * WorkforceBlock low = sim.runTrials(0, 50, 1);      // on one machine
   * WorkforceBlock high = sim.runTrials(50, 100, 1);   // on another
   * sim.combine(List.of(low, high)).equals(sim.run())   // true, bit for bit
   * }</pre>
   *
   * @throws IllegalArgumentException if the companies are not a non-empty range within the spec's
   *     replications, or {@code parallelism} is negative
   * @throws IllegalStateException if a host strategy, aggregation or noise shape breaks its
   *     contract
   */
  public WorkforceBlock runTrials(int first, int end, int parallelism) {
    if (first < 0 || end <= first || end > spec().replications()) {
      throw new IllegalArgumentException(
          "companies "
              + first
              + " to "
              + end
              + " are not a range within the spec's replications; expected 0 <= first < end <= "
              + spec().replications());
    }
    if (parallelism < 0) {
      throw new IllegalArgumentException(
          "parallelism must be 0 (all processors) or more, got " + parallelism);
    }
    return compiled.runTrials(first, end, parallelism);
  }

  /**
   * The result of a study from its blocks ({@link #runTrials}), given in any order: the blocks are
   * folded in company order exactly as {@link #run()} folds its companies, so the result is bit for
   * bit the one {@code run()} gives, however the companies were split and wherever they ran.
   *
   * @throws IllegalArgumentException if the blocks do not hold every company of the spec exactly
   *     once, or a block has another number of arms or periods than this study
   */
  public WorkforceResult combine(List<WorkforceBlock> blocks) {
    requireNonNull(blocks, "blocks");
    return compiled.combine(blocks);
  }

  /** {@code WorkforceSimulation[100 people, 3 arms, 30 periods, 100 companies]}. */
  @Override
  public String toString() {
    return "WorkforceSimulation["
        + people()
        + " people, "
        + spec().arms().size()
        + " arms, "
        + spec().periods()
        + " periods, "
        + spec().replications()
        + " companies]";
  }
}

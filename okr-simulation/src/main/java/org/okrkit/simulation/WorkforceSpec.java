package org.okrkit.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A workforce study as plain data: what acting on ratings (dismissing the lowest-rated, losing
 * people, hiring with imperfect selection) does to a workforce's true ability over the years, with
 * real scoring policies or plain ratings, in the manner of Scullen, Bergey and Aiman-Smith (2005),
 * "Forced distribution rating systems and the improvement of workforce potential: a baseline
 * simulation", <i>Personnel Psychology</i> 58(1).
 *
 * <p>Each {@linkplain #arms() arm} is simulated in {@link #replications()} companies for {@link
 * #periods()} periods. A company has the positions of the {@link #population()}, one per simulated
 * person, with that person's key results and KPIs; each position is held by one person at a time.
 *
 * <h2>People</h2>
 *
 * A person has a true ability {@code a} (the {@link OutcomeModel}'s {@code a}) and an effort level
 * {@code E = exp(η·u − η²/2)}, drawn when they join and kept while they stay. The initial workforce
 * draws {@code a} standard normal; hires are chosen from applicants of the same distribution by the
 * arm's {@link Selection}. A person starts in the period after they are hired.
 *
 * <h2>A period</h2>
 *
 * In each period {@code t = 1, …, periods}, in each company and under each arm, in this order:
 *
 * <ol>
 *   <li>people produce outcomes on their key results and KPIs, by the {@link #model()} with the
 *       {@link #rules()} at play, the elements' difficulties and noise drawn afresh (only under an
 *       arm that rates by a policy: a plain rating needs no outcomes);
 *   <li>they are rated ({@link WorkforceRating});
 *   <li>some are dismissed ({@link Dismissal}, {@link Probation});
 *   <li>some who stay leave ({@link Turnover});
 *   <li>every vacancy is filled by a hire ({@link Selection});
 *   <li>the period's figures are taken ({@link WorkforceMetric}).
 * </ol>
 *
 * Period 0's figures are those of the initial workforce.
 *
 * <h2>Random streams</h2>
 *
 * Every random number is drawn from a stream keyed by the seed and by what it is drawn for:
 *
 * <ul>
 *   <li>the {@code k}-th person to hold position {@code j} of company {@code c} ({@code k = 0} for
 *       the initial workforce): key {@code (seed, c, j, k)}; their predictor's place among the
 *       hired, the part of their ability the predictor misses, and their effort level;
 *   <li>period {@code t} of company {@code c}: key {@code (seed, c, t)}; the team parts of the
 *       outcome noise and the elements' difficulties;
 *   <li>that person in period {@code t}: key {@code (seed, c, t, j, k)}; the plain rating's noise,
 *       the draw that decides whether they leave, the draw that breaks ties in the ranking, and
 *       then the person's own parts of their outcome noise.
 * </ul>
 *
 * So arms share every draw wherever their workforces coincide: every arm starts from the same
 * initial workforce; a person who holds the same position in two arms in a period has the same
 * rating noise, luck and outcome noise in both; and the {@code k}-th hire into a position is the
 * same applicant in every arm (chosen by the same predictor where the selections agree). An arm's
 * figures do not depend on which other arms are simulated. Companies run in parallel and their
 * figures are summed in company order, so a seed gives the same result whatever the {@link
 * #parallelism()} (on one Java version).
 */
@Value.Immutable
public abstract sealed class WorkforceSpec implements WithWorkforceSpec
    permits ImmutableWorkforceSpec {

  WorkforceSpec() {}

  /** The positions of each company; a {@link GeneratedPopulation} of 80 people by default. */
  @Value.Default
  public Population population() {
    return GeneratedPopulation.defaults();
  }

  /** The outcome model, for arms that rate by a policy; {@link OutcomeModel#defaults()}. */
  @Value.Default
  public OutcomeModel model() {
    return OutcomeModel.defaults();
  }

  /** The behaviour rules, for arms that rate by a policy; at most one of each kind; none. */
  public abstract List<AgentRule> rules();

  /** The arms, at least one, with unique names. */
  public abstract List<WorkforceArm> arms();

  /** The number of periods after period 0; 10 by default; from 1 to 1000. */
  @Value.Default
  public int periods() {
    return 10;
  }

  /** The number of companies simulated per arm; 100 by default; from 1 to 10,000,000. */
  @Value.Default
  public int replications() {
    return 100;
  }

  /** The seed every random number derives from; 1 by default. */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * How many threads run companies: 0 (the default) for one per available processor. It changes the
   * time a run takes, never its result.
   */
  @Value.Default
  public int parallelism() {
    return 0;
  }

  /** The confidence level of the intervals over companies; 0.95 by default; above 0, below 1. */
  @Value.Default
  public double confidence() {
    return 0.95;
  }

  /** A builder; at least one arm is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceSpec}. */
  public static final class Builder extends ImmutableWorkforceSpec.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!arms().isEmpty(), "workforce.noArms");
    Set<String> names = new HashSet<>();
    for (WorkforceArm arm : arms()) {
      ModelProblems.require(
          names.add(arm.name()), "spec.armTwice", "arm", String.valueOf(arm.name()));
    }
    SimulationSpec.checkRules(rules());
    ModelProblems.require(
        periods() >= 1 && periods() <= 1000, "workforce.periods", "periods", periods());
    ModelProblems.require(
        replications() >= 1 && replications() <= 10_000_000,
        "workforce.replications",
        "replications",
        replications());
    ModelProblems.require(parallelism() >= 0, "spec.parallelism", "parallelism", parallelism());
    ModelProblems.require(
        confidence() > 0 && confidence() < 1, "spec.confidence", "confidence", confidence());
  }
}

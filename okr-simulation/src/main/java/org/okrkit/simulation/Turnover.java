package org.okrkit.simulation;

import static org.okrkit.core.Numbers.plain;

import org.immutables.value.Value;

/**
 * Voluntary turnover: each period, after the dismissals, each person who stays leaves with
 * probability {@code q}, independently of the others:
 *
 * <pre>
 *   q = rate                                              without a rating effect (β = 0)
 *   logit q = logit(rate) + β·Φ⁻¹((r − 0.5) / n)          with one
 * </pre>
 *
 * where {@code r} is the person's position from the lowest among the {@code n} people rated that
 * period (ties broken at random), so that {@code Φ⁻¹((r − 0.5) / n)} is their rating as a normal
 * score, whatever the rating's scale. A positive {@link #ratingEffect() β} makes the better-rated
 * leave more often (they have offers elsewhere), a negative one the worse-rated (they see the
 * writing on the wall, or the top tier is rewarded for staying); at a rate of 0 nobody leaves and
 * at 1 everyone does, whatever {@code β}.
 */
@Value.Immutable
public abstract sealed class Turnover permits ImmutableTurnover {

  Turnover() {}

  /** The base rate of leaving per period; from 0 to 1. */
  @Value.Parameter
  public abstract double rate();

  /** {@code β}: the change in the log-odds of leaving per unit of normal score; finite. */
  @Value.Parameter
  public abstract double ratingEffect();

  /** No voluntary turnover. */
  public static Turnover none() {
    return of(0, 0);
  }

  /**
   * Turnover at {@code rate}, whatever the rating.
   *
   * @throws IllegalArgumentException unless {@code rate} lies from 0 to 1
   */
  public static Turnover of(double rate) {
    return of(rate, 0);
  }

  /**
   * Turnover at {@code rate}, its log-odds moved by {@code ratingEffect} per unit of normal score.
   *
   * @throws IllegalArgumentException unless {@code rate} lies from 0 to 1 and {@code ratingEffect}
   *     is finite
   */
  public static Turnover of(double rate, double ratingEffect) {
    return ImmutableTurnover.of(rate, ratingEffect);
  }

  /** The probability of leaving for a person whose rating has normal score {@code z}: see above. */
  public final double probability(double z) {
    double rate = rate();
    if (rate == 0 || rate == 1 || ratingEffect() == 0) {
      return rate;
    }
    double logit = Math.log(rate / (1 - rate)) + ratingEffect() * z;
    return 1 / (1 + Math.exp(-logit));
  }

  /** {@code turnover(rate=0.1, ratingEffect=0)}. */
  @Override
  public final String toString() {
    return "turnover(rate=" + plain(rate()) + ", ratingEffect=" + plain(ratingEffect()) + ")";
  }

  @Value.Check
  final void check() {
    ModelProblems.require(rate() >= 0 && rate() <= 1, "turnover.rate", "rate", rate());
    ModelProblems.require(
        Double.isFinite(ratingEffect()), "turnover.ratingEffect", "effect", ratingEffect());
  }
}

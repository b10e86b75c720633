package org.okrkit.simulation;

import org.okrkit.scoring.ScoringPolicy;

/**
 * How a workforce study rates people each period, the number its {@link Dismissal} and rating-led
 * {@link Turnover} act on:
 *
 * <ul>
 *   <li>{@linkplain #policy(ScoringPolicy) a scoring policy}: each person's composite score under
 *       the policy, their outcomes drawn by the study's {@link OutcomeModel} (with its behaviour
 *       rules) and scored by the policy's own rollup program, as a {@link Simulation} scores a
 *       trial's first period; a person the policy leaves unscored rates 0;
 *   <li>{@linkplain #plain(double) a plain rating}: {@code ρ·a + √(1 − ρ²)·ε}, ability {@code a}
 *       plus independent standard normal noise {@code ε}, correlated {@code ρ} with ability; for
 *       analytic work, and for studies in the style of Scullen, Bergey and Aiman-Smith (2005),
 *       where ratings are a noisy reading of true ability.
 * </ul>
 */
public sealed interface WorkforceRating permits PlainRating, PolicyRating {

  /**
   * A plain rating of validity {@code validity}, its correlation with ability.
   *
   * @throws IllegalArgumentException unless {@code validity} lies from 0 to 1
   */
  static PlainRating plain(double validity) {
    return PlainRating.of(validity);
  }

  /** The composite score under {@code policy}. */
  static PolicyRating policy(ScoringPolicy policy) {
    return PolicyRating.of(policy);
  }
}

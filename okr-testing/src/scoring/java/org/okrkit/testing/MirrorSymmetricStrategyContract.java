package org.okrkit.testing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The laws of a {@link org.okrkit.scoring.ScoringStrategy} that works on differences, as every
 * built-in but percent of target does: besides {@link ScoringStrategyContract}'s, a {@code
 * DECREASE} measure scores exactly like an {@code INCREASE} one on negated numbers. {@link
 * Contracts#checkMirrorSymmetricStrategy} checks the same laws from a test of any framework.
 */
public interface MirrorSymmetricStrategyContract extends ScoringStrategyContract {

  /**
   * A decreasing measure's score at a value equals the score of the increasing measure whose
   * target, baseline, threshold and stretch are negated, at the negated value.
   */
  @Property
  default void decreasingMeasuresMirrorIncreasingOnes(
      @ForAll("decreasing") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    StrategyLaws.decreasingMeasuresMirrorIncreasingOnes(this::strategy, c, x);
  }
}

package org.okrkit.testing;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Direction;
import org.okrkit.scoring.ScoringStrategy;

/**
 * The laws every {@link ScoringStrategy} keeps, as jqwik properties. A test class implements this
 * interface and returns its strategy; okrkit's built-ins are checked this way, and a host checks
 * its own strategy the same way:
 *
 * <pre>{@code
 * class MyStrategyProperties implements ScoringStrategyContract {
 *   @Override
 *   public ScoringStrategy strategy() {
 *     return new MyStrategy();
 *   }
 * }
 * }</pre>
 *
 * <p>The laws, on {@linkplain ScoringArbitraries#cases() generated targets} of every kind and
 * actual values near and far from them: scores are finite and lie from 0 to {@link
 * ScoringStrategy#maxScore()}; a better value never scores less; the same input gives the same
 * score and formula; two strategies built alike are equal values. A strategy that works on
 * differences (every built-in but percent of target) also keeps the mirror law of {@link
 * MirrorSymmetricStrategyContract}; implement that one instead. {@link Contracts#checkStrategy}
 * checks the same laws without jqwik's engine, from a test of any framework.
 */
public interface ScoringStrategyContract {

  /**
   * The strategy under test, built afresh on each call (a singleton returns itself): the equality
   * law compares two of them, as a policy compares the strategies it is built with.
   */
  ScoringStrategy strategy();

  /** The targets to score; {@link ScoringArbitraries#cases()} unless overridden. */
  @Provide
  default Arbitrary<ScoringArbitraries.Case> cases() {
    return ScoringArbitraries.cases();
  }

  /** Where actual values lie around a target; {@link ScoringArbitraries#positions()}. */
  @Provide
  default Arbitrary<Double> positions() {
    return ScoringArbitraries.positions();
  }

  /**
   * Absolute targets of decreasing measures, for the laws that compare them with increasing ones.
   */
  @Provide
  default Arbitrary<ScoringArbitraries.Case> decreasing() {
    return ScoringArbitraries.absolute(Direction.DECREASE);
  }

  /** Every score is finite and lies from 0 to the strategy's maximum score. */
  @Property
  default void scoresLieFromZeroToTheMaximum(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    StrategyLaws.scoresLieFromZeroToTheMaximum(this::strategy, c, x);
  }

  /**
   * A value closer to the target, or beyond it, never scores less: for a range, moving towards the
   * range never lowers the score and its middle scores at least as well as any value.
   */
  @Property
  default void aBetterValueNeverScoresLess(
      @ForAll("cases") ScoringArbitraries.Case c,
      @ForAll("positions") double x,
      @ForAll("positions") double y) {
    StrategyLaws.aBetterValueNeverScoresLess(this::strategy, c, x, y);
  }

  /**
   * Equal inputs give the same score and the same formula, and a formula that states a result
   * states the score.
   */
  @Property
  default void theSameInputGivesTheSameScore(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    StrategyLaws.theSameInputGivesTheSameScore(this::strategy, c, x);
  }

  /**
   * Two strategies built alike are equal, hash alike and print alike, and differ from other
   * objects: a policy holding the strategy stays a value that can be compared and printed.
   */
  @Example
  default void strategiesBuiltAlikeAreEqualValues() {
    StrategyLaws.strategiesBuiltAlikeAreEqualValues(strategy(), strategy());
  }
}

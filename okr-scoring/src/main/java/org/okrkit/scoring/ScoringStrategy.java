package org.okrkit.scoring;

/**
 * Turns an observed value into a score: the SPI behind every key result and KPI score. The
 * built-ins come from {@link Strategies}; hosts implement their own, as a lambda if they like.
 *
 * <p>The contract, which the built-ins meet and {@link org.okrkit.scoring.ScoringPolicy policies}
 * rely on:
 *
 * <ul>
 *   <li>the score is finite and lies from 0 to {@link #maxScore()}, for every valid input;
 *   <li>a better actual value never scores less: non-decreasing in the actual value for an {@code
 *       INCREASE} measure, non-increasing for a {@code DECREASE} one, and for a {@code RANGE}
 *       measure highest inside the range and never rising as the value moves away from it;
 *   <li>the same input always gives the same score, whatever the thread.
 * </ul>
 *
 * <p>Strategies are never asked to score a missing value: an element without a check-in follows the
 * policy's {@link MissingValue} rule. A strategy that breaks the contract makes scoring fail with
 * an {@link IllegalStateException} naming it and the element.
 *
 * <p>Implementations should be immutable values whose {@code equals} and {@code toString} show
 * their parameters, so that a {@link ScoringPolicy} stays data that can be compared and printed.
 */
@FunctionalInterface
public interface ScoringStrategy {

  /** The score of {@code input}: finite, from 0 to {@link #maxScore()}. */
  double score(ScoringInput input);

  /**
   * How the score of {@code input} comes about, as data: the formula with its numbers, which
   * explanations render as {@code (236 - 200) / (260 - 200) = 0.6}. The built-ins give their own
   * formulas; the default gives the score alone, a {@link Formula.Kind#SCORE SCORE} formula ({@code
   * score 0.6}). A host strategy may return a {@link Formula#custom custom} formula in its own
   * words. Like the score, the formula must depend on the input alone.
   */
  default Formula formula(ScoringInput input) {
    return Formula.of(Formula.Kind.SCORE, java.util.Map.of("result", score(input)));
  }

  /** The highest score this strategy gives: 1 unless it rewards over-achievement. */
  default double maxScore() {
    return 1.0;
  }

  /**
   * This strategy as data, from which it can be rebuilt elsewhere: a built-in is its own spec; a
   * strategy of a {@linkplain StrategyProvider registered kind} returns its {@link
   * StrategySpec.Named}. Empty (the default) for a host's strategy that has none, such as a lambda:
   * a policy holding it works in this JVM but cannot be written to a file or shipped.
   */
  default java.util.Optional<StrategySpec> spec() {
    return java.util.Optional.empty();
  }
}

package org.okrkit.testing;

import java.util.function.Supplier;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;

/**
 * The laws of {@link ScoringStrategyContract} and {@link MirrorSymmetricStrategyContract}, each
 * stated once for one sample: the contracts' properties and {@link Contracts}' plain checks both
 * call these. {@code strategy} gives the strategy under test, afresh or not, on each call.
 */
final class StrategyLaws {
  private StrategyLaws() {}

  static void scoresLieFromZeroToTheMaximum(
      Supplier<? extends ScoringStrategy> strategy, ScoringArbitraries.Case c, double x) {
    double s = strategy.get().score(c.at(c.near(x)));
    double max = strategy.get().maxScore();
    Expect.that(Double.isFinite(s), () -> "score " + s + " is not finite, for " + c);
    Expect.that(s >= 0 && s <= max, () -> "score " + s + " outside [0, " + max + "], for " + c);
  }

  static void aBetterValueNeverScoresLess(
      Supplier<? extends ScoringStrategy> strategy, ScoringArbitraries.Case c, double x, double y) {
    double lo = c.near(Math.min(x, y));
    double hi = c.near(Math.max(x, y));
    double sLo = strategy.get().score(c.at(lo));
    double sHi = strategy.get().score(c.at(hi));
    switch (c.measure.direction()) {
      case INCREASE ->
          Expect.that(
              sLo <= sHi, () -> c + ": " + lo + " scores " + sLo + " > " + hi + " scores " + sHi);
      case DECREASE ->
          Expect.that(
              sLo >= sHi, () -> c + ": " + lo + " scores " + sLo + " < " + hi + " scores " + sHi);
      case RANGE -> {
        double low = c.target.low().getAsDouble();
        double high = c.target.high().getAsDouble();
        if (hi <= low) {
          Expect.that(
              sLo <= sHi,
              () ->
                  c
                      + ": below the range, moving closer lowered the score from "
                      + sLo
                      + " to "
                      + sHi);
        } else if (lo >= high) {
          Expect.that(
              sLo >= sHi,
              () ->
                  c + ": above the range, moving away raised the score from " + sLo + " to " + sHi);
        }
        double inside = strategy.get().score(c.at((low + high) / 2));
        Expect.that(
            inside >= sLo && inside >= sHi,
            () ->
                c
                    + ": the middle of the range scores "
                    + inside
                    + ", less than "
                    + Math.max(sLo, sHi));
      }
    }
  }

  static void theSameInputGivesTheSameScore(
      Supplier<? extends ScoringStrategy> strategy, ScoringArbitraries.Case c, double x) {
    ScoringInput input = c.at(c.near(x));
    Expect.same(
        strategy.get().score(input),
        strategy.get().score(c.at(c.near(x))),
        () -> c + ": the score of an equal input");
    Expect.equal(
        strategy.get().formula(input),
        strategy.get().formula(input),
        () -> c + ": the formula of the same input");
    // a formula that states its result states the score (as a number: -0.0 counts as 0)
    double score = strategy.get().score(input);
    strategy
        .get()
        .formula(input)
        .result()
        .ifPresent(r -> Expect.close(score, r, 0.0, () -> c + ": the formula's result"));
    Expect.equal(
        strategy.get().formula(input).render(),
        strategy.get().formula(c.at(c.near(x))).render(),
        () -> c + ": the rendered formula of an equal input");
  }

  static void strategiesBuiltAlikeAreEqualValues(ScoringStrategy one, ScoringStrategy two) {
    Expect.equalValues(one, two, "strategy");
    Expect.equal(one.toString(), two.toString(), () -> "the names of two equal strategies");
    Expect.equal(one.spec(), two.spec(), () -> "the specs of two equal strategies");
  }

  static void decreasingMeasuresMirrorIncreasingOnes(
      Supplier<? extends ScoringStrategy> strategy, ScoringArbitraries.Case c, double x) {
    Target t = c.target;
    Target.Builder mirrored = Target.builder().kind(t.kind()).value(-t.value().getAsDouble());
    t.baseline().ifPresent(b -> mirrored.baseline(-b));
    t.threshold().ifPresent(v -> mirrored.threshold(-v));
    t.stretch().ifPresent(v -> mirrored.stretch(-v));
    double a = c.near(x);
    double down = strategy.get().score(c.at(a));
    double up =
        strategy
            .get()
            .score(ScoringInput.of(Measure.increasing("m", Unit.COUNT), mirrored.build(), -a));
    Expect.same(down, up, () -> c + " at " + a + " against the increasing mirror image at " + -a);
  }
}

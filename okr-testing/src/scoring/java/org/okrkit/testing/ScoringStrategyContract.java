package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Direction;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;

/**
 * The laws every {@link ScoringStrategy} keeps, as jqwik properties. A test class implements this
 * interface and returns its strategy; the built-ins' tests do, and a host can check its own
 * strategy the same way:
 *
 * <pre>{@code
 * class MyStrategyProperties implements ScoringStrategyContract {
 *   public ScoringStrategy strategy() { return new MyStrategy(); }
 * }
 * }</pre>
 *
 * <p>A strategy that works on differences (every built-in but percent of target) also keeps the
 * mirror law of {@link MirrorSymmetricStrategyContract}; implement that one instead.
 */
public interface ScoringStrategyContract {

  /**
   * The strategy under test, built afresh on each call (a singleton returns itself): the equality
   * law compares two of them, as a policy compares the strategies it is built with.
   */
  ScoringStrategy strategy();

  @Provide
  default Arbitrary<ScoringArbitraries.Case> cases() {
    return ScoringArbitraries.cases();
  }

  @Provide
  default Arbitrary<Double> positions() {
    return ScoringArbitraries.positions();
  }

  @Property
  default void scoresLieFromZeroToTheMaximum(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    double s = strategy().score(c.at(c.near(x)));
    assertTrue(Double.isFinite(s), () -> "score " + s);
    assertTrue(s >= 0 && s <= strategy().maxScore(), () -> "score " + s + " for " + c);
  }

  @Property
  default void aBetterValueNeverScoresLess(
      @ForAll("cases") ScoringArbitraries.Case c,
      @ForAll("positions") double x,
      @ForAll("positions") double y) {
    double lo = c.near(Math.min(x, y));
    double hi = c.near(Math.max(x, y));
    double sLo = strategy().score(c.at(lo));
    double sHi = strategy().score(c.at(hi));
    switch (c.measure.direction()) {
      case INCREASE ->
          assertTrue(
              sLo <= sHi, () -> c + ": " + lo + " scores " + sLo + " > " + hi + " scores " + sHi);
      case DECREASE ->
          assertTrue(
              sLo >= sHi, () -> c + ": " + lo + " scores " + sLo + " < " + hi + " scores " + sHi);
      case RANGE -> {
        double low = c.target.low().getAsDouble();
        double high = c.target.high().getAsDouble();
        if (hi <= low) {
          assertTrue(sLo <= sHi, () -> c + ": below the range, moving closer lowered the score");
        } else if (lo >= high) {
          assertTrue(sLo >= sHi, () -> c + ": above the range, moving away raised the score");
        }
        double inside = strategy().score(c.at((low + high) / 2));
        assertTrue(
            inside >= sLo && inside >= sHi, () -> c + ": the middle of the range scores less");
      }
    }
  }

  @Property
  default void theSameInputGivesTheSameScore(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    ScoringInput input = c.at(c.near(x));
    assertEquals(strategy().score(input), strategy().score(c.at(c.near(x))));
    assertEquals(strategy().formula(input), strategy().formula(input));
    // a formula that states its result states the score (as a number: -0.0 counts as 0)
    strategy()
        .formula(input)
        .result()
        .ifPresent(r -> assertEquals(strategy().score(input), r, 0.0, () -> c + ": formula"));
    assertEquals(strategy().formula(input).render(), strategy().formula(c.at(c.near(x))).render());
  }

  /**
   * Two strategies built alike are equal, hash alike and print alike, and differ from other
   * objects: a policy holding the strategy stays a value that can be compared and printed.
   */
  @Example
  default void strategiesBuiltAlikeAreEqualValues() {
    ScoringStrategy one = strategy();
    ScoringStrategy two = strategy();
    new EqualsTester().addEqualityGroup(one, two).testEquals();
    assertEquals(one.toString(), two.toString());
    assertEquals(one.spec(), two.spec());
  }

  /**
   * Absolute targets of decreasing measures, for the laws that compare them with increasing ones.
   */
  @Provide
  default Arbitrary<ScoringArbitraries.Case> decreasing() {
    return ScoringArbitraries.absolute(Direction.DECREASE);
  }
}

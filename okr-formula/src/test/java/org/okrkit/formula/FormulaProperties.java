package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.okrkit.core.Direction;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;
import org.okrkit.scoring.StrategySpec;
import org.okrkit.testing.ScoringArbitraries;
import org.okrkit.testing.ScoringStrategyContract;

/**
 * Formulas against the strategy contract: the OKR grade written as a formula keeps the contract's
 * laws on random inputs and scores exactly as the built-in linear strategy; formulas of random
 * shape are accepted exactly when they keep the laws, and then keep them off the sample grid too.
 */
class FormulaProperties implements ScoringStrategyContract {

  /** The built-in linear strategy, as a formula: achievement clamped to [0, 1]. */
  static final String LINEAR =
      "actual <= baseline ? 0.0 : (actual >= target ? 1.0 : (actual - baseline) / (target -"
          + " baseline))";

  static final String LINEAR_DOWN =
      "actual >= baseline ? 0.0 : (actual <= target ? 1.0 : (actual - baseline) / (target -"
          + " baseline))";

  /** Compiled and checked once: each try of the contract reuses it. */
  static final ScoringStrategy FORMULA =
      FormulaStrategies.formula(LINEAR, EnumSet.of(Direction.INCREASE));

  static final ScoringStrategy FORMULA_DOWN =
      FormulaStrategies.formula(LINEAR_DOWN, EnumSet.of(Direction.DECREASE));

  @Override
  public ScoringStrategy strategy() {
    return FORMULA;
  }

  /** Increasing targets with a baseline (absolute or relative) and milestones. */
  @Override
  @Provide
  public Arbitrary<ScoringArbitraries.Case> cases() {
    return Arbitraries.oneOf(
        ScoringArbitraries.absolute(Direction.INCREASE)
            .filter(c -> c.target.baseline().isPresent()),
        ScoringArbitraries.relative(Direction.INCREASE),
        ScoringArbitraries.milestones());
  }

  @Override
  @Provide
  public Arbitrary<ScoringArbitraries.Case> decreasing() {
    return ScoringArbitraries.absolute(Direction.DECREASE)
        .filter(c -> c.target.baseline().isPresent());
  }

  @Property
  void theLinearFormulaScoresAsTheBuiltInLinearStrategy(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    ScoringInput input = c.at(c.near(x));
    assertEquals(Strategies.linear().score(input), strategy().score(input), 1e-12);
  }

  @Property
  void theDecreasingLinearFormulaScoresAsTheBuiltInLinearStrategy(
      @ForAll("decreasing") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    ScoringInput input = c.at(c.near(x));
    assertEquals(Strategies.linear().score(input), FORMULA_DOWN.score(input), 1e-12);
  }

  @Property(tries = 100)
  void aFormulaIsDeterministicAndEqualToItsRebuild(
      @ForAll("cases") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    ScoringStrategy a = strategy();
    ScoringStrategy b =
        new FormulaStrategyProvider().strategy((StrategySpec.Named) a.spec().orElseThrow());
    ScoringInput input = c.at(c.near(x));
    assertEquals(a, b);
    assertEquals(Double.doubleToLongBits(a.score(input)), Double.doubleToLongBits(b.score(input)));
    assertEquals(a.formula(input), b.formula(input));
  }

  /**
   * A payout line from {@code from} at the baseline to {@code to} at the target, flat beyond: it
   * keeps the laws exactly when it does not fall ({@code from <= to}) and stays within the cap;
   * accepted formulas keep them on random inputs off the grid.
   */
  @Property(tries = 60)
  void formulasAreAcceptedExactlyWhenTheyKeepTheLaws(
      @ForAll @DoubleRange(min = 0, max = 1.5) double from,
      @ForAll @DoubleRange(min = 0, max = 1.5) double to,
      @ForAll @DoubleRange(min = 0.5, max = 2) double cap,
      @ForAll("cases") ScoringArbitraries.Case c,
      @ForAll("positions") double x,
      @ForAll("positions") double y) {
    String f = String.format(java.util.Locale.US, "%.17g", from);
    String t = String.format(java.util.Locale.US, "%.17g", to);
    String expression =
        "actual <= baseline ? "
            + f
            + " : (actual >= target ? "
            + t
            + " : "
            + f
            + " + ("
            + t
            + " - "
            + f
            + ") * (actual - baseline) / (target - baseline))";
    boolean lawful = Double.parseDouble(f) <= Double.parseDouble(t) && Double.parseDouble(t) <= cap;
    if (!lawful) {
      assertThrows(
          ParameterException.class,
          () -> FormulaStrategies.formula(expression, EnumSet.of(Direction.INCREASE), cap));
      return;
    }
    ScoringStrategy s = FormulaStrategies.formula(expression, EnumSet.of(Direction.INCREASE), cap);
    double lo = c.near(Math.min(x, y));
    double hi = c.near(Math.max(x, y));
    double sLo = s.score(c.at(lo));
    double sHi = s.score(c.at(hi));
    assertTrue(sLo >= 0 && sHi <= cap && Double.isFinite(sLo) && Double.isFinite(sHi));
    assertTrue(sLo <= sHi + 1e-12, () -> c + ": " + lo + " scores " + sLo + " > " + sHi);
  }
}

package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cel.runtime.CelEvaluationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.okrkit.testing.ScoringArbitraries;

/** The fast path gives exactly what CEL gives, and steps aside exactly where CEL would fail. */
class DoubleProgramProperties {
  static final String[] SUBSET = {
    FormulaStrategiesTest.EIGHTY,
    FormulaProperties.LINEAR,
    "has(given.low) ? (actual < low ? 0.5 : 1.0) : (actual - baseline) / (target - baseline)",
    "!(actual > target) || has(given.stretch) && actual >= stretch ? 1 : 0",
    "actual == 3.0 ? -actual * 2.5 : (actual != target ? actual / 0.0 : 0.0 / 0.0)",
    "has(given.threshold) ? (actual >= threshold ? 1.0 : 0.0) : 0.5",
    "(actual >= target ? true : false) ? 1.0 - 0.25 : 0.1 + 0.2",
  };

  @Provide
  Arbitrary<String> expressions() {
    return Arbitraries.of(SUBSET);
  }

  @Provide
  Arbitrary<ScoringArbitraries.Case> cases() {
    return ScoringArbitraries.cases();
  }

  @Property
  void theFastPathAgreesWithCel(
      @ForAll("expressions") String expression,
      @ForAll("cases") ScoringArbitraries.Case c,
      @ForAll("positions") double x)
      throws CelEvaluationException {
    FormulaCompiler.Compiled compiled = FormulaCompiler.compile(expression);
    DoubleProgram fast = compiled.fast();
    assertNotNull(fast, expression);
    Variables v = new Variables(c.at(c.near(x)));
    Object cel = compiled.program().eval(v);
    try {
      double mine = fast.eval(v.values(), v.present());
      double theirs = cel instanceof Long l ? l.doubleValue() : (Double) cel;
      assertEquals(Double.doubleToLongBits(theirs), Double.doubleToLongBits(mine), expression);
    } catch (DoubleProgram.FallBack e) {
      // only where CEL itself gives no number: an absent number read
      assertFalse(cel instanceof Number, () -> expression + " gave " + cel);
    }
  }

  @Provide
  Arbitrary<Double> positions() {
    return ScoringArbitraries.positions();
  }

  @Test
  void expressionsOutsideTheSubsetHaveNoFastPath() {
    for (String e :
        new String[] {
          "double(int(actual)) / 2.0", "actual >= target ? 3 / 2 : 0", "[1.0, 2.0][0]",
        }) {
      assertNull(FormulaCompiler.compile(e).fast(), e);
    }
  }
}

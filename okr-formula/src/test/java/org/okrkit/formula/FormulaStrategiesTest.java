package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StrategySpec;

class FormulaStrategiesTest {
  static final String EIGHTY =
      "actual >= target ? 1.0 : (actual <= baseline ? 0.0 : (actual - baseline) / (target -"
          + " baseline) * 0.8)";
  static final String RATIO = "actual <= 0.0 ? 0.0 : (actual >= target ? 1.0 : actual / target)";
  static final Set<Direction> UP = EnumSet.of(Direction.INCREASE);
  static final Measure PARTNERS = Measure.increasing("partners", Unit.COUNT);

  static ScoringInput up(Target target, double actual) {
    return ScoringInput.of(PARTNERS, target, actual);
  }

  static String refused(String expression, Set<Direction> directions) {
    ParameterException e =
        assertThrows(
            ParameterException.class, () -> FormulaStrategies.formula(expression, directions));
    assertEquals("formula", e.kind());
    return e.parameter();
  }

  static String message(String expression, Set<Direction> directions) {
    return assertThrows(
            ParameterException.class, () -> FormulaStrategies.formula(expression, directions))
        .getMessage();
  }

  @Test
  void theIssuesFormulaGivesEightyPercentOfTheWayAndFullCreditAtTheTarget() {
    ScoringStrategy s = FormulaStrategies.formula(EIGHTY, UP);
    Target t = Target.increase(0, 20);
    assertEquals(0.52, s.score(up(t, 13)), 1e-12);
    assertEquals(1.0, s.score(up(t, 20)));
    assertEquals(1.0, s.score(up(t, 25)));
    assertEquals(0.0, s.score(up(t, 0)));
    assertEquals(0.0, s.score(up(t, -3)));
    assertEquals(1.0, s.maxScore());
    // a relative target's value is in the measure's unit: +30 % of 200 is 260
    assertEquals(0.48, s.score(up(Target.increaseByPercent(200, 30), 236)), 1e-12);
  }

  @Test
  void theExplanationIsTheExpressionWithTheNumbersItRead() {
    ScoringStrategy s = FormulaStrategies.formula(EIGHTY, UP);
    assertEquals(
        "actual >= target ? 1.0 : (actual <= baseline ? 0.0 : (actual - baseline) / (target -"
            + " baseline) * 0.8) with actual 13, baseline 0, target 20 = 0.52",
        s.formula(up(Target.increase(0, 20), 13)).render());
    assertEquals(
        Map.of("actual", 13.0, "baseline", 0.0, "target", 20.0, "result", 0.52),
        s.formula(up(Target.increase(0, 20), 13)).numbers().entrySet().stream()
            .collect(
                ImmutableMap.toImmutableMap(
                    Map.Entry::getKey, e -> Math.round(e.getValue() * 1e9) / 1e9)));
  }

  @Test
  void aFormulaIsItsSpecShownEqualAndRebuilt() {
    ScoringStrategy a = FormulaStrategies.formula(RATIO, UP);
    ScoringStrategy b =
        new FormulaStrategyProvider()
            .strategy(
                StrategySpec.Named.of(
                    "formula", Map.of("expression", RATIO, "directions", List.of("increase"))));
    assertEquals("formula(expression=" + RATIO + ", directions=[INCREASE], cap=1)", a.toString());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.spec(), b.spec());
    assertEquals(a, a.spec().get().strategy(PolicyExtensions.loaded()));
    assertNotEquals(a, FormulaStrategies.formula(RATIO, UP, 2));
    assertEquals(
        "formula(expression=1.0, directions=[INCREASE, DECREASE], cap=1.5)",
        FormulaStrategies.formula("1.0", EnumSet.of(Direction.DECREASE, Direction.INCREASE), 1.5)
            .toString());
    assertEquals(Set.of("formula"), PolicyExtensions.loaded().strategyKinds());
  }

  @Test
  void syntaxAndTypeErrorsNameTheirColumnInTheExpression() {
    assertEquals(
        "the formula does not compile: at column 10 of the expression: undeclared reference to"
            + " 'targt' (in container '')",
        message("actual / targt", UP));
    assertEquals(
        "the formula does not compile: at column 8 of the expression: found no matching overload"
            + " for '_*_' applied to '(double, int)' (candidates: (int, int),(uint, uint),(double,"
            + " double))",
        message("actual * 2", UP));
    assertEquals(
        "the formula does not compile: at line 2, column 3 of the expression: undeclared reference"
            + " to 'x' (in container '')",
        message("actual /\n  x", UP));
    assertEquals(
        "the formula gives a value of type bool; expected a number (double or int)",
        message("actual > target", UP));
    assertEquals(
        "the formula is empty; expected an expression such as actual / target", message(" ", UP));
    assertEquals("expression", refused("(actual +", UP));
  }

  @Test
  void aFormulaThatBreaksTheContractIsRefusedWithTheCounterexample() {
    assertEquals(
        "the formula breaks the strategy contract: a better value must never score less; for"
            + " INCREASE measures, target 0 -> 100, elapsed 0: actual 0 scores 1 but actual 6.25"
            + " scores 0.9375",
        message("actual <= baseline ? 1.0 : (actual >= target ? 0.0 : 1.0 - actual / target)", UP));
    assertEquals(
        "the formula breaks the strategy contract for INCREASE measures, target 0 -> 100, elapsed"
            + " 0, actual -100: it gives 2; a score must be a finite number from 0 to the cap 1",
        message("2.0", UP));
    assertEquals(
        "the formula breaks the strategy contract for INCREASE measures, target 0 -> 100, elapsed"
            + " 0, actual 0: it gives NaN; a score must be a finite number from 0 to the cap 1",
        message("actual / actual", UP));
    assertEquals(
        "the formula breaks the strategy contract: a better value must never score less; for"
            + " DECREASE measures, target 100 -> 50, elapsed 0: actual 46.875 scores 0 but actual 50"
            + " scores 1",
        message("actual >= target ? 1.0 : 0.0", EnumSet.of(Direction.DECREASE)));
    assertEquals(
        "the formula breaks the strategy contract: a range must score highest inside; for target"
            + " 3 to 5, elapsed 0, actual 3 scores 1 but the middle 4 scores 0.5",
        message(
            "actual < low || actual > high ? 0.0 : (actual == (low + high) / 2.0 ? 0.5 : 1.0)",
            EnumSet.of(Direction.RANGE)));
  }

  @Test
  void aNumberTheTargetLacksIsAbsentNotZero() {
    assertEquals(
        "the formula breaks the strategy contract for INCREASE measures, target 0 -> 100, elapsed"
            + " 0, actual -100: it cannot be evaluated: formula(expression=actual >= stretch ? 1.0"
            + " : 0.0, directions=[INCREASE], cap=1) reads 'stretch', which the target 0 -> 100 of"
            + " 'sample' does not have; guard it with has(given.stretch)",
        message("actual >= stretch ? 1.0 : 0.0", UP));
    // guarded, the formula falls back to the target
    ScoringStrategy s =
        FormulaStrategies.formula(
            "actual >= (has(given.stretch) ? stretch : target) ? 1.0 : 0.0", UP);
    assertEquals(1.0, s.score(up(Target.increase(0, 20), 20)));
    assertEquals(0.0, s.score(up(Target.increase(0, 20).withStretch(30), 20)));
    assertEquals(1.0, s.score(up(Target.increase(0, 20).withStretch(30), 30)));
    // a baseline the grid has but an element lacks fails at scoring, naming the element
    ScoringStrategy eighty = FormulaStrategies.formula(EIGHTY, UP);
    ScoringInput noBaseline =
        up(Target.of(20), 13)
            .withContext("KR-1", LocalDate.of(2026, 5, 31), Period.quarter(2026, 2));
    assertEquals(
        "formula(expression="
            + EIGHTY
            + ", directions=[INCREASE], cap=1) reads 'baseline', which the target 20 of 'KR-1'"
            + " does not have; guard it with has(given.baseline)",
        assertThrows(IllegalStateException.class, () -> eighty.score(noBaseline)).getMessage());
  }

  @Test
  void aNonFiniteResultAtScoringNamesTheElement() {
    // finite on the sample grid, infinite for a target of 20
    ScoringStrategy s =
        FormulaStrategies.formula(
            "target == 20.0 ? actual / (target - 20.0) : (actual >= target ? 1.0 : 0.0)", UP);
    ScoringInput in =
        up(Target.increase(0, 20), 13)
            .withContext("KR-partners", LocalDate.of(2026, 5, 31), Period.quarter(2026, 2));
    assertEquals(
        s
            + " gave Infinity for 'KR-partners' (actual 13, target 0 -> 20); a formula must give a"
            + " finite number from 0 to its cap 1",
        assertThrows(IllegalStateException.class, () -> s.score(in)).getMessage());
  }

  @Test
  void aMeasureOfADirectionTheFormulaDoesNotServeFailsNamingTheElement() {
    ScoringStrategy s = FormulaStrategies.formula(EIGHTY, UP);
    ScoringInput down =
        ScoringInput.of(Measure.decreasing("defects", Unit.COUNT), Target.decrease(10, 5), 7)
            .withContext("K-defects", LocalDate.of(2026, 5, 31), Period.quarter(2026, 2));
    assertEquals(
        s + " serves [INCREASE] measures; 'K-defects' has a DECREASE measure",
        assertThrows(IllegalStateException.class, () -> s.score(down)).getMessage());
  }

  @Test
  void rangesMilestonesElapsedAndCap() {
    ScoringStrategy band =
        FormulaStrategies.formula(
            "actual >= low && actual <= high ? 1.0 : (actual < low ? (actual <= low - 2.0 ? 0.0 :"
                + " 1.0 - (low - actual) / 2.0) : (actual >= high + 2.0 ? 0.0 : 1.0 - (actual -"
                + " high) / 2.0))",
            EnumSet.of(Direction.RANGE));
    Measure features = Measure.range("features", Unit.COUNT);
    assertEquals(1.0, band.score(ScoringInput.of(features, Target.range(3, 5), 4)));
    assertEquals(0.5, band.score(ScoringInput.of(features, Target.range(3, 5), 2)));
    assertEquals(0.75, band.score(ScoringInput.of(features, Target.range(3, 5), 5.5)));
    // milestones: baseline 0, target 1, the actual value the share done
    ScoringStrategy share =
        FormulaStrategies.formula(
            "actual <= baseline ? 0.0 : (actual >= target ? 1.0 : (actual - baseline) / (target -"
                + " baseline))",
            UP);
    Target two = Target.milestones(Milestone.of("a", 1), Milestone.of("b", 3));
    assertEquals(0.75, share.score(ScoringInput.of(Measure.milestones("m"), two, 0.75)));
    // elapsed: half the credit is for being on pace
    ScoringStrategy pace =
        FormulaStrategies.formula(
            "actual >= target ? 1.5 : (actual >= target * elapsed ? 1.0 : 0.0)", UP, 1.5);
    Period q2 = Period.quarter(2026, 2);
    ScoringInput mid =
        up(Target.increase(0, 20), 13).withContext("K", LocalDate.of(2026, 5, 15), q2);
    ScoringInput late = up(Target.increase(0, 20), 13).withContext("K", q2.end(), q2);
    assertEquals(1.0, pace.score(mid));
    assertEquals(0.0, pace.score(late));
    assertEquals(1.5, pace.score(up(Target.increase(0, 20), 20)));
    assertEquals(1.5, pace.maxScore());
    // without a period, elapsed is absent
    assertThrows(IllegalStateException.class, () -> pace.score(up(Target.increase(0, 20), 13)));
  }

  @Test
  void badParametersNameTheParameter() {
    StrategySpec.Named noDirections =
        StrategySpec.Named.of("formula", Map.of("expression", "actual / target"));
    ParameterException e =
        assertThrows(ParameterException.class, () -> FormulaStrategies.of(noDirections));
    assertEquals("directions", e.parameter());
    assertEquals(
        "a formula names the directions of the measures it serves: directions: [increase], say;"
            + " got none",
        e.getMessage());
    e =
        assertThrows(
            ParameterException.class,
            () ->
                FormulaStrategies.of(
                    StrategySpec.Named.of(
                        "formula",
                        Map.of("expression", "actual / target", "directions", List.of("up")))));
    assertEquals(
        "unknown direction up of a formula; expected increase, decrease or range", e.getMessage());
    e =
        assertThrows(
            ParameterException.class,
            () ->
                FormulaStrategies.of(
                    StrategySpec.Named.of(
                        "formula",
                        Map.of(
                            "expression", "actual / target", "directions", "increase", "cap", 0))));
    assertEquals("cap", e.parameter());
    e =
        assertThrows(
            ParameterException.class,
            () ->
                FormulaStrategies.of(
                    StrategySpec.Named.of(
                        "formula",
                        Map.of(
                            "expression",
                            "actual / target",
                            "directions",
                            "increase",
                            "caps",
                            1))));
    assertEquals("caps", e.parameter());
    assertEquals(
        "unknown parameter 'caps' of a formula; expected expression, directions, cap",
        e.getMessage());
    e =
        assertThrows(
            ParameterException.class,
            () ->
                FormulaStrategies.of(
                    StrategySpec.Named.of("formula", Map.of("directions", "range"))));
    assertEquals("expression", e.parameter());
    assertEquals(
        "directions",
        assertThrows(ParameterException.class, () -> FormulaStrategies.formula("actual", Set.of()))
            .parameter());
  }
}

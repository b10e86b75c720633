package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.Period;
import org.okrkit.core.Target;

/** The value types of explanations: equality, null checks, finite numbers, kept order. */
class ExplanationValuesTest {

  @Test
  void formulasAreEqualWhenTheirDataIs() {
    Formula linear =
        Formula.of(
            Formula.Kind.ACHIEVEMENT,
            ImmutableMap.of("actual", 13.0, "baseline", 0.0, "target", 20.0, "result", 0.65));
    new EqualsTester()
        .addEqualityGroup(
            linear,
            Formula.builder()
                .kind(Formula.Kind.ACHIEVEMENT)
                .putNumber("actual", 13)
                .putNumber("baseline", 0)
                .putNumber("target", 20)
                .putNumber("result", 0.65)
                .build())
        .addEqualityGroup(
            linear.withStep(
                Formula.Step.of(Formula.Step.Kind.ROUNDED_TO_TENTHS, Map.of("result", 0.7))))
        .addEqualityGroup(Formula.of(Formula.Kind.SCORE, Map.of("result", 0.65)))
        .addEqualityGroup(Formula.custom("{result}", Map.of("result", 0.65)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Formula.Term.weighted(0.5, 1),
            Formula.Term.of(ImmutableMap.of("score", 0.5, "weight", 1.0)))
        .addEqualityGroup(new Formula.Term(Map.of("days", 3.0), Optional.of(Target.of(1))))
        .testEquals();
  }

  @Test
  void numbersKeepTheOrderGivenAndMustBeFinite() {
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("z", 1.0);
    numbers.put("a", 2.0);
    assertEquals(
        List.of("z", "a"), List.copyOf(Formula.of(Formula.Kind.SCORE, numbers).numbers().keySet()));
    assertEquals(
        "formula number result must be finite, got NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> Formula.of(Formula.Kind.SCORE, Map.of("result", Double.NaN)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Formula.Term.weighted(Double.POSITIVE_INFINITY, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Formula.Step.of(Formula.Step.Kind.CLAMPED, Map.of("result", Double.NEGATIVE_INFINITY)));
    assertEquals(
        "a CUSTOM formula needs its text",
        assertThrows(
                IllegalArgumentException.class, () -> Formula.of(Formula.Kind.CUSTOM, Map.of()))
            .getMessage());
  }

  @Test
  void rulesAndInputsCheckWhatTheyHold() {
    assertEquals(
        "a strategy rule from ELEMENT needs a key, got ''",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Rule.Strategy(
                        Strategies.linear(), Rule.Source.ELEMENT, "", OptionalDouble.empty()))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Rule.Strategy(
                Strategies.linear(), Rule.Source.KPI_DEFAULT, "K", OptionalDouble.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Rule.Strategy(
                Strategies.linear(), Rule.Source.KPI_DEFAULT, "", OptionalDouble.of(1.5)));
    assertThrows(IllegalArgumentException.class, () -> new Rule.Composite(Double.NaN, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new Input.Actual(Double.NaN, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Input.Progress(1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Input.ExpectedProgress(0.5, 92, 91, Period.quarter(2026, 2), Pace.linear()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Input.ExpectedProgress(1.5, 10, 91, Period.quarter(2026, 2), Pace.linear()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Input.ExpectedProgress(-0.5, 10, 91, Period.quarter(2026, 2), Pace.linear()));
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Formula.Kind.class, Formula.Kind.SCORE)
            .setDefault(Formula.Step.Kind.class, Formula.Step.Kind.CLAMPED)
            .setDefault(Rule.Source.class, Rule.Source.KPI_DEFAULT)
            .setDefault(ScoringStrategy.class, Strategies.binary())
            .setDefault(Aggregation.class, Aggregations.minimum())
            .setDefault(Target.class, Target.of(1))
            .setDefault(Period.class, Period.quarter(2026, 2))
            .setDefault(Pace.class, Pace.linear())
            .setDefault(LocalDate.class, LocalDate.of(2026, 5, 31))
            .setDefault(Direction.class, Direction.INCREASE);
    tester.testAllPublicStaticMethods(Formula.class);
    tester.testAllPublicStaticMethods(Formula.Term.class);
    tester.testAllPublicStaticMethods(Formula.Step.class);
    for (Class<?> type :
        List.of(
            Formula.Term.class,
            Formula.Step.class,
            Rule.Strategy.class,
            Rule.Objective.class,
            Rule.OwnerPart.class,
            Input.Actual.class,
            Input.Target.class,
            Input.Direction.class,
            Input.Owner.class,
            Input.ObjectiveKind.class,
            Input.Level.class,
            Input.ExpectedProgress.class,
            Input.ExpectedInFull.class)) {
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(Formula.of(Formula.Kind.SCORE, Map.of("result", 1.0)));
  }
}

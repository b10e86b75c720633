package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TargetTest {

  private static String failure(Executable call) {
    return assertThrows(IllegalArgumentException.class, call).getMessage();
  }

  @Test
  void equalTargetsHashAlikeAndDistinctOnesSpread() {
    new EqualsTester()
        .addEqualityGroup(Target.increase(0, 20), Target.increase(0, 20))
        .addEqualityGroup(Target.increase(0, 21))
        .addEqualityGroup(Target.of(20))
        .addEqualityGroup(Target.increaseByPercent(10, 20))
        .addEqualityGroup(Target.range(0, 20), Target.range(0, 20))
        .addEqualityGroup(Target.milestone("launch"), Target.milestone("launch"))
        .addEqualityGroup(Target.milestone("ship"))
        .testEquals();
    Set<Integer> hashes = new HashSet<>();
    int targets = 0;
    for (int low = 0; low < 20; low++) {
      for (int high = low + 1; high <= 20; high++) {
        hashes.add(Target.increase(low, high).hashCode());
        hashes.add(Target.decrease(high, low).hashCode());
        hashes.add(Target.range(low, high).hashCode());
        targets += 3;
      }
    }
    // 630 distinct targets: a hash that ignored a number or the kind would collide far more
    assertTrue(hashes.size() > targets * 0.95, () -> hashes.size() + " hash codes");
  }

  @Test
  void increaseAndDecreaseAreAbsoluteTargetsWithABaseline() {
    Target up = Target.increase(0, 20);
    assertEquals(Target.Kind.ABSOLUTE, up.kind());
    assertEquals(OptionalDouble.of(0), up.baseline());
    assertEquals(OptionalDouble.of(20), up.absoluteValue());
    assertEquals("0 -> 20", up.describe());

    Target down = Target.decrease(2.5, 1);
    assertEquals(OptionalDouble.of(1), down.absoluteValue());
    assertEquals("2.5 -> 1", down.describe());
  }

  @Test
  void factoriesRejectTargetsThatPointTheWrongWay() {
    assertEquals(
        "target 10 lies below baseline 20 for an INCREASE measure",
        failure(() -> Target.increase(20, 10)));
    assertEquals(
        "target 3 lies above baseline 2 for a DECREASE measure",
        failure(() -> Target.decrease(2, 3)));
    assertEquals(
        "target 5 equals its baseline; expected a target above the baseline for an INCREASE measure",
        failure(() -> Target.increase(5, 5)));
    assertEquals("value NaN is not a finite number", failure(() -> Target.of(Double.NaN)));
    assertEquals(
        "baseline Infinity is not a finite number",
        failure(() -> Target.increase(Double.POSITIVE_INFINITY, 3)));
  }

  @Test
  void relativeTargetsResolveAgainstTheBaseline() {
    Target mentions = Target.increaseByPercent(200, 30);
    assertEquals(Target.Kind.RELATIVE, mentions.kind());
    assertEquals(OptionalDouble.of(30), mentions.value());
    assertEquals(OptionalDouble.of(260), mentions.absoluteValue());
    assertEquals("+30 % of 200 (260)", mentions.describe());

    Target complaints = Target.decreaseByPercent(150, 20).withThreshold(-10).withStretch(-30);
    assertEquals(OptionalDouble.of(120), complaints.absoluteValue());
    assertEquals(OptionalDouble.of(135), complaints.absoluteThreshold());
    assertEquals(OptionalDouble.of(105), complaints.absoluteStretch());
    assertEquals(
        "-20 % of 150 (120), threshold -10 % (135), stretch -30 % (105)", complaints.describe());
    assertEquals(List.of(), complaints.problems(Direction.DECREASE));
  }

  @Test
  void relativeTargetsNeedAPositiveBaseline() {
    assertEquals(
        "a RELATIVE target needs a baseline above 0, got 0",
        failure(() -> Target.increaseByPercent(0, 30)));
    assertEquals(
        "target -20 % (80) lies below baseline 100 for an INCREASE measure",
        failure(() -> Target.increaseByPercent(100, -20)));
  }

  @Test
  void rangeAndMilestoneTargets() {
    Target features = Target.range(3, 5);
    assertEquals(OptionalDouble.of(3), features.low());
    assertEquals(OptionalDouble.of(5), features.high());
    assertEquals(OptionalDouble.empty(), features.absoluteValue());
    assertEquals("3 to 5", features.describe());
    assertEquals(
        "range low 5 lies above high 3; expected low <= high", failure(() -> Target.range(5, 3)));

    Target roadshow =
        Target.milestones(
            Milestone.of("deck"), Milestone.of("model", 2), Milestone.of("data-room"));
    assertEquals(4.0, roadshow.totalMilestoneWeight());
    assertEquals("milestones: deck, model x2, data-room", roadshow.describe());
    assertEquals(
        "milestone 'deck' appears more than once; names must be unique",
        failure(() -> Target.milestones(Milestone.of("deck"), Milestone.of("deck"))));
    assertEquals(
        "milestone 'deck' has weight 0; expected a finite weight above 0",
        failure(() -> Target.milestones(Milestone.of("deck", 0))));
    assertEquals(
        "milestone name 'pitch deck' is invalid; expected 1 to 128 letters, digits, '_', '-', '.'"
            + " or ':', starting with a letter or digit",
        failure(() -> Target.milestone("pitch deck")));
    assertEquals(
        "a MILESTONES target needs at least one milestone",
        failure(() -> Target.milestones(new Milestone[0])));
  }

  @Test
  void thresholdAndStretchAreOrderedForTheDirection() {
    Target t = Target.increase(100, 120).withThreshold(110).withStretch(90);
    assertEquals(
        List.of("stretch 90 lies below target 120 for an INCREASE measure"),
        t.problems(Direction.INCREASE));
    Target d = Target.decrease(10, 5).withThreshold(4).withStretch(5);
    assertEquals(
        List.of(
            "threshold 4 lies below target 5 for a DECREASE measure",
            "stretch 5 equals target 5; expected a stretch below the target for a DECREASE measure"),
        d.problems(Direction.DECREASE));
  }

  @Test
  void kindsMustMatchTheMeasureDirection() {
    assertEquals(
        List.of("a RANGE target needs a RANGE measure, the measure is INCREASE"),
        Target.range(3, 5).problems(Direction.INCREASE));
    assertEquals(
        List.of("a RANGE measure needs a RANGE target, got ABSOLUTE"),
        Target.of(4).problems(Direction.RANGE));
    assertEquals(
        List.of("a MILESTONES target needs an INCREASE measure, the measure is DECREASE"),
        Target.milestone("done").problems(Direction.DECREASE));
  }

  @Test
  void builtTargetsReportMissingAndMisplacedFields() {
    Target noValue = Target.builder().kind(Target.Kind.ABSOLUTE).low(3).build();
    assertEquals(
        List.of(
            "an ABSOLUTE target needs a value",
            "an ABSOLUTE target takes no low or high; those belong to a RANGE target"),
        noValue.problems(Direction.INCREASE));
    Target relative = Target.builder().kind(Target.Kind.RELATIVE).value(-120).build();
    assertEquals(
        List.of(
            "a RELATIVE target needs a baseline",
            "value -120 % would fall below zero; expected a change of -100 % or more"),
        relative.problems(Direction.DECREASE));
    Target range = Target.builder().kind(Target.Kind.RANGE).low(1).high(2).value(3).build();
    assertEquals(
        List.of(
            "a RANGE target takes no value, threshold or stretch; it is judged by low and high"),
        range.problems(Direction.RANGE));
    Target milestones =
        Target.builder()
            .kind(Target.Kind.MILESTONES)
            .baseline(0)
            .addMilestone(Milestone.of("a"))
            .build();
    assertTrue(
        milestones
            .problems(Direction.INCREASE)
            .get(0)
            .startsWith("a MILESTONES target takes no baseline"));
  }

  @Test
  void everyNumberOfABuiltTargetIsFiniteAndNoChangeFallsBelowMinus100() {
    Target numbers =
        Target.builder()
            .kind(Target.Kind.RELATIVE)
            .baseline(Double.NaN)
            .value(Double.POSITIVE_INFINITY)
            .threshold(Double.NEGATIVE_INFINITY)
            .stretch(Double.NaN)
            .build();
    assertEquals(
        List.of(
            "baseline NaN is not a finite number",
            "value Infinity is not a finite number",
            "threshold -Infinity is not a finite number",
            "stretch NaN is not a finite number"),
        numbers.problems(Direction.INCREASE));
    Target range =
        Target.builder()
            .kind(Target.Kind.RANGE)
            .low(Double.NaN)
            .high(Double.POSITIVE_INFINITY)
            .build();
    assertEquals(
        List.of("low NaN is not a finite number", "high Infinity is not a finite number"),
        range.problems(Direction.RANGE));
    Target relative =
        Target.builder()
            .kind(Target.Kind.RELATIVE)
            .baseline(100)
            .value(50)
            .threshold(-101)
            .stretch(-100.5)
            .build();
    assertEquals(
        List.of(
            "threshold -101 % would fall below zero; expected a change of -100 % or more",
            "stretch -100.5 % would fall below zero; expected a change of -100 % or more",
            "stretch -100.5 % (-0.5) lies below target +50 % (150) for an INCREASE measure"),
        relative.problems(Direction.INCREASE));
  }

  @Test
  void toStringNamesTheKindAndOnlyTheNumbersPresent() {
    assertEquals(
        "Target{kind=ABSOLUTE, baseline=0.0, value=20.0, milestones=[]}",
        Target.increase(0, 20).toString());
    assertEquals("Target{kind=ABSOLUTE, value=7.0, milestones=[]}", Target.of(7).toString());
  }
}

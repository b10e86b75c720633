package org.okrkit.scoring.internal;

import com.google.common.collect.ImmutableMap;
import org.okrkit.core.Direction;
import org.okrkit.core.Target;
import org.okrkit.scoring.Formula;
import org.okrkit.scoring.ScoringInput;

/**
 * The shared arithmetic of the built-in strategies: whether a target is met, and how far the actual
 * value has come from the baseline to the target ("achievement": 0 at the baseline, 1 at the
 * target, above 1 beyond it). Every function is total over valid inputs and never divides by zero.
 */
public final class Achievement {
  private Achievement() {}

  /**
   * Whether the target is met: at or beyond the value, inside the range, or every milestone done.
   */
  public static boolean met(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    switch (t.kind()) {
      case RANGE -> {
        return a >= t.low().getAsDouble() && a <= t.high().getAsDouble();
      }
      case MILESTONES -> {
        return a >= 1.0;
      }
      default -> {
        double v = t.absoluteValue().getAsDouble();
        return in.measure().direction() == Direction.DECREASE ? a <= v : a >= v;
      }
    }
  }

  /** Whether linear achievement has a baseline to grade from. */
  public static boolean graded(ScoringInput in) {
    Target t = in.target();
    return switch (t.kind()) {
      case MILESTONES -> true;
      case RANGE -> t.baseline().isPresent() && distanceOutside(t, t.baseline().getAsDouble()) > 0;
      default ->
          t.baseline().isPresent() && t.baseline().getAsDouble() != t.absoluteValue().getAsDouble();
    };
  }

  /**
   * How far the actual value has come: {@code (actual - baseline) / (target - baseline)} for a
   * value target; for a range, 1 inside and {@code 1 - distance / baseline's distance} outside; the
   * share done for milestones. Without a baseline to grade from (or a baseline inside the range), 1
   * when the target is met and 0 otherwise. Unbounded: below 0 when the value moved away, above 1
   * beyond the target.
   */
  public static double of(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    if (!graded(in)) {
      return met(in) ? 1.0 : 0.0;
    }
    switch (t.kind()) {
      case MILESTONES -> {
        return a;
      }
      case RANGE -> {
        double d = distanceOutside(t, a);
        return d == 0 ? 1.0 : 1.0 - d / distanceOutside(t, t.baseline().getAsDouble());
      }
      default -> {
        double b = t.baseline().getAsDouble();
        return (a - b) / (t.absoluteValue().getAsDouble() - b);
      }
    }
  }

  /** The formula behind {@link #of}, with the numbers filled in. */
  public static Formula formula(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    if (!graded(in)) {
      return note(metFormula(in), Formula.Step.Kind.NO_BASELINE);
    }
    switch (t.kind()) {
      case MILESTONES -> {
        return Formula.of(Formula.Kind.MILESTONE_SHARE, ImmutableMap.of("actual", a, "result", a));
      }
      case RANGE -> {
        double d = distanceOutside(t, a);
        if (d == 0) {
          return Formula.builder()
              .kind(Formula.Kind.RANGE_INSIDE)
              .numbers(ImmutableMap.of("actual", a, "result", 1.0))
              .target(t)
              .build();
        }
        double baseline = t.baseline().getAsDouble();
        return Formula.builder()
            .kind(Formula.Kind.RANGE_ACHIEVEMENT)
            .numbers(
                ImmutableMap.of(
                    "actual", a,
                    "distance", d,
                    "baseline", baseline,
                    "baselineDistance", distanceOutside(t, baseline),
                    "result", of(in)))
            .target(t)
            .build();
      }
      default -> {
        return Formula.of(
            Formula.Kind.ACHIEVEMENT,
            ImmutableMap.of(
                "actual", a,
                "baseline", t.baseline().getAsDouble(),
                "target", t.absoluteValue().getAsDouble(),
                "result", of(in)));
      }
    }
  }

  /** Whether the target is met, as a formula: {@code actual >= target? yes -> 1} and the like. */
  public static Formula metFormula(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    double result = met(in) ? 1.0 : 0.0;
    return switch (t.kind()) {
      case RANGE ->
          Formula.builder()
              .kind(Formula.Kind.INSIDE_RANGE)
              .numbers(ImmutableMap.of("actual", a, "result", result))
              .target(t)
              .build();
      case MILESTONES ->
          Formula.of(
              Formula.Kind.ALL_MILESTONES_DONE, ImmutableMap.of("actual", a, "result", result));
      default ->
          Formula.of(
              in.measure().direction() == Direction.DECREASE
                  ? Formula.Kind.AT_MOST
                  : Formula.Kind.AT_LEAST,
              ImmutableMap.of(
                  "actual", a, "target", t.absoluteValue().getAsDouble(), "result", result));
    };
  }

  /** {@code formula} followed by a step of {@code kind} without numbers of its own. */
  public static Formula note(Formula formula, Formula.Step.Kind kind) {
    return formula.withStep(Formula.Step.of(kind, ImmutableMap.of()));
  }

  /** How far {@code value} lies outside a range target; 0 inside. */
  public static double distanceOutside(Target range, double value) {
    double low = range.low().getAsDouble();
    double high = range.high().getAsDouble();
    return value < low ? low - value : value > high ? value - high : 0.0;
  }

  /**
   * A value target's numbers turned so that higher is better: negated for a {@code DECREASE}
   * measure, as they are for an {@code INCREASE} one.
   */
  public static double oriented(ScoringInput in, double value) {
    return in.measure().direction() == Direction.DECREASE ? -value : value;
  }

  public static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}

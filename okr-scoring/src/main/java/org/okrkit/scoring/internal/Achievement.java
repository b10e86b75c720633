package org.okrkit.scoring.internal;

import org.okrkit.scoring.ScoringInput;

import static org.okrkit.core.Numbers.plain;

import org.okrkit.core.Direction;
import org.okrkit.core.Target;

/**
 * The shared arithmetic of the built-in strategies: whether a target is met, and how far the actual
 * value has come from the baseline to the target ("achievement": 0 at the baseline, 1 at the
 * target, above 1 beyond it). Every function is total over valid inputs and never divides by zero.
 */
public final class Achievement {
  private Achievement() {}

  /** Whether the target is met: at or beyond the value, inside the range, or every milestone done. */
  public static boolean met(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    switch (t.kind()) {
      case RANGE:
        return a >= t.low().getAsDouble() && a <= t.high().getAsDouble();
      case MILESTONES:
        return a >= 1.0;
      default:
        double v = t.absoluteValue().getAsDouble();
        return in.measure().direction() == Direction.DECREASE ? a <= v : a >= v;
    }
  }

  /** Whether linear achievement has a baseline to grade from. */
  public static boolean graded(ScoringInput in) {
    Target t = in.target();
    switch (t.kind()) {
      case MILESTONES:
        return true;
      case RANGE:
        return t.baseline().isPresent() && distanceOutside(t, t.baseline().getAsDouble()) > 0;
      default:
        return t.baseline().isPresent()
            && t.baseline().getAsDouble() != t.absoluteValue().getAsDouble();
    }
  }

  /**
   * How far the actual value has come: {@code (actual - baseline) / (target - baseline)} for a
   * value target; for a range, 1 inside and {@code 1 - distance / baseline's distance} outside; the
   * share done for milestones. Without a baseline to grade from (or a baseline inside the range),
   * 1 when the target is met and 0 otherwise. Unbounded: below 0 when the value moved away, above 1
   * beyond the target.
   */
  public static double of(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    if (!graded(in)) {
      return met(in) ? 1.0 : 0.0;
    }
    switch (t.kind()) {
      case MILESTONES:
        return a;
      case RANGE:
        double d = distanceOutside(t, a);
        return d == 0 ? 1.0 : 1.0 - d / distanceOutside(t, t.baseline().getAsDouble());
      default:
        double b = t.baseline().getAsDouble();
        return (a - b) / (t.absoluteValue().getAsDouble() - b);
    }
  }

  /** The formula behind {@link #of}, with the numbers filled in. */
  public static String formula(ScoringInput in) {
    Target t = in.target();
    double a = in.actual();
    if (!graded(in)) {
      return metFormula(in) + " (no baseline to grade from)";
    }
    switch (t.kind()) {
      case MILESTONES:
        return "share of milestones done " + plain(a);
      case RANGE:
        double d = distanceOutside(t, a);
        if (d == 0) {
          return plain(a) + " inside " + t.describe() + " -> 1";
        }
        return "1 - " + plain(d) + " / " + plain(distanceOutside(t, t.baseline().getAsDouble()))
            + " (distance outside " + t.describe() + " now / at baseline " + plain(t.baseline().getAsDouble())
            + ") = " + plain(of(in));
      default:
        double b = t.baseline().getAsDouble();
        return "(" + plain(a) + " - " + plain(b) + ") / (" + plain(t.absoluteValue().getAsDouble())
            + " - " + plain(b) + ") = " + plain(of(in));
    }
  }

  /** {@code actual >= target? yes -> 1}, and the like for the other kinds. */
  public static String metFormula(ScoringInput in) {
    Target t = in.target();
    String a = plain(in.actual());
    boolean met = met(in);
    String test;
    switch (t.kind()) {
      case RANGE:
        test = a + " inside " + t.describe();
        break;
      case MILESTONES:
        test = "all milestones done (share " + a + ")";
        break;
      default:
        String op = in.measure().direction() == Direction.DECREASE ? " <= " : " >= ";
        test = a + op + plain(t.absoluteValue().getAsDouble());
    }
    return test + "? " + (met ? "yes -> 1" : "no -> 0");
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

package org.okrkit.core.internal;

import static org.okrkit.core.internal.Checks.number;

import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Direction;
import org.okrkit.core.Milestone;
import org.okrkit.core.Target;
import org.okrkit.core.Target.Kind;

/**
 * The checks of one {@link Target}, shared by the target's factories, {@link
 * Target#problems(Direction)} and plan validation, so that all three say the same thing.
 */
public final class TargetRules {
  private TargetRules() {}

  /**
   * Reports every problem of {@code target} to {@code sink}, one sentence each.
   *
   * @param direction the direction of the target's measure, or null when it is not known yet: then
   *     only the checks that do not depend on it run
   */
  public static void check(Target target, @Nullable Direction direction, Consumer<String> sink) {
    finite("baseline", target.baseline(), sink);
    finite("value", target.value(), sink);
    finite("threshold", target.threshold(), sink);
    finite("stretch", target.stretch(), sink);
    finite("low", target.low(), sink);
    finite("high", target.high(), sink);
    switch (target.kind()) {
      case ABSOLUTE, RELATIVE -> numeric(target, direction, sink);
      case RANGE -> range(target, direction, sink);
      case MILESTONES -> milestones(target, direction, sink);
    }
  }

  private static void numeric(Target t, @Nullable Direction direction, Consumer<String> sink) {
    String kind = t.kind() == Kind.ABSOLUTE ? "an ABSOLUTE target" : "a RELATIVE target";
    if (t.value().isEmpty()) {
      sink.accept(
          t.kind() == Kind.ABSOLUTE
              ? "an ABSOLUTE target needs a value"
              : "a RELATIVE target needs a value, the change in percent of the baseline");
    }
    if (t.low().isPresent() || t.high().isPresent()) {
      sink.accept(kind + " takes no low or high; those belong to a RANGE target");
    }
    if (!t.milestones().isEmpty()) {
      sink.accept(kind + " takes no milestones; those belong to a MILESTONES target");
    }
    if (t.kind() == Kind.RELATIVE) {
      if (t.baseline().isEmpty()) {
        sink.accept("a RELATIVE target needs a baseline");
      } else if (isFinite(t.baseline()) && t.baseline().getAsDouble() <= 0) {
        sink.accept(
            "a RELATIVE target needs a baseline above 0, got "
                + number(t.baseline().getAsDouble()));
      }
      atLeastMinus100("value", t.value(), sink);
      atLeastMinus100("threshold", t.threshold(), sink);
      atLeastMinus100("stretch", t.stretch(), sink);
    }
    if (direction == null) {
      return;
    }
    if (direction == Direction.RANGE) {
      sink.accept("a RANGE measure needs a RANGE target, got " + t.kind());
      return;
    }
    OptionalDouble value = t.absoluteValue();
    if (!isFinite(value)) {
      return;
    }
    double v = value.getAsDouble();
    String above = direction == Direction.INCREASE ? "above" : "below";
    String below = direction == Direction.INCREASE ? "below" : "above";
    String measure =
        " for " + (direction == Direction.INCREASE ? "an " : "a ") + direction + " measure";
    if (t.kind() == Kind.ABSOLUTE && isFinite(t.baseline())) {
      double b = t.baseline().getAsDouble();
      if (v == b) {
        sink.accept(
            "target "
                + number(v)
                + " equals its baseline; expected a target "
                + above
                + " the baseline"
                + measure);
      } else if (!better(v, b, direction)) {
        sink.accept("target " + number(v) + " lies " + below + " baseline " + number(b) + measure);
      }
    }
    if (t.kind() == Kind.RELATIVE && isFinite(t.baseline()) && t.baseline().getAsDouble() > 0) {
      double p = t.value().getAsDouble();
      if (p == 0) {
        sink.accept("target +0 % equals its baseline; expected a change" + measure);
      } else if (!better(v, t.baseline().getAsDouble(), direction)) {
        sink.accept(
            "target "
                + figure(t, t.value(), t.absoluteValue())
                + " lies "
                + below
                + " baseline "
                + number(t.baseline().getAsDouble())
                + measure);
      }
    }
    OptionalDouble threshold = t.absoluteThreshold();
    if (isFinite(threshold) && !better(v, threshold.getAsDouble(), direction)) {
      String th = figure(t, t.threshold(), threshold);
      String tv = figure(t, t.value(), value);
      sink.accept(
          threshold.getAsDouble() == v
              ? "threshold "
                  + th
                  + " equals target "
                  + tv
                  + "; expected a threshold "
                  + below
                  + " the target"
                  + measure
              : "threshold " + th + " lies " + above + " target " + tv + measure);
    }
    OptionalDouble stretch = t.absoluteStretch();
    if (isFinite(stretch) && !better(stretch.getAsDouble(), v, direction)) {
      String st = figure(t, t.stretch(), stretch);
      String tv = figure(t, t.value(), value);
      sink.accept(
          stretch.getAsDouble() == v
              ? "stretch "
                  + st
                  + " equals target "
                  + tv
                  + "; expected a stretch "
                  + above
                  + " the target"
                  + measure
              : "stretch " + st + " lies " + below + " target " + tv + measure);
    }
  }

  private static void range(Target t, @Nullable Direction direction, Consumer<String> sink) {
    if (t.low().isEmpty() || t.high().isEmpty()) {
      sink.accept("a RANGE target needs low and high");
    } else if (isFinite(t.low())
        && isFinite(t.high())
        && t.low().getAsDouble() > t.high().getAsDouble()) {
      sink.accept(
          "range low "
              + number(t.low().getAsDouble())
              + " lies above high "
              + number(t.high().getAsDouble())
              + "; expected low <= high");
    }
    if (t.value().isPresent() || t.threshold().isPresent() || t.stretch().isPresent()) {
      sink.accept(
          "a RANGE target takes no value, threshold or stretch; it is judged by low and high");
    }
    if (!t.milestones().isEmpty()) {
      sink.accept("a RANGE target takes no milestones; those belong to a MILESTONES target");
    }
    if (direction != null && direction != Direction.RANGE) {
      sink.accept("a RANGE target needs a RANGE measure, the measure is " + direction);
    }
  }

  private static void milestones(Target t, @Nullable Direction direction, Consumer<String> sink) {
    if (t.milestones().isEmpty()) {
      sink.accept("a MILESTONES target needs at least one milestone");
    }
    if (t.baseline().isPresent()
        || t.value().isPresent()
        || t.threshold().isPresent()
        || t.stretch().isPresent()
        || t.low().isPresent()
        || t.high().isPresent()) {
      sink.accept(
          "a MILESTONES target takes no baseline, value, threshold, stretch, low or high;"
              + " it is judged by its milestones");
    }
    Set<String> seen = new HashSet<>();
    for (Milestone m : t.milestones()) {
      if (!Checks.isValidId(m.name())) {
        sink.accept("milestone name '" + m.name() + "' is invalid; expected " + Checks.ID_SYNTAX);
      } else if (!seen.add(m.name())) {
        sink.accept("milestone '" + m.name() + "' appears more than once; names must be unique");
      }
      if (!(Double.isFinite(m.weight()) && m.weight() > 0)) {
        sink.accept(
            "milestone '"
                + m.name()
                + "' has weight "
                + number(m.weight())
                + "; expected a finite weight above 0");
      }
    }
    if (direction != null && direction != Direction.INCREASE) {
      sink.accept("a MILESTONES target needs an INCREASE measure, the measure is " + direction);
    }
  }

  private static boolean better(double a, double b, Direction direction) {
    return direction == Direction.INCREASE ? a > b : a < b;
  }

  private static String figure(Target t, OptionalDouble asWritten, OptionalDouble absolute) {
    if (t.kind() != Kind.RELATIVE) {
      return number(absolute.getAsDouble());
    }
    double p = asWritten.getAsDouble();
    return (p >= 0 ? "+" : "") + number(p) + " % (" + number(absolute.getAsDouble()) + ")";
  }

  private static void atLeastMinus100(String name, OptionalDouble figure, Consumer<String> sink) {
    if (isFinite(figure) && figure.getAsDouble() < -100) {
      sink.accept(
          name
              + " "
              + number(figure.getAsDouble())
              + " % would fall below zero; expected a change of -100 % or more");
    }
  }

  private static void finite(String name, OptionalDouble figure, Consumer<String> sink) {
    if (figure.isPresent() && !Double.isFinite(figure.getAsDouble())) {
      sink.accept(name + " " + number(figure.getAsDouble()) + " is not a finite number");
    }
  }

  private static boolean isFinite(OptionalDouble figure) {
    return figure.isPresent() && Double.isFinite(figure.getAsDouble());
  }
}

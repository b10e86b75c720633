package org.okrkit.core.internal;

import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Direction;
import org.okrkit.core.Milestone;
import org.okrkit.core.Target;
import org.okrkit.core.Target.Kind;

/**
 * The checks of one {@link Target}, shared by the target's factories, {@link
 * Target#problems(Direction)} and plan validation, so that all three say the same thing. Each
 * problem is reported as a code of {@link org.okrkit.core.ProblemTemplates#core()} and its
 * arguments.
 */
public final class TargetRules {
  private TargetRules() {}

  /** Where the checks report problems: a code and its arguments. */
  @FunctionalInterface
  public interface Sink {
    /** Reports the problem {@code code} with its {@code arguments}. */
    void problem(String code, Map<String, ?> arguments);
  }

  /**
   * Reports every problem of {@code target} to {@code sink}.
   *
   * @param direction the direction of the target's measure, or null when it is not known yet: then
   *     only the checks that do not depend on it run
   */
  public static void check(Target target, @Nullable Direction direction, Sink sink) {
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

  /** A record argument that reads as the phrase {@code key}. */
  static Map<String, Object> phrase(String key) {
    return ImmutableMap.of("phrase", key);
  }

  private static Map<String, Object> aTarget(Kind kind) {
    return phrase("aTarget." + kind.name());
  }

  private static void numeric(Target t, @Nullable Direction direction, Sink sink) {
    Map<String, Object> kind = aTarget(t.kind());
    if (t.value().isEmpty()) {
      sink.problem(
          t.kind() == Kind.ABSOLUTE ? "target.absoluteNeedsValue" : "target.relativeNeedsValue",
          Map.of());
    }
    if (t.low().isPresent() || t.high().isPresent()) {
      sink.problem("target.noLowHigh", Map.of("target", kind));
    }
    if (!t.milestones().isEmpty()) {
      sink.problem("target.noMilestones", Map.of("target", kind));
    }
    if (t.kind() == Kind.RELATIVE) {
      if (t.baseline().isEmpty()) {
        sink.problem("target.relativeNeedsBaseline", Map.of());
      } else if (isFinite(t.baseline()) && t.baseline().getAsDouble() <= 0) {
        sink.problem(
            "target.relativeBaselineNotPositive", Map.of("baseline", t.baseline().getAsDouble()));
      }
      atLeastMinus100("value", t.value(), sink);
      atLeastMinus100("threshold", t.threshold(), sink);
      atLeastMinus100("stretch", t.stretch(), sink);
    }
    if (direction == null) {
      return;
    }
    if (direction == Direction.RANGE) {
      sink.problem("target.rangeMeasureNeedsRangeTarget", Map.of("kind", t.kind()));
      return;
    }
    OptionalDouble value = t.absoluteValue();
    if (!isFinite(value)) {
      return;
    }
    double v = value.getAsDouble();
    boolean increase = direction == Direction.INCREASE;
    if (t.kind() == Kind.ABSOLUTE && isFinite(t.baseline())) {
      double b = t.baseline().getAsDouble();
      if (v == b) {
        sink.problem(
            increase ? "target.equalsBaselineIncrease" : "target.equalsBaselineDecrease",
            Map.of("target", v));
      } else if (!better(v, b, direction)) {
        sink.problem(
            increase ? "target.belowBaseline" : "target.aboveBaseline",
            ImmutableMap.of("target", v, "baseline", b));
      }
    }
    if (t.kind() == Kind.RELATIVE && isFinite(t.baseline()) && t.baseline().getAsDouble() > 0) {
      double p = t.value().getAsDouble();
      if (p == 0) {
        sink.problem(
            increase ? "target.relativeZeroIncrease" : "target.relativeZeroDecrease", Map.of());
      } else if (!better(v, t.baseline().getAsDouble(), direction)) {
        sink.problem(
            increase ? "target.belowBaseline" : "target.aboveBaseline",
            ImmutableMap.of(
                "target",
                figure(t, t.value(), t.absoluteValue()),
                "baseline",
                t.baseline().getAsDouble()));
      }
    }
    OptionalDouble threshold = t.absoluteThreshold();
    if (isFinite(threshold) && !better(v, threshold.getAsDouble(), direction)) {
      Object th = figure(t, t.threshold(), threshold);
      Object tv = figure(t, t.value(), value);
      String code;
      if (threshold.getAsDouble() == v) {
        code =
            increase
                ? "target.thresholdEqualsTargetIncrease"
                : "target.thresholdEqualsTargetDecrease";
      } else {
        code = increase ? "target.thresholdAboveTarget" : "target.thresholdBelowTarget";
      }
      sink.problem(code, ImmutableMap.of("threshold", th, "target", tv));
    }
    OptionalDouble stretch = t.absoluteStretch();
    if (isFinite(stretch) && !better(stretch.getAsDouble(), v, direction)) {
      Object st = figure(t, t.stretch(), stretch);
      Object tv = figure(t, t.value(), value);
      String code;
      if (stretch.getAsDouble() == v) {
        code =
            increase ? "target.stretchEqualsTargetIncrease" : "target.stretchEqualsTargetDecrease";
      } else {
        code = increase ? "target.stretchBelowTarget" : "target.stretchAboveTarget";
      }
      sink.problem(code, ImmutableMap.of("stretch", st, "target", tv));
    }
  }

  private static void range(Target t, @Nullable Direction direction, Sink sink) {
    if (t.low().isEmpty() || t.high().isEmpty()) {
      sink.problem("target.rangeNeedsLowHigh", Map.of());
    } else if (isFinite(t.low())
        && isFinite(t.high())
        && t.low().getAsDouble() > t.high().getAsDouble()) {
      sink.problem(
          "target.rangeLowAboveHigh",
          ImmutableMap.of("low", t.low().getAsDouble(), "high", t.high().getAsDouble()));
    }
    if (t.value().isPresent() || t.threshold().isPresent() || t.stretch().isPresent()) {
      sink.problem("target.rangeTakesNoValue", Map.of());
    }
    if (!t.milestones().isEmpty()) {
      sink.problem("target.noMilestones", Map.of("target", aTarget(Kind.RANGE)));
    }
    if (direction != null && direction != Direction.RANGE) {
      sink.problem("target.rangeNeedsRangeMeasure", Map.of("direction", direction));
    }
  }

  private static void milestones(Target t, @Nullable Direction direction, Sink sink) {
    if (t.milestones().isEmpty()) {
      sink.problem("target.milestonesNeedOne", Map.of());
    }
    if (t.baseline().isPresent()
        || t.value().isPresent()
        || t.threshold().isPresent()
        || t.stretch().isPresent()
        || t.low().isPresent()
        || t.high().isPresent()) {
      sink.problem("target.milestonesTakeNoFigures", Map.of());
    }
    Set<String> seen = new HashSet<>();
    for (Milestone m : t.milestones()) {
      if (!Checks.isValidId(m.name())) {
        sink.problem("target.milestoneNameInvalid", Map.of("milestone", m.name()));
      } else if (!seen.add(m.name())) {
        sink.problem("target.milestoneRepeated", Map.of("milestone", m.name()));
      }
      if (!(Double.isFinite(m.weight()) && m.weight() > 0)) {
        sink.problem(
            "target.milestoneWeight", ImmutableMap.of("milestone", m.name(), "weight", m.weight()));
      }
    }
    if (direction != null && direction != Direction.INCREASE) {
      sink.problem("target.milestonesNeedIncrease", Map.of("direction", direction));
    }
  }

  private static boolean better(double a, double b, Direction direction) {
    return direction == Direction.INCREASE ? a > b : a < b;
  }

  /** A figure of a target: the number, or for a relative target the record {@code +10 % (110)}. */
  private static Object figure(Target t, OptionalDouble asWritten, OptionalDouble absolute) {
    if (t.kind() != Kind.RELATIVE) {
      return absolute.getAsDouble();
    }
    double p = asWritten.getAsDouble();
    return ImmutableMap.of(
        "phrase",
        "figure.relative",
        "sign",
        p >= 0 ? "+" : "",
        "percent",
        p,
        "value",
        absolute.getAsDouble());
  }

  private static void atLeastMinus100(String name, OptionalDouble figure, Sink sink) {
    if (isFinite(figure) && figure.getAsDouble() < -100) {
      sink.problem(
          "target.belowMinus100",
          ImmutableMap.of("field", phrase("targetField." + name), "percent", figure.getAsDouble()));
    }
  }

  private static void finite(String name, OptionalDouble figure, Sink sink) {
    if (figure.isPresent() && !Double.isFinite(figure.getAsDouble())) {
      sink.problem(
          "target.notFinite",
          ImmutableMap.of("field", phrase("targetField." + name), "value", figure.getAsDouble()));
    }
  }

  private static boolean isFinite(OptionalDouble figure) {
    return figure.isPresent() && Double.isFinite(figure.getAsDouble());
  }
}

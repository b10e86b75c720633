package org.okrkit.scoring.internal;

import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Point;

import static org.okrkit.core.internal.Checks.number;
import static org.okrkit.core.internal.Checks.requireArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.okrkit.core.Target;

/** The built-in strategies: immutable records whose components are their parameters. */
public final class BuiltInStrategies {
  private BuiltInStrategies() {}

  /** Met scores 1, not met 0. */
  public enum Binary implements ScoringStrategy {
    INSTANCE;

    @Override
    public double score(ScoringInput in) {
      return Achievement.met(in) ? 1.0 : 0.0;
    }

    @Override
    public String explain(ScoringInput in) {
      return Achievement.metFormula(in);
    }

    @Override
    public String toString() {
      return "binary";
    }
  }

  /** The weighted share of milestones done; met or not for other targets. */
  public enum Milestones implements ScoringStrategy {
    INSTANCE;

    @Override
    public double score(ScoringInput in) {
      if (in.target().kind() == Target.Kind.MILESTONES) {
        return Achievement.clamp(in.actual(), 0, 1);
      }
      return Achievement.met(in) ? 1.0 : 0.0;
    }

    @Override
    public String explain(ScoringInput in) {
      if (in.target().kind() == Target.Kind.MILESTONES) {
        return "weighted share of milestones done = " + number(score(in));
      }
      return Achievement.metFormula(in) + " (not a milestone target)";
    }

    @Override
    public String toString() {
      return "milestones";
    }
  }

  /** Linear achievement clamped to [0, cap], optionally rounded to tenths. */
  public record Linear(double cap, boolean roundToTenths) implements ScoringStrategy {
    public Linear {
      requireArgument(
          Double.isFinite(cap) && cap >= 1,
          "linear cap must be a finite number of at least 1, got %s",
          number(cap));
    }

    @Override
    public double score(ScoringInput in) {
      double s = Achievement.clamp(Achievement.of(in), 0, cap);
      // rounding never lifts a score above a cap that is not a whole tenth, such as 1.25
      return roundToTenths ? Math.min(cap, Math.round(s * 10) / 10.0) : s;
    }

    @Override
    public String explain(ScoringInput in) {
      double raw = Achievement.of(in);
      StringBuilder text = new StringBuilder(Achievement.formula(in));
      double clamped = Achievement.clamp(raw, 0, cap);
      if (clamped != raw) {
        text.append(", clamped to [0, ").append(number(cap)).append("] = ").append(number(clamped));
      }
      if (roundToTenths) {
        text.append(", rounded to tenths = ").append(number(score(in)));
      }
      return text.toString();
    }

    @Override
    public double maxScore() {
      return cap;
    }

    @Override
    public String toString() {
      return "linear(cap=" + number(cap) + (roundToTenths ? ", rounded to tenths)" : ")");
    }
  }

  /**
   * Below threshold 0; at threshold the floor; at target 1; at stretch the ceiling; linear between;
   * flat beyond stretch. Without a threshold, below target scores 0; without a stretch, at or
   * beyond target scores 1. Ranges and milestones: met 1, else 0.
   */
  public record Tiered(double floor, double ceiling) implements ScoringStrategy {
    public Tiered {
      requireArgument(
          floor >= 0 && floor <= 1, "tiered floor must lie from 0 to 1, got %s", number(floor));
      requireArgument(
          Double.isFinite(ceiling) && ceiling >= 1,
          "tiered ceiling must be a finite number of at least 1, got %s",
          number(ceiling));
    }

    @Override
    public double score(ScoringInput in) {
      Target t = in.target();
      if (t.kind() == Target.Kind.RANGE || t.kind() == Target.Kind.MILESTONES) {
        return Achievement.met(in) ? 1.0 : 0.0;
      }
      double a = Achievement.oriented(in, in.actual());
      double v = Achievement.oriented(in, t.absoluteValue().getAsDouble());
      if (a >= v) {
        OptionalDouble stretch = t.absoluteStretch();
        if (stretch.isEmpty()) {
          return 1.0;
        }
        double s = Achievement.oriented(in, stretch.getAsDouble());
        return a >= s ? ceiling : 1.0 + (ceiling - 1.0) * (a - v) / (s - v);
      }
      OptionalDouble threshold = t.absoluteThreshold();
      if (threshold.isEmpty()) {
        return 0.0;
      }
      double th = Achievement.oriented(in, threshold.getAsDouble());
      return a < th ? 0.0 : floor + (1.0 - floor) * (a - th) / (v - th);
    }

    @Override
    public String explain(ScoringInput in) {
      Target t = in.target();
      if (t.kind() == Target.Kind.RANGE || t.kind() == Target.Kind.MILESTONES) {
        return Achievement.metFormula(in) + " (no tiers for a " + t.kind() + " target)";
      }
      String tiers =
          "tiers: threshold " + t.absoluteThreshold().stream().mapToObj(d -> number(d)).findFirst().orElse("none")
              + " -> " + number(floor) + ", target " + number(t.absoluteValue().getAsDouble())
              + " -> 1, stretch "
              + t.absoluteStretch().stream().mapToObj(d -> number(d)).findFirst().orElse("none")
              + " -> " + number(ceiling);
      return "actual " + number(in.actual()) + " on " + tiers + "; linear between = "
          + number(score(in));
    }

    @Override
    public double maxScore() {
      return ceiling;
    }

    @Override
    public String toString() {
      return "tiered(floor=" + number(floor) + ", ceiling=" + number(ceiling) + ")";
    }
  }

  /** A payout table over achievement: the score of the highest step reached, 0 below the first. */
  public record Stepped(ImmutableList<Point> steps) implements ScoringStrategy {
    public Stepped {
      checkPoints(steps, "stepped");
    }

    @Override
    public double score(ScoringInput in) {
      double a = Achievement.of(in);
      double s = 0.0;
      for (Point p : steps) {
        if (a >= p.achievement()) {
          s = p.score();
        } else {
          break;
        }
      }
      return s;
    }

    @Override
    public String explain(ScoringInput in) {
      return "achievement " + Achievement.formula(in) + "; step reached in [" + table(steps)
          + "] -> " + number(score(in));
    }

    @Override
    public double maxScore() {
      return Math.max(steps.get(steps.size() - 1).score(), 0.0);
    }

    @Override
    public String toString() {
      return "stepped(" + table(steps) + ")";
    }
  }

  /** A piecewise-linear payout curve over achievement, flat beyond its ends. */
  public record Curve(ImmutableList<Point> points) implements ScoringStrategy {
    public Curve {
      checkPoints(points, "curve");
    }

    @Override
    public double score(ScoringInput in) {
      return at(Achievement.of(in));
    }

    public double at(double a) {
      Point first = points.get(0);
      if (a <= first.achievement()) {
        return first.score();
      }
      for (int i = 1; i < points.size(); i++) {
        Point p = points.get(i);
        if (a <= p.achievement()) {
          Point q = points.get(i - 1);
          double share = (a - q.achievement()) / (p.achievement() - q.achievement());
          return q.score() + share * (p.score() - q.score());
        }
      }
      return points.get(points.size() - 1).score();
    }

    @Override
    public String explain(ScoringInput in) {
      return "achievement " + Achievement.formula(in) + "; on curve [" + table(points) + "] -> "
          + number(score(in));
    }

    @Override
    public double maxScore() {
      return points.get(points.size() - 1).score();
    }

    @Override
    public String toString() {
      return "curve(" + table(points) + ")";
    }
  }

  /**
   * {@code actual / target} for an {@code INCREASE} measure, {@code target / actual} for a {@code
   * DECREASE} one, clamped to [0, cap]. For a target of 0 or below the ratio means nothing, so the
   * score is 1 when the target is met and 0 otherwise; a {@code DECREASE} actual of 0 or below
   * (with a positive target) is the best result possible and scores the cap. Ranges: 1 inside,
   * {@code actual / low} below (when low is above 0, else 0), {@code high / actual} above; milestones:
   * the share done.
   */
  public record PercentOfTarget(double cap) implements ScoringStrategy {
    public PercentOfTarget {
      requireArgument(
          Double.isFinite(cap) && cap >= 1,
          "percent-of-target cap must be a finite number of at least 1, got %s",
          number(cap));
    }

    @Override
    public double score(ScoringInput in) {
      Target t = in.target();
      double a = in.actual();
      switch (t.kind()) {
        case MILESTONES:
          return Achievement.clamp(a, 0, 1);
        case RANGE:
          double low = t.low().getAsDouble();
          double high = t.high().getAsDouble();
          if (a < low) {
            return low > 0 ? Achievement.clamp(a / low, 0, 1) : 0.0;
          }
          if (a > high) {
            return high > 0 ? Achievement.clamp(high / a, 0, 1) : 0.0;
          }
          return 1.0;
        default:
          double v = t.absoluteValue().getAsDouble();
          if (v <= 0) {
            return Achievement.met(in) ? 1.0 : 0.0;
          }
          if (in.measure().direction() == org.okrkit.core.Direction.DECREASE) {
            return a <= 0 ? cap : Achievement.clamp(v / a, 0, cap);
          }
          return Achievement.clamp(a / v, 0, cap);
      }
    }

    @Override
    public String explain(ScoringInput in) {
      Target t = in.target();
      double a = in.actual();
      String s = number(score(in));
      switch (t.kind()) {
        case MILESTONES:
          return "share of milestones done = " + s;
        case RANGE:
          return "actual " + number(a) + " against " + t.describe() + " = " + s;
        default:
          double v = t.absoluteValue().getAsDouble();
          if (v <= 0) {
            return Achievement.metFormula(in) + " (no ratio for a target of " + number(v) + ")";
          }
          String ratio =
              in.measure().direction() == org.okrkit.core.Direction.DECREASE
                  ? (a <= 0 ? "actual " + number(a) + " at or below 0: best possible" : number(v) + " / " + number(a))
                  : number(a) + " / " + number(v);
          return ratio + ", clamped to [0, " + number(cap) + "] = " + s;
      }
    }

    @Override
    public double maxScore() {
      return cap;
    }

    @Override
    public String toString() {
      return "percentOfTarget(cap=" + number(cap) + ")";
    }
  }

  /**
   * Met scores 1; short of the target (outside the range) the score falls linearly to 0 over the
   * tolerance, in the measure's unit. Milestones: all done 1, else 0.
   */
  public record Range(double tolerance) implements ScoringStrategy {
    public Range {
      requireArgument(
          Double.isFinite(tolerance) && tolerance >= 0,
          "range tolerance must be a finite number of at least 0, got %s",
          number(tolerance));
    }

    @Override
    public double score(ScoringInput in) {
      double miss = shortfall(in);
      if (miss <= 0) {
        return 1.0;
      }
      return tolerance == 0 ? 0.0 : Math.max(0.0, 1.0 - miss / tolerance);
    }

    /** How far the actual value falls short of the target; 0 or less when met. */
    private static double shortfall(ScoringInput in) {
      Target t = in.target();
      switch (t.kind()) {
        case RANGE:
          return Achievement.distanceOutside(t, in.actual());
        case MILESTONES:
          return Achievement.met(in) ? 0.0 : Double.POSITIVE_INFINITY;
        default:
          return Achievement.oriented(in, t.absoluteValue().getAsDouble())
              - Achievement.oriented(in, in.actual());
      }
    }

    @Override
    public String explain(ScoringInput in) {
      double miss = shortfall(in);
      if (miss <= 0) {
        return number(in.actual()) + " meets " + in.target().describe() + " -> 1";
      }
      if (in.target().kind() == Target.Kind.MILESTONES || tolerance == 0) {
        return Achievement.metFormula(in);
      }
      return "1 - " + number(miss) + " short / tolerance " + number(tolerance) + " = "
          + number(score(in));
    }

    @Override
    public String toString() {
      return "range(tolerance=" + number(tolerance) + ")";
    }
  }

  public static ImmutableList<Point> checkPoints(List<Point> points, String what) {
    requireArgument(!points.isEmpty(), "a %s table needs at least one point", what);
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      requireArgument(
          Double.isFinite(p.achievement()) && Double.isFinite(p.score()) && p.score() >= 0,
          "%s point %s must have a finite achievement and a finite score of at least 0",
          what,
          p);
      if (i > 0) {
        Point q = points.get(i - 1);
        requireArgument(
            p.achievement() > q.achievement(),
            "%s points must rise in achievement: %s follows %s",
            what,
            p,
            q);
        requireArgument(
            p.score() >= q.score(),
            "%s scores must not fall, so that a better result never scores less: %s follows %s",
            what,
            p,
            q);
      }
    }
    return ImmutableList.copyOf(points);
  }

  public static String table(List<Point> points) {
    return points.stream().map(Point::toString).collect(Collectors.joining(", "));
  }
}

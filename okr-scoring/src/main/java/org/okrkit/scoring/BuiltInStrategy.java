package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.Achievement;

/**
 * The built-in scoring strategies, each both a {@link ScoringStrategy} and its own {@link
 * StrategySpec}: a value whose {@linkplain #kind() kind} and components are its parameters, so that
 * a policy made of built-ins can be compared, printed, written to a file and rebuilt anywhere.
 * {@link Strategies} makes them; a reader of policies rebuilds them from their kind and components
 * ({@code new BuiltInStrategy.Linear(1.2, true)} is {@code Strategies.linear(1.2, true)}).
 *
 * <p>{@code toString()} shows the kind and the parameters as people write them: {@code
 * linear(cap=1.2, rounded to tenths)}.
 */
public sealed interface BuiltInStrategy extends ScoringStrategy, StrategySpec
    permits BuiltInStrategy.Binary,
        BuiltInStrategy.Milestones,
        BuiltInStrategy.Linear,
        BuiltInStrategy.Tiered,
        BuiltInStrategy.Stepped,
        BuiltInStrategy.Curve,
        BuiltInStrategy.PercentOfTarget,
        BuiltInStrategy.Range {

  /** The kinds of the built-ins, as policy files name them. */
  java.util.Set<String> KINDS =
      java.util.Set.of(
          "binary",
          "milestones",
          "linear",
          "tiered",
          "stepped",
          "curve",
          "percentOfTarget",
          "range");

  /** This strategy, as its own spec. */
  @Override
  default Optional<StrategySpec> spec() {
    return Optional.of(this);
  }

  /** This strategy: a built-in needs no extension to be rebuilt. */
  @Override
  default ScoringStrategy strategy(PolicyExtensions extensions) {
    return this;
  }

  /** Met scores 1, not met 0. */
  enum Binary implements BuiltInStrategy {
    INSTANCE;

    @Override
    public String kind() {
      return "binary";
    }

    @Override
    public double score(ScoringInput in) {
      return Achievement.met(in) ? 1.0 : 0.0;
    }

    @Override
    public Formula formula(ScoringInput in) {
      return Achievement.metFormula(in);
    }

    @Override
    public String toString() {
      return "binary";
    }
  }

  /** The weighted share of milestones done; met or not for other targets. */
  enum Milestones implements BuiltInStrategy {
    INSTANCE;

    @Override
    public String kind() {
      return "milestones";
    }

    @Override
    public double score(ScoringInput in) {
      if (in.target().kind() == Target.Kind.MILESTONES) {
        return Achievement.clamp(in.actual(), 0, 1);
      }
      return Achievement.met(in) ? 1.0 : 0.0;
    }

    @Override
    public Formula formula(ScoringInput in) {
      if (in.target().kind() == Target.Kind.MILESTONES) {
        return Formula.of(Formula.Kind.WEIGHTED_MILESTONES, ImmutableMap.of("result", score(in)));
      }
      return Achievement.note(Achievement.metFormula(in), Formula.Step.Kind.NOT_MILESTONES);
    }

    @Override
    public String toString() {
      return "milestones";
    }
  }

  /** Linear achievement clamped to [0, cap], optionally rounded to tenths. */
  record Linear(double cap, boolean roundToTenths) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "linear";
    }

    /** Checks the parameters. */
    public Linear {
      PolicyProblems.require(Double.isFinite(cap) && cap >= 1, "strategy.linearCap", "cap", cap);
    }

    @Override
    public double score(ScoringInput in) {
      double s = Achievement.clamp(Achievement.of(in), 0, cap);
      // rounding never lifts a score above a cap that is not a whole tenth, such as 1.25
      return roundToTenths ? Math.min(cap, Math.round(s * 10) / 10.0) : s;
    }

    @Override
    public Formula formula(ScoringInput in) {
      double raw = Achievement.of(in);
      Formula formula = Achievement.formula(in);
      double clamped = Achievement.clamp(raw, 0, cap);
      if (clamped != raw) {
        formula = formula.withStep(clamped(cap, clamped));
      }
      if (roundToTenths) {
        formula =
            formula.withStep(
                Formula.Step.of(
                    Formula.Step.Kind.ROUNDED_TO_TENTHS, ImmutableMap.of("result", score(in))));
      }
      return formula;
    }

    @Override
    public double maxScore() {
      return cap;
    }

    @Override
    public String toString() {
      return "linear(cap=" + plain(cap) + (roundToTenths ? ", rounded to tenths)" : ")");
    }
  }

  /**
   * Below threshold 0; at threshold the floor; at target 1; at stretch the ceiling; linear between;
   * flat beyond stretch. Without a threshold, below target scores 0; without a stretch, at or
   * beyond target scores 1. Ranges and milestones: met 1, else 0.
   */
  record Tiered(double floor, double ceiling) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "tiered";
    }

    /** Checks the parameters. */
    public Tiered {
      PolicyProblems.require(floor >= 0 && floor <= 1, "strategy.tieredFloor", "floor", floor);
      PolicyProblems.require(
          Double.isFinite(ceiling) && ceiling >= 1, "strategy.tieredCeiling", "ceiling", ceiling);
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
    public Formula formula(ScoringInput in) {
      Target t = in.target();
      if (t.kind() == Target.Kind.RANGE) {
        return Achievement.note(Achievement.metFormula(in), Formula.Step.Kind.NO_TIERS_FOR_RANGE);
      }
      if (t.kind() == Target.Kind.MILESTONES) {
        return Achievement.note(
            Achievement.metFormula(in), Formula.Step.Kind.NO_TIERS_FOR_MILESTONES);
      }
      ImmutableMap.Builder<String, Double> numbers = ImmutableMap.builder();
      numbers.put("actual", in.actual());
      t.absoluteThreshold().ifPresent(v -> numbers.put("threshold", v));
      numbers.put("floor", floor).put("target", t.absoluteValue().getAsDouble());
      t.absoluteStretch().ifPresent(v -> numbers.put("stretch", v));
      numbers.put("ceiling", ceiling).put("result", score(in));
      return Formula.of(Formula.Kind.TIERS, numbers.build());
    }

    @Override
    public double maxScore() {
      return ceiling;
    }

    @Override
    public String toString() {
      return "tiered(floor=" + plain(floor) + ", ceiling=" + plain(ceiling) + ")";
    }
  }

  /** A payout table over achievement: the score of the highest step reached, 0 below the first. */
  record Stepped(ImmutableList<Point> steps) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "stepped";
    }

    /** Checks the parameters. */
    public Stepped {
      steps = checkPoints(steps, "stepped");
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
    public Formula formula(ScoringInput in) {
      return table(Formula.Kind.STEPPED, Achievement.formula(in), steps, score(in));
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
  record Curve(ImmutableList<Point> points) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "curve";
    }

    /** Checks the parameters. */
    public Curve {
      points = checkPoints(points, "curve");
    }

    @Override
    public double score(ScoringInput in) {
      return at(Achievement.of(in));
    }

    /** The curve's score at achievement {@code a}. */
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
    public Formula formula(ScoringInput in) {
      return table(Formula.Kind.CURVE, Achievement.formula(in), points, score(in));
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
   * {@code actual / low} below (when low is above 0, else 0), {@code high / actual} above;
   * milestones: the share done.
   */
  record PercentOfTarget(double cap) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "percentOfTarget";
    }

    /** Checks the parameters. */
    public PercentOfTarget {
      PolicyProblems.require(Double.isFinite(cap) && cap >= 1, "strategy.percentCap", "cap", cap);
    }

    @Override
    public double score(ScoringInput in) {
      Target t = in.target();
      double a = in.actual();
      switch (t.kind()) {
        case MILESTONES -> {
          return Achievement.clamp(a, 0, 1);
        }
        case RANGE -> {
          double low = t.low().getAsDouble();
          double high = t.high().getAsDouble();
          if (a < low) {
            return low > 0 ? Achievement.clamp(a / low, 0, 1) : 0.0;
          }
          if (a > high) {
            return high > 0 ? Achievement.clamp(high / a, 0, 1) : 0.0;
          }
          return 1.0;
        }
        default -> {
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
    }

    @Override
    public Formula formula(ScoringInput in) {
      Target t = in.target();
      double a = in.actual();
      double s = score(in);
      switch (t.kind()) {
        case MILESTONES -> {
          return Formula.of(Formula.Kind.MILESTONES_DONE, ImmutableMap.of("result", s));
        }
        case RANGE -> {
          return Formula.builder()
              .kind(Formula.Kind.AGAINST_RANGE)
              .numbers(ImmutableMap.of("actual", a, "result", s))
              .target(t)
              .build();
        }
        default -> {
          double v = t.absoluteValue().getAsDouble();
          if (v <= 0) {
            return Achievement.metFormula(in)
                .withStep(
                    Formula.Step.of(Formula.Step.Kind.NO_RATIO, ImmutableMap.of("target", v)));
          }
          Formula ratio;
          if (in.measure().direction() != org.okrkit.core.Direction.DECREASE) {
            ratio =
                Formula.of(
                    Formula.Kind.RATIO, ImmutableMap.of("actual", a, "target", v, "result", a / v));
          } else if (a <= 0) {
            ratio =
                Formula.of(Formula.Kind.BEST_POSSIBLE, ImmutableMap.of("actual", a, "result", cap));
          } else {
            ratio =
                Formula.of(
                    Formula.Kind.INVERSE_RATIO,
                    ImmutableMap.of("target", v, "actual", a, "result", v / a));
          }
          return ratio.withStep(clamped(cap, s));
        }
      }
    }

    @Override
    public double maxScore() {
      return cap;
    }

    @Override
    public String toString() {
      return "percentOfTarget(cap=" + plain(cap) + ")";
    }
  }

  /**
   * Met scores 1; short of the target (outside the range) the score falls linearly to 0 over the
   * tolerance, in the measure's unit. Milestones: all done 1, else 0.
   */
  record Range(double tolerance) implements BuiltInStrategy {

    @Override
    public String kind() {
      return "range";
    }

    /** Checks the parameters. */
    public Range {
      PolicyProblems.require(
          Double.isFinite(tolerance) && tolerance >= 0,
          "strategy.rangeTolerance",
          "tolerance",
          tolerance);
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
      return switch (t.kind()) {
        case RANGE -> Achievement.distanceOutside(t, in.actual());
        case MILESTONES -> Achievement.met(in) ? 0.0 : Double.POSITIVE_INFINITY;
        default ->
            Achievement.oriented(in, t.absoluteValue().getAsDouble())
                - Achievement.oriented(in, in.actual());
      };
    }

    @Override
    public Formula formula(ScoringInput in) {
      double miss = shortfall(in);
      if (miss <= 0) {
        return Formula.builder()
            .kind(Formula.Kind.MEETS)
            .numbers(ImmutableMap.of("actual", in.actual(), "result", 1.0))
            .target(in.target())
            .build();
      }
      if (in.target().kind() == Target.Kind.MILESTONES || tolerance == 0) {
        return Achievement.metFormula(in);
      }
      return Formula.of(
          Formula.Kind.SHORTFALL,
          ImmutableMap.of("shortfall", miss, "tolerance", tolerance, "result", score(in)));
    }

    @Override
    public String toString() {
      return "range(tolerance=" + plain(tolerance) + ")";
    }
  }

  private static ImmutableList<Point> checkPoints(List<Point> points, String what) {
    PolicyProblems.require(!points.isEmpty(), "strategy.noPoints", "kind", String.valueOf(what));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      PolicyProblems.require(
          Double.isFinite(p.achievement()) && Double.isFinite(p.score()) && p.score() >= 0,
          "strategy.point",
          "kind",
          String.valueOf(what),
          "point",
          String.valueOf(p));
      if (i > 0) {
        Point q = points.get(i - 1);
        PolicyProblems.require(
            p.achievement() > q.achievement(),
            "strategy.pointsRise",
            "kind",
            String.valueOf(what),
            "point",
            String.valueOf(p),
            "previous",
            String.valueOf(q));
        PolicyProblems.require(
            p.score() >= q.score(),
            "strategy.scoresFall",
            "kind",
            String.valueOf(what),
            "point",
            String.valueOf(p),
            "previous",
            String.valueOf(q));
      }
    }
    return ImmutableList.copyOf(points);
  }

  private static String table(List<Point> points) {
    return points.stream().map(Point::toString).collect(Collectors.joining(", "));
  }

  /** A payout table or curve read at the achievement of {@code achievement}. */
  private static Formula table(
      Formula.Kind kind, Formula achievement, List<Point> points, double score) {
    Formula.Builder f =
        Formula.builder().kind(kind).basis(achievement).numbers(ImmutableMap.of("result", score));
    for (Point p : points) {
      f.addTerm(
          Formula.Term.of(ImmutableMap.of("achievement", p.achievement(), "score", p.score())));
    }
    return f.build();
  }

  /** The step that clamps to {@code [0, cap]}, giving {@code result}. */
  private static Formula.Step clamped(double cap, double result) {
    return Formula.Step.of(
        Formula.Step.Kind.CLAMPED, ImmutableMap.of("cap", cap, "result", result));
  }
}

package org.okrkit.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ScoringInput;

/**
 * jqwik arbitraries of valid scoring inputs: value targets of both directions (absolute with and
 * without baseline, threshold and stretch; relative), ranges and milestones, with actual values
 * near and far from the target; and of the scores and weights an {@link
 * org.okrkit.scoring.Aggregation} aggregates. {@link ScoringStrategyContract} and {@link
 * AggregationContract} check their laws on these; a host's own properties may use them too.
 */
public final class ScoringArbitraries {
  private ScoringArbitraries() {}

  /**
   * A measure and a target valid for it, with no actual value yet: {@link #at} gives the scoring
   * input for an actual value, {@link #near} places one relative to the target.
   */
  public static final class Case {
    /** The measure, whose direction the target suits. */
    public final Measure measure;

    /** The target. */
    public final Target target;

    /** A typical distance on the measure's scale, to place actual values. */
    public final double scale;

    /** A reference point of the target, to place actual values. */
    public final double anchor;

    Case(Measure measure, Target target, double anchor, double scale) {
      this.measure = measure;
      this.target = target;
      this.anchor = anchor;
      this.scale = scale;
    }

    /** The input with this actual value; milestone shares are clamped to [0, 1]. */
    public ScoringInput at(double actual) {
      double a =
          target.kind() == Target.Kind.MILESTONES ? Math.max(0, Math.min(1, actual)) : actual;
      return ScoringInput.of(measure, target, a);
    }

    /** An actual value {@code x} scales away from the anchor. */
    public double near(double x) {
      return anchor + x * scale;
    }

    @Override
    public String toString() {
      return measure.direction() + " " + target.describe();
    }
  }

  /** Cases of every kind. */
  public static Arbitrary<Case> cases() {
    return Arbitraries.oneOf(
        absolute(Direction.INCREASE),
        absolute(Direction.DECREASE),
        relative(Direction.INCREASE),
        relative(Direction.DECREASE),
        ranges(),
        milestones());
  }

  /** Cases with an increasing or decreasing measure (no ranges or milestones). */
  public static Arbitrary<Case> valueCases(Direction direction) {
    return Arbitraries.oneOf(absolute(direction), relative(direction));
  }

  /** Absolute targets of one direction, with or without baseline, threshold and stretch. */
  public static Arbitrary<Case> absolute(Direction direction) {
    Arbitrary<Double> base = Arbitraries.doubles().between(-1000, 1000).ofScale(2);
    Arbitrary<Double> distance = Arbitraries.doubles().between(0.01, 500).ofScale(2);
    Arbitrary<Double> share = Arbitraries.doubles().between(0.05, 0.95).ofScale(2);
    Arbitrary<Integer> shape = Arbitraries.integers().between(0, 15);
    return Combinators.combine(base, distance, share, shape)
        .as(
            (b, d, u, bits) -> {
              double sign = direction == Direction.INCREASE ? 1 : -1;
              double t = b + sign * d;
              Target.Builder target = Target.builder().kind(Target.Kind.ABSOLUTE).value(t);
              if ((bits & 1) == 0) {
                target.baseline(b);
              }
              if ((bits & 2) != 0) {
                target.threshold(t - sign * d * u);
              }
              if ((bits & 4) != 0) {
                target.stretch(t + sign * d * u);
              }
              Measure m = Measure.of("m", Unit.COUNT, direction);
              return new Case(m, target.build(), t, d);
            });
  }

  /** Relative targets of one direction, with optional threshold and stretch. */
  public static Arbitrary<Case> relative(Direction direction) {
    Arbitrary<Double> base = Arbitraries.doubles().between(1, 10_000).ofScale(2);
    Arbitrary<Double> percent = Arbitraries.doubles().between(1, 90).ofScale(1);
    Arbitrary<Integer> shape = Arbitraries.integers().between(0, 3);
    return Combinators.combine(base, percent, shape)
        .as(
            (b, p, bits) -> {
              double sign = direction == Direction.INCREASE ? 1 : -1;
              Target target =
                  direction == Direction.INCREASE
                      ? Target.increaseByPercent(b, p)
                      : Target.decreaseByPercent(b, p);
              if ((bits & 1) != 0) {
                target = target.withThreshold(sign * p / 2);
              }
              if ((bits & 2) != 0) {
                target = target.withStretch(sign * Math.min(100, p * 1.1));
              }
              double t = target.absoluteValue().getAsDouble();
              return new Case(Measure.of("m", Unit.COUNT, direction), target, t, Math.abs(t - b));
            });
  }

  /** Range targets, with or without a baseline outside the range. */
  public static Arbitrary<Case> ranges() {
    Arbitrary<Double> low = Arbitraries.doubles().between(-100, 100).ofScale(2);
    Arbitrary<Double> width = Arbitraries.doubles().between(0, 50).ofScale(2);
    Arbitrary<Double> away = Arbitraries.doubles().between(-100, 100).ofScale(2);
    return Combinators.combine(low, width, away)
        .as(
            (l, w, b) -> {
              Target target = Target.range(l, l + w);
              if (b < -50 || b > 50) {
                target = target.withBaseline(b < 0 ? l + b : l + w + b);
              }
              return new Case(Measure.range("m", Unit.COUNT), target, l + w / 2, Math.max(1, w));
            });
  }

  /** Milestone targets of one to four weighted milestones. */
  public static Arbitrary<Case> milestones() {
    return Arbitraries.integers()
        .between(1, 4)
        .map(
            n -> {
              Milestone[] ms = new Milestone[n];
              for (int i = 0; i < n; i++) {
                ms[i] = Milestone.of("m" + i, i + 1);
              }
              return new Case(Measure.milestones("m"), Target.milestones(ms), 0.5, 0.5);
            });
  }

  /** Positions around a case's anchor, in scales: mostly near the target, some far. */
  public static Arbitrary<Double> positions() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-3, 3).ofScale(3),
        Arbitraries.doubles().between(-1000, 1000).ofScale(1),
        Arbitraries.of(-1.0, -0.5, 0.0, 0.5, 1.0, 1.5));
  }

  /** The scores of one to twelve children, each from 0 to 1.5, for an aggregation. */
  public static Arbitrary<double[]> scores() {
    return Arbitraries.doubles()
        .between(0, 1.5)
        .ofScale(3)
        .array(double[].class)
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  /** Positive weights, from 0.01 to 10, for an aggregation's children or to scale them by. */
  public static Arbitrary<Double> weights() {
    return Arbitraries.doubles().between(0.01, 10).ofScale(2);
  }
}

package org.okrkit.scoring.internal;

import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringStrategy;

/**
 * The built-in strategies compiled into primitive loops. A kernel turns one element's measure and
 * target into an operation code and up to three parameters once, then scores runs of elements that
 * share an operation in a tight loop over primitive arrays.
 *
 * <p>Every loop repeats the arithmetic of the strategy's {@code score} and of {@link Achievement}
 * operation for operation, on the same operands in the same order, so that a compiled score is
 * bit-identical to the strategy's own. A change to a built-in strategy must be mirrored here; the
 * batch-scoring properties in okr-scoring's tests catch a mismatch.
 */
abstract class Kernels {

  // operations shared by several kernels: met or not
  static final int MET_GE = 0; // p0 = value; a >= v
  static final int MET_LE = 1; // p0 = value; a <= v
  static final int MET_RANGE = 2; // p0 = low, p1 = high
  static final int MET_SHARE = 3; // every milestone done: a >= 1
  // achievement, for linear, stepped and curve
  static final int ACH_SHARE = 4; // a
  static final int ACH_RANGE = 5; // p0 = low, p1 = high, p2 = distance of the baseline
  static final int ACH_VALUE = 6; // p0 = baseline, p1 = value - baseline
  // kernel-specific operations
  static final int CLAMP01 = 7; // clamp(a, 0, 1)
  static final int TIER_INC = 8; // p0 = value, p1 = stretch or NaN, p2 = threshold or NaN
  static final int TIER_DEC = 9; // the same, oriented (negated)
  static final int POT_RANGE = 10; // p0 = low, p1 = high
  static final int POT_INC = 11; // p0 = value
  static final int POT_DEC = 12; // p0 = value
  static final int RNG_DIST = 13; // p0 = low, p1 = high
  static final int RNG_INC = 14; // p0 = value
  static final int RNG_DEC = 15; // p0 = oriented value
  static final int HOST = 16;

  private Kernels() {}

  /** One built-in strategy, compiled. */
  abstract static class Kernel {
    /**
     * The operation for one element; writes its parameters into {@code p[0..2]}.
     *
     * @param m the element's measure
     * @param t the element's target, valid for the measure
     */
    abstract int compile(Measure m, Target t, double[] p);

    /** Scores elements {@code from} (included) to {@code to} (excluded), which share {@code op}. */
    abstract void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2);
  }

  /** The kernel of a built-in strategy, or null for a host strategy. */
  static @Nullable Kernel of(ScoringStrategy strategy) {
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Binary) {
      return new Binary();
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Milestones) {
      return new Milestones();
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Linear l) {

      return new Linear(l.cap(), l.roundToTenths());
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Tiered t) {

      return new Tiered(t.floor(), t.ceiling());
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Stepped stepped) {
      return new Stepped(stepped.steps());
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Curve curve) {
      return new Curve(curve.points());
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.PercentOfTarget percentOfTarget) {
      return new PercentOfTarget(percentOfTarget.cap());
    }
    if (strategy instanceof org.okrkit.scoring.BuiltInStrategy.Range range) {
      return new Range(range.tolerance());
    }
    return null;
  }

  // ------------------------------------------------------------------ shared compilation

  /** The met test of {@link Achievement#met}. */
  static int met(Measure m, Target t, double[] p) {
    return switch (t.kind()) {
      case RANGE -> {
        p[0] = t.low().getAsDouble();
        p[1] = t.high().getAsDouble();
        yield MET_RANGE;
      }
      case MILESTONES -> MET_SHARE;
      default -> {
        p[0] = t.absoluteValue().getAsDouble();
        yield m.direction() == Direction.DECREASE ? MET_LE : MET_GE;
      }
    };
  }

  /** The achievement of {@link Achievement#of}: a met test when the target is not graded. */
  static int achievement(Measure m, Target t, double[] p) {
    switch (t.kind()) {
      case MILESTONES -> {
        return ACH_SHARE;
      }
      case RANGE -> {
        if (t.baseline().isPresent()) {
          double d = Achievement.distanceOutside(t, t.baseline().getAsDouble());
          if (d > 0) {
            p[0] = t.low().getAsDouble();
            p[1] = t.high().getAsDouble();
            p[2] = d;
            return ACH_RANGE;
          }
        }
        return met(m, t, p);
      }
      default -> {
        double v = t.absoluteValue().getAsDouble();
        if (t.baseline().isPresent() && t.baseline().getAsDouble() != v) {
          double b = t.baseline().getAsDouble();
          p[0] = b;
          p[1] = v - b;
          return ACH_VALUE;
        }
        return met(m, t, p);
      }
    }
  }

  static void runMet(int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1) {
    switch (op) {
      case MET_GE -> {
        for (int i = from; i < to; i++) {
          s[i] = a[i] >= p0[i] ? 1.0 : 0.0;
        }
      }
      case MET_LE -> {
        for (int i = from; i < to; i++) {
          s[i] = a[i] <= p0[i] ? 1.0 : 0.0;
        }
      }
      case MET_RANGE -> {
        for (int i = from; i < to; i++) {
          s[i] = a[i] >= p0[i] && a[i] <= p1[i] ? 1.0 : 0.0;
        }
      }
      case MET_SHARE -> {
        for (int i = from; i < to; i++) {
          s[i] = a[i] >= 1.0 ? 1.0 : 0.0;
        }
      }
      default -> throw new IllegalStateException("not a met operation: " + op);
    }
  }

  /** Achievements into {@code s}; false when {@code op} is not an achievement operation. */
  static void runAchievement(
      int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
    switch (op) {
      case ACH_SHARE -> System.arraycopy(a, from, s, from, to - from);
      case ACH_RANGE -> {
        for (int i = from; i < to; i++) {
          double x = a[i];
          double low = p0[i];
          double high = p1[i];
          double d = x < low ? low - x : x > high ? x - high : 0.0;
          s[i] = d == 0 ? 1.0 : 1.0 - d / p2[i];
        }
      }
      case ACH_VALUE -> {
        for (int i = from; i < to; i++) {
          s[i] = (a[i] - p0[i]) / p1[i];
        }
      }
      default -> runMet(op, from, to, a, s, p0, p1);
    }
  }

  // ------------------------------------------------------------------ the kernels

  static final class Binary extends Kernel {
    @Override
    int compile(Measure m, Target t, double[] p) {
      return met(m, t, p);
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      runMet(op, from, to, a, s, p0, p1);
    }
  }

  static final class Milestones extends Kernel {
    @Override
    int compile(Measure m, Target t, double[] p) {
      return t.kind() == Target.Kind.MILESTONES ? CLAMP01 : met(m, t, p);
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      if (op == CLAMP01) {
        clamp01(from, to, a, s);
      } else {
        runMet(op, from, to, a, s, p0, p1);
      }
    }
  }

  static void clamp01(int from, int to, double[] a, double[] s) {
    for (int i = from; i < to; i++) {
      s[i] = Math.max(0.0, Math.min(1.0, a[i]));
    }
  }

  static final class Linear extends Kernel {
    private final double cap;
    private final boolean round;

    Linear(double cap, boolean round) {
      this.cap = cap;
      this.round = round;
    }

    @Override
    int compile(Measure m, Target t, double[] p) {
      return achievement(m, t, p);
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      double c = cap;
      if (op == ACH_VALUE && !round) {
        // the hot path, fused: achievement clamped to [0, cap]
        for (int i = from; i < to; i++) {
          s[i] = Math.max(0.0, Math.min(c, (a[i] - p0[i]) / p1[i]));
        }
        return;
      }
      runAchievement(op, from, to, a, s, p0, p1, p2);
      if (round) {
        for (int i = from; i < to; i++) {
          double x = Math.max(0.0, Math.min(c, s[i]));
          s[i] = Math.min(c, Math.round(x * 10) / 10.0);
        }
      } else {
        for (int i = from; i < to; i++) {
          s[i] = Math.max(0.0, Math.min(c, s[i]));
        }
      }
    }
  }

  static final class Tiered extends Kernel {
    private final double floor;
    private final double ceiling;

    Tiered(double floor, double ceiling) {
      this.floor = floor;
      this.ceiling = ceiling;
    }

    @Override
    int compile(Measure m, Target t, double[] p) {
      if (t.kind() == Target.Kind.RANGE || t.kind() == Target.Kind.MILESTONES) {
        return met(m, t, p);
      }
      boolean dec = m.direction() == Direction.DECREASE;
      p[0] = oriented(dec, t.absoluteValue());
      p[1] = oriented(dec, t.absoluteStretch());
      p[2] = oriented(dec, t.absoluteThreshold());
      return dec ? TIER_DEC : TIER_INC;
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      if (op != TIER_INC && op != TIER_DEC) {
        runMet(op, from, to, a, s, p0, p1);
        return;
      }
      boolean dec = op == TIER_DEC;
      for (int i = from; i < to; i++) {
        double x = dec ? -a[i] : a[i];
        double v = p0[i];
        double r;
        if (x >= v) {
          double st = p1[i];
          r =
              Double.isNaN(st)
                  ? 1.0
                  : x >= st ? ceiling : 1.0 + (ceiling - 1.0) * (x - v) / (st - v);
        } else {
          double th = p2[i];
          r = Double.isNaN(th) ? 0.0 : x < th ? 0.0 : floor + (1.0 - floor) * (x - th) / (v - th);
        }
        s[i] = r;
      }
    }
  }

  /** {@link Achievement#oriented}, with NaN for an absent figure. */
  static double oriented(boolean decrease, OptionalDouble figure) {
    if (figure.isEmpty()) {
      return Double.NaN;
    }
    double v = figure.getAsDouble();
    return decrease ? -v : v;
  }

  /** A kernel that maps achievement through a table of points: stepped bands or a curve. */
  abstract static class PointTable extends Kernel {
    /** The points' achievements, ascending, and their scores. */
    final double[] at;

    final double[] pay;

    PointTable(List<Point> points) {
      at = new double[points.size()];
      pay = new double[points.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = points.get(i).achievement();
        pay[i] = points.get(i).score();
      }
    }

    @Override
    final int compile(Measure m, Target t, double[] p) {
      return achievement(m, t, p);
    }
  }

  static final class Stepped extends PointTable {
    Stepped(List<Point> steps) {
      super(steps);
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      runAchievement(op, from, to, a, s, p0, p1, p2);
      for (int i = from; i < to; i++) {
        double x = s[i];
        double r = 0.0;
        for (int k = 0; k < at.length; k++) {
          if (x >= at[k]) {
            r = pay[k];
          } else {
            break;
          }
        }
        s[i] = r;
      }
    }
  }

  static final class Curve extends PointTable {
    Curve(List<Point> points) {
      super(points);
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      runAchievement(op, from, to, a, s, p0, p1, p2);
      int last = at.length - 1;
      for (int i = from; i < to; i++) {
        double x = s[i];
        double r;
        if (x <= at[0]) {
          r = pay[0];
        } else {
          r = pay[last];
          for (int k = 1; k <= last; k++) {
            if (x <= at[k]) {
              double share = (x - at[k - 1]) / (at[k] - at[k - 1]);
              r = pay[k - 1] + share * (pay[k] - pay[k - 1]);
              break;
            }
          }
        }
        s[i] = r;
      }
    }
  }

  static final class PercentOfTarget extends Kernel {
    private final double cap;

    PercentOfTarget(double cap) {
      this.cap = cap;
    }

    @Override
    int compile(Measure m, Target t, double[] p) {
      switch (t.kind()) {
        case MILESTONES -> {
          return CLAMP01;
        }
        case RANGE -> {
          p[0] = t.low().getAsDouble();
          p[1] = t.high().getAsDouble();
          return POT_RANGE;
        }
        default -> {
          double v = t.absoluteValue().getAsDouble();
          if (v <= 0) {
            return met(m, t, p);
          }
          p[0] = v;
          return m.direction() == Direction.DECREASE ? POT_DEC : POT_INC;
        }
      }
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      double c = cap;
      switch (op) {
        case CLAMP01 -> clamp01(from, to, a, s);
        case POT_RANGE -> {
          for (int i = from; i < to; i++) {
            double x = a[i];
            double low = p0[i];
            double high = p1[i];
            double r;
            if (x < low) {
              r = low > 0 ? Math.max(0.0, Math.min(1.0, x / low)) : 0.0;
            } else if (x > high) {
              r = high > 0 ? Math.max(0.0, Math.min(1.0, high / x)) : 0.0;
            } else {
              r = 1.0;
            }
            s[i] = r;
          }
        }
        case POT_INC -> {
          for (int i = from; i < to; i++) {
            s[i] = Math.max(0.0, Math.min(c, a[i] / p0[i]));
          }
        }
        case POT_DEC -> {
          for (int i = from; i < to; i++) {
            double x = a[i];
            s[i] = x <= 0 ? c : Math.max(0.0, Math.min(c, p0[i] / x));
          }
        }
        default -> runMet(op, from, to, a, s, p0, p1);
      }
    }
  }

  static final class Range extends Kernel {
    private final double tolerance;

    Range(double tolerance) {
      this.tolerance = tolerance;
    }

    @Override
    int compile(Measure m, Target t, double[] p) {
      switch (t.kind()) {
        case RANGE -> {
          p[0] = t.low().getAsDouble();
          p[1] = t.high().getAsDouble();
          return RNG_DIST;
        }
        case MILESTONES -> {
          // short of all done is an infinite shortfall: 0, whatever the tolerance
          return MET_SHARE;
        }
        default -> {
          boolean dec = m.direction() == Direction.DECREASE;
          p[0] = oriented(dec, t.absoluteValue());
          return dec ? RNG_DEC : RNG_INC;
        }
      }
    }

    @Override
    void run(
        int op, int from, int to, double[] a, double[] s, double[] p0, double[] p1, double[] p2) {
      double tol = tolerance;
      switch (op) {
        case RNG_DIST -> {
          for (int i = from; i < to; i++) {
            double x = a[i];
            double low = p0[i];
            double high = p1[i];
            double miss = x < low ? low - x : x > high ? x - high : 0.0;
            s[i] = miss <= 0 ? 1.0 : tol == 0 ? 0.0 : Math.max(0.0, 1.0 - miss / tol);
          }
        }
        case RNG_INC, RNG_DEC -> {
          boolean dec = op == RNG_DEC;
          for (int i = from; i < to; i++) {
            double miss = p0[i] - (dec ? -a[i] : a[i]);
            s[i] = miss <= 0 ? 1.0 : tol == 0 ? 0.0 : Math.max(0.0, 1.0 - miss / tol);
          }
        }
        default -> runMet(op, from, to, a, s, p0, p1);
      }
    }
  }
}

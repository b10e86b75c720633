package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;
import org.okrkit.core.Target;

/**
 * The progress expected after a share of the period has elapsed: linear by default (half-way
 * through the quarter, half-way to the target), a named curve ({@link #frontLoaded}, {@link
 * #backLoaded}), a step at each due milestone ({@link #milestones()}), points by share of the
 * period ({@link #of}) or by date ({@link #byDates}), or a host-defined curve. Implementations
 * return a value from 0 to 1 that never falls as time passes.
 *
 * <p>Some paces depend on the element they judge: {@link #resolve} turns them into the pace of one
 * element, given its period and target (points by date become shares of that period, milestones
 * become steps at their due dates). Scoring resolves every pace once per element when it compiles a
 * policy for a plan; the other built-ins resolve to themselves.
 */
@FunctionalInterface
public interface Pace {

  /**
   * The expected share of the way to the target.
   *
   * @param elapsed the share of the period elapsed, from 0 to 1
   */
  double expected(double elapsed);

  /** The kinds of the built-in paces, as policy files name them. */
  java.util.Set<String> KINDS =
      java.util.Set.of("linear", "curve", "frontLoaded", "backLoaded", "milestones", "byDates");

  /**
   * This pace for one element: the element's period, and its target when it is a key result or KPI
   * (empty for an objective). The default returns this pace; {@link #byDates} places its dates in
   * the period and {@link #milestones()} steps at the target's due milestones.
   *
   * @throws IllegalArgumentException if the pace cannot judge the element, such as a date of the
   *     pace outside its period
   */
  default Pace resolve(Period period, Optional<Target> target) {
    return this;
  }

  /**
   * This pace as data, from which it can be rebuilt elsewhere: the built-ins are their own specs;
   * one of a {@linkplain PaceProvider registered kind} returns its {@link PaceSpec.Named}. Empty
   * (the default) for a host's pace that has none.
   */
  default java.util.Optional<PaceSpec> spec() {
    return java.util.Optional.empty();
  }

  /** Expected progress equals the share of time elapsed. */
  static Pace linear() {
    return Linear.INSTANCE;
  }

  /**
   * A piecewise-linear pace through the given points: {@code Pace.of(new double[] {0, 0.5, 1}, new
   * double[] {0, 0.3, 1})} expects 30 % of the way at half time.
   *
   * @param elapsed rising, from exactly 0 to exactly 1
   * @param expected as many values, from 0 to 1, never falling
   * @throws IllegalArgumentException if the points do not meet these rules
   */
  static Pace of(double[] elapsed, double[] expected) {
    return new Curve(
        ImmutableList.copyOf(Doubles.asList(elapsed)),
        ImmutableList.copyOf(Doubles.asList(expected)));
  }

  /**
   * A pace that expects most of the progress early: {@code 1 - (1 - elapsed)^power}. Power 1 is
   * linear; power 2 expects 75 % of the way at half time.
   *
   * @param power at least 1, finite
   * @throws IllegalArgumentException if the power is below 1 or not finite
   */
  static Pace frontLoaded(double power) {
    return new FrontLoaded(power);
  }

  /**
   * A pace that expects most of the progress late: {@code elapsed^power}. Power 1 is linear; power
   * 2 expects 25 % of the way at half time.
   *
   * @param power at least 1, finite
   * @throws IllegalArgumentException if the power is below 1 or not finite
   */
  static Pace backLoaded(double power) {
    return new BackLoaded(power);
  }

  /**
   * A pace that steps up at each due milestone: a key result with a milestone target expects, by a
   * date, the weighted share of its milestones due on or before that date. An element without dated
   * milestones (every objective, and key results and KPIs of other targets) keeps the linear pace.
   */
  static Pace milestones() {
    return Milestones.INSTANCE;
  }

  /**
   * A piecewise-linear pace through points by date, placed in each element's period when the policy
   * is compiled for a plan: the expected progress by the end of each date, from 0 at the start of
   * the period, and 1 at its end unless the last date is its last day. {@code
   * Pace.byDates(List.of(LocalDate.of(2026, 5, 15)), List.of(0.2))} expects a fifth of the way by
   * mid-May. Before it is resolved against a period it follows the linear pace.
   *
   * @param dates rising, at least one
   * @param expected as many values, from 0 to 1, never falling
   * @throws IllegalArgumentException if the points do not meet these rules
   */
  static Pace byDates(List<LocalDate> dates, List<Double> expected) {
    return new ByDates(ImmutableList.copyOf(dates), ImmutableList.copyOf(expected));
  }

  /** The linear pace. */
  enum Linear implements Pace, PaceSpec {
    /** The one instance. */
    INSTANCE;

    @Override
    public String kind() {
      return "linear";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public java.util.Optional<PaceSpec> spec() {
      return java.util.Optional.of(this);
    }

    @Override
    public double expected(double elapsed) {
      return Math.max(0, Math.min(1, elapsed));
    }

    @Override
    public String toString() {
      return "linear pace";
    }
  }

  /** A piecewise-linear pace. */
  record Curve(ImmutableList<Double> elapsed, ImmutableList<Double> expected)
      implements Pace, PaceSpec {
    @Override
    public String kind() {
      return "curve";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public java.util.Optional<PaceSpec> spec() {
      return java.util.Optional.of(this);
    }

    /** Checks the points. */
    public Curve {
      PolicyProblems.require(
          elapsed.size() >= 2 && elapsed.size() == expected.size(),
          "pace.curvePoints",
          "elapsed",
          elapsed.size(),
          "expected",
          expected.size());
      PolicyProblems.require(
          elapsed.get(0) == 0 && elapsed.get(elapsed.size() - 1) == 1,
          "pace.curveEnds",
          "first",
          elapsed.get(0),
          "last",
          elapsed.get(elapsed.size() - 1));
      for (int i = 0; i < elapsed.size(); i++) {
        double e = expected.get(i);
        PolicyProblems.require(e >= 0 && e <= 1, "pace.expectedOutside", "expected", e);
        if (i > 0) {
          PolicyProblems.require(
              elapsed.get(i) > elapsed.get(i - 1),
              "pace.elapsedNotRising",
              "elapsed",
              elapsed.get(i),
              "previous",
              elapsed.get(i - 1));
          PolicyProblems.require(
              e >= expected.get(i - 1),
              "pace.expectedFalls",
              "expected",
              e,
              "previous",
              expected.get(i - 1));
        }
      }
    }

    @Override
    public double expected(double t) {
      double x = Math.max(0, Math.min(1, t));
      for (int i = 1; i < elapsed.size(); i++) {
        if (x <= elapsed.get(i)) {
          double x0 = elapsed.get(i - 1);
          double share = (x - x0) / (elapsed.get(i) - x0);
          return expected.get(i - 1) + share * (expected.get(i) - expected.get(i - 1));
        }
      }
      return expected.get(expected.size() - 1);
    }

    @Override
    public String toString() {
      return IntStream.range(0, elapsed.size())
          .mapToObj(i -> plain(elapsed.get(i)) + " -> " + plain(expected.get(i)))
          .collect(Collectors.joining(", ", "pace(", ")"));
    }
  }

  /**
   * The front-loaded pace {@code 1 - (1 - elapsed)^power}.
   *
   * @param power at least 1, finite
   */
  record FrontLoaded(double power) implements Pace, PaceSpec {
    /** Checks the power. */
    public FrontLoaded {
      checkPower(power);
    }

    @Override
    public String kind() {
      return "frontLoaded";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public Optional<PaceSpec> spec() {
      return Optional.of(this);
    }

    @Override
    public double expected(double elapsed) {
      double x = Math.max(0, Math.min(1, elapsed));
      // never below linear, as the formula is for a power of at least 1, whatever the rounding
      return Math.max(x, Math.min(1, 1 - Math.pow(1 - x, power)));
    }

    @Override
    public String toString() {
      return "frontLoaded(power=" + plain(power) + ")";
    }
  }

  /**
   * The back-loaded pace {@code elapsed^power}.
   *
   * @param power at least 1, finite
   */
  record BackLoaded(double power) implements Pace, PaceSpec {
    /** Checks the power. */
    public BackLoaded {
      checkPower(power);
    }

    @Override
    public String kind() {
      return "backLoaded";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public Optional<PaceSpec> spec() {
      return Optional.of(this);
    }

    @Override
    public double expected(double elapsed) {
      double x = Math.max(0, Math.min(1, elapsed));
      // never above linear, as the formula is for a power of at least 1, whatever the rounding
      return Math.max(0, Math.min(x, Math.pow(x, power)));
    }

    @Override
    public String toString() {
      return "backLoaded(power=" + plain(power) + ")";
    }
  }

  private static void checkPower(double power) {
    PolicyProblems.require(power >= 1 && Double.isFinite(power), "pace.power", "power", power);
  }

  /** The pace of due milestones; linear for an element without any. */
  enum Milestones implements Pace, PaceSpec {
    /** The one instance. */
    INSTANCE;

    @Override
    public String kind() {
      return "milestones";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public Optional<PaceSpec> spec() {
      return Optional.of(this);
    }

    @Override
    public double expected(double elapsed) {
      return Linear.INSTANCE.expected(elapsed);
    }

    @Override
    public Pace resolve(Period period, Optional<Target> target) {
      if (target.isEmpty() || target.get().kind() != Target.Kind.MILESTONES) {
        return Linear.INSTANCE;
      }
      double total = 0;
      boolean dated = false;
      for (Milestone m : target.get().milestones()) {
        total += m.weight();
        dated |= m.due().isPresent();
      }
      if (!dated || !(total > 0)) {
        return Linear.INSTANCE;
      }
      java.util.TreeMap<Double, Double> steps = new java.util.TreeMap<>();
      for (Milestone m : target.get().milestones()) {
        if (m.due().isPresent()) {
          steps.merge(period.fractionElapsed(m.due().get()), m.weight() / total, Double::sum);
        }
      }
      return new Steps(steps);
    }

    @Override
    public String toString() {
      return "milestones pace";
    }
  }

  /**
   * Points by date, resolved against each element's period.
   *
   * @param dates rising, at least one
   * @param expected as many values, from 0 to 1, never falling
   */
  record ByDates(ImmutableList<LocalDate> dates, ImmutableList<Double> expected)
      implements Pace, PaceSpec {
    /** Checks the points. */
    public ByDates {
      PolicyProblems.require(
          !dates.isEmpty() && dates.size() == expected.size(),
          "pace.datePoints",
          "dates",
          dates.size(),
          "expected",
          expected.size());
      for (int i = 0; i < dates.size(); i++) {
        double e = expected.get(i);
        PolicyProblems.require(e >= 0 && e <= 1, "pace.expectedOutside", "expected", e);
        if (i > 0) {
          PolicyProblems.require(
              dates.get(i).isAfter(dates.get(i - 1)),
              "pace.datesNotRising",
              "date",
              String.valueOf(dates.get(i)),
              "previous",
              String.valueOf(dates.get(i - 1)));
          PolicyProblems.require(
              e >= expected.get(i - 1),
              "pace.expectedFalls",
              "expected",
              e,
              "previous",
              expected.get(i - 1));
        }
      }
    }

    @Override
    public String kind() {
      return "byDates";
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return this;
    }

    @Override
    public Optional<PaceSpec> spec() {
      return Optional.of(this);
    }

    @Override
    public double expected(double elapsed) {
      return Linear.INSTANCE.expected(elapsed);
    }

    /**
     * The curve through these points as shares of {@code period}: each date's share elapsed by its
     * end, from (0, 0), to (1, 1) unless the last date is the period's last day.
     *
     * @throws IllegalArgumentException naming the first date outside the period
     */
    @Override
    public Pace resolve(Period period, Optional<Target> target) {
      for (LocalDate d : dates) {
        PolicyProblems.require(
            period.contains(d),
            "pace.dateOutside",
            "date",
            String.valueOf(d),
            "period",
            String.valueOf(period),
            "start",
            String.valueOf(period.start()),
            "end",
            String.valueOf(period.end()));
      }
      List<Double> x = new java.util.ArrayList<>();
      List<Double> y = new java.util.ArrayList<>();
      x.add(0.0);
      y.add(0.0);
      for (int i = 0; i < dates.size(); i++) {
        x.add(period.fractionElapsed(dates.get(i)));
        y.add(expected.get(i));
      }
      if (!dates.get(dates.size() - 1).equals(period.end())) {
        x.add(1.0);
        y.add(1.0);
      }
      return new Curve(ImmutableList.copyOf(x), ImmutableList.copyOf(y));
    }

    @Override
    public String toString() {
      return IntStream.range(0, dates.size())
          .mapToObj(i -> dates.get(i) + " -> " + plain(expected.get(i)))
          .collect(Collectors.joining(", ", "pace(", ")"));
    }
  }
}

package org.okrkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The progress expected after a share of the period has elapsed: linear by default (half-way
 * through the quarter, half-way to the target), or a host-defined curve for work that lands late.
 * Implementations return a value from 0 to 1 that never falls as time passes.
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
  java.util.Set<String> KINDS = java.util.Set.of("linear", "curve");

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
      checkArgument(
          elapsed.size() >= 2 && elapsed.size() == expected.size(),
          "a pace needs at least two points and as many expected values as elapsed ones, got %s and %s",
          elapsed.size(),
          expected.size());
      checkArgument(
          elapsed.get(0) == 0 && elapsed.get(elapsed.size() - 1) == 1,
          "a pace runs from elapsed 0 to elapsed 1, got %s to %s",
          plain(elapsed.get(0)),
          plain(elapsed.get(elapsed.size() - 1)));
      for (int i = 0; i < elapsed.size(); i++) {
        double e = expected.get(i);
        checkArgument(e >= 0 && e <= 1, "expected progress %s lies outside [0, 1]", plain(e));
        if (i > 0) {
          checkArgument(
              elapsed.get(i) > elapsed.get(i - 1),
              "pace points must rise in elapsed time: %s follows %s",
              plain(elapsed.get(i)),
              plain(elapsed.get(i - 1)));
          checkArgument(
              e >= expected.get(i - 1),
              "expected progress must not fall: %s follows %s",
              plain(e),
              plain(expected.get(i - 1)));
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
}

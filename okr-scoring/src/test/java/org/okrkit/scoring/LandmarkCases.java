package org.okrkit.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Random valid measures and targets with actual values placed on their landmarks: exactly at the
 * baseline, threshold, target, stretch, low or high, just beside them, between them, far away, or
 * anywhere. Where a strategy changes formula (met or not, a tier's edge, a step of a table, a
 * range's end) is where a second implementation of it most easily goes wrong, and random actual
 * values almost never land exactly there.
 *
 * <p>Numbers lie on a grid of quarters, so that landmarks, midpoints and neighbours are exact, with
 * targets of 0 and ranges at or below 0 among them; a fifth of the actual values are arbitrary
 * doubles.
 */
final class LandmarkCases {
  private LandmarkCases() {}

  /** A measure, a target valid for it, and the values where the target's scoring changes. */
  static final class Case {
    final Measure measure;
    final Target target;
    final double[] landmarks;

    Case(Measure measure, Target target, List<Double> landmarks) {
      this.measure = measure;
      this.target = target;
      this.landmarks = landmarks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * An actual value: on a landmark, beside one, or arbitrary; a share from 0 to 1 for milestones.
     */
    double actual(Random r) {
      double x;
      int pick = r.nextInt(10);
      double at = landmarks[r.nextInt(landmarks.length)];
      if (pick < 6) {
        x = at;
      } else if (pick < 8) {
        x = at + (r.nextBoolean() ? 1 : -1) * (r.nextBoolean() ? 0.25 : 1e-9);
      } else {
        double low = landmarks[0];
        double high = landmarks[0];
        for (double l : landmarks) {
          low = Math.min(low, l);
          high = Math.max(high, l);
        }
        x = low - 2 + r.nextDouble() * (high - low + 4);
      }
      return target.kind() == Target.Kind.MILESTONES ? Math.max(0, Math.min(1, x)) : x;
    }

    ScoringInput at(double actual) {
      return ScoringInput.of(measure, target, actual);
    }

    @Override
    public String toString() {
      return measure.direction() + " " + target.describe();
    }
  }

  /** A case of any kind: absolute and relative targets of both directions, ranges, milestones. */
  static Case any(Random r) {
    return switch (r.nextInt(9)) {
      case 0, 1 -> absolute(r, Direction.INCREASE);
      case 2, 3 -> absolute(r, Direction.DECREASE);
      case 4 -> relative(r, r.nextBoolean() ? Direction.INCREASE : Direction.DECREASE);
      case 5, 6 -> range(r);
      default -> milestones(r);
    };
  }

  private static double grid(Random r, int low, int high) {
    return (low * 4 + r.nextInt((high - low) * 4 + 1)) / 4.0;
  }

  /** An absolute target, with or without baseline, threshold and stretch; now and then of 0. */
  static Case absolute(Random r, Direction direction) {
    double sign = direction == Direction.INCREASE ? 1 : -1;
    double value = r.nextInt(6) == 0 ? 0 : grid(r, -20, 20);
    double baseline = value - sign * grid(r, 1, 20) / 2;
    Target.Builder t = Target.builder().kind(Target.Kind.ABSOLUTE).value(value);
    List<Double> landmarks = new ArrayList<>(List.of(value, 0.0, value - 100, value + 100));
    if (r.nextInt(4) != 0) {
      t.baseline(baseline);
      landmarks.add(baseline);
      landmarks.add((baseline + value) / 2);
    }
    if (r.nextBoolean()) {
      double threshold = value - sign * grid(r, 1, 12) / 2;
      t.threshold(threshold);
      landmarks.add(threshold);
      landmarks.add((threshold + value) / 2);
    }
    if (r.nextBoolean()) {
      double stretch = value + sign * grid(r, 1, 12) / 2;
      t.stretch(stretch);
      landmarks.add(stretch);
      landmarks.add((stretch + value) / 2);
    }
    return new Case(Measure.of("m", Unit.COUNT, direction), t.build(), landmarks);
  }

  /** A target in percent of a baseline, with or without threshold and stretch. */
  static Case relative(Random r, Direction direction) {
    double sign = direction == Direction.INCREASE ? 1 : -1;
    double baseline = 8 * (1 + r.nextInt(25));
    double percent = 25 * (1 + r.nextInt(3));
    Target t =
        direction == Direction.INCREASE
            ? Target.increaseByPercent(baseline, percent)
            : Target.decreaseByPercent(baseline, percent);
    if (r.nextBoolean()) {
      t = t.withThreshold(sign * percent / 2);
    }
    if (r.nextBoolean()) {
      t = t.withStretch(sign * Math.min(100, percent * 1.5));
    }
    List<Double> landmarks = new ArrayList<>(List.of(baseline, 0.0, 2 * baseline));
    landmarks.add(t.absoluteValue().getAsDouble());
    t.absoluteThreshold().ifPresent(landmarks::add);
    t.absoluteStretch().ifPresent(landmarks::add);
    return new Case(Measure.of("m", Unit.COUNT, direction), t, landmarks);
  }

  /**
   * A range, now and then of zero width or at or below 0, with no baseline or one below, above,
   * inside or on an end of it.
   */
  static Case range(Random r) {
    double low = grid(r, -10, 10);
    double high = low + (r.nextInt(5) == 0 ? 0 : grid(r, 1, 10));
    Target t = Target.range(low, high);
    List<Double> landmarks =
        new ArrayList<>(List.of(low, high, (low + high) / 2, 0.0, low - 3, high + 3));
    switch (r.nextInt(6)) {
      case 0 -> t = t.withBaseline(low - grid(r, 1, 10));
      case 1 -> t = t.withBaseline(high + grid(r, 1, 10));
      case 2 -> t = t.withBaseline((low + high) / 2);
      case 3 -> t = t.withBaseline(r.nextBoolean() ? low : high);
      default -> {}
    }
    t.baseline().ifPresent(landmarks::add);
    return new Case(Measure.range("m", Unit.COUNT), t, landmarks);
  }

  /** One to four weighted milestones; the actual value is the share done. */
  static Case milestones(Random r) {
    int n = 1 + r.nextInt(4);
    Milestone[] ms = new Milestone[n];
    for (int i = 0; i < n; i++) {
      ms[i] = Milestone.of("m" + i, 1 + r.nextInt(3));
    }
    return new Case(Measure.milestones("m"), Target.milestones(ms), List.of(0.0, 0.5, 1.0, 0.75));
  }
}

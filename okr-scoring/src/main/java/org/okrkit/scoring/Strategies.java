package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The built-in {@link ScoringStrategy scoring strategies}. Each is an immutable value: two built
 * with the same parameters are equal, and {@code toString()} shows the parameters ({@code
 * linear(cap=1.2, rounded to tenths)}). Every built-in handles {@code INCREASE}, {@code DECREASE}
 * and {@code RANGE} measures, absolute and relative targets (through {@link
 * org.okrkit.core.Target#absoluteValue()}) and milestone targets.
 *
 * <p>Several strategies grade by <em>achievement</em>: {@code (actual - baseline) / (target -
 * baseline)}, 0 at the baseline and 1 at the target, for either direction; for a range, 1 inside
 * and {@code 1 - distance / distance of the baseline} outside; for milestones, the weighted share
 * done. A target with no baseline to grade from (or, for a range, a baseline inside it) has
 * achievement 1 when met and 0 otherwise: give a target a baseline to grade it.
 */
public final class Strategies {
  private static final BuiltInStrategy.Linear LINEAR = new BuiltInStrategy.Linear(1.0, false);

  private Strategies() {}

  /**
   * Met scores 1, not met 0: at or above the target for {@code INCREASE}, at or below for {@code
   * DECREASE}, inside for {@code RANGE}, every milestone done. The default for KPIs.
   */
  public static ScoringStrategy binary() {
    return BuiltInStrategy.Binary.INSTANCE;
  }

  /**
   * The OKR grade: achievement clamped to [0, 1]. The default for key results. See {@link
   * #linear(double, boolean)} for over-achievement and rounding.
   */
  public static ScoringStrategy linear() {
    return LINEAR;
  }

  /**
   * Achievement clamped to [0, cap], rounded to one decimal ({@code 0.65 -> 0.7}) when {@code
   * roundToTenths}, as in Google-style grading; rounding never goes above the cap.
   *
   * @param cap the highest score, 1 or more (1.2 rewards over-achievement up to 120 %)
   * @throws IllegalArgumentException if {@code cap} is below 1 or not finite
   */
  public static ScoringStrategy linear(double cap, boolean roundToTenths) {
    return new BuiltInStrategy.Linear(cap, roundToTenths);
  }

  /**
   * Threshold / target / stretch tiers with floor 0.5 and ceiling 1.5: see {@link #tiered(double,
   * double)}.
   */
  public static ScoringStrategy tiered() {
    return tiered(0.5, 1.5);
  }

  /**
   * Tiers: below the threshold 0; at the threshold {@code floor}; at the target 1; at the stretch
   * {@code ceiling}; linear between; flat beyond the stretch. Without a threshold, anything short
   * of the target scores 0; without a stretch, the target and beyond score 1. So a target with
   * neither scores like {@link #binary()}. Range and milestone targets have no tiers: met 1, else
   * 0.
   *
   * @param floor from 0 to 1
   * @param ceiling 1 or more
   * @throws IllegalArgumentException if either lies outside its bounds
   */
  public static ScoringStrategy tiered(double floor, double ceiling) {
    return new BuiltInStrategy.Tiered(floor, ceiling);
  }

  /**
   * A payout table: the score of the highest point whose achievement is reached, 0 below the first.
   * {@code stepped(Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1))} pays 0.8 for an
   * achievement of 0.9.
   *
   * @throws IllegalArgumentException unless there is at least one point, achievements rise, and
   *     scores are finite, at least 0 and never fall
   */
  public static ScoringStrategy stepped(Point... steps) {
    return new BuiltInStrategy.Stepped(ImmutableList.copyOf(Arrays.asList(steps)));
  }

  /**
   * A host-defined payout curve over achievement: linear between the points, flat beyond the first
   * and the last. {@code curve(Point.of(0, 0), Point.of(1, 1), Point.of(1.5, 2))} doubles the slope
   * above the target.
   *
   * @throws IllegalArgumentException unless there is at least one point, achievements rise, and
   *     scores are finite, at least 0 and never fall
   */
  public static ScoringStrategy curve(Point... points) {
    return new BuiltInStrategy.Curve(ImmutableList.copyOf(Arrays.asList(points)));
  }

  /** Percent of target capped at 1: see {@link #percentOfTarget(double)}. */
  public static ScoringStrategy percentOfTarget() {
    return percentOfTarget(1.0);
  }

  /**
   * {@code actual / target} for {@code INCREASE}, {@code target / actual} for {@code DECREASE},
   * clamped to [0, cap]. At and near zero: for a target of 0 or below there is no meaningful ratio,
   * so the score is 1 when met and 0 otherwise; a {@code DECREASE} actual of 0 or below (with a
   * positive target) is the best result possible and scores the cap, and small positive actuals
   * approach the cap continuously. Ranges: 1 inside, {@code actual / low} below (0 when low is 0 or
   * below), {@code high / actual} above. Milestones: the share done.
   *
   * @throws IllegalArgumentException if {@code cap} is below 1 or not finite
   */
  public static ScoringStrategy percentOfTarget(double cap) {
    return new BuiltInStrategy.PercentOfTarget(cap);
  }

  /**
   * Met (inside the range) scores 1; outside, the score falls linearly to 0 over {@code tolerance},
   * in the measure's unit: with {@code range(1)}, "3 to 5" scores 0.5 at 2.5 and 0 at 2. For value
   * targets the shortfall from the target counts the same way. Milestones: all done 1, else 0.
   *
   * @param tolerance 0 or more; 0 scores like {@link #binary()}
   * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
   */
  public static ScoringStrategy range(double tolerance) {
    return new BuiltInStrategy.Range(tolerance);
  }

  /**
   * The weighted share of milestones done, from 0 to 1. For targets that are not milestones: met 1,
   * else 0.
   */
  public static ScoringStrategy milestones() {
    return BuiltInStrategy.Milestones.INSTANCE;
  }
}

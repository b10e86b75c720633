package org.okrkit.simulation;

import static org.okrkit.core.Numbers.plain;

import org.immutables.value.Value;
import org.okrkit.simulation.internal.Stats;

/**
 * How the people who fill vacancies are chosen from a large pool of applicants, whose abilities are
 * distributed as the initial workforce's (standard normal). Each applicant has a predictor score
 * {@code x} (an interview, a test) correlated {@code r} (the {@link #validity()}) with their
 * ability; the best-scoring {@link #ratio() s} of the pool are hired, top-down. A hire's predictor
 * is then drawn above the pool's {@code (1 − s)}-quantile {@code c = Φ⁻¹(1 − s)}, and their ability
 * is {@code a = r·x + √(1 − r²)·e} with {@code e} standard normal.
 *
 * <h2>The mean ability of hires</h2>
 *
 * The truncated normal has {@code E[x | x > c] = φ(c) / s} (since {@code ∫_c^∞ x φ(x) dx = φ(c)}),
 * so hires have mean ability
 *
 * <pre>
 *   E[a] = r·φ(Φ⁻¹(1 − s)) / s
 * </pre>
 *
 * which is 0 for random hiring ({@code r = 0} or {@code s = 1}) and grows as the validity rises and
 * the ratio falls; its variance is {@code 1 − r² + r²·Var[x | x > c]}, with {@code Var[x | x > c] =
 * 1 + c·φ(c)/s − (φ(c)/s)²}.
 */
@Value.Immutable
public abstract sealed class Selection permits ImmutableSelection {

  Selection() {}

  /** {@code r}: the predictor's correlation with ability; from 0 to 1. */
  @Value.Parameter
  public abstract double validity();

  /** {@code s}: the share of applicants hired; above 0 and at most 1. */
  @Value.Parameter
  public abstract double ratio();

  /** Random hiring: validity 0, ratio 1. */
  public static Selection random() {
    return of(0, 1);
  }

  /**
   * Top-down selection by a predictor of validity {@code validity} at selection ratio {@code
   * ratio}.
   *
   * @throws IllegalArgumentException unless {@code validity} lies from 0 to 1 and {@code ratio}
   *     above 0 and at most 1
   */
  public static Selection of(double validity, double ratio) {
    return ImmutableSelection.of(validity, ratio);
  }

  /**
   * The mean ability of hires, {@code r·φ(Φ⁻¹(1 − s)) / s} (derived above): 0 for random hiring.
   */
  public final double expectedAbility() {
    double s = ratio();
    if (s == 1 || validity() == 0) {
      return 0;
    }
    double c = Stats.normalQuantile(1 - s);
    return validity() * Stats.normalDensity(c) / s;
  }

  /** {@code selection(validity=0.5, ratio=0.2)}. */
  @Override
  public final String toString() {
    return "selection(validity=" + plain(validity()) + ", ratio=" + plain(ratio()) + ")";
  }

  @Value.Check
  final void check() {
    ModelProblems.require(
        validity() >= 0 && validity() <= 1, "selection.validity", "validity", validity());
    ModelProblems.require(ratio() > 0 && ratio() <= 1, "selection.ratio", "ratio", ratio());
  }
}

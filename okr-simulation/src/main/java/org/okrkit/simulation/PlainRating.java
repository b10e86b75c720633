package org.okrkit.simulation;

import static org.okrkit.core.Numbers.plain;

import org.immutables.value.Value;

/**
 * A rating equal to ability plus noise: {@code ρ·a + √(1 − ρ²)·ε}, with {@code ε} standard normal
 * and independent of everything else, so that the rating is standard normal in the initial
 * workforce and correlated {@code ρ} (its {@link #validity()}) with ability {@code a}.
 */
@Value.Immutable
public abstract sealed class PlainRating implements WorkforceRating permits ImmutablePlainRating {

  PlainRating() {}

  /**
   * {@code ρ}: the rating's correlation with ability, from 0 (pure noise) to 1 (ability itself).
   */
  @Value.Parameter
  public abstract double validity();

  /**
   * A plain rating of validity {@code validity}.
   *
   * @throws IllegalArgumentException unless {@code validity} lies from 0 to 1
   */
  public static PlainRating of(double validity) {
    return ImmutablePlainRating.of(validity);
  }

  /** {@code plain(validity=0.5)}. */
  @Override
  public final String toString() {
    return "plain(validity=" + plain(validity()) + ")";
  }

  @Value.Check
  final void check() {
    ModelProblems.require(
        validity() >= 0 && validity() <= 1, "rating.validity", "validity", validity());
  }
}

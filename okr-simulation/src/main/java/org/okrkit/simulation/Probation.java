package org.okrkit.simulation;

import static org.okrkit.core.Numbers.plain;

import org.immutables.value.Value;

/**
 * A probation for newcomers: in their first {@link #periods()} periods people are not subject to
 * the {@link Dismissal} rule; instead they are dismissed when their rating lies among the lowest
 * {@link #share()} of the whole workforce's ratings that period (the lowest {@code share·n} of the
 * {@code n} people, ties broken at random, rounded to the nearest whole number, halves down). A
 * share of 0 exempts newcomers from dismissal; the people of the initial workforce are never on
 * probation.
 */
@Value.Immutable
public abstract sealed class Probation permits ImmutableProbation {

  Probation() {}

  /** How many periods, counting the first, a newcomer is on probation; from 1 to 1000. */
  @Value.Parameter
  public abstract int periods();

  /** The share of the workforce whose rating is the bar; from 0 to 1. */
  @Value.Parameter
  public abstract double share();

  /**
   * A probation of {@code periods} periods with the lowest {@code share} of ratings as its bar.
   *
   * @throws IllegalArgumentException unless {@code periods} lies from 1 to 1000 and {@code share}
   *     from 0 to 1
   */
  public static Probation of(int periods, double share) {
    return ImmutableProbation.of(periods, share);
  }

  /** {@code probation(periods=1, share=0.2)}. */
  @Override
  public final String toString() {
    return "probation(periods=" + periods() + ", share=" + plain(share()) + ")";
  }

  @Value.Check
  final void check() {
    ModelProblems.require(
        periods() >= 1 && periods() <= 1000, "probation.periods", "periods", periods());
    ModelProblems.require(share() >= 0 && share() <= 1, "probation.share", "share", share());
  }
}

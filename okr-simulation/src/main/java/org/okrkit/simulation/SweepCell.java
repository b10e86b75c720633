package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * One cell of a {@link Sweep} or a {@link WorkforceSweep}: a {@linkplain #setting() setting} and a
 * {@linkplain #seed() seed}. The cell runs the sweep's spec with the setting's model (and, in a
 * workforce sweep, the setting's arms if it gives any) and the seed ({@link Sweep#spec(SweepCell)},
 * {@link WorkforceSweep#spec(SweepCell)}).
 */
@Value.Immutable
public abstract sealed class SweepCell permits ImmutableSweepCell {

  SweepCell() {}

  /** The setting. */
  public abstract SweepSetting setting();

  /** The seed. */
  public abstract long seed();

  /** The cell of {@code setting} and {@code seed}. */
  public static SweepCell of(SweepSetting setting, long seed) {
    return ImmutableSweepCell.builder().setting(setting).seed(seed).build();
  }

  /** {@code noisy × seed 7}. */
  @Override
  public final String toString() {
    return setting().name() + " × seed " + seed();
  }
}

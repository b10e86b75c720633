package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * One cell of a {@link Sweep}: a {@linkplain #setting() setting} of the outcome model and a
 * {@linkplain #seed() seed}. The cell runs the sweep's spec with the setting's model and the seed
 * ({@link Sweep#spec(SweepCell)}).
 */
@Value.Immutable
public abstract sealed class SweepCell permits ImmutableSweepCell {

  SweepCell() {}

  /** The outcome-model setting. */
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

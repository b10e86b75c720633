package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * One point of a {@link Sweep}'s grid of outcome-model settings: a name to report it by and the
 * {@link OutcomeModel} its cells run. The model has been checked as every outcome model is when it
 * was built; a sweep checks that the names are unique.
 *
 * <pre>{@code
 * SweepSetting noisy = SweepSetting.of("noisy", OutcomeModel.builder().noise(Noise.normal(0.4)).build());
 * }</pre>
 */
@Value.Immutable
public abstract sealed class SweepSetting permits ImmutableSweepSetting {

  SweepSetting() {}

  /** The name results are reported under; not blank, unique in a sweep. */
  public abstract String name();

  /** The outcome model of the setting's cells. */
  public abstract OutcomeModel model();

  /**
   * A setting named {@code name} that runs {@code model}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static SweepSetting of(String name, OutcomeModel model) {
    return ImmutableSweepSetting.builder().name(name).model(model).build();
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!name().isBlank(), "sweep.blankSetting");
  }
}

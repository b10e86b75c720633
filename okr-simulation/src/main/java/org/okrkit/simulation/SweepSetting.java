package org.okrkit.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One point of a {@link Sweep}'s or {@link WorkforceSweep}'s grid of settings: a name to report it
 * by, the {@link OutcomeModel} its cells run and, in a workforce sweep, the {@linkplain #arms()
 * arms} its cells run instead of the study's. The model has been checked as every outcome model is
 * when it was built; a sweep checks that the names are unique.
 *
 * <pre>{@code
 * SweepSetting noisy = SweepSetting.of("noisy", OutcomeModel.builder().noise(Noise.normal(0.4)).build());
 * SweepSetting harsh = SweepSetting.of("harsh", study.model(), List.of(
 *     WorkforceArm.builder().name("20 % dismissed").rating(WorkforceRating.plain(0.5))
 *         .dismissal(Dismissal.lowestShare(0.2)).build()));
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
   * The arms the setting's cells run instead of the study's, in a {@link WorkforceSweep}: the
   * personnel rules (dismissal, turnover, selection) and ratings a workforce grid varies; empty
   * (the default) for the study's own arms. A policy {@link Sweep} varies the outcome model only,
   * and refuses a setting with arms. Arm names are unique within a setting.
   */
  public abstract List<WorkforceArm> arms();

  /**
   * A setting named {@code name} that runs {@code model}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static SweepSetting of(String name, OutcomeModel model) {
    return ImmutableSweepSetting.builder().name(name).model(model).build();
  }

  /**
   * A setting of a workforce sweep named {@code name} that runs {@code model} and, instead of the
   * study's arms, {@code arms} (the study's own when empty).
   *
   * @throws IllegalArgumentException if the name is blank or two arms have one name
   */
  public static SweepSetting of(String name, OutcomeModel model, List<WorkforceArm> arms) {
    return ImmutableSweepSetting.builder().name(name).model(model).arms(arms).build();
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!name().isBlank(), "sweep.blankSetting");
    Set<String> names = new HashSet<>();
    for (WorkforceArm arm : arms()) {
      ModelProblems.require(names.add(arm.name()), "spec.armTwice", "arm", arm.name());
    }
  }
}

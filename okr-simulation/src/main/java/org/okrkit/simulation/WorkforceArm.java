package org.okrkit.simulation;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.simulation.internal.Exports;

/**
 * One way of acting on ratings in a {@link WorkforceSpec}: a name to report it by, the {@link
 * WorkforceRating} people get each period, and the personnel rule: who is {@linkplain Dismissal
 * dismissed} (with an optional {@link Probation} for newcomers), who {@linkplain Turnover leaves of
 * their own accord}, and how vacancies are filled ({@link Selection}).
 *
 * <pre>{@code
 * WorkforceArm.builder()
 *     .name("10 % dismissed")
 *     .rating(WorkforceRating.plain(0.5))
 *     .dismissal(Dismissal.lowestShare(0.1))
 *     .turnover(Turnover.of(0.1))
 *     .selection(Selection.of(0.5, 0.5))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract sealed class WorkforceArm implements WithWorkforceArm
    permits ImmutableWorkforceArm {

  WorkforceArm() {}

  /** The name results are reported under; not blank, unique in a study. */
  public abstract String name();

  /** How people are rated each period. */
  public abstract WorkforceRating rating();

  /** Who is dismissed; {@link Dismissal#none()} by default. */
  @Value.Default
  public Dismissal dismissal() {
    return Dismissal.none();
  }

  /** The probation newcomers serve; none by default. */
  public abstract Optional<Probation> probation();

  /** Voluntary turnover; {@link Turnover#none()} by default. */
  @Value.Default
  public Turnover turnover() {
    return Turnover.none();
  }

  /** How vacancies are filled; {@link Selection#random()} by default. */
  @Value.Default
  public Selection selection() {
    return Selection.random();
  }

  /**
   * How the arm rates and acts, in a line for people: {@code rated plain(validity=0.5); dismissal
   * forced(0.9, 0.1); turnover(rate=0.1, ratingEffect=0); selection(validity=0.5, ratio=0.5)}; a
   * policy rating reads {@code rated by its policy}, and nobody dismissed or leaving {@code no
   * dismissal} and {@code no turnover}.
   */
  public final String describe() {
    return Exports.describe(this, Locale.ROOT);
  }

  /**
   * How the arm rates and acts, in the language of {@code locale}: the words from the {@code
   * simulation} bundle, the settings in the notation of the spec ({@code forced(0.9, 0.1)}).
   */
  public final String describe(Locale locale) {
    return Exports.describe(this, locale);
  }

  /** An arm that rates by {@code rating} and otherwise keeps every default: nobody moves. */
  public static WorkforceArm of(String name, WorkforceRating rating) {
    return builder().name(name).rating(rating).build();
  }

  /** A builder; name and rating are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceArm}. */
  public static final class Builder extends ImmutableWorkforceArm.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!name().isBlank(), "arm.blankName");
  }
}

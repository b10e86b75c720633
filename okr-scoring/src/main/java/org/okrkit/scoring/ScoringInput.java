package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Measure;
import org.okrkit.core.Period;
import org.okrkit.core.Target;

/**
 * What a {@link ScoringStrategy} scores: an observed value of a measure against its target, with
 * the context of the observation. The target is always valid for the measure ({@link
 * Target#problems} is empty) and the actual value is finite; for a {@code MILESTONES} target the
 * actual value is the weighted share of milestones done, from 0 to 1.
 */
public final class ScoringInput {
  private final Measure measure;
  private final Target target;
  private final double actual;
  private final @Nullable String element;
  private final @Nullable LocalDate asOf;
  private final @Nullable Period period;

  private ScoringInput(
      Measure measure,
      Target target,
      double actual,
      @Nullable String element,
      @Nullable LocalDate asOf,
      @Nullable Period period) {
    this.measure = measure;
    this.target = target;
    this.actual = actual;
    this.element = element;
    this.asOf = asOf;
    this.period = period;
  }

  /**
   * An input with no context.
   *
   * @throws IllegalArgumentException if {@code actual} is not finite or the target is not valid for
   *     the measure, naming the problems
   */
  public static ScoringInput of(Measure measure, Target target, double actual) {
    requireNonNull(measure, "measure");
    requireNonNull(target, "target");
    if (!Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "actual value " + org.okrkit.core.Numbers.plain(actual) + " is not a finite number");
    }
    if (target.kind() == Target.Kind.MILESTONES && !(actual >= 0 && actual <= 1)) {
      throw new IllegalArgumentException(
          "the actual value of a MILESTONES target is the share of milestones done, from 0 to 1; got "
              + org.okrkit.core.Numbers.plain(actual));
    }
    List<String> problems = target.problems(measure.direction());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "target "
              + target.describe()
              + " is invalid for its measure: "
              + String.join("; ", problems));
    }
    return new ScoringInput(measure, target, actual, null, null, null);
  }

  /** An input already checked by its plan: the engine's fast path. */
  static ScoringInput trusted(
      Measure measure,
      Target target,
      double actual,
      String element,
      LocalDate asOf,
      Period period) {
    return new ScoringInput(measure, target, actual, element, asOf, period);
  }

  /** This input with its context: the element's id, the as-of date and the element's period. */
  public ScoringInput withContext(String element, LocalDate asOf, Period period) {
    return new ScoringInput(
        measure,
        target,
        actual,
        requireNonNull(element, "element"),
        requireNonNull(asOf, "asOf"),
        requireNonNull(period, "period"));
  }

  /**
   * This input naming the element it scores, keeping the rest of its context: for a host that
   * scores elements by id without an as-of date or period, such as {@link BatchScorer} over a
   * plan's elements, so that a strategy's errors can name the element.
   */
  public ScoringInput withElement(String element) {
    return new ScoringInput(
        measure, target, actual, requireNonNull(element, "element"), asOf, period);
  }

  /** The measure, whose direction says which way is better. */
  public Measure measure() {
    return measure;
  }

  /** The target, valid for the measure. */
  public Target target() {
    return target;
  }

  /** The observed value: finite; the share of milestones done for a {@code MILESTONES} target. */
  public double actual() {
    return actual;
  }

  /**
   * The id of the element scored, when the input comes from a plan or was given one ({@link
   * #withElement}).
   */
  public Optional<String> elementId() {
    return Optional.ofNullable(element);
  }

  /** The date the score is taken at, when the input comes from a plan. */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The element's period, when the input comes from a plan. */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /** This input with another actual value, keeping the context. */
  public ScoringInput withActual(double actual) {
    if (!Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "actual value " + org.okrkit.core.Numbers.plain(actual) + " is not a finite number");
    }
    return new ScoringInput(measure, target, actual, element, asOf, period);
  }

  @Override
  public String toString() {
    return "ScoringInput["
        + measure.direction()
        + " "
        + target.describe()
        + ", actual "
        + org.okrkit.core.Numbers.plain(actual)
        + (element == null ? "" : ", " + element)
        + "]";
  }
}

package org.okrkit.core;

import org.immutables.value.Value;

/**
 * What is measured and how: a name ({@code "monthly active users"}), a {@link Unit} and the {@link
 * Direction} in which the measure should move. Two elements on the same measure share its name;
 * alignment analysis uses that to spot KPIs that pull against their key result.
 */
@Value.Immutable
public abstract sealed class Measure implements WithMeasure permits ImmutableMeasure {

  Measure() {}

  /** What is measured, such as {@code "inspection pass rate"}; not blank in a valid plan. */
  @Value.Parameter
  public abstract String name();

  /** The kind of quantity. */
  @Value.Parameter
  public abstract Unit unit();

  /** Which way is better. */
  @Value.Parameter
  public abstract Direction direction();

  /** A measure with every field given. */
  public static Measure of(String name, Unit unit, Direction direction) {
    return ImmutableMeasure.of(name, unit, direction);
  }

  /** A higher-is-better measure. */
  public static Measure increasing(String name, Unit unit) {
    return of(name, unit, Direction.INCREASE);
  }

  /** A lower-is-better measure. */
  public static Measure decreasing(String name, Unit unit) {
    return of(name, unit, Direction.DECREASE);
  }

  /** A stay-inside-the-band measure. */
  public static Measure range(String name, Unit unit) {
    return of(name, unit, Direction.RANGE);
  }

  /**
   * A done-or-not-done measure for milestone targets: unit {@code MILESTONE}, direction {@code
   * INCREASE}.
   */
  public static Measure milestones(String name) {
    return of(name, Unit.MILESTONE, Direction.INCREASE);
  }

  /** A builder, for code that sets fields one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}; every field is required. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}

package org.okrkit.core.diff;

import org.immutables.value.Value;

/**
 * One field of an owner, element or the plan that differs: its old and new value as text ({@code
 * target: 0 -> 5 becomes 3 -> 5}). Weights are numbers written as text too.
 */
@Value.Immutable
public abstract sealed class FieldChange permits ImmutableFieldChange {

  FieldChange() {}

  /** What the field belongs to. */
  @Value.Parameter
  public abstract Subject subject();

  /** The id of the owner or element; empty for the plan. */
  @Value.Parameter
  public abstract String id();

  /**
   * The field: {@code title}, {@code target}, {@code weight}, {@code weight of contribution to
   * KR1}.
   */
  @Value.Parameter
  public abstract String field();

  /** The value before. */
  @Value.Parameter
  public abstract String before();

  /** The value after. */
  @Value.Parameter
  public abstract String after();

  /** A change. */
  public static FieldChange of(
      Subject subject, String id, String field, String before, String after) {
    return ImmutableFieldChange.of(subject, id, field, before, after);
  }

  /** {@code KPI K1 target: 0 -> 5 => 3 -> 5}. */
  @Override
  public final String toString() {
    return (subject() == Subject.PLAN ? "plan" : subject().noun() + " " + id())
        + " "
        + field()
        + ": "
        + before()
        + " => "
        + after();
  }
}

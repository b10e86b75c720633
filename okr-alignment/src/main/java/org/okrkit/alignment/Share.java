package org.okrkit.alignment;

import org.immutables.value.Value;
import org.okrkit.core.Numbers;

/**
 * A weight attributed to an element or owner: how much of a key result, objective or owner a KPI
 * carries, or how much of an objective one KPI carries. See {@link AlignmentGraph} for how weights
 * are defined.
 */
@Value.Immutable
public abstract sealed class Share permits ImmutableShare {

  Share() {}

  /** The id of the element, owner or KPI the weight belongs to. */
  @Value.Parameter
  public abstract String id();

  /** The weight, in [0, 1]. */
  @Value.Parameter
  public abstract double weight();

  /** A share. */
  public static Share of(String id, double weight) {
    return ImmutableShare.of(id, weight);
  }

  /** {@code KR1=0.5}. */
  @Override
  public final String toString() {
    return id() + "=" + Numbers.plain(weight());
  }
}

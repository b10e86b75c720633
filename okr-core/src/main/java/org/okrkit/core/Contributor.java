package org.okrkit.core;

import org.immutables.value.Value;

/**
 * A KPI that supports a key result, with its contribution weight: an answer of {@link
 * Plan#contributorsTo}.
 */
@Value.Immutable
public abstract sealed class Contributor permits ImmutableContributor {

  Contributor() {}

  /** The supporting KPI. */
  @Value.Parameter
  public abstract Kpi kpi();

  /** The weight of the KPI's contribution to the key result. */
  @Value.Parameter
  public abstract double weight();

  /**
   * Whether the link only shows the relation ({@link Contribution#supportOnly()}): the key result's
   * score does not count this KPI.
   */
  @Value.Default
  public boolean supportOnly() {
    return false;
  }

  /** A counted contributor. */
  public static Contributor of(Kpi kpi, double weight) {
    return ImmutableContributor.of(kpi, weight);
  }

  /** A contributor, counted or support-only. */
  public static Contributor of(Kpi kpi, double weight, boolean supportOnly) {
    return ImmutableContributor.builder().kpi(kpi).weight(weight).supportOnly(supportOnly).build();
  }
}

package org.okrkit.core;

import org.immutables.value.Value;

/**
 * A KPI's support for one key result, with a contribution weight: how much of the key result this
 * KPI is meant to carry relative to the KPI's other contributions and to other KPIs.
 */
@Value.Immutable
public abstract sealed class Contribution implements WithContribution
    permits ImmutableContribution {

  Contribution() {}

  /** The id of the key result supported. */
  @Value.Parameter
  public abstract String keyResultId();

  /** The contribution weight; finite and above 0 in a valid plan; defaults to 1. */
  @Value.Parameter
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** A contribution of weight 1. */
  public static Contribution to(String keyResult) {
    return builder().keyResultId(keyResult).build();
  }

  /** A contribution of the given weight. */
  public static Contribution to(String keyResult, double weight) {
    return ImmutableContribution.of(keyResult, weight);
  }

  /** A builder; the key result is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}

package org.okrkit.core;

import org.immutables.value.Value;

/**
 * A KPI's support for one key result, with a contribution weight: how much of the key result this
 * KPI is meant to carry relative to the KPI's other contributions and to other KPIs.
 *
 * <p>A contribution is either <b>counted</b> (the default): the KPI's score feeds the key result's
 * score, as the policy's {@code keyResultKpiShare} says; or <b>support-only</b> ({@link
 * #supportOnly()}, made by {@link #support}): the link shows that the KPI serves the key result,
 * and alignment analysis draws and analyses it, but no score counts it. Quantive calls these
 * "contribute" and "support" links.
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

  /**
   * Whether the link only shows the relation: alignment analyses it, scores leave it out. False by
   * default.
   */
  @Value.Default
  public boolean supportOnly() {
    return false;
  }

  /** A support-only link of weight 1: shown and analysed by alignment, not counted in scores. */
  public static Contribution support(String keyResult) {
    return builder().keyResultId(keyResult).supportOnly(true).build();
  }

  /** A support-only link of the given weight. */
  public static Contribution support(String keyResult, double weight) {
    return builder().keyResultId(keyResult).weight(weight).supportOnly(true).build();
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

package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * People negotiate easier targets when the policy rewards meeting them. Before the period, each
 * person weighs the expected gain of having every one of their targets eased by {@link #ease()}
 * achievement units, {@code Σ_e ω_e · (ES_e(μ_e + ease) − ES_e(μ_e))} with {@code μ_e} their
 * outcome without noise under even effort, against the {@link #cost()} of negotiating (credibility,
 * the manager's scrutiny); they sandbag when the gain exceeds the cost. A sandbagging person's
 * outcomes all rise by {@code ease} against the targets in force; their latent performance does
 * not.
 */
@Value.Immutable
public abstract sealed class Sandbagging implements AgentRule permits ImmutableSandbagging {

  Sandbagging() {}

  /** How much easier a negotiated target is, in achievement units; 0.1 by default; above 0. */
  @Value.Default
  public double ease() {
    return 0.1;
  }

  /**
   * The expected composite-score gain a person must see to bother negotiating; 0.08 by default, so
   * that under the default outcome model people sandbag a binary-KPI policy far more often than a
   * graded one.
   */
  @Value.Default
  public double cost() {
    return 0.08;
  }

  /** The rule with the defaults. */
  public static Sandbagging of() {
    return builder().build();
  }

  /**
   * The rule with the given ease and cost.
   *
   * @throws IllegalArgumentException unless {@code ease} is finite and above 0 and {@code cost}
   *     finite and at least 0
   */
  public static Sandbagging of(double ease, double cost) {
    return builder().ease(ease).cost(cost).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sandbagging} rule. */
  public static final class Builder extends ImmutableSandbagging.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(
        Double.isFinite(ease()) && ease() > 0, "sandbagging.ease", "ease", ease());
    ModelProblems.require(
        Double.isFinite(cost()) && cost() >= 0, "sandbagging.cost", "cost", cost());
  }
}

package org.okrkit.simulation;

import org.immutables.value.Value;
import org.okrkit.scoring.ScoringPolicy;

/**
 * A rating by a {@link ScoringPolicy}: each person's composite score, their key results and KPIs
 * scored and rolled up by the policy's own program, as a {@link org.okrkit.scoring.Scorecard}
 * would.
 */
@Value.Immutable
public abstract sealed class PolicyRating implements WorkforceRating permits ImmutablePolicyRating {

  PolicyRating() {}

  /** The policy that scores every person. */
  @Value.Parameter
  public abstract ScoringPolicy policy();

  /** A rating by {@code policy}. */
  public static PolicyRating of(ScoringPolicy policy) {
    return ImmutablePolicyRating.of(policy);
  }

  /** {@code policy(ScoringPolicy[...])}. */
  @Override
  public final String toString() {
    return "policy(" + policy() + ")";
  }
}

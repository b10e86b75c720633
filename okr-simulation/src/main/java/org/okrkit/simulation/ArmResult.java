package org.okrkit.simulation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.scoring.ScoringPolicy;

/**
 * What one arm of an experiment gave: an {@link Estimate} per {@link Metric} (metrics that do not
 * apply, such as {@link Metric#MISCLASSIFIED} for an arm without rating, are absent), the pooled
 * score {@link Histogram}, and how many people the policy leaves unscored.
 */
@Value.Immutable
public abstract sealed class ArmResult permits ImmutableArmResult {

  ArmResult() {}

  /** The arm's name. */
  public abstract String name();

  /** The arm's policy. */
  public abstract ScoringPolicy policy();

  /** The arm's rating, for a rating policy. */
  public abstract Optional<ForcedDistribution> rating();

  /** The estimates, in {@link Metric} order. */
  public abstract Map<Metric, Estimate> metrics();

  /** The people's scores, pooled over trials. */
  public abstract Histogram histogram();

  /**
   * The number of people the policy gives no composite score (for example, people with only key
   * results under a policy whose OKR weight is 0); they count as 0 in every metric.
   */
  public abstract int unscoredPeople();

  /** The estimate of {@code metric}, if it applies to this arm. */
  public final Optional<Estimate> estimate(Metric metric) {
    return Optional.ofNullable(metrics().get(metric));
  }

  /** A builder; every field but the rating is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArmResult}. */
  public static final class Builder extends ImmutableArmResult.Builder {
    Builder() {}
  }
}

package org.okrkit.simulation;

import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.scoring.ScoringPolicy;

/**
 * One policy under test in an experiment: a name to report it by, the {@link ScoringPolicy} that
 * scores every simulated person, and, for a rating policy that ranks people, the {@link
 * ForcedDistribution} that turns composite scores into categories.
 *
 * <p>A simulation scores each period at its end, when every pace expects the whole way: the
 * policy's {@linkplain ScoringPolicy#pace() pace}, {@linkplain ScoringPolicy#elementPaces() element
 * paces}, {@linkplain ScoringPolicy#paceTolerance() pace tolerance} and {@linkplain
 * ScoringPolicy#statusRule() status rule} judge progress during a period and so do not change its
 * results; arms that differ only in them give the same numbers.
 */
@Value.Immutable
public abstract sealed class Arm permits ImmutableArm {

  Arm() {}

  /** The name results are reported under; not blank, unique in an experiment. */
  public abstract String name();

  /** The policy that scores every simulated person. */
  public abstract ScoringPolicy policy();

  /** The rating applied to the people's composite scores, for a rating policy. */
  public abstract Optional<ForcedDistribution> rating();

  /** An arm that scores people under {@code policy}. */
  public static Arm of(String name, ScoringPolicy policy) {
    return builder().name(name).policy(policy).build();
  }

  /** An arm that scores people under {@code policy} and rates them by {@code rating}. */
  public static Arm rated(String name, ScoringPolicy policy, ForcedDistribution rating) {
    return builder().name(name).policy(policy).rating(rating).build();
  }

  /** A builder; name and policy are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Arm}. */
  public static final class Builder extends ImmutableArm.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!name().isBlank(), "arm.blankName");
  }
}

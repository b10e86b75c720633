package org.okrkit.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.okrkit.core.Numbers.plain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Who a workforce study dismisses each period, by the period's ratings:
 *
 * <ul>
 *   <li>{@linkplain #none() nobody};
 *   <li>{@linkplain #forced(ForcedDistribution) by a forced distribution} ("rank and yank"): the
 *       people subject to the rule are ranked by rating, ties broken at random, and put into the
 *       distribution's categories as {@link ForcedDistribution} does (a person at position {@code
 *       r} of {@code n} from the lowest, counting from 1, stands at {@code (n − r + 0.5) / n} from
 *       the top); the lowest category is dismissed, which is the lowest {@code p·n} people rounded
 *       to the nearest whole number, halves down, for a lowest share {@code p}. {@link
 *       #lowestShare(double)} is the two-category distribution {@code (1 − p, p)}. The shares are
 *       doubles, so a product that is a half in decimals may not be one in binary: for {@code
 *       lowestShare(0.55)} of 10 people the cut between the categories lies at {@code 1 − 0.55},
 *       which is a little below 0.45 as a double, and 6 are dismissed, not 5; a host that needs an
 *       exact half to round down passes shares that are exact in binary (0.5, 0.25, 0.125 …);
 *   <li>{@linkplain #belowScore(double) by a score cut-off}: everyone subject to the rule whose
 *       rating lies below the cut-off.
 * </ul>
 *
 * <p>People on {@link Probation} are not subject to the rule; their own bar applies to them.
 */
@Value.Immutable
public abstract sealed class Dismissal permits ImmutableDismissal {

  Dismissal() {}

  /** How the dismissed are chosen. */
  public enum Kind {
    /** Nobody is dismissed. */
    NONE,
    /** The lowest category of a forced distribution is dismissed. */
    FORCED_DISTRIBUTION,
    /** Everyone rated below a score is dismissed. */
    BELOW_SCORE
  }

  /** How the dismissed are chosen. */
  public abstract Kind kind();

  /** The forced distribution; present exactly for {@code FORCED_DISTRIBUTION}. */
  public abstract Optional<ForcedDistribution> distribution();

  /** The score cut-off; present exactly for {@code BELOW_SCORE}. */
  public abstract OptionalDouble score();

  /** Nobody is dismissed. */
  public static Dismissal none() {
    return ImmutableDismissal.builder().kind(Kind.NONE).build();
  }

  /** The lowest category of {@code distribution} (shares best first) is dismissed. */
  public static Dismissal forced(ForcedDistribution distribution) {
    return ImmutableDismissal.builder()
        .kind(Kind.FORCED_DISTRIBUTION)
        .distribution(distribution)
        .build();
  }

  /**
   * The lowest-rated share {@code share} is dismissed: {@code forced(ForcedDistribution.of(1 −
   * share, share))}.
   *
   * @throws IllegalArgumentException unless {@code share} lies above 0 and below 1
   */
  public static Dismissal lowestShare(double share) {
    ModelProblems.require(share > 0 && share < 1, "dismissal.lowestShare", "share", share);
    return forced(ForcedDistribution.of(1 - share, share));
  }

  /**
   * Everyone rated below {@code score} is dismissed.
   *
   * @throws IllegalArgumentException unless {@code score} is finite
   */
  public static Dismissal belowScore(double score) {
    return ImmutableDismissal.builder().kind(Kind.BELOW_SCORE).score(score).build();
  }

  /** The share of the lowest category of a forced distribution; 0 for the other kinds. */
  public final double lowestShare() {
    if (distribution().isEmpty()) {
      return 0;
    }
    List<Double> shares = distribution().get().shares();
    return shares.get(shares.size() - 1);
  }

  /** {@code none()}, {@code forced(0.2, 0.7, 0.1)}, {@code belowScore(0.4)}. */
  @Override
  public final String toString() {
    return switch (kind()) {
      case NONE -> "none()";
      case FORCED_DISTRIBUTION -> {
        StringBuilder text = new StringBuilder("forced(");
        List<Double> shares = distribution().orElseThrow().shares();
        for (int k = 0; k < shares.size(); k++) {
          text.append(k == 0 ? "" : ", ").append(plain(shares.get(k)));
        }
        yield text.append(')').toString();
      }
      case BELOW_SCORE -> "belowScore(" + plain(score().orElseThrow()) + ")";
    };
  }

  @Value.Check
  final void check() {
    checkArgument(
        distribution().isPresent() == (kind() == Kind.FORCED_DISTRIBUTION),
        "a forced distribution is needed for %s dismissal and only there",
        kind());
    checkArgument(
        score().isPresent() == (kind() == Kind.BELOW_SCORE),
        "a score cut-off is needed for %s dismissal and only there",
        kind());
    if (score().isPresent()) {
      ModelProblems.require(
          Double.isFinite(score().getAsDouble()),
          "dismissal.score",
          "score",
          score().getAsDouble());
    }
  }
}

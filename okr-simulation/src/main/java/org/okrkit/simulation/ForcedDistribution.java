package org.okrkit.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.okrkit.core.Numbers.plain;

import java.util.List;
import org.immutables.value.Value;
import org.okrkit.core.Numbers;
import org.okrkit.simulation.internal.Ranks;

/**
 * A forced-distribution rating: people ranked by score and put into categories by fixed shares,
 * best first, such as 20 % "exceeds", 70 % "meets", 10 % "below". A rating policy in an experiment
 * is an {@link Arm} with a forced distribution; the simulation reports the share of people it
 * misclassifies.
 *
 * <p>A person whose average rank (1 for the lowest score, ties sharing the mean of their ranks) is
 * {@code r} of {@code n} stands at {@code q = (n − r + 0.5) / n} from the top, and falls in the
 * first category whose cumulative share reaches {@code q}. People tied on score share a category,
 * so ties can make a category larger or smaller than its share.
 */
@Value.Immutable
public abstract sealed class ForcedDistribution permits ImmutableForcedDistribution {

  ForcedDistribution() {}

  /** The categories' shares, best first: each above 0, adding up to 1 (within 1e-9). */
  public abstract List<Double> shares();

  /**
   * A distribution with the given shares, best first: {@code of(0.2, 0.7, 0.1)}.
   *
   * @throws IllegalArgumentException unless there are at least two shares, each finite and above 0,
   *     adding up to 1
   */
  public static ForcedDistribution of(double... shares) {
    Builder b = builder();
    for (double s : shares) {
      b.addShare(s);
    }
    return b.build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForcedDistribution}. */
  public static final class Builder extends ImmutableForcedDistribution.Builder {
    Builder() {}
  }

  /**
   * Each person's category, 0 for the best, from their scores.
   *
   * @param scores one finite score per person
   * @return one category per person, in the same order
   * @throws IllegalArgumentException if a score is not finite
   */
  public final int[] categories(double[] scores) {
    for (int i = 0; i < scores.length; i++) {
      checkArgument(
          Double.isFinite(scores[i]),
          "scores[%s] = %s is not a finite number",
          (Object) i,
          scores[i]);
    }
    int[] twiceRanks = new int[scores.length];
    new Ranks(scores.length).rank(scores, scores.length, twiceRanks);
    int[] categories = new int[scores.length];
    double[] cumulative = Ranks.cumulative(shares());
    for (int i = 0; i < scores.length; i++) {
      categories[i] = Ranks.category(twiceRanks[i], scores.length, cumulative);
    }
    return categories;
  }

  /** {@code forcedDistribution(0.2, 0.7, 0.1)}. */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("forcedDistribution(");
    for (int k = 0; k < shares().size(); k++) {
      text.append(k == 0 ? "" : ", ").append(plain(shares().get(k)));
    }
    return text.append(')').toString();
  }

  @Value.Check
  final void check() {
    ModelProblems.require(shares().size() >= 2, "distribution.twoShares", "count", shares().size());
    double sum = 0;
    for (int k = 0; k < shares().size(); k++) {
      double s = shares().get(k);
      ModelProblems.require(
          Double.isFinite(s) && s > 0, "distribution.share", "index", k, "share", s);
      sum += s;
    }
    // read as a person would write the sum: 1.1, not 1.0999999999999999
    ModelProblems.require(
        Math.abs(sum - 1) <= 1e-9,
        "distribution.sum",
        "sum",
        String.valueOf(Numbers.readable(sum)));
  }
}

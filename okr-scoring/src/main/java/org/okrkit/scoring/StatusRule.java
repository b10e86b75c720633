package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

/**
 * How an objective's or owner's status follows from its children's: by the {@linkplain
 * #weightedScore() weighted gap} (the default: the weighted mean of the children's gaps against the
 * {@link PaceTolerance}), by the {@linkplain #weakest() weakest child} (Perdoo: an objective is as
 * far behind as its weakest key result), or by the {@linkplain #shareOnTrack share of children on
 * track}. An objective's children are the key results and contributing objectives its score rolls
 * up (the latter when {@link ScoringPolicy#childObjectiveWeight()} is above 0); an owner's are its
 * KPIs and objectives, each part counted when its composite weight is above 0. Children without a
 * status are left out; with none left, there is no status. Values are immutable, compared by their
 * parameters, and shown with them by {@code toString}.
 */
public sealed interface StatusRule extends java.io.Serializable
    permits StatusRule.WeightedScore, StatusRule.Weakest, StatusRule.ShareOnTrack {

  /** The default: the weighted mean of the children's gaps, judged by the tolerance. */
  static StatusRule weightedScore() {
    return WeightedScore.INSTANCE;
  }

  /** The status of the weakest child: off track if any is, else at risk if any is. */
  static StatusRule weakest() {
    return Weakest.INSTANCE;
  }

  /**
   * On track when at least {@code share} of the children are on track; else at risk when at least
   * {@code share} of them are on track or at risk; else off track.
   *
   * @param share in (0, 1]
   * @throws IllegalArgumentException if the share lies outside (0, 1]
   */
  static StatusRule shareOnTrack(double share) {
    return new ShareOnTrack(share);
  }

  /**
   * The kind, as policy files name it: {@code weightedScore}, {@code weakest}, {@code
   * shareOnTrack}.
   */
  String kind();

  /** The weighted-gap rule. */
  enum WeightedScore implements StatusRule {
    /** The one instance. */
    INSTANCE;

    @Override
    public String kind() {
      return "weightedScore";
    }

    @Override
    public String toString() {
      return "weightedScore";
    }
  }

  /** The weakest-child rule. */
  enum Weakest implements StatusRule {
    /** The one instance. */
    INSTANCE;

    @Override
    public String kind() {
      return "weakest";
    }

    @Override
    public String toString() {
      return "weakest";
    }
  }

  /**
   * The share-on-track rule.
   *
   * @param share the least share of children on track, in (0, 1]
   */
  record ShareOnTrack(double share) implements StatusRule {
    /** Checks the share. */
    public ShareOnTrack {
      PolicyProblems.require(share > 0 && share <= 1, "statusRule.share", "share", share);
    }

    @Override
    public String kind() {
      return "shareOnTrack";
    }

    @Override
    public String toString() {
      return "shareOnTrack(share=" + plain(share) + ")";
    }
  }
}

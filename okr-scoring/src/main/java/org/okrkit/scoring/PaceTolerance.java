package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

/**
 * How far progress may fall behind the expected pace and still be on track or at risk: by the
 * {@linkplain #difference difference} {@code expected - progress} (the default: 0.1 on track, 0.25
 * at risk), or by the {@linkplain #ratio ratio} {@code progress / expected} (UpRaise's rule: on
 * track from 0.95 of the expected progress, at risk from 0.75, off track below). Either way
 * progress ahead of the pace is on track, and a looser progress never gives a worse status. Values
 * are immutable, compared by their parameters, and shown with them by {@code toString}.
 */
public sealed interface PaceTolerance extends java.io.Serializable
    permits PaceTolerance.Difference, PaceTolerance.Ratio {

  /**
   * On track while {@code expected - progress <= onTrack}, at risk while it is at most {@code
   * atRisk}, else off track; {@code difference(0.1, 0.25)} is the default.
   *
   * @param onTrack from 0, at most {@code atRisk}
   * @param atRisk finite
   * @throws IllegalArgumentException if the tolerances do not meet these rules
   */
  static PaceTolerance difference(double onTrack, double atRisk) {
    return new Difference(onTrack, atRisk);
  }

  /**
   * On track while {@code progress >= onTrack × expected}, at risk while {@code progress >= atRisk
   * × expected}, else off track; on track while nothing is expected yet. {@code ratio(0.95, 0.75)}
   * is UpRaise's rule.
   *
   * @param onTrack above 0, at most 1
   * @param atRisk from 0, at most {@code onTrack}
   * @throws IllegalArgumentException if the shares do not meet these rules
   */
  static PaceTolerance ratio(double onTrack, double atRisk) {
    return new Ratio(onTrack, atRisk);
  }

  /** The kind, as policy files name it: {@code difference} or {@code ratio}. */
  String kind();

  /**
   * The status of progress against the expected progress.
   *
   * @param expected the progress expected, from 0 to 1
   * @param progress the progress made, from 0 to 1
   */
  default Status status(double expected, double progress) {
    return statusOfGap(expected, expected - progress);
  }

  /**
   * The status of a gap {@code expected - progress}; the rollup keeps gaps, so that the difference
   * rule sees the very numbers it always saw.
   */
  Status statusOfGap(double expected, double gap);

  /**
   * The difference tolerance.
   *
   * @param onTrack the largest gap on track
   * @param atRisk the largest gap at risk
   */
  record Difference(double onTrack, double atRisk) implements PaceTolerance {
    /** Checks the tolerances. */
    public Difference {
      PolicyProblems.require(
          onTrack >= 0 && onTrack <= atRisk && Double.isFinite(atRisk),
          "paceTolerance.difference",
          "onTrack",
          onTrack,
          "atRisk",
          atRisk);
    }

    @Override
    public String kind() {
      return "difference";
    }

    @Override
    public Status statusOfGap(double expected, double gap) {
      return gap <= onTrack + Bands.MARGIN
          ? Status.ON_TRACK
          : gap <= atRisk + Bands.MARGIN ? Status.AT_RISK : Status.OFF_TRACK;
    }

    @Override
    public String toString() {
      return "difference(onTrack=" + plain(onTrack) + ", atRisk=" + plain(atRisk) + ")";
    }
  }

  /**
   * The ratio tolerance.
   *
   * @param onTrack the least share of the expected progress on track
   * @param atRisk the least share of the expected progress at risk
   */
  record Ratio(double onTrack, double atRisk) implements PaceTolerance {
    /** Checks the shares. */
    public Ratio {
      PolicyProblems.require(
          onTrack > 0 && onTrack <= 1, "paceTolerance.ratioOnTrack", "onTrack", onTrack);
      PolicyProblems.require(
          atRisk >= 0 && atRisk <= onTrack,
          "paceTolerance.ratio",
          "atRisk",
          atRisk,
          "onTrack",
          onTrack);
    }

    @Override
    public String kind() {
      return "ratio";
    }

    @Override
    public Status statusOfGap(double expected, double gap) {
      double progress = expected - gap;
      return progress >= onTrack * expected - Bands.MARGIN
          ? Status.ON_TRACK
          : progress >= atRisk * expected - Bands.MARGIN ? Status.AT_RISK : Status.OFF_TRACK;
    }

    @Override
    public String toString() {
      return "ratio(onTrack=" + plain(onTrack) + ", atRisk=" + plain(atRisk) + ")";
    }
  }
}

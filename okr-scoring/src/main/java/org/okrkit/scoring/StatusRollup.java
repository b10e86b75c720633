package org.okrkit.scoring;

/**
 * The one place where a node's gap, expected progress and status follow from its children's, under
 * the policy's {@link StatusRule} and {@link PaceTolerance}: the engine feeds it each objective's
 * and each owner part's children in turn. The gap is the weighted mean of the children's gaps,
 * summed in the order given (so the default rule sees exactly the numbers it always saw); the
 * expected progress is the weighted mean of theirs, which the ratio tolerance compares progress
 * with. A status is coded as its ordinal, NaN for none. Not thread-safe: one per engine pass.
 */
final class StatusRollup {
  private static final int ON_TRACK = 0;
  private static final int AT_RISK = 1;
  private static final int OFF_TRACK = 2;

  private final StatusRule rule;
  private final PaceTolerance tolerance;
  private double gapSum;
  private double expectedSum;
  private double total;
  private int count;
  private int onTrack;
  private int atRisk;
  private int worst = -1;

  StatusRollup(StatusRule rule, PaceTolerance tolerance) {
    this.rule = rule;
    this.tolerance = tolerance;
  }

  /** Forgets every child: ready for the next node. */
  StatusRollup reset() {
    gapSum = 0;
    expectedSum = 0;
    total = 0;
    count = 0;
    onTrack = 0;
    atRisk = 0;
    worst = -1;
    return this;
  }

  /**
   * Adds a child with its gap, expected progress, status code and weight; a child without a gap
   * (NaN) is left out.
   */
  void add(double gap, double expected, double status, double weight) {
    if (Double.isNaN(gap)) {
      return;
    }
    gapSum += gap * weight;
    expectedSum += expected * weight;
    total += weight;
    if (!Double.isNaN(status)) {
      count(1, (int) status);
    }
  }

  /** Adds every child counted by {@code part}: an owner's KPIs and objectives, for its status. */
  void addCounts(StatusRollup part) {
    count += part.count;
    onTrack += part.onTrack;
    atRisk += part.atRisk;
    worst = Math.max(worst, part.worst);
  }

  private void count(int n, int status) {
    count += n;
    if (status == ON_TRACK) {
      onTrack += n;
    } else if (status == AT_RISK) {
      atRisk += n;
    }
    worst = Math.max(worst, status);
  }

  /** The weighted mean of the children's gaps; NaN without any. */
  double gap() {
    return total > 0 ? gapSum / total : Double.NaN;
  }

  /** The weighted mean of the children's expected progress; NaN without any. */
  double expected() {
    return total > 0 ? expectedSum / total : Double.NaN;
  }

  /** The node's status code from what was added. */
  double status() {
    return status(gap(), expected());
  }

  /**
   * The node's status code, the weighted rule judging {@code gap} against {@code expected}: an
   * owner's are the composite of its parts'.
   */
  double status(double gap, double expected) {
    if (rule instanceof StatusRule.WeightedScore) {
      return Double.isNaN(gap) ? Double.NaN : of(tolerance, expected, gap);
    }
    if (count == 0) {
      return Double.NaN;
    }
    if (rule instanceof StatusRule.Weakest) {
      return worst;
    }
    double share = ((StatusRule.ShareOnTrack) rule).share();
    return onTrack >= share * count - Bands.MARGIN
        ? ON_TRACK
        : onTrack + atRisk >= share * count - Bands.MARGIN ? AT_RISK : OFF_TRACK;
  }

  /** The status code of a key result's or KPI's gap; NaN without a gap. */
  static double of(PaceTolerance tolerance, double expected, double gap) {
    return Double.isNaN(gap) ? Double.NaN : code(tolerance.statusOfGap(expected, gap));
  }

  /** The code of a status: worse statuses have larger codes. */
  static int code(Status status) {
    return switch (status) {
      case ON_TRACK -> ON_TRACK;
      case AT_RISK -> AT_RISK;
      case OFF_TRACK -> OFF_TRACK;
    };
  }

  /** The status of a code. */
  static Status status(double code) {
    return code == ON_TRACK ? Status.ON_TRACK : code == AT_RISK ? Status.AT_RISK : Status.OFF_TRACK;
  }
}

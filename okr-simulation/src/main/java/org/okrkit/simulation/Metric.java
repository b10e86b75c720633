package org.okrkit.simulation;

import java.util.Locale;
import org.okrkit.simulation.internal.Exports;

/**
 * What is measured for each arm in each trial. Every metric is computed per trial from that trial's
 * draws and then summarised over trials as an {@link Estimate}. "Score" is a person's composite
 * score under the arm's policy (KPI and OKR scores mixed by the policy's weights, as in a {@link
 * org.okrkit.scoring.Scorecard}); a person the policy leaves unscored counts as 0. Rank
 * correlations are Spearman's: the Pearson correlation of average ranks (ties share the mean of
 * their ranks), computed exactly in integer arithmetic, and 0 when either side has no spread.
 */
public enum Metric {
  /** The mean of the people's scores in the first period. */
  MEAN_SCORE("mean score", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The standard deviation of the people's scores (divisor n). */
  SD_SCORE("sd of scores", 0, Double.POSITIVE_INFINITY),
  /** The 10th percentile of the people's scores (linear interpolation between order statistics). */
  P10("10th percentile", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The 25th percentile. */
  P25("25th percentile", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The median. */
  MEDIAN("median", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The 75th percentile. */
  P75("75th percentile", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The 90th percentile. */
  P90("90th percentile", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /**
   * The share of all KPIs whose outcome meets the target in force ({@code y ≥ 1}, after bunching
   * and against negotiated targets). Reported only when the population has KPIs.
   */
  KPIS_MET("share of KPIs met", 0, 1),
  /**
   * The share of all key results and KPIs on track when the spec's {@link SimulationSpec#statusAt()
   * statusAt} share of their period has passed, judged as a scorecard judges status: the progress
   * made by then against the progress the arm's policy expects by then (the element's {@linkplain
   * org.okrkit.scoring.ScoringPolicy#paceFor pace}), within the policy's {@linkplain
   * org.okrkit.scoring.ScoringPolicy#paceTolerance pace tolerance}. An element's outcome accrues
   * evenly over its period, so its progress by then is {@code statusAt × y}, clamped to [0, 1]; a
   * KPI that reports more than once in its period has a whole interval's outcome {@code y} in each
   * report, expected in full. Reported only when the spec sets {@code statusAt}.
   */
  ON_TRACK("share on track at the status date", 0, 1),
  /** Validity: the rank correlation between people's latent performance and their scores. */
  VALIDITY("validity (rank corr. with latent performance)", -1, 1),
  /**
   * Reliability: the rank correlation between people's scores in two independent periods (two
   * independent draws of noise for the same people, traits and behaviour).
   */
  RELIABILITY("reliability (rank corr. between periods)", -1, 1),
  /**
   * The incentive gradient: the mean over people of {@code (S(E + Δ) − S(E)) / Δ}, the score gained
   * per unit of extra effort level, where {@code S(E + Δ)} is the score with every person's effort
   * level raised by the spec's {@link SimulationSpec#effortProbe() effortProbe} (their effort on
   * each element scaled in proportion) on the same noise.
   */
  INCENTIVE_GRADIENT(
      "incentive gradient (score per unit effort)",
      Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY),
  /**
   * The score gained by sandbagging: the mean over people of {@code S(y + δ) − S(y)}, the score
   * with every target eased by the spec's {@link SimulationSpec#sandbagProbe() sandbagProbe} minus
   * the score as simulated, on the same noise.
   */
  SANDBAG_GAIN("score gained by sandbagging", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /**
   * The share of people who negotiated easier targets. Reported only with the {@link Sandbagging}
   * rule.
   */
  SANDBAGGERS("share of people sandbagging", 0, 1),
  /**
   * For an arm with a {@link ForcedDistribution}: the share of people whose category by score
   * differs from their category by latent performance under the same distribution.
   */
  MISCLASSIFIED("share misclassified", 0, 1);

  private final String label;
  private final double lowest;
  private final double highest;

  Metric(String label, double lowest, double highest) {
    this.label = label;
    this.lowest = lowest;
    this.highest = highest;
  }

  /** A short description for tables: "share of KPIs met". */
  public String label() {
    return label;
  }

  /**
   * The label in the language of {@code locale}, from the {@code simulation} bundle: "share of KPIs
   * met" in English, "KPI 达成比例" in Simplified Chinese; English where a locale has no translation.
   */
  public String label(Locale locale) {
    return Exports.phrases(locale).phrase("metric." + name());
  }

  /** The lowest value the metric can take; confidence intervals are clipped to it. */
  public double lowest() {
    return lowest;
  }

  /** The highest value the metric can take; confidence intervals are clipped to it. */
  public double highest() {
    return highest;
  }

  /** The metric's name in exports: {@code kpis_met}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

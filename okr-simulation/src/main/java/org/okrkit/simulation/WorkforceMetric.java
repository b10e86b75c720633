package org.okrkit.simulation;

import java.util.Locale;
import org.okrkit.simulation.internal.Exports;

/**
 * What a workforce study measures in each company at the end of each period, after the period's
 * dismissals, departures and hires; each is summarised over companies as an {@link Estimate} (whose
 * {@link Estimate#trials()} counts companies). Ability is the {@link OutcomeModel}'s {@code a},
 * standard normal in the initial workforce and in the applicant pool, so it is measured in standard
 * deviations of the initial workforce's ability. Period 0 is the initial workforce, before anyone
 * is rated: it has no {@link #VALIDITY} and no {@link #DISMISSED_ABOVE_MEDIAN}.
 */
public enum WorkforceMetric {
  /** The mean ability of the workforce. */
  MEAN_ABILITY("mean ability", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** The standard deviation of the workforce's ability (divisor n). */
  SD_ABILITY("sd of ability", 0, Double.POSITIVE_INFINITY),
  /** The mean ability less the same company's mean ability in period 0. */
  GAIN("gain since period 0", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /**
   * How many of the period's dismissed were truly above the median: their ability lies above the
   * median ability of the people rated that period.
   */
  DISMISSED_ABOVE_MEDIAN("dismissed above median", 0, Double.POSITIVE_INFINITY),
  /** How many people have been dismissed, from period 1 to this one. */
  CUMULATIVE_DISMISSALS("dismissals so far", 0, Double.POSITIVE_INFINITY),
  /** How many people have left of their own accord, from period 1 to this one. */
  CUMULATIVE_DEPARTURES("departures so far", 0, Double.POSITIVE_INFINITY),
  /**
   * The rating's validity that period: the Pearson correlation of the people's ratings with their
   * abilities; 0 when either has no spread.
   */
  VALIDITY("validity", -1, 1);

  private final String label;
  private final double lowest;
  private final double highest;

  WorkforceMetric(String label, double lowest, double highest) {
    this.label = label;
    this.lowest = lowest;
    this.highest = highest;
  }

  /** A short description for tables: "mean ability". */
  public String label() {
    return label;
  }

  /**
   * The label in the language of {@code locale}, from the {@code simulation} bundle: "mean ability"
   * in English, "平均能力" in Simplified Chinese; English where a locale has no translation.
   */
  public String label(Locale locale) {
    return Exports.phrases(locale).phrase("workforceMetric." + name());
  }

  /** The lowest value the metric can take; confidence intervals are clipped to it. */
  public double lowest() {
    return lowest;
  }

  /** The highest value the metric can take; confidence intervals are clipped to it. */
  public double highest() {
    return highest;
  }

  /** Whether the metric is measured in period 0, the initial workforce. */
  public boolean atPeriodZero() {
    return this != VALIDITY && this != DISMISSED_ABOVE_MEDIAN;
  }

  /** The metric's name in exports: {@code mean_ability}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

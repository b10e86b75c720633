package org.okrkit.core;

/** How often a KPI is reported: a monthly KPI inside a quarterly plan reports three times. */
public enum Frequency {
  /** Every day. */
  DAILY(1),
  /** Every week. */
  WEEKLY(7),
  /** Every month. */
  MONTHLY(28),
  /** Every quarter. */
  QUARTERLY(90),
  /** Every half year. */
  HALF_YEARLY(181),
  /** Every year. */
  YEARLY(365);

  private final int minimumDays;

  Frequency(int minimumDays) {
    this.minimumDays = minimumDays;
  }

  /** The length of the shortest reporting interval of this frequency: 28 days for a month. */
  public int minimumDays() {
    return minimumDays;
  }

  /**
   * Whether at least one whole reporting interval fits in {@code period}: a monthly KPI fits a
   * quarter, a yearly KPI does not.
   */
  public boolean fitsIn(Period period) {
    return period.lengthInDays() >= minimumDays;
  }
}

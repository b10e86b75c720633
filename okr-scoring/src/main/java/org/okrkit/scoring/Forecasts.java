package org.okrkit.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckInColumns;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Period;
import org.okrkit.core.Target;

/**
 * Where a key result or KPI is heading by the end of its period: the least-squares line through its
 * check-ins up to the date (and its baseline at the period's start, for measures that accumulate
 * toward the target), scored at the period's end; and the value the element's pace expects by the
 * date, scored.
 */
final class Forecasts {
  private Forecasts() {}

  /**
   * The forecast of measured element {@code m}, scored with {@code strategy}; null for a milestone
   * target or with fewer than two points on different days.
   */
  static @Nullable Forecast of(
      MeasuredElement e,
      int m,
      CheckInColumns columns,
      Period period,
      boolean perInterval,
      ScoringStrategy strategy,
      LocalDate asOf,
      double expected) {
    Target t = e.target();
    if (t.kind() == Target.Kind.MILESTONES) {
      return null;
    }
    LocalDate start = period.start();
    int last = columns.lastOnOrBefore(m, asOf);
    boolean baseline = !perInterval && t.baseline().isPresent();
    int n = (baseline ? 1 : 0) + last + 1;
    if (n < 2) {
      return null;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    if (baseline) {
      x[k] = 0;
      y[k++] = t.baseline().getAsDouble();
    }
    long startDay = start.toEpochDay();
    for (int i = 0; i <= last; i++) {
      x[k] = columns.epochDay(m, i) - startDay;
      y[k++] = columns.value(m, i);
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i];
      meanY += y[i];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - meanX) * (x[i] - meanX);
      sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (sxx == 0) {
      return null;
    }
    double slope = sxy / sxx;
    double endX = ChronoUnit.DAYS.between(start, period.end());
    double value = meanY + slope * (endX - meanX);
    if (!Double.isFinite(value)) {
      return null;
    }
    ScoringInput input = ScoringInput.trusted(e.measure(), t, value, e.id(), period.end(), period);
    ImmutableForecast.Builder b = ImmutableForecast.builder();
    if (t.kind() != Target.Kind.RANGE
        && t.baseline().isPresent()
        && t.absoluteValue().isPresent()
        && !Double.isNaN(expected)) {
      double base = t.baseline().getAsDouble();
      double onPace = base + expected * (t.absoluteValue().getAsDouble() - base);
      if (Double.isFinite(onPace)) {
        b.onPaceValue(onPace)
            .onPaceScore(
                Measurement.checkedScore(
                    strategy, ScoringInput.trusted(e.measure(), t, onPace, e.id(), asOf, period)));
      }
    }
    return b.value(value)
        .date(period.end())
        .score(Measurement.checkedScore(strategy, input))
        .slopePerDay(slope)
        .points(n)
        .build();
  }
}

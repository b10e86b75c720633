package org.okrkit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What one arm of a workforce study gave: its figures period by period, from period 0. */
@Value.Immutable
public abstract sealed class WorkforceArmResult permits ImmutableWorkforceArmResult {

  WorkforceArmResult() {}

  /** The arm's name. */
  public final String name() {
    return arm().name();
  }

  /** The arm. */
  public abstract WorkforceArm arm();

  /** The figures of periods 0 (the initial workforce) to the study's last, in order. */
  public abstract List<PeriodResult> periods();

  /**
   * The estimate of {@code metric} in period {@code period}, if it was measured then.
   *
   * @throws IndexOutOfBoundsException unless {@code period} lies from 0 to the last period
   */
  public final Optional<Estimate> estimate(int period, WorkforceMetric metric) {
    return periods().get(period).estimate(metric);
  }

  /**
   * The estimates of {@code metric} period by period, from the first period in which it is
   * measured: from period 0, or from period 1 for those not measured in period 0.
   */
  public final List<Estimate> series(WorkforceMetric metric) {
    List<Estimate> series = new ArrayList<>();
    for (PeriodResult p : periods()) {
      p.estimate(metric).ifPresent(series::add);
    }
    return series;
  }

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkforceArmResult}. */
  public static final class Builder extends ImmutableWorkforceArmResult.Builder {
    Builder() {}
  }
}

package org.okrkit.simulation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The figures of one period of one arm of a workforce study, each summarised over companies. */
@Value.Immutable
public abstract sealed class PeriodResult permits ImmutablePeriodResult {

  PeriodResult() {}

  /** The period: 0 for the initial workforce, then 1 to the study's number of periods. */
  public abstract int period();

  /** The estimates, in {@link WorkforceMetric} order; those not measured in period 0 absent. */
  public abstract Map<WorkforceMetric, Estimate> metrics();

  /** The estimate of {@code metric}, if it was measured this period. */
  public final Optional<Estimate> estimate(WorkforceMetric metric) {
    return Optional.ofNullable(metrics().get(metric));
  }

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodResult}. */
  public static final class Builder extends ImmutablePeriodResult.Builder {
    Builder() {}
  }
}

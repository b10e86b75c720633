package org.okrkit.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A key performance indicator owned by a person or a team: a measure with a target, a weight in its
 * owner's scorecard, a reporting frequency, and the key results it supports. This is how "key
 * results are broken down into individual KPIs".
 */
@Value.Immutable
public abstract sealed class Kpi implements MeasuredElement, WithKpi permits ImmutableKpi {

  Kpi() {}

  @Override
  public abstract String id();

  /** The id of the person or team that owns the KPI. */
  public abstract String ownerId();

  @Override
  public abstract String title();

  @Override
  public abstract Measure measure();

  @Override
  public abstract Target target();

  /** The KPI's weight in its owner's scorecard; defaults to 1. */
  @Override
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** How often the KPI is reported; defaults to {@code MONTHLY}. */
  @Value.Default
  public Frequency frequency() {
    return Frequency.MONTHLY;
  }

  /**
   * The key results this KPI supports, each once, in the order given; empty for a KPI that serves
   * no key result (alignment analysis reports it as an orphan).
   */
  public abstract List<Contribution> contributions();

  /** The KPI's own period when it differs from the plan's; it must overlap the plan's period. */
  public abstract Optional<Period> period();

  @Override
  public abstract Set<String> tags();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.KPI;
  }

  /** A builder; id, owner, title, measure and target are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Kpi}. */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}

package org.okrkit.core;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A measurable result that proves progress on one {@link Objective}: "add 20 partner companies
 * within the quarter". KPIs support key results through their {@link Contribution}s.
 */
@Value.Immutable
public abstract sealed class KeyResult implements MeasuredElement, WithKeyResult
    permits ImmutableKeyResult {

  KeyResult() {}

  @Override
  public abstract String id();

  /** The id of the objective this key result belongs to. */
  public abstract String objectiveId();

  @Override
  public abstract String title();

  @Override
  public abstract Measure measure();

  @Override
  public abstract Target target();

  /** The key result's weight within its objective; defaults to 1. */
  @Override
  @Value.Default
  public double weight() {
    return 1.0;
  }

  @Override
  public abstract Set<String> tags();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.KEY_RESULT;
  }

  /** A key result of weight 1. */
  public static KeyResult of(
      String id, String objective, String title, Measure measure, Target target) {
    return builder()
        .id(id)
        .objectiveId(objective)
        .title(title)
        .measure(measure)
        .target(target)
        .build();
  }

  /** A builder; id, objective, title, measure and target are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyResult}. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }
}

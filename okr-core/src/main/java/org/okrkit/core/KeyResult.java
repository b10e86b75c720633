package org.okrkit.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.OptionalDouble;
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

  /**
   * The weight given to the key result within its objective, if one was: set by {@link
   * Builder#weight(double)} or a file's {@code weight}, and empty when none was. A plan keeps the
   * difference between "no weight" and a weight of 1, so that a policy can spread what the weighted
   * key results leave over the unweighted ones (see {@link #weight()}).
   */
  public abstract OptionalDouble assignedWeight();

  /**
   * The key result's weight within its objective: the {@linkplain #assignedWeight() assigned} one,
   * else 1. A scoring policy may weigh an unweighted key result otherwise (by what the weighted
   * ones leave of the whole); this is the weight the plan itself gives.
   */
  @Override
  public final double weight() {
    return assignedWeight().orElse(1.0);
  }

  /** This key result with the given weight assigned. */
  public final KeyResult withWeight(double weight) {
    return ((ImmutableKeyResult) this).withAssignedWeight(weight);
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

    /** Assigns the key result's weight: the same as {@code assignedWeight(weight)}. */
    @CanIgnoreReturnValue
    public Builder weight(double weight) {
      assignedWeight(weight);
      return this;
    }
  }
}

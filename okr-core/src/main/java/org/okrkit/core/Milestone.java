package org.okrkit.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One deliverable of a milestone {@link Target}: done or not done, with a weight among the target's
 * milestones and an optional due date. Check-ins name the milestone they report on.
 */
@Value.Immutable
public abstract sealed class Milestone implements WithMilestone permits ImmutableMilestone {

  Milestone() {}

  /** The milestone's name, unique within its target; follows the id syntax in a valid plan. */
  @Value.Parameter
  public abstract String name();

  /** The milestone's weight among its target's milestones; finite and above 0 in a valid plan. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** When the milestone is due, if it has a date; inside the plan's period in a valid plan. */
  public abstract Optional<LocalDate> due();

  /** A milestone of weight 1 with no due date. */
  public static Milestone of(String name) {
    return ImmutableMilestone.of(name);
  }

  /** A milestone of the given weight with no due date. */
  public static Milestone of(String name, double weight) {
    return builder().name(name).weight(weight).build();
  }

  /** A builder, for code that sets fields one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}; only the name is required. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}

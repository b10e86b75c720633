package org.okrkit.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or an organisational unit that owns objectives and KPIs. Owners form the org chart
 * through their optional {@linkplain #parentId() parent}: a person's parent is their team, a team's
 * its department.
 */
@Value.Immutable
public abstract sealed class Owner implements WithOwner permits ImmutableOwner {

  Owner() {}

  /** The owner's id, unique across the plan's owners and elements. */
  public abstract String id();

  /** The owner's display name; not blank in a valid plan. */
  public abstract String name();

  /** The owner's organisational level. */
  public abstract Level level();

  /**
   * The id of the owner above this one; empty at the top of the org chart. In a valid plan it names
   * an owner at the same level or higher, and the hierarchy has no cycle.
   */
  public abstract Optional<String> parentId();

  /** An owner at the top of its org chart. */
  public static Owner of(String id, String name, Level level) {
    return builder().id(id).name(name).level(level).build();
  }

  /** An owner below {@code parent}. */
  public static Owner of(String id, String name, Level level, String parent) {
    return builder().id(id).name(name).level(level).parentId(parent).build();
  }

  /** A builder, for code that sets fields one by one; id, name and level are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Owner}. */
  public static final class Builder extends ImmutableOwner.Builder {
    Builder() {}
  }
}

package org.okrkit.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A qualitative goal: what an owner wants to achieve in the period. Its {@link KeyResult}s say how
 * achieving it is proven. An objective may contribute to a {@linkplain #parentId() parent}: another
 * objective, or a key result of one, which is how team OKRs sit under department and company OKRs.
 */
@Value.Immutable
public abstract sealed class Objective implements Element, WithObjective
    permits ImmutableObjective {

  Objective() {}

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  /** The id of the owner who sets and answers for this objective. */
  public abstract String ownerId();

  /**
   * Whether the objective is {@linkplain ObjectiveKind#COMMITTED committed} or {@linkplain
   * ObjectiveKind#ASPIRATIONAL aspirational}. Defaults to {@code ASPIRATIONAL}, since OKRs are the
   * stretch layer of a plan; set {@code COMMITTED} for goals the team promises in full.
   */
  @Value.Default
  public ObjectiveKind kind() {
    return ObjectiveKind.ASPIRATIONAL;
  }

  /** The id of the objective or key result this objective contributes to; empty at the top. */
  public abstract Optional<String> parentId();

  /**
   * Whether the link to the {@linkplain #parentId() parent} only shows the relation: alignment
   * analyses it, but the parent's score does not count this objective's. False by default; true
   * only with a parent.
   */
  @Value.Default
  public boolean parentSupportOnly() {
    return false;
  }

  /**
   * The objective's own period, when it differs from the plan's; it must overlap the plan's period.
   * Its key results share it.
   */
  public abstract Optional<Period> period();

  @Override
  public abstract Set<String> tags();

  @Override
  public final ElementKind elementKind() {
    return ElementKind.OBJECTIVE;
  }

  @Value.Check
  final void check() {
    if (parentSupportOnly() && parentId().isEmpty()) {
      throw new IllegalArgumentException(
          "objective '"
              + id()
              + "' has parentSupportOnly set but no parent; expected a parent whose link it marks");
    }
  }

  /** An aspirational objective with no parent. */
  public static Objective of(String id, String title, String owner) {
    return builder().id(id).title(title).ownerId(owner).build();
  }

  /** A builder; id, title and owner are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Objective}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}

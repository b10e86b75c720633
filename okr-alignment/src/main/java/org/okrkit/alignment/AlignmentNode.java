package org.okrkit.alignment;

import org.immutables.value.Value;

/**
 * A node of an {@link AlignmentGraph}: the id of an owner, objective, key result or KPI, with its
 * kind. Ids are unique across a plan's owners and elements, so the id alone identifies the node;
 * the kind saves a lookup.
 */
@Value.Immutable
public abstract sealed class AlignmentNode permits ImmutableAlignmentNode {

  /** What a node stands for. */
  public enum Kind {
    /** An {@link org.okrkit.core.Owner}. */
    OWNER,
    /** An {@link org.okrkit.core.Objective}. */
    OBJECTIVE,
    /** A {@link org.okrkit.core.KeyResult}. */
    KEY_RESULT,
    /** A {@link org.okrkit.core.Kpi}. */
    KPI
  }

  AlignmentNode() {}

  /** The id of the owner or element. */
  @Value.Parameter
  public abstract String id();

  /** What the node stands for. */
  @Value.Parameter
  public abstract Kind kind();

  /** A node. */
  public static AlignmentNode of(String id, Kind kind) {
    return ImmutableAlignmentNode.of(id, kind);
  }

  /** {@code KPI K1}. */
  @Override
  public final String toString() {
    return kind() + " " + id();
  }
}

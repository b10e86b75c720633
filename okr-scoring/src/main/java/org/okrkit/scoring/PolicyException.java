package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a {@link ScoringPolicy} does not fit the plan it is asked to score: it names element
 * ids that are not key results or KPIs of the plan, or tags no element of the plan carries.
 */
public final class PolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> unknownIds;
  private final ImmutableList<String> unknownTags;

  PolicyException(String message, List<String> unknownIds, List<String> unknownTags) {
    super(message);
    this.unknownIds = ImmutableList.copyOf(unknownIds);
    this.unknownTags = ImmutableList.copyOf(unknownTags);
  }

  /** The element ids the policy names that are not key results or KPIs of the plan. */
  public ImmutableList<String> unknownIds() {
    return unknownIds;
  }

  /** The tags the policy names that no element of the plan carries. */
  public ImmutableList<String> unknownTags() {
    return unknownTags;
  }
}

package org.okrkit.scoring;

/**
 * How a policy weighs a key result that the plan gives no weight ({@link
 * org.okrkit.core.KeyResult#assignedWeight()} empty) within its objective.
 */
public enum UnassignedWeight {
  /**
   * Weight 1, as if it had been given: the default, and okrkit's behaviour before weights could be
   * left out.
   */
  ONE,
  /**
   * What the objective's weighted key results leave of 1, shared equally by its unweighted ones:
   * with 0.5 and 0.3 given, two unweighted key results weigh 0.1 each. The weights given are read
   * as shares of the objective, so the weighted ones must leave something: an objective whose
   * weighted key results already reach 1 or more while others have none does not fit the policy
   * ({@link PolicyException}). An objective whose key results all have weights is weighed by them.
   */
  REMAINDER
}

package org.okrkit.simulation;

import org.immutables.value.Value;
import org.okrkit.core.Plan;

/** A {@link Population} taken from a real {@link Plan}. */
@Value.Immutable
public abstract sealed class PlanPopulation implements Population permits ImmutablePlanPopulation {

  PlanPopulation() {}

  @Override
  @Value.Parameter
  public abstract Plan plan();

  /** The population of {@code plan}. */
  public static PlanPopulation of(Plan plan) {
    return ImmutablePlanPopulation.of(plan);
  }

  /** {@code PlanPopulation[Plan[...]]}. */
  @Override
  public final String toString() {
    return "PlanPopulation[" + plan() + "]";
  }
}

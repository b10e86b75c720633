package org.okrkit.simulation;

import org.okrkit.core.Plan;

/**
 * The simulated organisation: a {@link Plan} whose owners are the people and units and whose key
 * results and KPIs are the elements their outcomes are drawn for. Taken from a real plan ({@link
 * #of(Plan)}) or {@linkplain GeneratedPopulation generated} from sizes.
 *
 * <p>The simulated <em>people</em> are the owners that answer for at least one key result or KPI of
 * their own (the key results of objectives they own, and their KPIs), in plan order; a person's
 * team is the owner above them (or the person, at the top). Everything else the plan says is used
 * as the scoring policy would use it: targets, weights, contributions of KPIs to key results,
 * objective hierarchies and committed or aspirational kinds. Check-ins are ignored: outcomes are
 * simulated.
 */
public sealed interface Population permits PlanPopulation, GeneratedPopulation {

  /** The plan the people and elements come from. */
  Plan plan();

  /** The population of a real plan. */
  static Population of(Plan plan) {
    return PlanPopulation.of(plan);
  }
}

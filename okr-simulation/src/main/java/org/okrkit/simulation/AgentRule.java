package org.okrkit.simulation;

/**
 * A behaviour simulated people follow in response to the policy that scores them. Rules are data,
 * chosen per experiment in {@link SimulationSpec#rules()} (at most one of each kind) and applied
 * under every policy alike, so that the policies, not the rules, make the difference:
 *
 * <ul>
 *   <li>{@link MarginalEffort}: effort goes where the marginal score gain is highest;
 *   <li>{@link Sandbagging}: people negotiate easier targets when the policy rewards meeting them;
 *   <li>{@link Bunching}: results that land just short of a cut-off where the score jumps are
 *       pushed over it.
 * </ul>
 *
 * <p>The set is closed: each rule is compiled into the simulation's primitive evaluation path.
 * Rules that need a person's expectations use the <em>expected score</em> of an element under the
 * policy, {@code ES_e(μ) = E[score_e(μ + noise)]}, tabulated once per element shape when the
 * simulation is compiled, and the element's <em>weight in the person's composite</em> {@code ω_e}:
 * the product of the weight shares along the rollup from the element to the person's composite
 * score, as if every aggregation were a weighted mean.
 */
public sealed interface AgentRule permits MarginalEffort, Sandbagging, Bunching {}

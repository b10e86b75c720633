/**
 * Contract kits for a host's strategies, aggregations and alignment rules, and generators of valid
 * okrkit plans and scoring inputs.
 *
 * <p>Each kit states its laws once and offers them two ways: as a jqwik interface whose default
 * {@code @Property} methods check them when a test class implements it ({@link
 * ScoringStrategyContract}, {@link MirrorSymmetricStrategyContract}, {@link AggregationContract},
 * {@link AlignmentRuleContract}), and as {@link Contracts}' static methods, which check them on
 * samples drawn from the same arbitraries with a fixed seed and throw an {@link AssertionError}
 * naming the law, the sample and the seed, from a test of any framework. {@link PlanArbitraries}
 * and {@link RandomPlans} make valid plans, {@link ScoringArbitraries} valid scoring inputs.
 */
@NullMarked
package org.okrkit.testing;

import org.jspecify.annotations.NullMarked;

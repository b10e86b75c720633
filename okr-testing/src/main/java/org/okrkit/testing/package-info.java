/**
 * Contract kits for a host's strategies, aggregations and alignment rules, as jqwik interfaces
 * whose default {@code @Property} methods check their laws when a test class implements them
 * ({@link ScoringStrategyContract}, {@link MirrorSymmetricStrategyContract}, {@link
 * AggregationContract}, {@link AlignmentRuleContract}), and generators of valid okrkit plans
 * ({@link PlanArbitraries}, {@link RandomPlans}) and scoring inputs ({@link ScoringArbitraries}).
 */
@NullMarked
package org.okrkit.testing;

import org.jspecify.annotations.NullMarked;

package org.okrkit.testing;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Plan;

/**
 * jqwik arbitraries of valid {@link Plan}s, made by {@link RandomPlans}: for properties of a host's
 * own code over okrkit plans, and the plans {@link AlignmentRuleContract} checks a rule on.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Plan> plans() {
 *   return PlanArbitraries.plans();
 * }
 * }</pre>
 */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** Valid plans of up to about 40 elements; shrinking makes them smaller. */
  public static Arbitrary<Plan> plans() {
    return plans(40);
  }

  /**
   * Valid plans of up to about {@code maxSize} elements: every kind of target, hierarchies, tags
   * and check-ins, in half of them revisions of targets, weights and contributions, and in half of
   * them support-only links.
   *
   * @param maxSize the largest size to pass to {@link RandomPlans#generate}, at least 0
   */
  public static Arbitrary<Plan> plans(int maxSize) {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(0, maxSize),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(
            (seed, size, revised, supportLinks) -> {
              Plan plan = RandomPlans.generate(seed, size, supportLinks);
              return revised ? RandomPlans.revised(new Random(seed), plan) : plan;
            });
  }
}

package org.okrkit.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Plan;

/** jqwik arbitraries for okrkit's model, shared with the other modules' properties. */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** Valid plans of up to about 40 elements; shrinking makes them smaller. */
  public static Arbitrary<Plan> plans() {
    return plans(40);
  }

  /**
   * Valid plans of up to about {@code maxSize} elements: every kind of target, hierarchies, tags
   * and check-ins, and in half of them revisions of targets, weights and contributions.
   */
  public static Arbitrary<Plan> plans(int maxSize) {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(0, maxSize),
            Arbitraries.of(false, true))
        .as(
            (seed, size, revised) -> {
              Plan plan = RandomPlans.generate(seed, size);
              return revised ? RandomPlans.revised(new java.util.Random(seed), plan) : plan;
            });
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.GcFinalization;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/**
 * Scoring keeps nothing with the plan: a host that builds a policy per request (with a strategy of
 * its own, which compares by identity) leaves no policy, compiled form or scorecard reachable from
 * the plan once it lets them go.
 */
class PolicyRetentionTest {

  /** A host strategy: the linear grade, as a fresh object each time. */
  private static ScoringStrategy hostStrategy() {
    ScoringStrategy linear = Strategies.linear();
    return new ScoringStrategy() {
      @Override
      public double score(ScoringInput input) {
        return linear.score(input);
      }

      @Override
      public Formula formula(ScoringInput input) {
        return linear.formula(input);
      }
    };
  }

  @Test
  void tenThousandPoliciesBuiltPerRequestLeaveNothingReachableFromThePlan() {
    Plan plan = SeedPlans.marketing();
    List<WeakReference<Object>> gone = new ArrayList<>();
    OptionalDouble first = OptionalDouble.empty();
    for (int i = 0; i < 10_000; i++) {
      ScoringStrategy strategy = hostStrategy();
      ScoringPolicy policy =
          ScoringPolicy.builder().kpiStrategy(strategy).keyResultStrategy(strategy).build();
      Scorecard card = policy.score(plan, plan.period().end());
      CompiledPolicy compiled = policy.compile(plan);
      Scorecard again =
          compiled.score(
              plan.withCheckIn(org.okrkit.core.CheckIn.of("KR-forums", plan.period().end(), 3)),
              plan.period().end());
      OptionalDouble score = card.score("O-influence");
      if (i == 0) {
        first = score;
      }
      assertEquals(first, score);
      assertTrue(again.score("O-influence").isPresent());
      if (i % 100 == 0) {
        gone.add(new WeakReference<>(strategy));
        gone.add(new WeakReference<>(policy));
        gone.add(new WeakReference<>(card));
        gone.add(new WeakReference<>(compiled));
        gone.add(new WeakReference<>(again));
      }
    }
    // the plan is still held here; everything scoring made must go all the same
    for (WeakReference<Object> ref : gone) {
      GcFinalization.awaitClear(ref);
    }
    assertTrue(first.isPresent());
    // the plan stays strongly reachable up to here
    java.lang.ref.Reference.reachabilityFence(plan);
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Measure;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.testing.PlanArbitraries;

/**
 * The laws of signed progress: clamped to [0, 1] it is the progress, and inside [0, 1] it is the
 * progress itself; it rises with the actual value toward the target; it is below 0 exactly when the
 * value lies past the baseline, away from the target; and it changes no score, band or status.
 */
class SignedProgressProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Arbitraries.of(
        ScoringPolicy.defaults(),
        ScoringPolicy.builder().missingValue(MissingValue.UNSCORED).build(),
        ScoringPolicy.builder()
            .keyResultStrategy(Strategies.tiered())
            .kpiStrategy(Strategies.percentOfTarget(1.3))
            .targetRule(TargetRule.TIME_WEIGHTED)
            .build(),
        ScoringPolicy.builder()
            .keyResultStrategy(input -> Strategies.binary().score(input))
            .build());
  }

  @Property(tries = 200)
  void clampedToZeroToOneTheSignedProgressIsTheProgress(
      @ForAll("plans") Plan plan,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll @IntRange(min = 0, max = 100) int day) {
    Scorecard card = policy.score(plan, plan.period().start().plusDays(day));
    for (ElementScore e : card.elements()) {
      assertEquals(e.progress().isPresent(), e.signedProgress().isPresent(), e.id());
      if (e.progress().isPresent()) {
        double signed = e.signedProgress().getAsDouble();
        double progress = e.progress().getAsDouble();
        assertTrue(Double.isFinite(signed), e.id());
        assertEquals(progress, Math.max(0, Math.min(1, signed)), e.id());
        if (signed >= 0 && signed <= 1) {
          assertEquals(progress, signed, e.id());
        }
      }
    }
  }

  /** A key result from {@code baseline} by {@code step} (negative for a decreasing measure). */
  static Plan plan(boolean decrease, double baseline, double step, double actual) {
    Measure measure =
        decrease ? Measure.decreasing("m", Unit.COUNT) : Measure.increasing("m", Unit.COUNT);
    Target target =
        decrease
            ? Target.decrease(baseline, baseline - step)
            : Target.increase(baseline, baseline + step);
    return SignedProgressTest.plan(measure, target, actual);
  }

  static double signed(Plan plan) {
    return SignedProgressTest.kr(plan).signedProgress().getAsDouble();
  }

  @Property(tries = 300)
  void signedProgressRisesWithTheActualValueTowardTheTarget(
      @ForAll boolean decrease,
      @ForAll @DoubleRange(min = -100, max = 100) double baseline,
      @ForAll @DoubleRange(min = 0.5, max = 100) double step,
      @ForAll @DoubleRange(min = -300, max = 300) double a,
      @ForAll @DoubleRange(min = -300, max = 300) double b) {
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    double atLow = signed(plan(decrease, baseline, step, low));
    double atHigh = signed(plan(decrease, baseline, step, high));
    // toward the target is up for an increasing measure, down for a decreasing one
    assertTrue(decrease ? atLow >= atHigh : atLow <= atHigh, atLow + " vs " + atHigh);
  }

  @Property(tries = 300)
  void signedProgressIsNegativeExactlyPastTheBaseline(
      @ForAll boolean decrease,
      @ForAll @DoubleRange(min = -100, max = 100) double baseline,
      @ForAll @DoubleRange(min = 0.5, max = 100) double step,
      @ForAll @DoubleRange(min = -300, max = 300) double actual) {
    Plan plan = plan(decrease, baseline, step, actual);
    boolean past = decrease ? actual > baseline : actual < baseline;
    assertEquals(past, signed(plan) < 0, "actual " + actual + ", baseline " + baseline);
    // and the score stays at its floor: a fall is scored as no progress
    if (past) {
      assertEquals(0.0, SignedProgressTest.kr(plan).score().getAsDouble());
    }
  }
}

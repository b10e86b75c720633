package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the workforce simulation over random studies with plain ratings and every personnel rule:
 * bounds, exact counts, monotonicity where the shared draws make it hold company by company,
 * determinism and invariance under the number of threads and the other arms.
 */
class WorkforceProperties {

  @Provide
  Arbitrary<WorkforceSpec> studies() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 3))
        .as(WorkforceProperties::study);
  }

  static WorkforceSpec study(long seed, int people, int periods, int replications, int arms) {
    Random r = new Random(seed);
    WorkforceSpec.Builder b =
        WorkforceSpec.builder()
            .population(WorkforceMathTest.people(people))
            .periods(periods)
            .replications(replications)
            .seed(r.nextLong());
    for (int a = 0; a < arms; a++) {
      b.addArms(arm("arm " + a, r));
    }
    return b.build();
  }

  static WorkforceArm arm(String name, Random r) {
    WorkforceArm.Builder b =
        WorkforceArm.builder().name(name).rating(WorkforceRating.plain(r.nextInt(5) / 4.0));
    switch (r.nextInt(4)) {
      case 0 -> b.dismissal(Dismissal.none());
      case 1 -> b.dismissal(Dismissal.lowestShare(0.05 + 0.5 * r.nextDouble()));
      case 2 -> b.dismissal(Dismissal.forced(ForcedDistribution.of(0.2, 0.5, 0.3)));
      default -> b.dismissal(Dismissal.belowScore(r.nextGaussian()));
    }
    if (r.nextBoolean()) {
      b.probation(Probation.of(1 + r.nextInt(3), r.nextDouble() * 0.5));
    }
    if (r.nextBoolean()) {
      b.turnover(Turnover.of(r.nextDouble() * 0.5, r.nextGaussian()));
    }
    if (r.nextBoolean()) {
      b.selection(Selection.of(r.nextDouble(), 0.01 + 0.99 * r.nextDouble()));
    }
    return b.build();
  }

  static double mean(WorkforceResult result, String arm, int period, WorkforceMetric metric) {
    return result.arm(arm).estimate(period, metric).orElseThrow().mean();
  }

  @Property(tries = 150)
  void figuresStayWithinTheirBounds(@ForAll("studies") WorkforceSpec spec) {
    WorkforceResult result = WorkforceSimulation.run(spec);
    int n = result.people();
    for (WorkforceArmResult arm : result.arms()) {
      double dismissals = 0;
      double departures = 0;
      for (PeriodResult p : arm.periods()) {
        for (var entry : p.metrics().entrySet()) {
          WorkforceMetric metric = entry.getKey();
          Estimate e = entry.getValue();
          assertTrue(
              Double.isFinite(e.mean())
                  && e.sd() >= 0
                  && e.lower() <= e.mean()
                  && e.mean() <= e.upper()
                  && e.lower() >= metric.lowest()
                  && e.upper() <= metric.highest(),
              () -> metric + " " + e);
        }
        if (p.period() == 0) {
          assertEquals(0.0, p.estimate(WorkforceMetric.GAIN).orElseThrow().mean());
          continue;
        }
        double nowDismissed = p.estimate(WorkforceMetric.CUMULATIVE_DISMISSALS).get().mean();
        double nowDeparted = p.estimate(WorkforceMetric.CUMULATIVE_DEPARTURES).get().mean();
        double period = nowDismissed - dismissals;
        assertTrue(period >= -1e-9 && nowDeparted >= departures - 1e-9, "counts never fall");
        assertTrue(
            p.estimate(WorkforceMetric.DISMISSED_ABOVE_MEDIAN).get().mean() <= period + 1e-9,
            "those dismissed above the median are some of those dismissed");
        assertTrue(
            (nowDismissed - dismissals) + (nowDeparted - departures) <= n + 1e-9,
            "nobody leaves twice in a period");
        dismissals = nowDismissed;
        departures = nowDeparted;
      }
    }
  }

  @Property(tries = 60)
  void oneSeedGivesOneResultOnAnyNumberOfThreads(
      @ForAll("studies") WorkforceSpec spec, @ForAll @IntRange(min = 2, max = 5) int threads) {
    WorkforceSimulation simulation = WorkforceSimulation.compile(spec);
    assertEquals(simulation.run(1), simulation.run(threads));
  }

  @Property(tries = 60)
  void anArmsFiguresDoNotDependOnTheOtherArms(@ForAll("studies") WorkforceSpec spec) {
    WorkforceResult together = WorkforceSimulation.run(spec);
    WorkforceArm last = spec.arms().get(spec.arms().size() - 1);
    WorkforceResult alone = WorkforceSimulation.run(spec.withArms(last.withName("again")));
    assertEquals(together.arm(last.name()).periods(), alone.arm("again").periods());
  }

  @Property(tries = 100)
  void aForcedDistributionDismissesTheSameNumberEveryPeriod(
      @ForAll("studies") WorkforceSpec spec,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double p) {
    WorkforceArm arm =
        WorkforceArm.builder()
            .name("forced")
            .rating(WorkforceRating.plain(0.5))
            .dismissal(Dismissal.lowestShare(p))
            .turnover(Turnover.of(0.3))
            .build();
    WorkforceResult result = WorkforceSimulation.run(spec.withArms(arm));
    int n = result.people();
    // p·n rounded to a whole number; which way a half goes is the forced distribution's rounding
    // of its categories, best first, so the lowest category takes what the others leave
    double k =
        result
            .arm("forced")
            .estimate(1, WorkforceMetric.CUMULATIVE_DISMISSALS)
            .orElseThrow()
            .mean();
    assertEquals(Math.rint(k), k, 1e-9);
    assertTrue(Math.abs(k - p * n) <= 0.5 + 1e-9, () -> k + " dismissed of " + n + " at " + p);
    for (int t = 0; t <= spec.periods(); t++) {
      Estimate e =
          result.arm("forced").estimate(t, WorkforceMetric.CUMULATIVE_DISMISSALS).orElseThrow();
      assertEquals(t * k, e.mean(), 1e-9 * t * k);
    }
  }

  @Property(tries = 100)
  void withoutDismissalsOrTurnoverNobodyChanges(@ForAll("studies") WorkforceSpec spec) {
    List<WorkforceArm> still = new ArrayList<>();
    for (WorkforceArm arm : spec.arms()) {
      still.add(arm.withDismissal(Dismissal.none()).withTurnover(Turnover.none()));
    }
    WorkforceResult result = WorkforceSimulation.run(spec.withArms(still));
    for (WorkforceArmResult arm : result.arms()) {
      Estimate start = arm.estimate(0, WorkforceMetric.MEAN_ABILITY).orElseThrow();
      for (int t = 1; t <= spec.periods(); t++) {
        assertEquals(start, arm.estimate(t, WorkforceMetric.MEAN_ABILITY).orElseThrow());
        assertEquals(0.0, arm.estimate(t, WorkforceMetric.GAIN).orElseThrow().mean());
        assertEquals(0.0, arm.estimate(t, WorkforceMetric.CUMULATIVE_DISMISSALS).get().mean());
      }
    }
  }

  @Property(tries = 100)
  void aHigherCutOffDismissesAtLeastAsManyInTheFirstPeriod(
      @ForAll("studies") WorkforceSpec spec,
      @ForAll @DoubleRange(min = -3, max = 3) double low,
      @ForAll @DoubleRange(min = 0, max = 3) double more) {
    WorkforceArm base = spec.arms().get(0).withProbation(java.util.Optional.empty());
    WorkforceResult result =
        WorkforceSimulation.run(
            spec.withArms(
                base.withName("low").withDismissal(Dismissal.belowScore(low)),
                base.withName("high").withDismissal(Dismissal.belowScore(low + more))));
    // both arms rate the same initial workforce with the same noise in period 1
    assertTrue(
        mean(result, "low", 1, WorkforceMetric.CUMULATIVE_DISMISSALS)
            <= mean(result, "high", 1, WorkforceMetric.CUMULATIVE_DISMISSALS));
  }

  @Property(tries = 100)
  void aSmallerSelectionRatioHiresAtLeastAsAbleAPerson(
      @ForAll("studies") WorkforceSpec spec,
      @ForAll @DoubleRange(min = 0, max = 1) double validity,
      @ForAll @DoubleRange(min = 0.01, max = 1) double ratio,
      @ForAll @DoubleRange(min = 0, max = 1) double shrink) {
    WorkforceArm base =
        WorkforceArm.builder()
            .name("wide")
            .rating(WorkforceRating.plain(0.5))
            .turnover(Turnover.of(1))
            .selection(Selection.of(validity, ratio))
            .build();
    double narrower = Math.max(1e-6, ratio * shrink);
    WorkforceResult result =
        WorkforceSimulation.run(
            spec.withArms(
                base, base.withName("narrow").withSelection(Selection.of(validity, narrower))));
    // everyone leaves each period: the workforce is all hires, each drawn from the same place in
    // the applicants' order, higher the narrower the selection
    for (int t = 1; t <= spec.periods(); t++) {
      assertTrue(
          mean(result, "narrow", t, WorkforceMetric.MEAN_ABILITY)
              >= mean(result, "wide", t, WorkforceMetric.MEAN_ABILITY) - 1e-12);
    }
  }

  @Property(tries = 100)
  void everyoneLeavesAtATurnoverRateOfOne(@ForAll("studies") WorkforceSpec spec) {
    List<WorkforceArm> arms = new ArrayList<>();
    for (WorkforceArm arm : spec.arms()) {
      arms.add(arm.withTurnover(Turnover.of(1, 2)));
    }
    WorkforceResult result = WorkforceSimulation.run(spec.withArms(arms));
    int n = result.people();
    for (WorkforceArmResult arm : result.arms()) {
      for (int t = 1; t <= spec.periods(); t++) {
        double gone =
            arm.estimate(t, WorkforceMetric.CUMULATIVE_DISMISSALS).get().mean()
                + arm.estimate(t, WorkforceMetric.CUMULATIVE_DEPARTURES).get().mean();
        assertEquals((double) n * t, gone, 1e-9 * n * t);
      }
    }
  }
}

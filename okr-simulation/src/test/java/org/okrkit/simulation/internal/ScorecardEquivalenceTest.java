package org.okrkit.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.testing.RandomPlans;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.SimulationSpec;

/**
 * The compiled evaluation path scores a trial exactly as the scoring engine scores the same plan
 * with the simulated values as check-ins: every person's composite, bit for bit.
 */
class ScorecardEquivalenceTest {

  static final List<ScoringPolicy> POLICIES =
      List.of(
          ScoringPolicy.defaults(),
          ScoringPolicy.builder()
              .kpiStrategy(Strategies.tiered(0.3, 1.5))
              .keyResultStrategy(Strategies.linear(1.2, true))
              .keyResultKpiShare(0.4)
              .objectiveAggregation(Aggregations.geometricMean())
              .kpiAggregation(Aggregations.allMustPass(0.5))
              .childObjectiveWeight(0.5)
              .compositeKpiWeight(0.5)
              .compositeOkrWeight(0.5)
              .build(),
          ScoringPolicy.builder()
              .kpiStrategy(Strategies.percentOfTarget(1.3))
              .keyResultStrategy(Strategies.range(1))
              .okrAggregation(Aggregations.minimum())
              .kpiAggregation((scores, weights) -> 0.25)
              .compositeOkrWeight(0)
              .build());

  static void assertEquivalent(Plan plan) {
    for (int p = 0; p < POLICIES.size(); p++) {
      SimulationSpec.Builder spec = SimulationSpec.builder().population(Population.of(plan)).trials(1);
      for (int a = 0; a <= p; a++) {
        spec.addArms(Arm.of("arm " + a, POLICIES.get(a)));
      }
      CompiledSimulation sim = CompiledSimulation.compile(spec.build());
      for (int trial = 0; trial < 3; trial++) {
        double[][] run = sim.workspace().firstPeriod(trial, p);
        CompiledPopulation pop = sim.population();
        LocalDate end = plan.period().end();
        Plan.Builder observed = Plan.builder().period(plan.period()).addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives()).addAllKeyResults(plan.keyResults()).addAllKpis(plan.kpis());
        List<MeasuredElement> elements = pop.elements();
        for (int e = 0; e < elements.size(); e++) {
          observed.addCheckIns(CheckIn.of(elements.get(e).id(), end, run[0][e]));
        }
        ScoringPolicy policy = POLICIES.get(p);
        Scorecard card = policy.score(observed.build(), end);
        String[] people = pop.personIds();
        for (int i = 0; i < people.length; i++) {
          double expected = card.owner(people[i]).composite().orElse(0);
          int at = i;
          assertEquals(
              Double.doubleToLongBits(expected),
              Double.doubleToLongBits(run[1][i]),
              () -> "person " + people[at] + " under policy " + policy + ": engine " + expected
                  + ", simulation " + run[1][at]);
        }
      }
    }
  }

  static boolean withoutMilestones(Plan plan) {
    return plan.keyResults().stream().noneMatch(k -> k.target().kind() == Target.Kind.MILESTONES)
        && plan.kpis().stream().noneMatch(k -> k.target().kind() == Target.Kind.MILESTONES);
  }

  @Test
  void seedPlansScoreAsTheEngineScoresThem() {
    assertEquivalent(SeedPlans.marketing());
    assertEquivalent(SeedPlans.internetCompany());
    assertEquivalent(SeedPlans.manufacturer());
  }

  @Test
  void randomPlansScoreAsTheEngineScoresThem() {
    int checked = 0;
    for (long seed = 0; checked < 25 && seed < 500; seed++) {
      Plan plan = RandomPlans.generate(seed, 30);
      if (withoutMilestones(plan)) {
        assertEquivalent(plan);
        checked++;
      }
    }
    assertEquals(25, checked);
  }
}

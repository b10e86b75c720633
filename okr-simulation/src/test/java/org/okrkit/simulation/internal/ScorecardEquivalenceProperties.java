package org.okrkit.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.CheckIn;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.testing.RandomPlans;

/**
 * A simulated period scores people exactly as a scorecard scores the same plan with the simulated
 * values as check-ins: every person's composite, bit for bit, over generated plans and generated
 * policies.
 *
 * <p><b>Domain.</b> Plans are {@link RandomPlans} (every target kind and direction, owner and
 * objective hierarchies, KPIs supporting several key results, tags) with {@linkplain
 * RandomPlans#revised revisions} of targets, weights and contributions. Policies are {@link
 * RandomPolicies}: every built-in strategy and aggregation with random parameters, a host
 * aggregation, key-result shares from the KPIs, child-objective and composite weights, and
 * strategies set for ids, tags and levels. Each element gets a value, and the scorecard is taken at
 * the end of the period, where the simulation's semantics and the scorecard's meet:
 *
 * <ul>
 *   <li><b>revisions</b>: a simulated period is scored against the definitions with every revision
 *       applied, as a scorecard at the period's end is under {@code TargetRule.IN_FORCE}; included.
 *       The other target rules (original targets, or targets weighted by the days each was in
 *       force) read a history of check-ins that a simulated period does not have, so the simulation
 *       does not offer them and the generated policies keep the default rule;
 *   <li><b>milestones</b>: a simulated milestone element's value is the share of its milestones'
 *       weight done; here the share comes from marking a random subset of milestones done, which
 *       the scorecard reads from the check-ins as the same share; included;
 *   <li><b>missing values</b>: the outcome model gives every element a value in every period, so a
 *       missing value has no simulated counterpart; not included. (Both read an unscored element as
 *       NaN in the one rollup program, which the scorecard's own tests cover.)
 * </ul>
 */
class ScorecardEquivalenceProperties {

  @Property(tries = 150)
  void aSimulatedPeriodScoresAsTheScorecard(
      @ForAll long seed, @ForAll @IntRange(min = 4, max = 40) int size) {
    Random r = new Random(seed);
    Plan generated = RandomPlans.revised(r, RandomPlans.generate(seed, size));
    ScoringPolicy policy = RandomPolicies.generate(r, generated);
    LocalDate end = generated.period().end();

    // the plan's definitions and revisions, with no check-ins of its own
    Plan.Builder shape =
        Plan.builder()
            .period(generated.period())
            .addAllOwners(generated.owners())
            .addAllObjectives(generated.objectives())
            .addAllKeyResults(generated.original().keyResults())
            .addAllKpis(generated.original().kpis())
            .addAllRevisions(generated.revisions());
    Plan plan = shape.build();
    CompiledSimulation sim =
        CompiledSimulation.compile(
            SimulationSpec.builder()
                .population(Population.of(plan))
                .trials(1)
                .addArms(Arm.of("generated", policy))
                .build());
    CompiledPopulation pop = sim.population();
    List<MeasuredElement> elements = pop.elements();
    double[] actual = new double[elements.size()];
    List<CheckIn> checkIns = new ArrayList<>();
    for (int e = 0; e < actual.length; e++) {
      MeasuredElement element = elements.get(e);
      Target target = element.target();
      if (target.kind() == Target.Kind.MILESTONES) {
        // the share done, computed as the plan computes it from the milestones reported done
        double done = 0;
        for (Milestone m : target.milestones()) {
          if (r.nextBoolean()) {
            done += m.weight();
            checkIns.add(CheckIn.milestone(element.id(), end, m.name(), true));
          }
        }
        actual[e] = done / target.totalMilestoneWeight();
      } else {
        actual[e] = Math.round((r.nextDouble() * 250 - 20) * 100) / 100.0;
        checkIns.add(CheckIn.of(element.id(), end, actual[e]));
      }
    }
    double[] simulated = sim.workspace().scoreActuals(0, actual);
    Scorecard card = policy.score(shape.addAllCheckIns(checkIns).build(), end);
    String[] people = pop.personIds();
    for (int i = 0; i < people.length; i++) {
      double expected = card.owner(people[i]).orElseThrow().composite().orElse(0);
      int at = i;
      assertEquals(
          Double.doubleToLongBits(expected),
          Double.doubleToLongBits(simulated[i]),
          () ->
              "person "
                  + people[at]
                  + " under "
                  + policy
                  + ": scorecard "
                  + expected
                  + ", simulation "
                  + simulated[at]);
    }
  }
}

package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.diff.ElementRef;
import org.okrkit.core.diff.FieldChange;
import org.okrkit.core.diff.Link;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.testing.PlanArbitraries;

/** A rollover followed by a diff lists exactly what the rollover says it changed. */
class RolloverProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void theDiffListsExactlyTheRolloversSteps(@ForAll("plans") Plan plan, @ForAll long seed) {
    Random r = new Random(seed);
    Rollover.Builder b =
        Rollover.from(plan).rebaseline(r.nextBoolean()).applyProposedWeights(r.nextBoolean());
    for (Objective o : plan.objectives()) {
      if (r.nextBoolean()) {
        b.keep(o.id());
      }
    }
    for (Kpi k : plan.kpis()) {
      if (r.nextInt(4) == 0) {
        b.retire(k.id());
      }
    }
    String owner = plan.owners().get(0).id();
    b.addObjectives(Objective.of("O-new", "New objective", owner));
    b.addKeyResults(
        KeyResult.of(
            "KR-new",
            "O-new",
            "New key result",
            Measure.increasing("new", Unit.COUNT),
            Target.increase(0, 10)));
    if (r.nextBoolean()) {
      b.addKpis(
          Kpi.builder()
              .id("K-new")
              .ownerId(owner)
              .title("New KPI")
              .measure(Measure.increasing("k", Unit.COUNT))
              .target(Target.increase(0, 5))
              .addContribution(Contribution.to("KR-new"))
              .build());
    }
    Rollover.Result result = b.apply();
    PlanDiff diff = PlanDiff.between(plan, result.next());

    List<String> fromSteps = new ArrayList<>();
    for (RolloverStep s : result.steps()) {
      switch (s.kind()) {
        case NEXT_PERIOD:
        case KEPT:
          break;
        case CLOSED:
        case RETIRED:
          fromSteps.add("removed " + s.id());
          break;
        case ADDED:
          fromSteps.add("added " + s.id());
          break;
        case REBASELINED:
          fromSteps.add("changed " + s.id() + " target");
          break;
        case PERIOD_DROPPED:
          fromSteps.add("changed " + s.id() + " period");
          break;
        case REWEIGHTED:
          fromSteps.add("weight " + s.id());
          break;
        case LINK_DROPPED:
          fromSteps.add("dropped " + s.id());
          break;
        case LINK_ADDED:
          fromSteps.add("linked " + s.id());
          break;
        case LINK_REWEIGHTED:
          fromSteps.add("weight " + s.id());
          break;
      }
    }
    List<String> fromDiff = new ArrayList<>();
    for (ElementRef e : diff.removed()) {
      fromDiff.add("removed " + e.id());
    }
    for (ElementRef e : diff.added()) {
      fromDiff.add("added " + e.id());
    }
    for (FieldChange c : diff.changed()) {
      fromDiff.add("changed " + c.id() + " " + c.field());
    }
    for (FieldChange c : diff.weights()) {
      fromDiff.add("weight " + c.id());
    }
    for (Link l : diff.linksDropped()) {
      fromDiff.add("dropped " + l.sourceId());
    }
    for (Link l : diff.linksAdded()) {
      fromDiff.add("linked " + l.sourceId());
    }
    fromSteps.sort(null);
    fromDiff.sort(null);
    assertEquals(fromSteps, fromDiff, result::render);
    // and the plan's own changes are the period, with the check-ins and revisions left behind
    List<String> planChanges = new ArrayList<>();
    diff.plan().forEach(c -> planChanges.add(c.field()));
    List<String> expected = new ArrayList<>(List.of("period"));
    if (!plan.checkIns().isEmpty()) {
      expected.add("check-ins");
    }
    if (!plan.revisions().isEmpty()) {
      expected.add("revisions");
    }
    assertEquals(expected, planChanges);
  }
}

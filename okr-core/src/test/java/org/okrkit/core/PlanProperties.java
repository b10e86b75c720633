package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.testing.PlanArbitraries;

class PlanProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void everyGeneratedPlanValidates(@ForAll("plans") Plan plan) {
    assertEquals(List.of(), plan.toBuilder().problems());
  }

  @Property
  void rebuildingAPlanGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    Plan again = plan.toBuilder().build();
    assertEquals(plan, again);
    assertEquals(plan.hashCode(), again.hashCode());
    assertEquals(plan.toString(), again.toString());
  }

  @Property
  void elementBuildersRoundTrip(@ForAll("plans") Plan plan) {
    for (Owner o : plan.owners()) {
      assertEquals(o, Owner.builder().from(o).build());
    }
    for (Objective o : plan.objectives()) {
      assertEquals(o, Objective.builder().from(o).build());
    }
    for (KeyResult k : plan.keyResults()) {
      assertEquals(k, KeyResult.builder().from(k).build());
      assertEquals(k.target(), Target.builder().from(k.target()).build());
      assertEquals(k.measure(), Measure.builder().from(k.measure()).build());
    }
    for (Kpi k : plan.kpis()) {
      assertEquals(k, Kpi.builder().from(k).build());
    }
    for (CheckIn c : plan.checkIns()) {
      assertEquals(c, CheckIn.builder().from(c).build());
    }
  }

  @Property
  void equalityIsSymmetric(@ForAll("plans") Plan a, @ForAll("plans") Plan b) {
    assertEquals(a.equals(b), b.equals(a));
  }

  @Property
  void aPlanWithItsPartsInAnotherOrderIsEqualAndHashesAlike(@ForAll("plans") Plan plan) {
    // the same parts, each kind in reverse order; check-ins keep their order of arrival
    Plan reordered =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(com.google.common.collect.Lists.reverse(plan.owners()))
            .addAllObjectives(com.google.common.collect.Lists.reverse(plan.objectives()))
            .addAllKeyResults(com.google.common.collect.Lists.reverse(plan.original().keyResults()))
            .addAllKpis(com.google.common.collect.Lists.reverse(plan.original().kpis()))
            .addAllRevisions(plan.revisions())
            .addAllCheckIns(plan.checkIns())
            .build();
    Plan named = plan.name().map(n -> reordered.toBuilder().name(n).build()).orElse(reordered);
    assertEquals(plan, named);
    assertEquals(named, plan);
    assertEquals(plan.hashCode(), named.hashCode());
  }

  @Property
  void aPlanWithOnePartChangedIsNotEqual(@ForAll("plans") Plan plan) {
    Kpi kpi = plan.original().kpis().get(0);
    Plan changed = plan.withKpi(kpi.withWeight(kpi.weight() + 1));
    assertTrue(!plan.equals(changed) && !changed.equals(plan));
  }

  @Property
  void appendingCheckInsOneAtATimeEqualsBuildingWithAll(@ForAll("plans") Plan plan) {
    Plan oneByOne = Parts.of(plan).withoutCheckIns().build();
    for (CheckIn c : plan.checkIns()) {
      oneByOne = oneByOne.withCheckIn(c);
    }
    assertEquals(plan, oneByOne);
    assertEquals(plan.checkIns(), oneByOne.checkIns());
  }

  @Property
  void queriesAgreeWithTheElements(@ForAll("plans") Plan plan) {
    for (KeyResult k : plan.keyResults()) {
      assertTrue(plan.keyResultsOf(k.objectiveId()).contains(k));
    }
    int contributions = 0;
    for (KeyResult k : plan.keyResults()) {
      for (Contributor c : plan.contributorsTo(k.id())) {
        assertTrue(
            c.kpi()
                .contributions()
                .contains(
                    Contribution.builder()
                        .keyResultId(k.id())
                        .weight(c.weight())
                        .supportOnly(c.supportOnly())
                        .build()));
        contributions++;
      }
    }
    assertEquals(plan.kpis().stream().mapToInt(k -> k.contributions().size()).sum(), contributions);
    // every element belongs to exactly one owner, so the subtrees of the roots cover the plan once
    List<Element> covered = new ArrayList<>();
    for (Owner o : plan.owners()) {
      if (o.parentId().isEmpty()) {
        covered.addAll(plan.elementsOfSubtree(o.id()));
      }
    }
    assertEquals(
        plan.objectives().size() + plan.keyResults().size() + plan.kpis().size(), covered.size());
    assertEquals(covered.size(), new HashSet<>(covered).size());
    for (MeasuredElement e : measured(plan)) {
      List<CheckIn> checkIns = plan.checkInsOf(e.id());
      for (int i = 1; i < checkIns.size(); i++) {
        assertTrue(!checkIns.get(i).date().isBefore(checkIns.get(i - 1).date()));
      }
      plan.valueAsOf(e.id(), plan.period().end()).ifPresent(v -> assertTrue(Double.isFinite(v)));
    }
  }

  /** One corruption of a valid plan, which validation must report alone and at its path. */
  enum Corruption {
    DANGLING_OWNER,
    DANGLING_OBJECTIVE,
    DANGLING_CONTRIBUTION,
    NAN_CHECK_IN,
    NEGATIVE_WEIGHT,
    INVERTED_THRESHOLD,
    OBJECTIVE_CYCLE,
    OWNER_CYCLE
  }

  @Property
  void aSingleCorruptionIsReportedAloneAtItsPath(
      @ForAll("plans") Plan plan, @ForAll Corruption corruption, @ForAll long choice) {
    Random r = new Random(choice);
    Parts parts = Parts.of(plan);
    String path;
    String message;
    switch (corruption) {
      case DANGLING_OWNER:
        if (r.nextBoolean()) {
          int i = r.nextInt(parts.objectives.size());
          Objective o = parts.objectives.get(i);
          parts.objectives.set(i, o.withOwnerId("missing-owner"));
          path = "objectives[" + o.id() + "].owner";
        } else {
          int i = r.nextInt(parts.kpis.size());
          Kpi k = parts.kpis.get(i);
          parts.kpis.set(i, k.withOwnerId("missing-owner"));
          path = "kpis[" + k.id() + "].owner";
        }
        message = "unknown owner 'missing-owner'";
        break;
      case DANGLING_OBJECTIVE:
        {
          int i = r.nextInt(parts.keyResults.size());
          KeyResult k = parts.keyResults.get(i);
          parts.keyResults.set(i, k.withObjectiveId("missing-objective"));
          path = "keyResults[" + k.id() + "].objective";
          message = "unknown objective 'missing-objective'";
        }
        break;
      case DANGLING_CONTRIBUTION:
        {
          int i = r.nextInt(parts.kpis.size());
          Kpi k = parts.kpis.get(i);
          List<Contribution> contributions = new ArrayList<>(k.contributions());
          contributions.add(r.nextInt(contributions.size() + 1), Contribution.to("missing-kr"));
          parts.kpis.set(i, k.withContributions(contributions));
          path = "kpis[" + k.id() + "].contributions[missing-kr].keyResult";
          message = "unknown key result 'missing-kr'";
        }
        break;
      case NAN_CHECK_IN:
        {
          int i;
          if (parts.checkIns.isEmpty()) {
            KeyResult k = parts.keyResults.get(r.nextInt(parts.keyResults.size()));
            CheckIn.Builder c = CheckIn.builder().elementId(k.id()).date(plan.period().end());
            k.target().milestones().stream().findFirst().ifPresent(m -> c.milestone(m.name()));
            parts.checkIns.add(c.value(0).build());
            i = 0;
          } else {
            i = r.nextInt(parts.checkIns.size());
          }
          parts.checkIns.set(i, parts.checkIns.get(i).withValue(Double.NaN));
          path = "checkIns[" + i + "].value";
          message = "value NaN is not a finite number";
        }
        break;
      case NEGATIVE_WEIGHT:
        if (r.nextBoolean()) {
          int i = r.nextInt(parts.keyResults.size());
          KeyResult k = parts.keyResults.get(i);
          parts.keyResults.set(i, k.withWeight(-1));
          path = "keyResults[" + k.id() + "].weight";
        } else {
          int i = r.nextInt(parts.kpis.size());
          Kpi k = parts.kpis.get(i);
          parts.kpis.set(i, k.withWeight(-1));
          path = "kpis[" + k.id() + "].weight";
        }
        message = "weight -1 must be a finite number above 0";
        break;
      case INVERTED_THRESHOLD:
        {
          List<Integer> numeric = new ArrayList<>();
          for (int i = 0; i < parts.keyResults.size(); i++) {
            Target.Kind kind = parts.keyResults.get(i).target().kind();
            if (kind == Target.Kind.ABSOLUTE || kind == Target.Kind.RELATIVE) {
              numeric.add(i);
            }
          }
          KeyResult k;
          if (numeric.isEmpty()) {
            k =
                KeyResult.of(
                    "KR-extra",
                    parts.objectives.get(0).id(),
                    "Extra",
                    Measure.increasing("extra", Unit.COUNT),
                    Target.increase(0, 10).withThreshold(11));
            parts.keyResults.add(k);
          } else {
            int i = numeric.get(r.nextInt(numeric.size()));
            k = parts.keyResults.get(i);
            double value = k.target().value().getAsDouble();
            boolean up = k.measure().direction() == Direction.INCREASE;
            k = k.withTarget(k.target().withThreshold(up ? value + 1 : value - 1));
            parts.keyResults.set(i, k);
          }
          path = "keyResults[" + k.id() + "].target";
          message = "threshold ... measure";
        }
        break;
      case OBJECTIVE_CYCLE:
        {
          int i = r.nextInt(parts.objectives.size());
          Objective o = parts.objectives.get(i);
          List<KeyResult> own = plan.keyResultsOf(o.id());
          if (r.nextBoolean()) {
            parts.objectives.set(i, o.withParentId(o.id()));
            message = "objectives contribute to each other in a cycle: " + o.id() + " -> " + o.id();
          } else {
            String kr = own.get(r.nextInt(own.size())).id();
            parts.objectives.set(i, o.withParentId(kr));
            message =
                "objectives contribute to each other in a cycle: "
                    + o.id()
                    + " -> "
                    + kr
                    + " -> "
                    + o.id();
          }
          path = "objectives[" + o.id() + "].parent";
        }
        break;
      case OWNER_CYCLE:
        {
          int i = r.nextInt(parts.owners.size());
          Owner o = parts.owners.get(i);
          parts.owners.set(i, o.withParentId(o.id()));
          path = "owners[" + o.id() + "].parent";
          message = "the owner hierarchy has a cycle: " + o.id() + " -> " + o.id();
        }
        break;
      default:
        throw new AssertionError(corruption);
    }
    List<Problem> problems = parts.builder().problems();
    assertEquals(1, problems.size(), () -> corruption + ": " + problems);
    assertEquals(path, problems.get(0).path());
    if (corruption == Corruption.INVERTED_THRESHOLD) {
      assertTrue(problems.get(0).message().startsWith("threshold "), problems.get(0)::message);
      assertTrue(problems.get(0).message().endsWith(" measure"), problems.get(0)::message);
    } else {
      assertEquals(message, problems.get(0).message());
    }
  }

  private static List<MeasuredElement> measured(Plan plan) {
    List<MeasuredElement> all = new ArrayList<>(plan.keyResults());
    all.addAll(plan.kpis());
    return all;
  }

  /** A plan's parts as mutable lists, to corrupt one of them and validate again. */
  static final class Parts {
    final Period period;
    final Optional<String> name;
    final List<Owner> owners;
    final List<Objective> objectives;
    final List<KeyResult> keyResults;
    final List<Kpi> kpis;
    final List<Revision> revisions;
    final List<CheckIn> checkIns;

    private Parts(Plan plan) {
      period = plan.period();
      name = plan.name();
      owners = new ArrayList<>(plan.owners());
      objectives = new ArrayList<>(plan.objectives());
      // the original definitions, with the revisions beside them
      keyResults = new ArrayList<>(plan.original().keyResults());
      kpis = new ArrayList<>(plan.original().kpis());
      revisions = new ArrayList<>(plan.revisions());
      checkIns = new ArrayList<>(plan.checkIns());
    }

    static Parts of(Plan plan) {
      return new Parts(plan);
    }

    Parts withoutCheckIns() {
      checkIns.clear();
      return this;
    }

    Plan.Builder builder() {
      Plan.Builder b =
          Plan.builder()
              .period(period)
              .addAllOwners(owners)
              .addAllObjectives(objectives)
              .addAllKeyResults(keyResults)
              .addAllKpis(kpis)
              .addAllRevisions(revisions)
              .addAllCheckIns(checkIns);
      name.ifPresent(b::name);
      return b;
    }

    Plan build() {
      return builder().build();
    }
  }

  @Property
  void ownerSubtreesAreClosedUnderOwnersBelow(@ForAll("plans") Plan plan) {
    for (Owner o : plan.owners()) {
      Set<String> subtree =
          plan.subtreeOf(o.id()).stream().map(Owner::id).collect(Collectors.toSet());
      for (String id : subtree) {
        for (Owner below : plan.ownersBelow(id)) {
          assertTrue(subtree.contains(below.id()));
        }
      }
    }
  }
}

package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.primitives.ImmutableIntArray;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.testing.PlanArbitraries;
import org.okrkit.testing.RandomPlans;

/**
 * The plan's structure and check-in columns against the plan's own parts, read naively: every
 * position, relation and column value as a scan of the lists would find it.
 */
class PlanStructureProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  /** The positions of {@code ids} in {@code all}, in the order of {@code all}. */
  private static ImmutableIntArray positions(
      List<? extends Object> all, java.util.function.Predicate<Integer> keep) {
    ImmutableIntArray.Builder b = ImmutableIntArray.builder();
    for (int i = 0; i < all.size(); i++) {
      if (keep.test(i)) {
        b.add(i);
      }
    }
    return b.build();
  }

  @Property
  void everyRelationIsWhatAScanOfThePartsFinds(@ForAll("plans") Plan plan, @ForAll long seed) {
    Plan revised = RandomPlans.revised(new Random(seed), plan);
    PlanStructure s = revised.structure();
    List<Owner> owners = revised.owners();
    List<Objective> objectives = revised.objectives();
    List<KeyResult> keyResults = revised.keyResults();
    List<Kpi> kpis = revised.kpis();
    assertEquals(owners.size(), s.ownerCount());
    assertEquals(keyResults.size() + kpis.size(), s.measuredCount());
    for (int w = 0; w < owners.size(); w++) {
      Owner o = owners.get(w);
      assertSame(o, s.owner(w));
      assertEquals(w, s.indexOfOwner(o.id()));
      assertEquals(o.parentId().map(p -> s.indexOfOwner(p)).orElse(-1), s.ownerParent(w));
      String id = o.id();
      assertEquals(
          positions(owners, i -> owners.get(i).parentId().equals(java.util.Optional.of(id))),
          s.ownersBelow(w));
      assertEquals(
          positions(objectives, i -> objectives.get(i).ownerId().equals(id)), s.objectivesOf(w));
      assertEquals(positions(kpis, i -> kpis.get(i).ownerId().equals(id)), s.kpisOf(w));
    }
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      String id = objective.id();
      assertEquals(o, s.indexOfObjective(id));
      assertEquals(-1, s.indexOfMeasured(id));
      assertEquals(s.indexOfOwner(objective.ownerId()), s.objectiveOwner(o));
      int parentKr = objective.parentId().map(s::indexOfKeyResult).orElse(-1);
      assertEquals(parentKr, s.objectiveParentKeyResult(o));
      int parent =
          objective.parentId().isEmpty()
              ? -1
              : parentKr >= 0
                  ? s.keyResultObjective(parentKr)
                  : s.indexOfObjective(objective.parentId().get());
      assertEquals(parent, s.objectiveParent(o));
      assertEquals(
          positions(keyResults, i -> keyResults.get(i).objectiveId().equals(id)),
          s.keyResultsOf(o));
      assertEquals(revised.childrenOf(id).size(), s.childObjectivesOf(o).length());
      List<Integer> counted = new ArrayList<>();
      s.childObjectivesOf(o)
          .forEach(
              child -> {
                if (!objectives.get(child).parentSupportOnly()) {
                  counted.add(child);
                }
              });
      assertEquals(counted, s.countedChildObjectivesOf(o).asList());
    }
    // children first: every objective comes after each objective that rolls into it
    ImmutableIntArray order = s.objectivesChildrenFirst();
    assertEquals(objectives.size(), order.length());
    int[] place = new int[objectives.size()];
    for (int i = 0; i < order.length(); i++) {
      place[order.get(i)] = i;
    }
    for (int o = 0; o < objectives.size(); o++) {
      if (s.objectiveParent(o) >= 0) {
        assertTrue(place[o] < place[s.objectiveParent(o)]);
      }
    }
    for (int k = 0; k < keyResults.size(); k++) {
      KeyResult kr = keyResults.get(k);
      String id = kr.id();
      assertEquals(k, s.indexOfKeyResult(id));
      assertEquals(k, s.indexOfMeasured(id));
      assertEquals(s.indexOfObjective(kr.objectiveId()), s.keyResultObjective(k));
      assertEquals(kr.weight(), s.keyResultWeight(k));
      List<Integer> contributors = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      List<Boolean> support = new ArrayList<>();
      List<Integer> counted = new ArrayList<>();
      List<Double> countedWeights = new ArrayList<>();
      for (int p = 0; p < kpis.size(); p++) {
        for (Contribution c : kpis.get(p).contributions()) {
          if (c.keyResultId().equals(id)) {
            contributors.add(p);
            weights.add(c.weight());
            support.add(c.supportOnly());
            if (!c.supportOnly()) {
              counted.add(p);
              countedWeights.add(c.weight());
            }
          }
        }
      }
      assertEquals(contributors, s.contributorsTo(k).asList());
      assertEquals(weights, s.contributorWeights(k).asList());
      assertEquals(counted, s.countedContributorsTo(k).asList());
      assertEquals(countedWeights, s.countedContributorWeights(k).asList());
      for (int i = 0; i < support.size(); i++) {
        assertEquals(support.get(i), s.contributionSupportOnly(k, i));
        assertEquals(support.get(i), revised.contributorsTo(id).get(i).supportOnly());
      }
      assertEquals(
          positions(
              objectives, i -> objectives.get(i).parentId().equals(java.util.Optional.of(id))),
          s.objectivesAlignedWith(k));
    }
    for (int p = 0; p < kpis.size(); p++) {
      Kpi kpi = kpis.get(p);
      assertEquals(p, s.indexOfKpi(kpi.id()));
      assertEquals(keyResults.size() + p, s.indexOfMeasured(kpi.id()));
      assertEquals(s.indexOfOwner(kpi.ownerId()), s.kpiOwner(p));
      assertEquals(kpi.weight(), s.kpiWeight(p));
      assertEquals(
          kpi.contributions().stream()
              .map(c -> s.indexOfKeyResult(c.keyResultId()))
              .collect(java.util.stream.Collectors.toList()),
          s.supportedBy(p).asList());
      assertEquals(
          kpi.contributions().stream()
              .map(Contribution::weight)
              .collect(java.util.stream.Collectors.toList()),
          s.supportWeights(p).asList());
    }
  }

  @Property
  void theColumnsHoldTheCheckInsThatCountByDate(@ForAll("plans") Plan plan, @ForAll long seed) {
    Plan streamed = plan.toBuilder().addAllCheckIns(HistoryProperties.stream(plan, seed)).build();
    CheckInColumns columns = streamed.checkInColumns();
    PlanStructure s = streamed.structure();
    Random r = new Random(seed);
    for (int m = 0; m < s.measuredCount(); m++) {
      List<CheckIn> counted = streamed.checkInsOf(s.measuredId(m));
      assertEquals(counted.size(), columns.count(m));
      for (int i = 0; i < counted.size(); i++) {
        CheckIn c = counted.get(i);
        assertEquals(c, columns.checkIn(m, i));
        assertEquals(c.date(), columns.date(m, i));
        assertEquals(c.value(), columns.value(m, i));
        assertEquals(c.confidence(), columns.confidence(m, i));
      }
      // the value as of a date is the last by date on or before it, found by a scan
      LocalDate date =
          streamed.period().start().plusDays(r.nextInt((int) streamed.period().lengthInDays()));
      int last = -1;
      for (int i = 0; i < counted.size(); i++) {
        if (!counted.get(i).date().isAfter(date)) {
          last = i;
        }
      }
      assertEquals(last, columns.lastOnOrBefore(m, date));
      assertEquals(last < 0 ? -7.0 : counted.get(last).value(), columns.valueAsOf(m, date, -7.0));
    }
  }
}

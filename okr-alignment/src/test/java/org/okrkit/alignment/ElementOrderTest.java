package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Equal plans give bit-for-bit equal figures whatever the order of their elements: every weighted
 * sum runs over the ids in ascending order. The weights here are chosen so that a sum in another
 * order rounds differently (each test checks that it does), with few feeders and with more than 32
 * of them, which are sorted another way.
 */
class ElementOrderTest {

  /** The orders a test lists its elements in: as their ids sort, reversed, and interleaved. */
  static final List<UnaryOperator<List<Integer>>> ORDERS =
      List.of(ElementOrderTest::same, ElementOrderTest::reversed, ElementOrderTest::oddsThenEvens);

  static List<Integer> same(List<Integer> indexes) {
    return indexes;
  }

  static List<Integer> reversed(List<Integer> indexes) {
    List<Integer> r = new ArrayList<>(indexes);
    Collections.reverse(r);
    return r;
  }

  static List<Integer> oddsThenEvens(List<Integer> indexes) {
    List<Integer> r = new ArrayList<>();
    for (int i = 1; i < indexes.size(); i += 2) {
      r.add(indexes.get(i));
    }
    for (int i = 0; i < indexes.size(); i += 2) {
      r.add(indexes.get(i));
    }
    return r;
  }

  static List<Integer> upTo(int n) {
    List<Integer> r = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.add(i);
    }
    return r;
  }

  static String id(String prefix, int i) {
    return String.format("%s%02d", prefix, i);
  }

  /** The sum of the values, in the order given. */
  static double sum(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static List<Double> reversedValues(List<Double> values) {
    List<Double> r = new ArrayList<>(values);
    Collections.reverse(r);
    return r;
  }

  static Plan.Builder team() {
    return Plan.builder()
        .name("Order")
        .period(Fixtures.QUARTER)
        .addOwners(
            Owner.of("team", "Team", Level.TEAM), Owner.of("ann", "Ann", Level.INDIVIDUAL, "team"));
  }

  static Kpi kpi(String id, String keyResult, double weight) {
    return Kpi.builder()
        .id(id)
        .ownerId("ann")
        .title("KPI " + id)
        .measure(Measure.increasing("calls " + id, Unit.COUNT))
        .target(Target.increase(0, 5))
        .addContribution(Contribution.to(keyResult, weight))
        .build();
  }

  // ---------------------------------------------------------------- KPIs into one key result

  /**
   * Key result KR, fed by KPIs K00, K01, … of the given weights and by objective O-sub, which
   * nothing feeds (coverage 0); the KPIs listed in the given order.
   */
  static Plan crowded(List<Double> weights, UnaryOperator<List<Integer>> order) {
    Plan.Builder plan =
        team()
            .addObjectives(
                Objective.of("O-top", "Grow", "team"),
                Objective.of("O-sub", "Open a market", "team").withParentId("KR"))
            .addKeyResults(Fixtures.keyResult("KR", "O-top", "revenue"));
    for (int i : order.apply(upTo(weights.size()))) {
      plan.addKpis(kpi(id("K", i), "KR", weights.get(i)));
    }
    return plan.build();
  }

  static void assertCrowdedFiguresInIdOrder(List<Double> weights) {
    // in id order the KPIs come first (K < O), then O-sub with its weight 1 and coverage 0
    double kpiWeights = sum(weights);
    double total = kpiWeights + 1;
    assertNotEquals(
        kpiWeights, sum(reversedValues(weights)), "the weights must sum differently reversed");
    double expectedCoverage = kpiWeights / total;
    assertNotEquals(expectedCoverage, sum(reversedValues(weights)) / (1 + sum(weights)));
    for (UnaryOperator<List<Integer>> order : ORDERS) {
      AlignmentGraph graph = AlignmentGraph.of(crowded(weights, order));
      assertEquals(expectedCoverage, graph.coverage().keyResult("KR").orElseThrow());
      assertEquals(1 / total, graph.share("O-sub", "KR"));
      for (int i = 0; i < weights.size(); i++) {
        String k = id("K", i);
        double share = weights.get(i) / total;
        assertEquals(share, graph.share(k, "KR"), k);
        assertEquals(share, graph.impactOf(k).weightIn("KR").getAsDouble(), k);
      }
      List<Share> feeding = graph.kpisFeeding("KR");
      assertEquals(weights.size(), feeding.size());
      for (Share s : feeding) {
        assertEquals(weights.get(Integer.parseInt(s.id().substring(1))) / total, s.weight());
      }
    }
  }

  @Test
  void aFewFeedersAreSummedInIdOrder() {
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001; 0.3 + 0.2 + 0.1 is 0.6
    assertCrowdedFiguresInIdOrder(List.of(0.1, 0.2, 0.3));
  }

  @Test
  void manyFeedersAreSummedInIdOrder() {
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      weights.add(1.0 / (i + 3));
    }
    assertCrowdedFiguresInIdOrder(weights);
  }

  // ---------------------------------------------------------------- objectives of one owner

  /**
   * Objectives O00, O01, … of one owner, each with key result A (weight {@code a}, fed by KPI K)
   * and key result B (weight 1, fed by nothing): coverage {@code a / (a + 1)}; the objectives, key
   * results and K's contributions listed in the given order.
   */
  static Plan fractions(List<Double> a, UnaryOperator<List<Integer>> order) {
    Plan.Builder plan = team();
    Kpi.Builder k =
        Kpi.builder()
            .id("K")
            .ownerId("ann")
            .title("Calls")
            .measure(Measure.increasing("calls", Unit.COUNT))
            .target(Target.increase(0, 5));
    for (int i : order.apply(upTo(a.size()))) {
      String o = id("O", i);
      plan.addObjectives(Objective.of(o, "Objective " + o, "team"));
      plan.addKeyResults(
          KeyResult.of(
                  id("A", i), o, "A", Measure.increasing("a", Unit.COUNT), Target.increase(0, 10))
              .withWeight(a.get(i)),
          KeyResult.of(
              id("B", i), o, "B", Measure.increasing("b", Unit.COUNT), Target.increase(0, 10)));
      k.addContribution(Contribution.to(id("A", i)));
    }
    return plan.addKpis(k.build()).build();
  }

  static void assertMeansInIdOrder(List<Double> a) {
    List<Double> figures = new ArrayList<>();
    for (double x : a) {
      figures.add(x / (x + 1));
    }
    double mean = sum(figures) / a.size();
    assertNotEquals(
        sum(figures), sum(reversedValues(figures)), "the figures must sum differently reversed");
    for (UnaryOperator<List<Integer>> order : ORDERS) {
      AlignmentGraph graph = AlignmentGraph.of(fractions(a, order));
      Coverage coverage = graph.coverage();
      for (int i = 0; i < a.size(); i++) {
        assertEquals(figures.get(i), coverage.objective(id("O", i)).orElseThrow());
        assertEquals(figures.get(i), graph.impactOf("K").weightIn(id("O", i)).getAsDouble());
      }
      assertEquals(mean, coverage.owners().get("team"));
      assertEquals(mean, coverage.plan());
      assertEquals(mean, graph.impactOf("K").weightIn("team").getAsDouble());
    }
  }

  @Test
  void theMeansOfAFewObjectivesAreSummedInIdOrder() {
    assertMeansInIdOrder(List.of(0.1, 0.2, 0.3));
  }

  @Test
  void theMeansOfManyObjectivesAreSummedInIdOrder() {
    List<Double> a = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      a.add(0.1 * (i % 7 + 1));
    }
    assertMeansInIdOrder(a);
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.findings;
import static org.okrkit.alignment.Fixtures.keyResult;
import static org.okrkit.alignment.Fixtures.kpi;

import com.google.common.graph.EndpointPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentNode.Kind;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.UnknownIdException;

/**
 * The graph of plans with every kind of alignment (objectives under key results and under
 * objectives, the first objective among them), and of plans that lack whole kinds of elements.
 */
class GraphStructureTest {

  /**
   * The base plan, with company objective O-co (key results KR-co of weight 2 and KR-co2), O-b
   * under KR-co, O-a directly under O-co, and O-c directly under O1, the plan's first objective.
   */
  static Plan aligned() {
    return base()
        .addObjectives(Objective.of("O-co", "Grow", "acme"))
        .addKeyResults(
            keyResult("KR-co", "O-co", "revenue").withWeight(2),
            keyResult("KR-co2", "O-co", "margin"))
        .addObjectives(Objective.of("O-b", "Open a market", "team-b").withParentId("KR-co"))
        .addKeyResults(keyResult("KR-b1", "O-b", "leads"), keyResult("KR-b2", "O-b", "visits"))
        .addKpis(kpi("K-b", "bob", "cold calls").withContributions(Contribution.to("KR-b1", 3)))
        .addObjectives(
            Objective.of("O-a", "Support growth", "team-a").withParentId("O-co"),
            Objective.of("O-c", "Keep customers", "team-b").withParentId("O1"))
        .build();
  }

  @Test
  void everyNodeHasItsKindInPlanOrderAndIsFoundByItsId() {
    Plan plan = aligned();
    AlignmentGraph graph = AlignmentGraph.of(plan);
    List<AlignmentNode> expected = new ArrayList<>();
    plan.owners().forEach(o -> expected.add(AlignmentNode.of(o.id(), Kind.OWNER)));
    plan.objectives().forEach(o -> expected.add(AlignmentNode.of(o.id(), Kind.OBJECTIVE)));
    plan.keyResults().forEach(k -> expected.add(AlignmentNode.of(k.id(), Kind.KEY_RESULT)));
    plan.kpis().forEach(k -> expected.add(AlignmentNode.of(k.id(), Kind.KPI)));
    assertEquals(expected, graph.nodes());
    for (AlignmentNode node : expected) {
      assertEquals(node, graph.node(node.id()).orElseThrow());
    }
    assertEquals(Kind.KPI, graph.node("K1").orElseThrow().kind());
    assertEquals(Kind.OBJECTIVE, graph.node("O-c").orElseThrow().kind());
  }

  @Test
  void everyAlignmentIsAnEdgeWithItsWeight() {
    AlignmentGraph graph = AlignmentGraph.of(aligned());
    Set<String> edges =
        graph.asValueGraph().edges().stream()
            .map(
                (EndpointPair<AlignmentNode> e) ->
                    e.source().id()
                        + "->"
                        + e.target().id()
                        + "="
                        + graph.asValueGraph().edgeValueOrDefault(e, Double.NaN))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "sales->acme=1.0",
            "team-a->sales=1.0",
            "alice->team-a=1.0",
            "team-b->sales=1.0",
            "bob->team-b=1.0",
            "O-b->KR-co=1.0",
            "O-a->O-co=1.0",
            "O-c->O1=1.0",
            "KR1->O1=1.0",
            "KR-co->O-co=2.0",
            "KR-co2->O-co=1.0",
            "KR-b1->O-b=1.0",
            "KR-b2->O-b=1.0",
            "K1->KR1=1.0",
            "K-b->KR-b1=3.0"),
        edges);
  }

  @Test
  void theSharesOfTheFirstObjectiveAreItsWeightsShares() {
    // O1 is node 0 of the elements: KR1 (weight 1) and KR2 (weight 3) feed it
    AlignmentGraph graph =
        AlignmentGraph.of(
            base().addKeyResults(keyResult("KR2", "O1", "deals").withWeight(3)).build());
    assertEquals(0.25, graph.share("KR1", "O1"));
    assertEquals(0.75, graph.share("KR2", "O1"));
    // the first objective feeding another: one of 1 + 3
    Plan childFirst =
        Plan.builder()
            .name("Child first")
            .period(Fixtures.QUARTER)
            .addOwners(Owner.of("team", "Team", Level.TEAM))
            .addObjectives(
                Objective.of("O-child", "Help", "team").withParentId("O-top"),
                Objective.of("O-top", "Grow", "team"))
            .addKeyResults(keyResult("KR-top", "O-top", "revenue").withWeight(3))
            .build();
    AlignmentGraph child = AlignmentGraph.of(childFirst);
    assertEquals(0.25, child.share("O-child", "O-top"));
    assertEquals(0.75, child.share("KR-top", "O-top"));
    assertEquals(0.0, child.share("O-top", "O-child"));
  }

  @Test
  void aKpisImpactReachesTheFirstKeyResult() {
    Impact impact = AlignmentGraph.of(base().build()).impactOf("K1");
    assertEquals(List.of(Share.of("KR1", 1.0)), impact.keyResults());
    assertEquals(List.of(Share.of("O1", 1.0)), impact.objectives());
    assertEquals(List.of(Share.of("team-a", 1.0)), impact.owners());
  }

  @Test
  void aPlanOfObjectivesAloneIsUncovered() {
    Plan plan =
        Plan.builder()
            .name("Intentions")
            .period(Fixtures.QUARTER)
            .addOwners(Owner.of("team", "Team", Level.TEAM))
            .addObjectives(Objective.of("O1", "Grow", "team"), Objective.of("O2", "Hire", "team"))
            .build();
    Coverage coverage = AlignmentGraph.of(plan).coverage();
    assertEquals(0.0, coverage.plan());
    assertEquals(Map.of("O1", 0.0, "O2", 0.0), coverage.objectives());
    assertEquals(Map.of("team", 0.0), coverage.owners());
    assertEquals(Map.of(), coverage.keyResults());

    Plan withKeyResults = plan.toBuilder().addKeyResults(keyResult("KR1", "O1", "deals")).build();
    Coverage unmeasured = AlignmentGraph.of(withKeyResults).coverage();
    assertEquals(0.0, unmeasured.plan());
    assertEquals(Map.of("KR1", 0.0), unmeasured.keyResults());
    assertEquals(List.of(), AlignmentGraph.of(withKeyResults).kpisFeeding("O1"));
  }

  @Test
  void aKpiOfAPlanWithoutObjectivesReachesNothing() {
    Plan plan =
        Plan.builder()
            .name("KPIs only")
            .period(Fixtures.QUARTER)
            .addOwners(Owner.of("p", "P", Level.INDIVIDUAL))
            .addKpis(kpi("K", "p", "calls"), kpi("K2", "p", "mails"))
            .build();
    AlignmentGraph graph = AlignmentGraph.of(plan);
    Impact impact = graph.impactOf("K");
    assertEquals("K", impact.kpiId());
    assertEquals(List.of(), impact.keyResults());
    assertEquals(List.of(), impact.objectives());
    assertEquals(List.of(), impact.owners());
    assertThrows(UnknownIdException.class, () -> graph.kpisFeeding("K"));
    assertThrows(UnknownIdException.class, () -> graph.impactOf("p"));
  }

  static Kpi churnKpi(String id, String measure, Direction direction, String keyResult) {
    return Kpi.builder()
        .id(id)
        .ownerId("alice")
        .title("KPI " + id)
        .measure(Measure.of(measure, Unit.PERCENT, direction))
        .target(Target.of(5))
        .addContribution(Contribution.to(keyResult))
        .build();
  }

  /**
   * The first KPI and the first key result share a measure name in opposite directions, but the KPI
   * does not support that key result: only real contributions are compared.
   */
  @Test
  void theRulesReadOnlyTheContributionsThereAre() {
    Plan plan =
        Plan.builder()
            .name("Churn")
            .period(Fixtures.QUARTER)
            .addOwners(
                Owner.of("team-a", "Team A", Level.TEAM),
                Owner.of("alice", "Alice", Level.INDIVIDUAL, "team-a"))
            .addObjectives(Objective.of("O1", "Keep customers", "team-a"))
            .addKeyResults(
                KeyResult.of(
                    "KR1",
                    "O1",
                    "Churn up",
                    Measure.increasing("churn", Unit.PERCENT),
                    Target.increase(0, 10)),
                KeyResult.of(
                    "KR2",
                    "O1",
                    "Churn down",
                    Measure.decreasing("churn", Unit.PERCENT),
                    Target.decrease(10, 5)))
            .addKpis(
                churnKpi("K-first", "churn", Direction.DECREASE, "KR2"),
                churnKpi("K-calls", "calls", Direction.INCREASE, "KR1"),
                churnKpi("K-wrong", "Churn", Direction.INCREASE, "KR2"))
            .build();
    List<Finding> found = findings(AlignmentRules.directionConflict(), plan);
    assertEquals(
        List.of(List.of("K-wrong", "KR2")),
        found.stream().map(Finding::ids).collect(Collectors.toList()));
  }

  @Test
  void onlyIncreaseAndDecreaseAreOpposite() {
    for (Direction a : Direction.values()) {
      for (Direction b : Direction.values()) {
        boolean expected = Set.of("INCREASE-DECREASE", "DECREASE-INCREASE").contains(a + "-" + b);
        assertEquals(expected, DirectionConflict.opposite(a, b), a + " " + b);
      }
    }
    assertEquals(true, DirectionConflict.opposite(Direction.DECREASE, Direction.INCREASE));
    assertEquals(false, DirectionConflict.opposite(Direction.RANGE, Direction.INCREASE));
    assertEquals(false, DirectionConflict.opposite(Direction.DECREASE, Direction.RANGE));
  }

  /**
   * Weights are any finite numbers above 0, so their sum can overflow: coverage stays a figure in
   * [0, 1], never NaN, whatever the weights.
   */
  @Test
  void coverageStaysAFigureWhenTheWeightsSumBeyondTheLargestDouble() {
    Plan plan =
        base()
            .addKpis(
                kpi("K2", "alice", "demos").withContributions(Contribution.to("KR1", 1e308)),
                kpi("K3", "alice", "visits").withContributions(Contribution.to("KR1", 1e308)))
            .addKeyResults(keyResult("KR2", "O1", "deals"))
            .addObjectives(Objective.of("O2", "Keep customers", "team-a").withParentId("KR2"))
            .addKpis(
                kpi("K4", "bob", "renewals").withContributions(Contribution.to("KR2", 1e308)),
                kpi("K5", "bob", "upsells").withContributions(Contribution.to("KR2", 1e308)))
            .build();
    Coverage coverage = AlignmentGraph.of(plan).coverage();
    assertEquals(1.0, coverage.keyResult("KR1").orElseThrow());
    // K4 and K5 (2e308 together, covered) beside O2 (weight 1, uncovered): all but nothing
    assertEquals(1.0, coverage.keyResult("KR2").orElseThrow());
    assertEquals(0.0, coverage.objective("O2").orElseThrow());
    assertEquals(1.0, coverage.objective("O1").orElseThrow());
    assertEquals(0.5, coverage.plan());
    assertEquals(Map.of("team-a", 0.5), coverage.owners());
  }
}

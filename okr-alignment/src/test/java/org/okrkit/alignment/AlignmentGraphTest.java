package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.keyResult;
import static org.okrkit.alignment.Fixtures.kpi;

import com.google.common.graph.EndpointPair;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentNode.Kind;
import org.okrkit.core.Contribution;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.testing.SeedPlans;

class AlignmentGraphTest {
  final AlignmentGraph internet = AlignmentGraph.of(SeedPlans.internetCompany());

  static List<String> ids(List<AlignmentNode> nodes) {
    return nodes.stream().map(AlignmentNode::id).collect(Collectors.toList());
  }

  @Test
  void nodesAreTheOwnersAndElementsInPlanOrder() {
    assertEquals(
        List.of(
            "netco",
            "growth",
            "product-manager",
            "operations",
            "O-growth",
            "KR-mau",
            "KR-time",
            "K-features",
            "K-growth-campaigns"),
        ids(internet.nodes()));
    assertEquals(
        AlignmentNode.of("KR-mau", Kind.KEY_RESULT), internet.node("KR-mau").orElseThrow());
    assertEquals(AlignmentNode.of("growth", Kind.OWNER), internet.node("growth").orElseThrow());
    assertTrue(internet.node("nope").isEmpty());
    assertEquals(internet.nodes(), List.copyOf(internet.asValueGraph().nodes()));
  }

  @Test
  void edgesPointFromWhatContributesToWhatItContributesToWithTheirWeights() {
    Set<String> edges =
        internet.asValueGraph().edges().stream()
            .map(
                (EndpointPair<AlignmentNode> e) ->
                    e.source().id()
                        + "->"
                        + e.target().id()
                        + "="
                        + internet.asValueGraph().edgeValueOrDefault(e, Double.NaN))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "growth->netco=1.0",
            "product-manager->growth=1.0",
            "operations->netco=1.0",
            "KR-mau->O-growth=1.0",
            "KR-time->O-growth=1.0",
            "K-features->KR-mau=0.6",
            "K-features->KR-time=0.4",
            "K-growth-campaigns->KR-mau=1.0"),
        edges);
    assertTrue(internet.asValueGraph().isDirected());
  }

  @Test
  void successorsPredecessorsWeightsAndShares() {
    assertEquals(List.of("KR-mau", "KR-time"), ids(internet.successors("K-features")));
    assertEquals(List.of("K-features", "K-growth-campaigns"), ids(internet.predecessors("KR-mau")));
    assertEquals(List.of("KR-mau", "KR-time"), ids(internet.predecessors("O-growth")));
    assertEquals(List.of("growth", "operations"), ids(internet.predecessors("netco")));
    assertEquals(List.of(), ids(internet.successors("O-growth")));
    assertEquals(OptionalDouble.of(0.6), internet.weight("K-features", "KR-mau"));
    assertEquals(OptionalDouble.empty(), internet.weight("KR-mau", "K-features"));
    assertEquals(0.6 / 1.6, internet.share("K-features", "KR-mau"), 1e-15);
    assertEquals(1.0 / 1.6, internet.share("K-growth-campaigns", "KR-mau"), 1e-15);
    assertEquals(1.0, internet.share("K-features", "KR-time"));
    assertEquals(0.5, internet.share("KR-time", "O-growth"));
    assertEquals(0.5, internet.share("growth", "netco"));
    assertEquals(0.0, internet.share("KR-time", "KR-mau"));
  }

  @Test
  void unknownIdsAreNamed() {
    UnknownIdException e =
        assertThrows(UnknownIdException.class, () -> internet.successors("nope"));
    assertEquals("unknown owner or element 'nope'", e.getMessage());
    assertEquals(
        "unknown KPI 'KR-mau'",
        assertThrows(UnknownIdException.class, () -> internet.impactOf("KR-mau")).getMessage());
    assertEquals(
        "unknown objective or key result 'K-features'",
        assertThrows(UnknownIdException.class, () -> internet.kpisFeeding("K-features"))
            .getMessage());
    assertEquals(
        "unknown owner 'O-growth'",
        assertThrows(UnknownIdException.class, () -> internet.unitOf("O-growth")).getMessage());
    // a coverage lookup is empty for an id that is no objective (or no key result), as plan lookups
    // are
    assertEquals(java.util.OptionalDouble.empty(), internet.coverage().objective("KR-mau"));
    assertEquals(java.util.OptionalDouble.empty(), internet.coverage().keyResult("O-growth"));
  }

  @Test
  void aKeyResultWithAKpiIsFullyBackedWhateverTheContributionWeights() {
    Coverage coverage = internet.coverage();
    assertEquals(Map.of("KR-mau", 1.0, "KR-time", 1.0), coverage.keyResults());
    assertEquals(Map.of("O-growth", 1.0), coverage.objectives());
    assertEquals(Map.of("growth", 1.0), coverage.owners());
    assertEquals(1.0, coverage.plan());
  }

  @Test
  void coverageIsTheShareOfKeyResultWeightBackedByAKpi() {
    Plan plan =
        base()
            .addKeyResults(keyResult("KR2", "O1", "deals").withWeight(3))
            .addObjectives(Objective.of("O2", "Keep customers", "team-a"))
            .addKeyResults(keyResult("KR3", "O2", "renewals"))
            .build();
    Coverage coverage = AlignmentGraph.of(plan).coverage();
    assertEquals(Map.of("KR1", 1.0, "KR2", 0.0, "KR3", 0.0), coverage.keyResults());
    assertEquals(0.25, coverage.objective("O1").orElseThrow());
    assertEquals(0.0, coverage.objective("O2").orElseThrow());
    assertEquals(Map.of("team-a", 0.125), coverage.owners());
    assertEquals(0.125, coverage.plan());
  }

  @Test
  void anObjectiveWithNothingFeedingItHasCoverageZeroAndAPlanWithoutObjectivesToo() {
    Plan plan = base().addObjectives(Objective.of("O-empty", "Be great", "sales")).build();
    Coverage coverage = AlignmentGraph.of(plan).coverage();
    assertEquals(0.0, coverage.objective("O-empty").orElseThrow());
    assertEquals(Map.of("team-a", 1.0, "sales", 0.0), coverage.owners());
    assertEquals(0.5, coverage.plan());

    Plan noObjectives =
        Plan.builder()
            .period(Fixtures.QUARTER)
            .addOwners(Owner.of("p", "P", Level.INDIVIDUAL))
            .addKpis(kpi("K", "p", "calls"))
            .build();
    Coverage none = AlignmentGraph.of(noObjectives).coverage();
    assertEquals(0.0, none.plan());
    assertEquals(Map.of(), none.owners());
  }

  /**
   * A company objective whose key result is broken down into a team objective: the team's KPIs back
   * the company key result through it. An aligned objective counts as one contributor of weight 1.
   */
  @Test
  void alignedObjectivesCarryTheirCoverageUpAsContributorsOfWeightOne() {
    Plan plan =
        base()
            .addObjectives(Objective.of("O-co", "Grow", "acme"))
            .addKeyResults(
                keyResult("KR-co", "O-co", "revenue"), keyResult("KR-co2", "O-co", "margin"))
            .addObjectives(Objective.of("O-b", "Open a market", "team-b").withParentId("KR-co"))
            .addKeyResults(keyResult("KR-b1", "O-b", "leads"), keyResult("KR-b2", "O-b", "visits"))
            .addKpis(kpi("K-b", "bob", "cold calls", "KR-b1"))
            // directly under O-co, not under one of its key results
            .addObjectives(Objective.of("O-a", "Support growth", "team-a").withParentId("O-co"))
            .build();
    AlignmentGraph graph = AlignmentGraph.of(plan);
    Coverage coverage = graph.coverage();
    assertEquals(0.5, coverage.objective("O-b").orElseThrow());
    assertEquals(0.5, coverage.keyResult("KR-co").orElseThrow());
    assertEquals(0.0, coverage.keyResult("KR-co2").orElseThrow());
    assertEquals(0.0, coverage.objective("O-a").orElseThrow());
    // KR-co (weight 1, coverage 0.5), KR-co2 (weight 1, 0) and O-a (weight 1, 0)
    assertEquals(0.5 / 3, coverage.objective("O-co").orElseThrow(), 1e-15);
    assertTrue(graph.isSupported("KR-co"));
    assertTrue(graph.isSupported("O-co"));
    assertFalse(graph.isSupported("KR-co2"));
    assertFalse(graph.isSupported("O-a"));
    assertTrue(graph.isSupported("K-b"));

    Impact impact = graph.impactOf("K-b");
    assertEquals(List.of(Share.of("KR-b1", 1.0), Share.of("KR-co", 0.5)), impact.keyResults());
    assertEquals(
        List.of("O-b", "O-co"),
        impact.objectives().stream().map(Share::id).collect(Collectors.toList()));
    assertEquals(0.5, impact.weightIn("O-b").getAsDouble());
    assertEquals(0.5 / 3, impact.weightIn("O-co").getAsDouble(), 1e-15);
    assertEquals(
        List.of(Share.of("team-b", 0.5), Share.of("acme", impact.weightIn("O-co").getAsDouble())),
        impact.owners());
    assertEquals(OptionalDouble.empty(), impact.weightIn("KR1"));
  }

  @Test
  void impactWeightsAreProductsOfSharesSummedOverPaths() {
    Impact features = internet.impactOf("K-features");
    // KR-mau: 0.6 of 1.6; KR-time: alone; O-growth: half of each key result
    assertEquals("K-features", features.kpiId());
    assertEquals(
        List.of("KR-time", "KR-mau"),
        features.keyResults().stream().map(Share::id).collect(Collectors.toList()));
    assertEquals(1.0, features.weightIn("KR-time").getAsDouble());
    assertEquals(0.375, features.weightIn("KR-mau").getAsDouble(), 1e-15);
    assertEquals(0.6875, features.weightIn("O-growth").getAsDouble(), 1e-15);
    assertEquals(0.6875, features.weightIn("growth").getAsDouble(), 1e-15);
    Impact campaigns = internet.impactOf("K-growth-campaigns");
    assertEquals(0.3125, campaigns.weightIn("O-growth").getAsDouble(), 1e-15);
  }

  @Test
  void theKpisFeedingAnObjectiveAreRankedByWeightThenId() {
    List<Share> feeding = internet.kpisFeeding("O-growth");
    assertEquals(
        List.of("K-features", "K-growth-campaigns"),
        feeding.stream().map(Share::id).collect(Collectors.toList()));
    assertEquals(0.6875, feeding.get(0).weight(), 1e-15);
    assertEquals(0.3125, feeding.get(1).weight(), 1e-15);

    AlignmentGraph startUp = AlignmentGraph.of(SeedPlans.startUp());
    assertEquals(
        List.of(Share.of("K-pr-releases", 0.25), Share.of("K-vc-meetings", 0.25)),
        startUp.kpisFeeding("O-funding"));
    assertEquals(
        List.of(Share.of("K-pr-releases", 0.5), Share.of("K-vc-meetings", 0.5)),
        startUp.kpisFeeding("KR-vc-rounds"));
    assertEquals(List.of(), startUp.kpisFeeding("KR-roadshow"));
  }

  @Test
  void theOrgChartAnswersUnitQuestions() {
    Plan plan =
        base()
            .addOwners(
                Owner.of("carol", "Carol", Level.INDIVIDUAL, "alice"),
                Owner.of("solo", "Solo", Level.INDIVIDUAL),
                Owner.of("solo-report", "Solo's report", Level.INDIVIDUAL, "solo"))
            .build();
    AlignmentGraph graph = AlignmentGraph.of(plan);
    assertTrue(graph.isPartOf("alice", "team-a"));
    assertTrue(graph.isPartOf("carol", "sales"));
    assertTrue(graph.isPartOf("team-a", "team-a"));
    assertFalse(graph.isPartOf("bob", "team-a"));
    assertFalse(graph.isPartOf("sales", "team-a"));
    assertFalse(graph.isPartOf("solo", "acme"));
    assertEquals("team-a", graph.unitOf("alice"));
    assertEquals("team-a", graph.unitOf("carol"));
    assertEquals("sales", graph.unitOf("sales"));
    assertEquals("solo", graph.unitOf("solo-report"));
    assertEquals(List.of("team-a", "sales"), graph.ownersBetween("alice", Level.COMPANY));
    assertEquals(List.of("team-a"), graph.ownersBetween("carol", Level.DEPARTMENT));
    assertEquals(List.of(), graph.ownersBetween("alice", Level.TEAM));
    assertEquals(List.of(), graph.ownersBetween("team-a", Level.INDIVIDUAL));
    assertEquals(List.of(), graph.ownersBetween("solo-report", Level.COMPANY));
  }

  @Test
  void aKpiWithoutContributionsReachesNothing() {
    Plan plan = base().addKpis(kpi("K-orphan", "bob", "emails")).build();
    Impact impact = AlignmentGraph.of(plan).impactOf("K-orphan");
    assertEquals(List.of(), impact.keyResults());
    assertEquals(List.of(), impact.objectives());
    assertEquals(List.of(), impact.owners());
  }

  @Test
  void contributionWeightsSetTheKpisShares() {
    Plan plan =
        base()
            .addKpis(kpi("K2", "alice", "demos").withContributions(Contribution.to("KR1", 3)))
            .build();
    AlignmentGraph graph = AlignmentGraph.of(plan);
    assertEquals(List.of(Share.of("K2", 0.75), Share.of("K1", 0.25)), graph.kpisFeeding("KR1"));
    assertEquals(graph.kpisFeeding("KR1"), graph.kpisFeeding("O1"));
    assertEquals("AlignmentGraph[" + plan + "]", graph.toString());
    assertEquals(10, graph.asValueGraph().nodes().size());
    assertEquals(8, graph.asValueGraph().edges().size());
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/** Hierarchies deeper than any call stack: the graph, the rules and the report work iteratively. */
class DeepAlignmentTest {
  static final int DEPTH = 100_000;

  /**
   * Units u0 (top) to u99999 in one chain of the org chart, each setting one objective o_i. The
   * objectives form one chain too, alternating both kinds of alignment: an even o_i has a key
   * result kr_i, which o_(i+1) contributes to; an odd o_i has no key result, and o_(i+1)
   * contributes to it directly. The bottom objective's key result is supported by the bottom unit's
   * KPI, so every key result and objective is fully backed through 100,000 levels.
   */
  @Test
  void aHundredThousandLongAlignmentChainIsAnalysedWithoutRecursion() {
    Plan.Builder b = Plan.builder().period(Period.quarter(2026, 2));
    for (int i = 0; i < DEPTH; i++) {
      b.addOwners(
          i == 0
              ? Owner.of("u0", "Unit 0", Level.TEAM)
              : Owner.of("u" + i, "Unit " + i, Level.TEAM, "u" + (i - 1)));
      Objective o = Objective.of("o" + i, "Objective " + i, "u" + i);
      if (i > 0) {
        o = o.withParentId((i - 1) % 2 == 0 ? "kr" + (i - 1) : "o" + (i - 1));
      }
      b.addObjectives(o);
      if (i % 2 == 0) {
        b.addKeyResults(keyResult("kr" + i, "o" + i));
      }
    }
    String bottom = "u" + (DEPTH - 1);
    b.addKeyResults(keyResult("kr-bottom", "o" + (DEPTH - 1)));
    b.addKpis(kpi("k", bottom, "kr-bottom"));
    Plan plan = b.build();

    AlignmentGraph graph = AlignmentGraph.of(plan);
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(graph);
    assertEquals(List.of(), report.findings());
    assertEquals(1.0, report.coverage().plan());
    assertEquals(1.0, report.coverage().objective("o0").orElseThrow());
    assertEquals(1.0, report.coverage().keyResult("kr0").orElseThrow());
    assertTrue(report.render().startsWith("Alignment report: plan, 2026-Q2"));

    Impact impact = graph.impactOf("k");
    assertEquals(DEPTH, impact.objectives().size());
    assertEquals(DEPTH / 2 + 1, impact.keyResults().size());
    assertEquals(DEPTH, impact.owners().size());
    assertEquals(1.0, impact.weightIn("o0").getAsDouble());
    assertEquals(List.of(Share.of("k", 1.0)), graph.kpisFeeding("o0"));
    assertTrue(graph.isPartOf(bottom, "u0"));
    assertEquals(
        List.of(AlignmentNode.of("o1", AlignmentNode.Kind.OBJECTIVE)), graph.predecessors("kr0"));
    assertEquals(bottom, graph.unitOf(bottom));
  }

  private static KeyResult keyResult(String id, String objective) {
    return KeyResult.of(
        id,
        objective,
        "Result " + id,
        Measure.increasing("m " + id, Unit.COUNT),
        Target.increase(0, 1));
  }

  private static Kpi kpi(String id, String owner, String keyResult) {
    return Kpi.builder()
        .id(id)
        .ownerId(owner)
        .title("KPI " + id)
        .measure(Measure.increasing("activity", Unit.COUNT))
        .target(Target.increase(0, 1))
        .addContribution(Contribution.to(keyResult))
        .build();
  }
}

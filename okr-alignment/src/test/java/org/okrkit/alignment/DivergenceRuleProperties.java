package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.PlanArbitraries;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

class DivergenceRuleProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Property(tries = 300)
  void neverFailsIsDeterministicAndNamesOnlyKeyResultsAndKpis(@ForAll("plans") Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, plan.period().start().plusDays(60));
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence(card)).build();
    AlignmentReport report = analyzer.analyze(plan);
    assertEquals(report, analyzer.analyze(plan.toBuilder().build()));
    for (Finding f : report.findings()) {
      assertTrue(f.code().equals("ALN101") || f.code().equals("ALN102"), f::toString);
      assertTrue(plan.keyResult(f.ids().get(0)).isPresent());
      for (String id : f.ids().subList(1, f.ids().size())) {
        assertTrue(plan.kpi(id).isPresent());
      }
    }
    // each of the two rules reports its own code, and together they report what both do
    AlignmentReport met =
        AlignmentAnalyzer.builder().addRule(ScoreAwareRules.kpisMetKeyResultOffTrack(card)).build().analyze(plan);
    AlignmentReport missed =
        AlignmentAnalyzer.builder().addRule(ScoreAwareRules.kpisMissedKeyResultOnTrack(card)).build().analyze(plan);
    met.findings().forEach(f -> assertEquals("ALN101", f.code(), f::toString));
    missed.findings().forEach(f -> assertEquals("ALN102", f.code(), f::toString));
    assertEquals(report.findings().size(), met.findings().size() + missed.findings().size());
  }
}

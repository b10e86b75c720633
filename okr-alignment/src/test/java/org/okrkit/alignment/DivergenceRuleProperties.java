package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.testing.AlignmentRuleContract;
import org.okrkit.testing.PlanArbitraries;

/**
 * The divergence rules on generated plans: they keep the rule contract on plans and on their
 * scorecards, and one analyzer built once gives every plan's scorecard the findings of that plan.
 */
class DivergenceRuleProperties implements AlignmentRuleContract {
  /** Both divergence rules, one after the other. */
  private static final AlignmentRule BOTH =
      (context, findings) -> {
        for (AlignmentRule rule : ScoreAwareRules.divergence()) {
          rule.check(context, findings);
        }
      };

  /** One analyzer for every plan the properties generate. */
  private static final AlignmentAnalyzer ANALYZER =
      AlignmentAnalyzer.builder().addRules(ScoreAwareRules.divergence()).build();

  @Override
  public AlignmentRule rule() {
    // a fresh named rule each call, equal to the others: what the equality law compares
    return AlignmentRules.named("both divergence rules", BOTH);
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Property(tries = 300)
  void neverFailsIsDeterministicAndNamesOnlyKeyResultsAndKpis(@ForAll("plans") Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, plan.period().start().plusDays(60));
    AlignmentReport report = ANALYZER.analyze(card);
    assertEquals(
        report,
        ANALYZER.analyze(ScoringPolicy.defaults().score(plan.toBuilder().build(), card.asOf())));
    for (Finding f : report.findings()) {
      assertTrue(f.code().equals("ALN101") || f.code().equals("ALN102"), f::toString);
      assertTrue(plan.keyResult(f.ids().get(0)).isPresent());
      for (String id : f.ids().subList(1, f.ids().size())) {
        assertTrue(plan.kpi(id).isPresent());
      }
    }
    // each of the two rules reports its own code, and together they report what both do
    AlignmentReport met =
        AlignmentAnalyzer.builder()
            .addRule(ScoreAwareRules.kpisMetKeyResultOffTrack())
            .build()
            .analyze(card);
    AlignmentReport missed =
        AlignmentAnalyzer.builder()
            .addRule(ScoreAwareRules.kpisMissedKeyResultOnTrack())
            .build()
            .analyze(card);
    met.findings().forEach(f -> assertEquals("ALN101", f.code(), f::toString));
    missed.findings().forEach(f -> assertEquals("ALN102", f.code(), f::toString));
    assertEquals(report.findings().size(), met.findings().size() + missed.findings().size());
    // without the scores, nothing
    assertEquals(0, ANALYZER.analyze(plan).findings().size());
  }
}

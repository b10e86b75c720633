package org.okrkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The laws of {@link AlignmentRuleContract}, each stated once for one plan: the contract's
 * properties and {@link Contracts}' plain checks both call these. {@code rule} gives the rule under
 * test, afresh or not, on each call; {@code scorecards} the scorecard to check it with besides the
 * bare plan.
 */
final class RuleLaws {
  private RuleLaws() {}

  /** The plan scored under the default policy 60 days into its period. */
  static Scorecard defaultScorecard(Plan plan) {
    return ScoringPolicy.defaults().score(plan, plan.period().start().plusDays(60));
  }

  static void ruleNeverThrowsOnAValidPlan(
      Supplier<? extends AlignmentRule> rule,
      AlignmentConfig config,
      Function<Plan, Scorecard> scorecards,
      Plan plan) {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder().addRule(rule.get()).config(config).failFast(true).build();
    // the reports are not the point: that nothing is thrown on the way to them is
    var unused = analyzer.analyze(plan);
    unused = analyzer.analyze(scorecards.apply(plan));
  }

  static void ruleGivesTheSameFindingsForEqualPlans(
      Supplier<? extends AlignmentRule> rule,
      AlignmentConfig config,
      Function<Plan, Scorecard> scorecards,
      Plan plan) {
    Plan again = plan.toBuilder().build();
    Expect.equal(
        sortedFindings(rule, AlignmentContext.of(plan, config)),
        sortedFindings(rule, AlignmentContext.of(again, config)),
        () -> "the findings on an equal plan");
    Expect.equal(
        sortedFindings(rule, AlignmentContext.of(scorecards.apply(plan), config)),
        sortedFindings(rule, AlignmentContext.of(scorecards.apply(again), config)),
        () -> "the findings on an equal plan's scorecard");
  }

  static void rulesBuiltAlikeAreEqualValues(AlignmentRule one, AlignmentRule two) {
    Expect.equalValues(one, two, "rule");
    Expect.equal(one.toString(), two.toString(), () -> "the names of two equal rules");
  }

  static void anAnalyzerRunsEqualRulesOnce(
      Supplier<? extends AlignmentRule> rule, Function<Plan, Scorecard> scorecards, Plan plan) {
    AlignmentAnalyzer once = AlignmentAnalyzer.builder().addRule(rule.get()).build();
    AlignmentAnalyzer twice =
        AlignmentAnalyzer.builder().addRule(rule.get()).addRule(rule.get()).build();
    Expect.equal(
        once.analyze(plan), twice.analyze(plan), () -> "the report of an analyzer given it twice");
    Scorecard card = scorecards.apply(plan);
    Expect.equal(
        once.analyze(card),
        twice.analyze(card),
        () -> "the report on the scorecard of an analyzer given it twice");
  }

  private static List<Finding> sortedFindings(
      Supplier<? extends AlignmentRule> rule, AlignmentContext context) {
    List<Finding> findings = new ArrayList<>();
    rule.get().check(context, findings::add);
    findings.sort(Finding.reportOrder());
    return findings;
  }
}

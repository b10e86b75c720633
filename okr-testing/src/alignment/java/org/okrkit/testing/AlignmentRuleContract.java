package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The laws of {@link AlignmentRule}'s contract as jqwik properties: implement this interface in a
 * {@code …Properties} class, give it the rule, and jqwik checks the rule against generated valid
 * plans, each analysed without scores and with a {@linkplain #contractScorecard scorecard}, as a
 * score-aware rule is run. Published in okr-testing, so that score-aware and host rules are held to
 * the same laws as the built-ins.
 */
public interface AlignmentRuleContract {

  /**
   * The rule under test, built afresh on each call (a singleton returns itself): the equality law
   * compares two of them, as an analyzer does when it keeps each distinct rule once.
   */
  AlignmentRule rule();

  /** The configuration to check it with; the defaults unless overridden. */
  default AlignmentConfig config() {
    return AlignmentConfig.defaults();
  }

  /** The plans to check it on; {@link PlanArbitraries#plans()} unless overridden. */
  @Provide
  default Arbitrary<Plan> contractPlans() {
    return PlanArbitraries.plans();
  }

  /**
   * The scorecard of {@code plan} to check the rule with as well; unless overridden, the plan
   * scored under the default policy 60 days into its period.
   */
  default Scorecard contractScorecard(Plan plan) {
    return ScoringPolicy.defaults().score(plan, plan.period().start().plusDays(60));
  }

  @Property
  default void ruleNeverThrowsOnAValidPlan(@ForAll("contractPlans") Plan plan) {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder().addRule(rule()).config(config()).failFast(true).build();
    var unused = analyzer.analyze(plan);
    unused = analyzer.analyze(contractScorecard(plan));
  }

  @Property
  default void ruleGivesTheSameFindingsForEqualPlans(@ForAll("contractPlans") Plan plan) {
    Plan again = plan.toBuilder().build();
    assertEquals(
        sortedFindings(AlignmentContext.of(plan, config())),
        sortedFindings(AlignmentContext.of(again, config())));
    assertEquals(
        sortedFindings(AlignmentContext.of(contractScorecard(plan), config())),
        sortedFindings(AlignmentContext.of(contractScorecard(again), config())));
  }

  /** Two rules built alike are equal, hash alike and print alike, and differ from other objects. */
  @Example
  default void rulesBuiltAlikeAreEqualValues() {
    AlignmentRule one = rule();
    AlignmentRule two = rule();
    new com.google.common.testing.EqualsTester().addEqualityGroup(one, two).testEquals();
    assertEquals(one.toString(), two.toString());
  }

  @Property
  default void anAnalyzerRunsEqualRulesOnce(@ForAll("contractPlans") Plan plan) {
    AlignmentAnalyzer once = AlignmentAnalyzer.builder().addRule(rule()).build();
    AlignmentAnalyzer twice = AlignmentAnalyzer.builder().addRule(rule()).addRule(rule()).build();
    assertEquals(once.analyze(plan), twice.analyze(plan));
    Scorecard card = contractScorecard(plan);
    assertEquals(once.analyze(card), twice.analyze(card));
  }

  private List<Finding> sortedFindings(AlignmentContext context) {
    List<Finding> findings = new ArrayList<>();
    rule().check(context, findings::add);
    findings.sort(Finding.reportOrder());
    return findings;
  }
}

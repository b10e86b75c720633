package org.okrkit.testing;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;

/**
 * The laws of {@link AlignmentRule}'s contract as jqwik properties: implement this interface in a
 * {@code …Properties} class, give it the rule, and jqwik checks the rule against generated valid
 * plans, each analysed without scores and with a {@linkplain #contractScorecard scorecard}, as a
 * score-aware rule is run. okrkit's built-in rules are checked this way, and a host checks its own:
 *
 * <pre>{@code
 * class MyRuleProperties implements AlignmentRuleContract {
 *   @Override
 *   public AlignmentRule rule() {
 *     return new MyRule();
 *   }
 * }
 * }</pre>
 *
 * <p>The laws: the rule never throws on a valid plan or its scorecard; it gives the same findings
 * for equal plans; an analyzer given it twice reports what it reports given it once; two rules
 * built alike are equal values that print alike. {@link Contracts#checkRule} checks the same laws
 * without jqwik's engine, from a test of any framework.
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
   *
   * @param plan a generated plan
   */
  default Scorecard contractScorecard(Plan plan) {
    return RuleLaws.defaultScorecard(plan);
  }

  /**
   * An analyzer that fails fast runs the rule on the plan and on its scorecard without an
   * exception.
   */
  @Property
  default void ruleNeverThrowsOnAValidPlan(@ForAll("contractPlans") Plan plan) {
    RuleLaws.ruleNeverThrowsOnAValidPlan(this::rule, config(), this::contractScorecard, plan);
  }

  /** Equal plans, and their scorecards, get the same findings in report order. */
  @Property
  default void ruleGivesTheSameFindingsForEqualPlans(@ForAll("contractPlans") Plan plan) {
    RuleLaws.ruleGivesTheSameFindingsForEqualPlans(
        this::rule, config(), this::contractScorecard, plan);
  }

  /** Two rules built alike are equal, hash alike and print alike, and differ from other objects. */
  @Example
  default void rulesBuiltAlikeAreEqualValues() {
    RuleLaws.rulesBuiltAlikeAreEqualValues(rule(), rule());
  }

  /**
   * An {@link AlignmentAnalyzer} given two rules built alike runs one, on the plan and on its
   * scorecard.
   */
  @Property
  default void anAnalyzerRunsEqualRulesOnce(@ForAll("contractPlans") Plan plan) {
    RuleLaws.anAnalyzerRunsEqualRulesOnce(this::rule, this::contractScorecard, plan);
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.PlanArbitraries;

/**
 * The laws of {@link AlignmentRule}'s contract as jqwik properties: implement this interface in a
 * {@code …Properties} class, give it the rule, and jqwik checks the rule against generated valid
 * plans. Shared through okr-alignment's test jar, so that score-aware and host rules are held to
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

  @Property
  default void ruleNeverThrowsOnAValidPlan(@ForAll("contractPlans") Plan plan) {
    AlignmentAnalyzer.builder().addRule(rule()).config(config()).failFast(true).build().analyze(plan);
  }

  @Property
  default void ruleGivesTheSameFindingsForEqualPlans(@ForAll("contractPlans") Plan plan) {
    AlignmentContext context = AlignmentContext.of(plan, config());
    List<Finding> first = new ArrayList<>();
    rule().check(context, first::add);
    List<Finding> again = new ArrayList<>();
    rule().check(AlignmentContext.of(plan.toBuilder().build(), config()), again::add);
    first.sort(Finding.reportOrder());
    again.sort(Finding.reportOrder());
    assertEquals(first, again);
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
    assertEquals(
        AlignmentAnalyzer.builder().addRule(rule()).build().analyze(plan),
        AlignmentAnalyzer.builder().addRule(rule()).addRule(rule()).build().analyze(plan));
  }
}

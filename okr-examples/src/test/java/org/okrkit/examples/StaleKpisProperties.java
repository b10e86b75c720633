package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Plan;
import org.okrkit.testing.PlanArbitraries;

/**
 * The example's custom rule keeps the laws of the {@link AlignmentRule} contract on generated valid
 * plans. A host on the class path implements okr-alignment's {@code AlignmentRuleContract} from the
 * test jar instead; this module's tests are compiled into the named module, which cannot see a
 * test-jar class in okr-alignment's own package, so the same three laws are stated here.
 */
class StaleKpisProperties {
  private final AlignmentRule rule = new CustomRuleExample.StaleKpis(LocalDate.of(2026, 5, 31), 14);

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void neverThrowsOnAValidPlan(@ForAll("plans") Plan plan) {
    AlignmentAnalyzer.builder().addRule(rule).failFast(true).build().analyze(plan);
  }

  @Property
  void givesTheSameFindingsForEqualPlans(@ForAll("plans") Plan plan) {
    List<Finding> first = new ArrayList<>();
    rule.check(AlignmentContext.of(plan), first::add);
    List<Finding> again = new ArrayList<>();
    rule.check(AlignmentContext.of(plan.toBuilder().build()), again::add);
    first.sort(Finding.reportOrder());
    again.sort(Finding.reportOrder());
    assertEquals(first, again);
  }

  @Property
  void isAValueThatNamesItself(@ForAll("plans") Plan plan) {
    AlignmentRule same = new CustomRuleExample.StaleKpis(LocalDate.of(2026, 5, 31), 14);
    assertEquals(same, rule);
    assertEquals("StaleKpis[asOf=2026-05-31, maxDays=14]", rule.toString());
    assertEquals(
        AlignmentAnalyzer.builder().addRule(rule).build().analyze(plan),
        AlignmentAnalyzer.builder().addRule(rule).addRule(same).build().analyze(plan));
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.findings;
import static org.okrkit.alignment.Fixtures.keyResult;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;

/** The edges of the configuration, the analyzer's builder, the context and the rules' wording. */
class RuleDetailsTest {

  @Test
  void everyLimitMustBeAtLeastOneAndTheToleranceMayBeZero() {
    AlignmentConfig defaults = AlignmentConfig.defaults();
    assertEquals(
        "maxKeyResultsPerObjective must be at least 1, got 0",
        assertThrows(
                IllegalArgumentException.class, () -> defaults.withMaxKeyResultsPerObjective(0))
            .getMessage());
    assertEquals(1, defaults.withMaxKeyResultsPerObjective(1).maxKeyResultsPerObjective());
    assertEquals(1, defaults.withMaxObjectivesPerOwner(1).maxObjectivesPerOwner());
    assertEquals(1, defaults.withMaxKeyResultsPerKpi(1).maxKeyResultsPerKpi());
    assertEquals(0.0, defaults.withContributionWeightTolerance(0).contributionWeightTolerance());
    assertEquals(
        "contributionWeightTolerance -0.1 must be a finite number of at least 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> defaults.withContributionWeightTolerance(-0.1))
            .getMessage());
  }

  @Test
  void aMissingRuleIsNamedByItsPosition() {
    assertEquals(
        "rules[2]",
        assertThrows(
                NullPointerException.class,
                () ->
                    AlignmentAnalyzer.builder()
                        .addRules(
                            Arrays.asList(
                                AlignmentRules.orphanKpis(), AlignmentRules.duplicateKpis(), null)))
            .getMessage());
  }

  @Test
  void theFirstObjectiveRunsInThePlansPeriod() {
    AlignmentContext context = AlignmentContext.of(base().build());
    assertEquals(Fixtures.QUARTER, context.periodOf("O1"));
    assertEquals(Fixtures.QUARTER, context.periodOf("KR1"));
    assertEquals(Fixtures.QUARTER, context.periodOf("K1"));
  }

  @Test
  void tooManyKeyResultsAreListedInIdOrder() {
    Plan plan =
        base()
            .addKeyResults(
                keyResult("KR6", "O1", "f"),
                keyResult("KR3", "O1", "c"),
                keyResult("KR5", "O1", "e"),
                keyResult("KR2", "O1", "b"),
                keyResult("KR4", "O1", "d"))
            .build();
    List<Finding> found = findings(AlignmentRules.tooManyKeyResults(), plan);
    assertEquals(List.of("O1", "KR1", "KR2", "KR3", "KR4", "KR5", "KR6"), found.get(0).ids());
    assertEquals(
        "objective 'O1' has 6 key results (KR1, KR2, KR3, KR4, KR5 and KR6); expected at most 5",
        found.get(0).message());
  }
}

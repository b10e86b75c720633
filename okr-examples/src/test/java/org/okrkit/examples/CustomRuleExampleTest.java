package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.Finding;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.examples.CustomRuleExample.StaleKpis;
import org.okrkit.testing.Contracts;

class CustomRuleExampleTest {

  @Test
  void aKpiUnreportedForAMonthIsFlaggedBesideTheBuiltInFindings() {
    String out = CustomRuleExample.run(SeedPlans.marketing(), LocalDate.of(2026, 6, 30));
    assertTrue(
        out.startsWith(
            String.join(
                "\n",
                "WARNING ACME001: KPI 'K-campaigns' was last reported on 2026-05-31, 30 days before 2026-06-30;"
                    + " expected a check-in every 14 days",
                "  fix: ask Marketing manager for this monthly KPI's latest figure",
                "WARNING ALN002: key result 'KR-forums' is supported by no KPI, directly or through the objectives"
                    + " aligned with it",
                "")),
        out);
  }

  @Test
  void theRuleKeepsTheRuleContractCheckedFromAPlainTest() {
    // the same laws as StaleKpisProperties, without jqwik's engine: any test framework can do this
    Contracts.checkRule(new StaleKpis(LocalDate.of(2026, 5, 31), 14), 11, 50);
  }

  @Test
  void aFreshKpiIsFineAndOneWithoutCheckInsIsNot() {
    List<Finding> fresh = new ArrayList<>();
    new StaleKpis(LocalDate.of(2026, 6, 5), 14)
        .check(AlignmentContext.of(SeedPlans.marketing()), fresh::add);
    assertEquals(List.of(), fresh);

    List<Finding> early = new ArrayList<>();
    new StaleKpis(LocalDate.of(2026, 4, 15), 14)
        .check(AlignmentContext.of(SeedPlans.marketing()), early::add);
    assertEquals(1, early.size());
    assertEquals("KPI 'K-campaigns' has no check-in by 2026-04-15", early.get(0).message());
    assertEquals(List.of("K-campaigns", "marketing-manager"), early.get(0).ids());
  }
}

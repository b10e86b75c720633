package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** Alignment analyses support-only links as it does counted ones, and says that it counts them. */
class SupportLinksAlignmentTest {

  /** The internet company with every KPI link support-only. */
  private static Plan allSupportOnly() {
    Plan plan = SeedPlans.internetCompany();
    for (Kpi k : plan.kpis()) {
      plan =
          plan.withKpi(
              Kpi.builder()
                  .from(k)
                  .contributions(
                      k.contributions().stream()
                          .map(c -> Contribution.support(c.keyResultId(), c.weight()))
                          .collect(Collectors.toList()))
                  .build());
    }
    return plan;
  }

  @Test
  void coverageCountsSupportOnlyLinksAndSaysHowMany() {
    Coverage counted = AlignmentAnalyzer.defaults().analyze(SeedPlans.internetCompany()).coverage();
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(allSupportOnly());
    Coverage support = report.coverage();
    assertEquals(counted.plan(), support.plan());
    assertEquals(counted.objectives(), support.objectives());
    assertEquals(counted.keyResults(), support.keyResults());
    assertEquals(0, counted.supportOnlyLinks());
    assertEquals(3, support.supportOnlyLinks());
    assertFalse(counted.equals(support));
    assertTrue(
        report.render().contains("  counting 3 support-only links, which no score counts\n"),
        report.render());
    assertFalse(
        AlignmentAnalyzer.defaults()
            .analyze(SeedPlans.internetCompany())
            .render()
            .contains("support-only"));
    assertTrue(support.toString().endsWith(", supportOnlyLinks=3}"), support.toString());
  }

  @Test
  void theGraphKeepsSupportOnlyLinks() {
    AlignmentGraph graph = AlignmentGraph.of(allSupportOnly());
    AlignmentGraph counted = AlignmentGraph.of(SeedPlans.internetCompany());
    assertEquals(counted.asValueGraph().edges().size(), graph.asValueGraph().edges().size());
  }
}

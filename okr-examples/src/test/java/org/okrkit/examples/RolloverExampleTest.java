package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.testing.SeedPlans;

class RolloverExampleTest {

  @Test
  void theSecondQuarterIsTheSeedsTechCompany() {
    assertEquals(SeedPlans.techCompany(), RolloverExample.secondQuarter());
  }

  @Test
  @DisplayName(
      "the seed's example: 'number of product launches' gives way to 'user satisfaction >= 4.5'")
  void launchesGiveWayToSatisfaction() {
    Plan next = RolloverExample.rollover().next();
    assertTrue(next.kpi("K-launches").isEmpty());
    assertEquals(
        "User satisfaction score of at least 4.5",
        next.kpi("K-satisfaction").orElseThrow().title());
    assertEquals(Target.increase(86, 90), next.kpi("K-tickets").orElseThrow().target());

    String out = RolloverExample.run();
    assertTrue(
        out.startsWith(
            String.join(
                "\n",
                "Closing 2026-Q2: O-line scored 0.667",
                "",
                "Rollover 2026-Q2 -> 2026-Q3",
                "  NEXT_PERIOD: 2026-Q2 => 2026-Q3; 4 check-ins and 0 revisions stay with 2026-Q2",
                "")),
        out);
    assertTrue(out.contains("  RETIRED K-launches: KPI \"Number of product launches\"\n"), out);
    assertTrue(out.contains("  REBASELINED K-tickets: target 80 -> 90 => 86 -> 90\n"), out);
    assertTrue(
        out.endsWith(
            String.join(
                "\n",
                "What changed between the quarters:",
                "Plan: period 2026-Q2 => 2026-Q3",
                "Plan: check-ins 4 => 0",
                "Added (4):",
                "  + objective O-product \"Improve the product and grow word of mouth\"",
                "  + key result KR-nps \"Raise the net promoter score from 20 to 40\"",
                "  + key result KR-referrals \"Referral sign-ups +25 %\"",
                "  + KPI K-satisfaction \"User satisfaction score of at least 4.5\"",
                "Removed (3):",
                "  - objective O-line \"Expand the product line\"",
                "  - key result KR-launches \"Launch 3 new products\"",
                "  - KPI K-launches \"Number of product launches\"",
                "Changed (1):",
                "  ~ KPI K-tickets target: 80 -> 90 => 86 -> 90",
                "Links added (1):",
                "  + K-tickets supports KR-nps (weight 0.5)",
                "Links dropped (1):",
                "  - K-tickets supports KR-launches (weight 0.5)",
                "")),
        out);
  }
}

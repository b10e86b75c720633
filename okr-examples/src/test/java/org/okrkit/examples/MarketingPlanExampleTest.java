package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class MarketingPlanExampleTest {

  @Test
  void theExampleBuildsTheSeedMarketingPlan() {
    assertEquals(SeedPlans.marketing(), MarketingPlanExample.plan());
  }

  @Test
  void theOutlineShowsOwnersObjectivesKeyResultsAndKpis() {
    assertEquals(
        String.join(
            "\n",
            "Marketing - 2026-Q2 (2026-04-01 to 2026-06-30), as of 2026-05-31",
            "",
            "Marketing department (DEPARTMENT)",
            "  Objective O-influence [ASPIRATIONAL]: Raise the company's market influence",
            "    KR-partners: Add 20 partner companies within the quarter",
            "      target 0 -> 20 new partner companies; latest 13 on 2026-05-31",
            "    KR-mentions: Brand media mentions +30 %",
            "      target +30 % of 200 (260) brand media mentions; latest 236 on 2026-05-31",
            "      supported by K-campaigns (weight 1)",
            "    KR-forums: Run at least 5 high-quality industry forums",
            "      target 0 -> 5 industry forums held; latest 2 on 2026-05-20",
            "",
            "Marketing manager (INDIVIDUAL)",
            "  KPI K-campaigns: Run 5 brand campaigns per month (MONTHLY)",
            "    target 0 -> 5 brand campaigns per month; latest 4 on 2026-05-31",
            "    supports KR-mentions (weight 1)",
            ""),
        MarketingPlanExample.outline(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF));
  }

  @Test
  void theScoresShowTheScorecardAndWhyTheObjectiveScored() {
    String scores =
        MarketingPlanExample.scores(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF);
    assertTrue(
        scores.contains(
            "  O-influence              0.55     YELLOW  AT_RISK    Raise the company's market influence\n"),
        scores);
    assertTrue(
        scores.contains(
            "  K-campaigns              0        RED     AT_RISK    Run 5 brand campaigns per month\n"),
        scores);
    assertTrue(scores.contains("Why O-influence scored 0.55:\n"), scores);
    assertTrue(scores.contains("  formula: (0.65*1 + 0.6*1 + 0.4*1) / 3 = 0.55\n"), scores);
  }
}

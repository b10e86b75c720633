package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreAndExplainExampleTest {

  @Test
  void scoresTheInternetCompanyFromItsFilesAndExplainsTheObjective() {
    String out = ScoreAndExplainExample.run();
    assertTrue(out.startsWith("Internet company 2026-Q2, scored as of 2026-05-31\n"), out);
    assertTrue(
        out.contains(
            "  O-growth                 0.432    YELLOW  AT_RISK    Raise the user growth rate\n"),
        out);
    assertTrue(
        out.contains(
            String.join(
                "\n",
                "Why O-growth scored 0.432:",
                "O-growth \"Raise the user growth rate\": 0.432, YELLOW, AT_RISK",
                "  rule: weightedMean of its key results",
                "")),
        out);
    // the policy beside the plan takes 30 % of a key result from its KPIs, and the explanation says
    // so
    assertTrue(
        out.contains(
            "        formula: (27 - 25) / (30 - 25) = 0.4; blended (1 - 0.3) * 0.4 + 0.3 * 0 (its KPIs) = 0.28\n"),
        out);
    assertTrue(
        out.contains("KR-mau is heading for 1254326 by 2026-06-30, which would score 0.848\n"),
        out);
    assertTrue(
        out.endsWith(
            String.join(
                "\n",
                "What if K-features were met or missed:",
                "  O-growth: 0.432 now, 0.638 if met, 0.432 if missed; impact weight 0.688",
                "")),
        out);
  }
}

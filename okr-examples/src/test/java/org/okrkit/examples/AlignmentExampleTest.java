package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class AlignmentExampleTest {

  @Test
  void findsTheKeyResultsNoKpiServesAndTheLowCoverage() {
    String out = AlignmentExample.run(SeedPlans.marketing(), SeedPlans.AS_OF);
    assertTrue(
        out.startsWith(
            String.join(
                "\n",
                "Alignment report: Marketing, 2026-Q2 (2026-04-01 to 2026-06-30)",
                "",
                "Coverage (share of key-result weight backed by KPIs): 33.3 %",
                "")),
        out);
    assertTrue(out.contains("Findings: 3 (0 errors, 3 warnings, 0 notes)\n"), out);
    assertTrue(
        out.contains("K-campaigns carries 1 of KR-mentions and 0.333 of O-influence\n"), out);
    assertTrue(
        out.endsWith(
            String.join(
                "\n",
                "With a minimum coverage of 30 %:",
                "  ALN002 WARNING KR-forums",
                "  ALN002 WARNING KR-partners",
                "")),
        out);
  }
}

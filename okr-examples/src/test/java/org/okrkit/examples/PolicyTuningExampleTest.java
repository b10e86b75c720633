package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class PolicyTuningExampleTest {

  @Test
  void theTunedPolicyCreditsPartialDelivery() {
    String out = PolicyTuningExample.compare(SeedPlans.marketing(), SeedPlans.AS_OF);
    assertTrue(
        out.startsWith(
            String.join(
                "\n",
                "as of 2026-05-31 default policy           tuned policy",
                "O-influence    0.55 YELLOW AT_RISK      0.62 GREEN AT_RISK",
                "KR-partners    0.65 YELLOW ON_TRACK     0.7 GREEN ON_TRACK",
                "KR-mentions    0.6 YELLOW ON_TRACK      0.66 GREEN ON_TRACK",
                "KR-forums      0.4 YELLOW OFF_TRACK     0.5 YELLOW OFF_TRACK",
                "K-campaigns    0 RED AT_RISK            0.8 GREEN AT_RISK",
                "",
                "The tuned policy as a file (it reads back equal):",
                "version: 1",
                "keyResultStrategy:",
                "  type: linear",
                "  cap: 1.2",
                "  roundToTenths: true",
                "kpiStrategy: percentOfTarget",
                "")),
        out);
    assertTrue(out.contains("keyResultKpiShare: 0.3\n"), out);
  }

  @Test
  void policiesAreValues() {
    assertEquals(PolicyTuningExample.tuned(), PolicyTuningExample.tuned());
    assertEquals(PolicyTuningExample.tuned().hashCode(), PolicyTuningExample.tuned().hashCode());
  }
}

package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

class WhatIfTest {
  final Plan internet = SeedPlans.internetCompany();

  @Test
  void meetingOrMissingAKpiMovesItsObjectivesWhenKeyResultsListenToKpis() {
    Scorecard card =
        ScoringPolicy.builder().keyResultKpiShare(0.5).build().score(internet, SeedPlans.AS_OF);
    WhatIf features = WhatIf.of(card, "K-features");
    WhatIf.Effect growth = features.objectives().get(0);
    assertEquals("O-growth", growth.objectiveId());
    double mau = 170_000 / 300_000.0;
    double time = (27 - 25) / 5.0;
    // now: K-features missed (2 of "3 to 5"), K-growth-campaigns met
    double krMauNow = 0.5 * mau + 0.5 * (0 * 0.6 + 1.0) / 1.6;
    double krTimeNow = 0.5 * time + 0.5 * 0;
    assertEquals((krMauNow + krTimeNow) / 2, growth.now().getAsDouble(), 1e-12);
    double krMauMet = 0.5 * mau + 0.5 * 1.0;
    double krTimeMet = 0.5 * time + 0.5 * 1.0;
    assertEquals((krMauMet + krTimeMet) / 2, growth.ifMet().getAsDouble(), 1e-12);
    assertEquals(growth.now().getAsDouble(), growth.ifMissed().getAsDouble(), 1e-12);
    // K-features carries 0.6 of 1.6 of KR-mau and all of KR-time, each half of the objective
    assertEquals(0.5 * 0.6 / 1.6 + 0.5 * 1.0, growth.impactWeight(), 1e-12);
    assertEquals(
        "What if K-features were met or missed:\n  O-growth: 0.398 now, 0.742 if met, 0.398 if missed;"
            + " impact weight 0.688\n",
        features.render());
  }

  @Test
  void underTheDefaultPolicyOnlyTheImpactWeightsMove() {
    WhatIf w =
        WhatIf.of(ScoringPolicy.defaults().score(internet, SeedPlans.AS_OF), "K-growth-campaigns");
    WhatIf.Effect growth = w.objectives().get(0);
    assertEquals(growth.now(), growth.ifMet());
    assertEquals(growth.now(), growth.ifMissed());
    assertEquals(0.5 * 1.0 / 1.6, growth.impactWeight(), 1e-12);
  }

  @Test
  void anUnknownKpiIsNamed() {
    Scorecard card = ScoringPolicy.defaults().score(internet, SeedPlans.AS_OF);
    assertEquals(
        "unknown KPI 'KR-mau'",
        assertThrows(UnknownIdException.class, () -> WhatIf.of(card, "KR-mau")).getMessage());
  }
}

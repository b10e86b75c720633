package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
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

  @Test
  void theRenderingShowsTheObjectivesTheKpiReachesOrMoves() {
    Plan plan =
        Fixtures.base()
            .addObjectives(org.okrkit.core.Objective.of("O2", "Keep customers", "team-a"))
            .addKeyResults(Fixtures.keyResult("KR2", "O2", "renewals"))
            .addKpis(Fixtures.kpi("K-idle", "bob", "mails"))
            .build();
    Scorecard card = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
    WhatIf calls = WhatIf.of(card, "K1");
    assertEquals(List.of("O1", "O2"), ids(calls));
    WhatIf.Effect other = calls.objectives().get(1);
    assertEquals(0.0, other.impactWeight());
    assertFalse(other.moves());
    String render = calls.render();
    assertTrue(render.startsWith("What if K1 were met or missed:\n  O1: "), render);
    assertTrue(render.endsWith("; impact weight 1\n"), render);
    assertEquals(2, render.lines().count(), render);
    assertEquals(
        "What if K-idle were met or missed:\n  it reaches no objective\n",
        WhatIf.of(card, "K-idle").render());
  }

  @Test
  void anObjectiveMovesWhenMeetingOrMissingTheKpiChangesItsScore() {
    OptionalDouble half = OptionalDouble.of(0.5);
    assertFalse(effect(half, half, half, 0).moves());
    assertTrue(effect(half, OptionalDouble.of(1), half, 0).moves());
    assertTrue(effect(half, half, OptionalDouble.of(0), 0).moves());
    assertTrue(effect(OptionalDouble.empty(), half, half, 0).moves());
    // moved, though the KPI's structural weight in it is 0: shown
    WhatIf moved =
        ImmutableWhatIf.builder()
            .kpiId("K")
            .addObjectives(effect(half, OptionalDouble.of(1), half, 0))
            .addObjectives(effect(half, half, half, 0))
            .build();
    assertEquals(
        "What if K were met or missed:\n  O: 0.5 now, 1 if met, 0.5 if missed; impact weight 0\n",
        moved.render());
  }

  static WhatIf.Effect effect(
      OptionalDouble now, OptionalDouble met, OptionalDouble missed, double weight) {
    return ImmutableEffect.builder()
        .objectiveId("O")
        .now(now)
        .ifMet(met)
        .ifMissed(missed)
        .impactWeight(weight)
        .build();
  }

  static List<String> ids(WhatIf w) {
    return w.objectives().stream().map(WhatIf.Effect::objectiveId).collect(Collectors.toList());
  }
}

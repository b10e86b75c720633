package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.examples.CustomStrategyExample.Cliff;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.testing.Contracts;

class CustomStrategyExampleTest {

  @Test
  void theCliffGivesNothingBelowHalfWayAndTheShareFromThere() {
    String out = CustomStrategyExample.run(SeedPlans.marketing(), SeedPlans.AS_OF);
    assertTrue(
        out.startsWith(
            String.join(
                "\n",
                "               default   Cliff[from=0.5]",
                "O-influence    0.55      0.417",
                "KR-partners    0.65      0.65",
                "KR-mentions    0.6       0.6",
                "KR-forums      0.4       0",
                "K-campaigns    0         0.8",
                "")),
        out);
    assertTrue(
        out.contains(
            String.join(
                "\n",
                "K-campaigns \"Run 5 brand campaigns per month\": 0.8, GREEN, AT_RISK",
                "  rule: Cliff[from=0.5], the default for KPIs",
                "  formula: share of the way 0.8 reaches the cliff at 0.5 -> 0.8",
                "")),
        out);
    assertTrue(
        out.contains("  formula: share of the way 0.4 is below the cliff at 0.5 -> 0\n"), out);
  }

  @Test
  void theCliffKeepsTheStrategyContractCheckedFromAPlainTest() {
    // the same laws as CliffProperties, without jqwik's engine: any test framework can do this
    Contracts.checkMirrorSymmetricStrategy(new Cliff(0.5));
    Contracts.checkMirrorSymmetricStrategy(new Cliff(0), 7, 50);
  }

  @Test
  void decreasingMeasuresAndBadParameters() {
    // complaints down from 150 to 120: 135 is half way, 140 a third of the way
    Measure complaints = Measure.decreasing("complaints", Unit.COUNT);
    assertEquals(
        0.5, new Cliff(0.5).score(ScoringInput.of(complaints, Target.decrease(150, 120), 135)));
    assertEquals(
        0, new Cliff(0.5).score(ScoringInput.of(complaints, Target.decrease(150, 120), 140)));
    assertEquals(
        "from must lie from 0 to 1, got 1.5",
        assertThrows(IllegalArgumentException.class, () -> new Cliff(1.5)).getMessage());
  }
}

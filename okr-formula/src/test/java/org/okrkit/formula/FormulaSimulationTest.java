package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;

/**
 * A formula policy is an arm of a simulation like a built-in, and scores as the built-in it equals.
 */
class FormulaSimulationTest {
  /** The linear grade for increasing and decreasing measures, and a range's within 3 of it. */
  static final String GRADE =
      "has(given.low) ? (actual < low ? (actual <= low - 3.0 ? 0.0 : 1.0 - (low - actual) / 3.0)"
          + " : (actual > high ? (actual >= high + 3.0 ? 0.0 : 1.0 - (actual - high) / 3.0) :"
          + " 1.0)) : ((actual - baseline) / (target - baseline) <= 0.0 ? 0.0 : ((actual -"
          + " baseline) / (target - baseline) >= 1.0 ? 1.0 : (actual - baseline) / (target -"
          + " baseline)))";

  @Test
  void aFormulaArmRunsAndTravelsAsItsSpec() {
    ScoringPolicy formula =
        ScoringPolicy.builder()
            .kpiStrategy(
                FormulaStrategies.formula(
                    GRADE, EnumSet.of(Direction.INCREASE, Direction.DECREASE, Direction.RANGE)))
            .build();
    SimulationSpec spec =
        SimulationSpec.builder()
            .population(GeneratedPopulation.builder().teams(4).peoplePerTeam(8).build())
            .trials(5)
            .seed(2026)
            .addArms(Arm.of("formula", formula))
            .build();
    SimulationResult first = Simulation.run(spec);
    assertEquals(first, Simulation.run(spec));
    assertTrue(first.render().contains("formula"), first::render);
    // the policy travels as data: its strategy rebuilt from the spec is equal
    assertEquals(
        formula.kpiStrategy(),
        formula.kpiStrategy().spec().orElseThrow().strategy(PolicyExtensions.loaded()));
    assertTrue(formula.isPortable());
    assertEquals(32, first.people());
    assertEquals(Strategies.linear().maxScore(), formula.kpiStrategy().maxScore());
  }
}

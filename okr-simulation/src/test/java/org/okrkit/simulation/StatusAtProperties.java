package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.ScoringPolicy;

/** The share on track at a status date part way through the period, judged by each arm's pace. */
class StatusAtProperties {

  private static final ScoringPolicy LINEAR = ScoringPolicy.defaults();
  private static final ScoringPolicy FRONT = LINEAR.withPace(Pace.frontLoaded(2));
  private static final ScoringPolicy BACK = LINEAR.withPace(Pace.backLoaded(2));

  private static GeneratedPopulation keyResultsOnly() {
    return GeneratedPopulation.builder()
        .teams(3)
        .peoplePerTeam(4)
        .kpisPerPerson(0)
        .keyResultsPerPerson(3)
        .build();
  }

  /** Every outcome exactly at its target: no noise, no ability or effort spread, no difficulty. */
  private static OutcomeModel onTarget() {
    return OutcomeModel.builder()
        .noise(Noise.normal(0))
        .abilityWeight(0)
        .effortSpread(0)
        .aspirationalDifficulty(0)
        .build();
  }

  private static SimulationSpec.Builder spec(Population population, OutcomeModel model) {
    return SimulationSpec.builder()
        .population(population)
        .model(model)
        .addArms(Arm.of("linear", LINEAR), Arm.of("front", FRONT), Arm.of("back", BACK))
        .trials(8)
        .parallelism(1);
  }

  private static double onTrack(SimulationResult result, String arm) {
    return result.arm(arm).estimate(Metric.ON_TRACK).orElseThrow().mean();
  }

  @Example
  void outcomesExactlyOnALinearPaceAreAllOnTrack() {
    SimulationResult result =
        Simulation.run(spec(keyResultsOnly(), onTarget()).statusAt(0.5).build());
    // half the way made at half time: what the linear pace expects
    assertEquals(1.0, onTrack(result, "linear"));
    // a back-loaded pace expects a quarter of the way: ahead of it
    assertEquals(1.0, onTrack(result, "back"));
    // a front-loaded pace expects three quarters: 0.25 behind, at risk
    assertEquals(0.0, onTrack(result, "front"));
    // at the period's end every pace expects the whole way, which every outcome made
    SimulationResult end = Simulation.run(spec(keyResultsOnly(), onTarget()).statusAt(1).build());
    for (String arm : new String[] {"linear", "front", "back"}) {
      assertEquals(1.0, onTrack(end, arm), arm);
    }
  }

  @Example
  void theShareOnTrackIsReportedOnlyWithAStatusDate() {
    SimulationResult without = Simulation.run(spec(keyResultsOnly(), onTarget()).build());
    assertFalse(without.arm("linear").estimate(Metric.ON_TRACK).isPresent());
    assertFalse(without.render().contains(Metric.ON_TRACK.label()));
    SimulationResult with =
        Simulation.run(spec(keyResultsOnly(), onTarget()).statusAt(0.5).build());
    assertTrue(with.render().contains("share on track at the status date"), with.render());
    assertTrue(with.render(Locale.SIMPLIFIED_CHINESE).contains("状态日进度正常的比例"));
  }

  @Example
  void aStatusDateOutsideThePeriodIsRefused() {
    for (double t : new double[] {0, -0.5, 1.5, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> spec(keyResultsOnly(), onTarget()).statusAt(t).build());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "statusAt is the share of the period elapsed, above 0 and at most 1, got"),
          e.getMessage());
    }
  }

  /**
   * On the same draws, a pace that expects less by the status date finds at least as many elements
   * on track: back-loaded, then linear, then front-loaded.
   */
  @Property(tries = 12)
  void fewerAreOnTrackUnderAPaceThatExpectsMore(
      @ForAll @DoubleRange(min = 0.05, max = 1) double statusAt,
      @ForAll @LongRange(min = 1, max = 1000) long seed) {
    SimulationResult result =
        Simulation.run(
            spec(
                    GeneratedPopulation.builder().teams(3).peoplePerTeam(4).build(),
                    OutcomeModel.defaults())
                .statusAt(statusAt)
                .seed(seed)
                .build());
    double back = onTrack(result, "back");
    double linear = onTrack(result, "linear");
    double front = onTrack(result, "front");
    assertTrue(back >= linear && linear >= front, back + " >= " + linear + " >= " + front);
  }
}

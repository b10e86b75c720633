package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.okrkit.scoring.PolicyException;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

class SimulationSpecTest {
  static final Arm DEFAULT = Arm.of("default", ScoringPolicy.defaults());

  static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void rejectsAnExperimentWithoutArms() {
    assertEquals(
        "a simulation needs at least one arm", message(() -> SimulationSpec.builder().build()));
  }

  @Test
  void rejectsArmsOfTheSameName() {
    assertEquals(
        "arm names must be unique: 'default' appears twice",
        message(() -> SimulationSpec.builder().addArms(DEFAULT, DEFAULT).build()));
  }

  @Test
  void rejectsTwoRulesOfOneKind() {
    assertEquals(
        "at most one rule of each kind: Bunching appears twice",
        message(
            () ->
                SimulationSpec.builder()
                    .addArms(DEFAULT)
                    .addRules(Bunching.of(), Bunching.of(0.1))
                    .build()));
  }

  @Test
  void rejectsOutOfRangeSettings() {
    assertEquals(
        "trials must lie from 1 to 10000000, got 0",
        message(() -> SimulationSpec.builder().addArms(DEFAULT).trials(0).build()));
    assertEquals(
        "confidence must lie above 0 and below 1, got 1",
        message(() -> SimulationSpec.builder().addArms(DEFAULT).confidence(1).build()));
    assertEquals(
        "noise scale must be a finite number of at least 0, got -0.1",
        message(() -> Noise.normal(-0.1)));
    assertEquals(
        "personCorrelation and teamCorrelation must be at least 0 and add up to at most 1, got 0.6 and 0.5",
        message(() -> OutcomeModel.builder().personCorrelation(0.6).teamCorrelation(0.5).build()));
    assertEquals(
        "shares must add up to 1, got 0.8", message(() -> ForcedDistribution.of(0.5, 0.3)));
    assertEquals("window must lie above 0 and at most 1, got 0", message(() -> Bunching.of(0)));
    assertEquals("quanta must lie from 1 to 64, got 0", message(() -> MarginalEffort.of(0)));
    assertEquals(
        "each person needs at least one KPI or key result, got 0 KPIs and 0 key results",
        message(
            () -> GeneratedPopulation.builder().kpisPerPerson(0).keyResultsPerPerson(0).build()));
  }

  @Test
  void aPolicyNamingUnknownIdsIsRejectedWhenCompiling() {
    SimulationSpec spec =
        SimulationSpec.builder()
            .addArms(
                Arm.of(
                    "odd",
                    ScoringPolicy.builder()
                        .putElementStrategy("K-nobody", Strategies.linear())
                        .build()))
            .build();
    assertThrows(PolicyException.class, () -> Simulation.compile(spec));
  }

  @Test
  void theGeneratedPlanFollowsItsSizes() {
    GeneratedPopulation population =
        GeneratedPopulation.builder()
            .teams(7)
            .peoplePerTeam(3)
            .kpisPerPerson(2)
            .keyResultsPerPerson(1)
            .build();
    assertEquals(21, population.people());
    assertEquals(1 + 2 + 7 + 21, population.plan().owners().size());
    assertEquals(42, population.plan().kpis().size());
    assertEquals(21, population.plan().keyResults().size());
    Simulation simulation =
        Simulation.compile(
            SimulationSpec.builder().population(population).addArms(DEFAULT).trials(3).build());
    assertEquals(21, simulation.people());
    assertEquals(63, simulation.elements());
    assertEquals(63L * 3 * 4, simulation.elementEvaluations());
    assertEquals("Simulation[21 people, 63 elements, 1 arms, 3 trials]", simulation.toString());
  }

  @Test
  void noiseFamiliesAreStandardised() {
    assertEquals(0.4, Noise.normal(0.2).apply(2), 1e-15);
    assertEquals("lognormal(0.2, shape=1)", Noise.lognormal(0.2, 1).toString());
    // the lognormal transform has mean 0: its value at the median z = 0 lies below 0
    assertEquals(
        0.2 * Math.expm1(-0.5) / Math.sqrt(Math.expm1(1)), Noise.lognormal(0.2, 1).apply(0), 1e-15);
    assertEquals(0.6, Noise.host("triple", 0.2, z -> 3 * z).apply(1), 1e-15);
    assertEquals("triple(0.2)", Noise.host("triple", 0.2, z -> 3 * z).toString());
  }
}

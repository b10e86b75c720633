package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.testing.RandomPlans;

class SimulationTest {

  static final ScoringPolicy BINARY_KPIS = ScoringPolicy.defaults();
  static final ScoringPolicy LINEAR_KPIS =
      ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build();

  static GeneratedPopulation kpisOnly(int teams) {
    return GeneratedPopulation.builder()
        .teams(teams)
        .peoplePerTeam(8)
        .kpisPerPerson(4)
        .keyResultsPerPerson(0)
        .build();
  }

  static double estimate(SimulationResult result, String arm, Metric metric) {
    return result.arm(arm).estimate(metric).orElseThrow().mean();
  }

  @Test
  void zeroNoiseGivesRankCorrelationOne() {
    ScoringPolicy graded =
        ScoringPolicy.builder()
            .kpiStrategy(Strategies.linear(2, false))
            .keyResultStrategy(Strategies.linear(2, false))
            .build();
    SimulationResult result =
        Simulation.run(
            SimulationSpec.builder()
                .population(GeneratedPopulation.builder().teams(20).build())
                .model(
                    OutcomeModel.builder()
                        .noise(Noise.normal(0))
                        .abilityWeight(0.15)
                        .aspirationalDifficulty(0)
                        .build())
                .addArms(Arm.of("graded", graded))
                .trials(20)
                .build());
    assertEquals(1.0, estimate(result, "graded", Metric.VALIDITY), 1e-12);
    assertEquals(1.0, estimate(result, "graded", Metric.RELIABILITY), 1e-12);
  }

  @Test
  void aBinaryPolicyMeetsHalfTheTargetsUnderSymmetricNoiseCentredOnTheTarget() {
    SimulationResult result =
        Simulation.run(
            SimulationSpec.builder()
                .population(kpisOnly(25))
                .model(
                    OutcomeModel.builder()
                        .abilityWeight(0)
                        .effortSpread(0)
                        .noise(Noise.normal(0.3))
                        .build())
                .addArms(Arm.of("binary", BINARY_KPIS))
                .trials(200)
                .build());
    Estimate met = result.arm("binary").estimate(Metric.KPIS_MET).orElseThrow();
    double error = 4 * met.sd() / Math.sqrt(met.trials());
    assertEquals(0.5, met.mean(), error, () -> "share met " + met);
    assertEquals(0.5, estimate(result, "binary", Metric.MEAN_SCORE), error);
  }

  @Test
  void aLinearPolicysMeanIsTheExpectedClampedScoreOfANormalOutcome() {
    double mean = 0.8;
    double sd = 0.3;
    SimulationResult result =
        Simulation.run(
            SimulationSpec.builder()
                .population(kpisOnly(25))
                .model(
                    OutcomeModel.builder()
                        .abilityWeight(0)
                        .effortSpread(0)
                        .kpiDifficulty(1 - mean)
                        .noise(Noise.normal(sd))
                        .build())
                .addArms(Arm.of("linear", LINEAR_KPIS))
                .trials(200)
                .build());
    // E[clamp(Y, 0, 1)] for Y ~ N(0.8, 0.3²), by Simpson's rule over ±10 standard deviations
    int steps = 20_000;
    double h = 20.0 / steps;
    double sum = 0;
    for (int k = 0; k <= steps; k++) {
      double z = -10 + k * h;
      double f =
          Math.max(0, Math.min(1, mean + sd * z)) * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
      sum += f * (k == 0 || k == steps ? 1 : k % 2 == 1 ? 4 : 2);
    }
    double expected = sum * h / 3;
    Estimate got = result.arm("linear").estimate(Metric.MEAN_SCORE).orElseThrow();
    assertEquals(
        expected,
        got.mean(),
        4 * got.sd() / Math.sqrt(got.trials()),
        () -> got + " vs " + expected);
  }

  static SimulationSpec everything(long seed) {
    return SimulationSpec.builder()
        .population(GeneratedPopulation.builder().teams(6).committedShare(0.3).build())
        .model(
            OutcomeModel.builder()
                .teamCorrelation(0.2)
                .personCorrelation(0.3)
                .difficultySpread(0.1)
                .noise(Noise.lognormal(0.25, 0.8))
                .build())
        .addRules(MarginalEffort.of(3), Sandbagging.of(0.1, 0.01), Bunching.of(0.05))
        .addArms(
            Arm.of("binary", BINARY_KPIS),
            Arm.of("linear", LINEAR_KPIS),
            Arm.rated(
                "tiered",
                ScoringPolicy.builder()
                    .kpiStrategy(Strategies.tiered())
                    .keyResultKpiShare(0.4)
                    .build(),
                ForcedDistribution.of(0.2, 0.7, 0.1)))
        .trials(1500)
        .seed(seed)
        .build();
  }

  @Test
  void identicalResultsWithOneAndWithFourThreads() {
    Simulation simulation = Simulation.compile(everything(7));
    SimulationResult one = simulation.run(1);
    SimulationResult four = simulation.run(4);
    assertEquals(one, four);
    assertEquals(one.render(), four.render());
  }

  @Test
  void theSameSeedGivesBitIdenticalResultsAndAnotherSeedDifferent() {
    SimulationResult first = Simulation.run(everything(11).withTrials(50));
    SimulationResult again = Simulation.run(everything(11).withTrials(50));
    SimulationResult other = Simulation.run(everything(12).withTrials(50));
    assertEquals(first, again);
    assertEquals(first.render(), again.render());
    assertNotEquals(first, other);
    assertNotEquals(
        first.arm("binary").estimate(Metric.MEAN_SCORE),
        other.arm("binary").estimate(Metric.MEAN_SCORE));
  }

  @Test
  void behaviourRulesRespondToThePolicy() {
    SimulationResult result = Simulation.run(everything(3).withTrials(100));
    // meeting a binary cut-off pays more for an eased target than a linear grade does
    assertTrue(
        estimate(result, "binary", Metric.SANDBAG_GAIN)
            > estimate(result, "linear", Metric.SANDBAG_GAIN));
    assertTrue(estimate(result, "binary", Metric.SANDBAGGERS) > 0);
    assertTrue(result.arm("tiered").estimate(Metric.MISCLASSIFIED).isPresent());
    assertTrue(result.arm("binary").estimate(Metric.MISCLASSIFIED).isEmpty());
  }

  @Test
  void rendersEveryArmAndMetric() {
    SimulationResult result = Simulation.run(everything(5).withTrials(20));
    String table = result.render();
    assertTrue(
        table.startsWith(
            "48 people, 384 elements, 20 trials, seed 5; means with 95 % confidence"
                + " intervals\n"),
        table);
    assertTrue(table.contains("share misclassified"), table);
    Histogram h = result.arm("linear").histogram();
    assertEquals(48L * 20, h.total());
  }

  @Test
  void aPolicyThatIgnoresOkrsLeavesPeopleWithOnlyOkrsUnscored() {
    SimulationResult result =
        Simulation.run(
            SimulationSpec.builder()
                .population(GeneratedPopulation.builder().teams(2).kpisPerPerson(0).build())
                .addArms(
                    Arm.of("kpis only", ScoringPolicy.builder().compositeOkrWeight(0).build()),
                    Arm.of("default", ScoringPolicy.defaults()))
                .trials(5)
                .build());
    assertEquals(16, result.arm("kpis only").unscoredPeople());
    assertEquals(0.0, estimate(result, "kpis only", Metric.MEAN_SCORE));
    assertEquals(0, result.arm("default").unscoredPeople());
  }

  @Test
  void plansWithEveryKindOfTargetSimulateWithinTheMetricsBounds() {
    for (var plan :
        java.util.List.of(
            SeedPlans.startUp(), SeedPlans.manufacturer(), RandomPlans.generate(3, 40))) {
      SimulationResult result =
          Simulation.run(
              SimulationSpec.builder()
                  .population(Population.of(plan))
                  .model(
                      OutcomeModel.builder()
                          .noise(Noise.host("uniform", 0.3, z -> Math.tanh(z)))
                          .teamCorrelation(0.3)
                          .build())
                  .addRules(MarginalEffort.of(2), Sandbagging.of(), Bunching.of(0.1))
                  .addArms(
                      Arm.of("default", BINARY_KPIS),
                      Arm.rated(
                          "curve",
                          ScoringPolicy.builder()
                              .keyResultStrategy(
                                  Strategies.curve(
                                      org.okrkit.scoring.Point.of(0, 0),
                                      org.okrkit.scoring.Point.of(1.5, 2)))
                              .kpiStrategy(Strategies.milestones())
                              .build(),
                          ForcedDistribution.of(0.5, 0.5)))
                  .trials(30)
                  .build());
      for (ArmResult arm : result.arms()) {
        arm.metrics()
            .forEach(
                (metric, e) -> {
                  assertTrue(
                      Double.isFinite(e.mean())
                          && e.lower() <= e.mean()
                          && e.mean() <= e.upper()
                          && e.lower() >= metric.lowest()
                          && e.upper() <= metric.highest(),
                      () -> plan + " " + arm.name() + " " + metric + " " + e);
                });
        assertEquals((long) result.people() * 30, arm.histogram().total());
      }
    }
  }
}

package org.okrkit.spark;

import org.apache.spark.sql.SparkSession;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.SimulationSpec;

/**
 * A small study built in code, as a host's spec source would build it, and local Spark sessions.
 */
final class Studies {
  private Studies() {}

  /**
   * Three arms (binary, linear, tiered with a forced distribution) over two teams, with correlated
   * noise and every agent rule: each metric a simulation reports, in a spec small enough for tests.
   */
  static SimulationSpec study(long seed, int trials) {
    return SimulationSpec.builder()
        .population(GeneratedPopulation.builder().teams(2).committedShare(0.3).build())
        .model(
            OutcomeModel.builder()
                .teamCorrelation(0.2)
                .personCorrelation(0.3)
                .difficultySpread(0.1)
                .noise(Noise.lognormal(0.25, 0.8))
                .build())
        .addRules(MarginalEffort.of(3), Sandbagging.of(0.1, 0.01), Bunching.of(0.05))
        .addArms(
            Arm.of("binary", ScoringPolicy.defaults()),
            Arm.of("linear", ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build()),
            Arm.rated(
                "tiered",
                ScoringPolicy.builder()
                    .kpiStrategy(Strategies.tiered())
                    .keyResultKpiShare(0.4)
                    .build(),
                ForcedDistribution.of(0.2, 0.7, 0.1)))
        .trials(trials)
        .seed(seed)
        .build();
  }

  /** A local session for one test class: no web UI, few shuffle partitions, bound to loopback. */
  static SparkSession session(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("okr-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}

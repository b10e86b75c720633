package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.simulation.WorkforceMathTest.at;
import static org.okrkit.simulation.WorkforceMathTest.people;

import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

class WorkforceSimulationTest {

  static final ScoringPolicy GRADED =
      ScoringPolicy.builder()
          .kpiStrategy(Strategies.linear(2, false))
          .keyResultStrategy(Strategies.linear(2, false))
          .build();

  /** Plain and policy ratings, every personnel rule, behaviour at play. */
  static WorkforceSpec everything(long seed) {
    return WorkforceSpec.builder()
        .population(GeneratedPopulation.builder().teams(4).peoplePerTeam(6).build())
        .model(
            OutcomeModel.builder()
                .teamCorrelation(0.2)
                .personCorrelation(0.2)
                .difficultySpread(0.1)
                .noise(Noise.lognormal(0.25, 0.5))
                .build())
        .addRules(MarginalEffort.of(2), Sandbagging.of(), Bunching.of())
        .addArms(
            WorkforceArm.builder()
                .name("plain")
                .rating(WorkforceRating.plain(0.6))
                .dismissal(Dismissal.lowestShare(0.1))
                .turnover(Turnover.of(0.1, -0.5))
                .selection(Selection.of(0.4, 0.3))
                .build(),
            WorkforceArm.builder()
                .name("binary")
                .rating(WorkforceRating.policy(ScoringPolicy.defaults()))
                .dismissal(Dismissal.forced(ForcedDistribution.of(0.2, 0.7, 0.1)))
                .probation(Probation.of(1, 0.2))
                .turnover(Turnover.of(0.05))
                .build(),
            WorkforceArm.builder()
                .name("graded cut-off")
                .rating(WorkforceRating.policy(GRADED))
                .dismissal(Dismissal.belowScore(0.8))
                .turnover(Turnover.of(0.1, 0.5))
                .selection(Selection.of(0.3, 0.5))
                .build())
        .periods(6)
        .replications(40)
        .seed(seed)
        .build();
  }

  @Test
  void identicalResultsWithOneAndWithThreeThreads() {
    WorkforceSimulation simulation = WorkforceSimulation.compile(everything(7));
    WorkforceResult one = simulation.run(1);
    WorkforceResult three = simulation.run(3);
    assertEquals(one, three);
    assertEquals(one.render(), three.render());
    assertEquals(one, simulation.run(), "and on every processor");
  }

  @Test
  void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
    WorkforceResult first = WorkforceSimulation.run(everything(11));
    assertEquals(first, WorkforceSimulation.run(everything(11)));
    WorkforceResult other = WorkforceSimulation.run(everything(12));
    assertNotEquals(
        at(first, "binary", 3, WorkforceMetric.MEAN_ABILITY),
        at(other, "binary", 3, WorkforceMetric.MEAN_ABILITY));
  }

  @Test
  void anArmsFiguresDoNotDependOnTheOtherArms() {
    WorkforceSpec all = everything(13);
    WorkforceResult together = WorkforceSimulation.run(all);
    for (WorkforceArm arm : all.arms()) {
      WorkforceResult alone = WorkforceSimulation.run(all.withArms(arm));
      assertEquals(together.arm(arm.name()), alone.arm(arm.name()), arm.name());
    }
  }

  @Test
  void everyArmStartsFromTheSameWorkforce() {
    WorkforceResult result = WorkforceSimulation.run(everything(14));
    PeriodResult start = result.arms().get(0).periods().get(0);
    for (WorkforceArmResult arm : result.arms()) {
      assertEquals(start.metrics(), arm.periods().get(0).metrics(), arm.name());
      assertEquals(7, arm.periods().size());
    }
  }

  @Test
  void aPolicyWithoutNoiseRatesAsAbilityDoes() {
    // outcomes 1 + 0.2·a on KPIs graded linearly to 2: the composite is increasing in ability
    WorkforceArm.Builder policy =
        WorkforceArm.builder()
            .name("policy")
            .rating(WorkforceRating.policy(GRADED))
            .dismissal(Dismissal.lowestShare(0.1))
            .turnover(Turnover.of(0.1, -1))
            .selection(Selection.of(0.5, 0.5));
    WorkforceArm plain = policy.build().withName("plain").withRating(WorkforceRating.plain(1));
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(
                    GeneratedPopulation.builder()
                        .teams(5)
                        .peoplePerTeam(8)
                        .kpisPerPerson(3)
                        .keyResultsPerPerson(0)
                        .build())
                .model(OutcomeModel.builder().noise(Noise.normal(0)).effortSpread(0).build())
                .addArms(policy.build(), plain)
                .periods(8)
                .replications(30)
                .seed(15)
                .build());
    for (WorkforceMetric metric : WorkforceMetric.values()) {
      if (metric != WorkforceMetric.VALIDITY) {
        assertEquals(
            result.arm("plain").series(metric), result.arm("policy").series(metric), metric.key());
      }
    }
    for (int t = 1; t <= 8; t++) {
      assertEquals(1.0, at(result, "policy", t, WorkforceMetric.VALIDITY).mean(), 1e-9);
    }
    assertTrue(at(result, "policy", 8, WorkforceMetric.GAIN).mean() > 0.5);
  }

  @Test
  void perfectRatingsDismissNobodyAboveTheMedianAndRandomOnesHalfTheirShare() {
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(100))
                .addArms(
                    WorkforceMathTest.arm("perfect", 1, Dismissal.lowestShare(0.1)),
                    WorkforceMathTest.arm("random", 0, Dismissal.lowestShare(0.1)))
                .periods(3)
                .replications(500)
                .seed(16)
                .build());
    for (int t = 1; t <= 3; t++) {
      Estimate perfect = at(result, "perfect", t, WorkforceMetric.DISMISSED_ABOVE_MEDIAN);
      assertEquals(0.0, perfect.mean());
      assertEquals(0.0, perfect.sd());
      // a random tenth of 100 people: 5 of the 10 above the median, on average
      WorkforceMathTest.near(
          5, at(result, "random", t, WorkforceMetric.DISMISSED_ABOVE_MEDIAN), 0, "random");
    }
  }

  @Test
  void probationWithAZeroShareExemptsNewcomers() {
    // everyone subject to the rule is dismissed every period; newcomers are exempt for two
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(20))
                .addArms(
                    WorkforceArm.builder()
                        .name("purge")
                        .rating(WorkforceRating.plain(0.5))
                        .dismissal(Dismissal.belowScore(1e9))
                        .probation(Probation.of(2, 0))
                        .build())
                .periods(7)
                .replications(3)
                .build());
    double[] expected = {0, 20, 20, 20, 40, 40, 40, 60};
    for (int t = 0; t <= 7; t++) {
      assertEquals(
          expected[t],
          at(result, "purge", t, WorkforceMetric.CUMULATIVE_DISMISSALS).mean(),
          "period " + t);
    }
  }

  @Test
  void probationDismissesNewcomersInTheLowestShare() {
    // everyone leaves each period, so everyone from period 2 on is a newcomer on probation: the
    // lowest fifth of 20 is dismissed as newcomers, and the rest leave
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(20))
                .addArms(
                    WorkforceArm.builder()
                        .name("strict")
                        .rating(WorkforceRating.plain(0.5))
                        .probation(Probation.of(1, 0.2))
                        .turnover(Turnover.of(1))
                        .build())
                .periods(4)
                .replications(3)
                .build());
    double[] dismissals = {0, 0, 4, 8, 12};
    double[] departures = {0, 20, 36, 52, 68};
    for (int t = 0; t <= 4; t++) {
      assertEquals(
          dismissals[t], at(result, "strict", t, WorkforceMetric.CUMULATIVE_DISMISSALS).mean());
      assertEquals(
          departures[t], at(result, "strict", t, WorkforceMetric.CUMULATIVE_DEPARTURES).mean());
    }
  }

  @Test
  void turnoverThatFollowsTheRatingMovesTheMeanItsWay() {
    WorkforceArm.Builder arm =
        WorkforceArm.builder().rating(WorkforceRating.plain(0.8)).turnover(Turnover.of(0.2));
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(100))
                .addArms(
                    arm.name("the best leave").turnover(Turnover.of(0.2, 1)).build(),
                    arm.name("the worst leave").turnover(Turnover.of(0.2, -1)).build())
                .periods(5)
                .replications(200)
                .seed(17)
                .build());
    Estimate best = at(result, "the best leave", 5, WorkforceMetric.GAIN);
    Estimate worst = at(result, "the worst leave", 5, WorkforceMetric.GAIN);
    assertTrue(best.upper() < 0 && worst.lower() > 0, () -> best + " " + worst);
  }

  @Test
  void aPlanPopulationWorksToo() {
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(Population.of(SeedPlans.internetCompany()))
                .addArms(
                    WorkforceArm.builder()
                        .name("own")
                        .rating(WorkforceRating.policy(ScoringPolicy.defaults()))
                        .dismissal(Dismissal.lowestShare(0.4))
                        .build())
                .periods(3)
                .replications(20)
                .build());
    assertEquals(3, result.people());
    assertEquals(3.0, at(result, "own", 3, WorkforceMetric.CUMULATIVE_DISMISSALS).mean());
  }

  @Test
  void everyFigureIsFiniteAndWithinItsRange() {
    WorkforceResult result = WorkforceSimulation.run(everything(18));
    for (WorkforceArmResult arm : result.arms()) {
      for (PeriodResult period : arm.periods()) {
        period
            .metrics()
            .forEach(
                (metric, e) ->
                    assertTrue(
                        Double.isFinite(e.mean())
                            && Double.isFinite(e.sd())
                            && e.lower() <= e.mean()
                            && e.mean() <= e.upper()
                            && e.lower() >= metric.lowest()
                            && e.upper() <= metric.highest()
                            && e.trials() == 40,
                        () -> arm.name() + " " + period.period() + " " + metric + " " + e));
        assertEquals(period.period() == 0 ? 5 : 7, period.metrics().size());
      }
    }
  }

  @Test
  void rendersATablePerArm() {
    WorkforceResult result = WorkforceSimulation.run(everything(19).withPeriods(2));
    String table = result.render();
    assertTrue(
        table.startsWith(
            "24 people, 40 companies, 2 periods, seed 19; means over companies with 95 %"
                + " confidence intervals; ability in standard deviations of the initial"
                + " workforce\n\nplain: rated plain(validity=0.6); dismissal forced(0.9, 0.1);"
                + " turnover(rate=0.1, ratingEffect=-0.5); selection(validity=0.4, ratio=0.3)\n"
                + "period "),
        table);
    assertTrue(
        table.contains(
            "\nbinary: rated by its policy; dismissal forced(0.2, 0.7, 0.1); probation(periods=1,"
                + " share=0.2); turnover(rate=0.05, ratingEffect=0); selection(validity=0,"
                + " ratio=1)\n"),
        table);
    // a header, a rule and periods 0 to 2 for each of three arms, each after a blank line and a
    // line saying what it is
    assertEquals(1 + 3 * (2 + 2 + 3), table.lines().count(), table);
    assertTrue(table.lines().anyMatch(l -> l.matches("0 +-?0\\.\\d{3} \\[.*  +- .*")), table);
  }

  @Test
  void theCompiledStudySaysWhatItSimulates() {
    WorkforceSimulation simulation = WorkforceSimulation.compile(everything(1));
    assertEquals(24, simulation.people());
    assertEquals(24 * 8, simulation.elements());
    assertEquals(
        "WorkforceSimulation[24 people, 3 arms, 6 periods, 40 companies]", simulation.toString());
  }
}

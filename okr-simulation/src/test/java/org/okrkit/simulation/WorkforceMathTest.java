package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.okrkit.simulation.internal.Stats;

/**
 * The workforce simulation against the cases with exact answers derived in {@link
 * WorkforceSimulation}'s Javadoc, all with plain ratings. A simulated figure must lie within four
 * standard errors (over companies) of the exact expectation, plus the exact value's own error where
 * it is an approximation (stated at each case); the seeds are fixed, so the tests are repeatable.
 */
class WorkforceMathTest {

  /** A population of n people, one KPI each: plain ratings read only its size. */
  static GeneratedPopulation people(int n) {
    return GeneratedPopulation.builder()
        .teams(1)
        .peoplePerTeam(n)
        .kpisPerPerson(1)
        .keyResultsPerPerson(0)
        .depth(0)
        .build();
  }

  static WorkforceArm arm(String name, double rho, Dismissal dismissal) {
    return WorkforceArm.builder()
        .name(name)
        .rating(WorkforceRating.plain(rho))
        .dismissal(dismissal)
        .build();
  }

  static Estimate at(WorkforceResult result, String arm, int period, WorkforceMetric metric) {
    return result.arm(arm).estimate(period, metric).orElseThrow();
  }

  static double standardError(Estimate e) {
    return e.sd() / Math.sqrt(e.trials());
  }

  static void near(double expected, Estimate got, double extra, String what) {
    double tolerance = 4 * standardError(got) + extra;
    assertEquals(
        expected,
        got.mean(),
        tolerance,
        () -> what + ": " + got + " against " + expected + " ± " + tolerance);
  }

  @Test
  void theQuadratureGivesKnownOrderStatistics() {
    assertEquals(1 / Math.sqrt(Math.PI), NormalOrderStatistics.expected(2, 2), 1e-9);
    assertEquals(-1 / Math.sqrt(Math.PI), NormalOrderStatistics.expected(1, 2), 1e-9);
    // Harter (1961), to five decimals
    assertEquals(1.53875, NormalOrderStatistics.expected(10, 10), 1e-5);
    assertEquals(1.00136, NormalOrderStatistics.expected(9, 10), 1e-5);
    assertEquals(2.50759, NormalOrderStatistics.expected(100, 100), 1e-5);
    double sum = 0;
    for (int i = 1; i <= 30; i++) {
      sum += NormalOrderStatistics.expected(i, 30);
    }
    assertEquals(0, sum, 1e-9, "the expected order statistics of a sample add up to 0");
  }

  @Test
  @DisplayName("with no dismissals, no turnover and random hiring, the mean stays where it began")
  void withoutDismissalsOrTurnoverTheMeanStays() {
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(50))
                .addArms(arm("plain", 0.5, Dismissal.none()))
                .periods(5)
                .replications(400)
                .seed(3)
                .build());
    Estimate start = at(result, "plain", 0, WorkforceMetric.MEAN_ABILITY);
    near(0, start, 0, "the initial workforce's mean ability");
    for (int t = 0; t <= 5; t++) {
      assertEquals(start, at(result, "plain", t, WorkforceMetric.MEAN_ABILITY));
      Estimate gain = at(result, "plain", t, WorkforceMetric.GAIN);
      assertEquals(0.0, gain.mean());
      assertEquals(0.0, gain.sd());
      assertEquals(0.0, at(result, "plain", t, WorkforceMetric.CUMULATIVE_DISMISSALS).mean());
      assertEquals(0.0, at(result, "plain", t, WorkforceMetric.CUMULATIVE_DEPARTURES).mean());
    }
  }

  @Test
  void withTurnoverAndRandomHiringTheExpectedMeanStaysZero() {
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(people(50))
                .addArms(
                    WorkforceArm.builder()
                        .name("turnover")
                        .rating(WorkforceRating.plain(0.7))
                        .turnover(Turnover.of(0.2))
                        .build())
                .periods(10)
                .replications(400)
                .seed(4)
                .build());
    for (int t = 1; t <= 10; t++) {
      near(0, at(result, "turnover", t, WorkforceMetric.MEAN_ABILITY), 0, "mean in period " + t);
      near(0, at(result, "turnover", t, WorkforceMetric.GAIN), 0, "gain in period " + t);
    }
    // about a fifth of 50 people leave each period
    near(100, at(result, "turnover", 10, WorkforceMetric.CUMULATIVE_DEPARTURES), 0, "departures");
  }

  @Test
  @DisplayName("a large workforce gains φ(Φ⁻¹(p)) in the first year, ρ times that with validity ρ")
  void aLargeWorkforceGainsTheDensityAtTheQuantile() {
    // 10,000 people: the exact finite-size answer lies within 1e-4 of the limit (see below)
    double[][] cases = {{0.05, 1}, {0.1, 1}, {0.3, 1}, {0.1, 0.5}};
    WorkforceSpec.Builder spec =
        WorkforceSpec.builder().population(people(10_000)).periods(1).replications(100).seed(5);
    for (double[] c : cases) {
      spec.addArms(arm(c[0] + "/" + c[1], c[1], Dismissal.lowestShare(c[0])));
    }
    WorkforceResult result = WorkforceSimulation.run(spec.build());
    for (double[] c : cases) {
      double p = c[0];
      double rho = c[1];
      String name = p + "/" + rho;
      double exact = rho * NormalOrderStatistics.density(Stats.normalQuantile(p));
      near(exact, at(result, name, 1, WorkforceMetric.GAIN), 1e-4, name);
      assertEquals(
          Math.round(10_000 * p),
          at(result, name, 1, WorkforceMetric.CUMULATIVE_DISMISSALS).mean());
    }
  }

  @Test
  void theFiniteSizeAnswerApproachesTheLimit() {
    // the exact answer falls short of the limit by about 0.26/N at p = 0.1 (0.0025 at N = 100,
    // 0.00026 at N = 1,000): 2.6e-5 at N = 10,000, well inside the 1e-4 allowed there
    double limit = NormalOrderStatistics.density(Stats.normalQuantile(0.1));
    double at100 = limit - NormalOrderStatistics.sumOfLargest(10, 100) / 100;
    double at1000 = limit - NormalOrderStatistics.sumOfLargest(100, 1000) / 1000;
    assertTrue(at100 > 0 && at1000 > 0 && at1000 < at100 / 5, () -> at100 + ", " + at1000);
    assertTrue(at1000 < 1e-3, () -> "at N = 1,000: " + at1000);
  }

  @Test
  @DisplayName("a small workforce gains (ρ/N)·Σ of the k largest expected normal order statistics")
  void aSmallWorkforceGainsTheExpectedOrderStatistics() {
    record Case(int n, double p, int k, double rho) {
      String name() {
        return n + "/" + p + "/" + rho;
      }
    }
    List<Case> cases =
        List.of(
            new Case(10, 0.2, 2, 1.0),
            new Case(10, 0.25, 2, 0.8), // 2.5 rounds half down
            new Case(30, 0.1, 3, 0.6),
            new Case(100, 0.05, 5, 1.0),
            new Case(100, 0.1, 10, 0.5));
    for (Case c : cases) {
      WorkforceResult result =
          WorkforceSimulation.run(
              WorkforceSpec.builder()
                  .population(people(c.n()))
                  .addArms(arm(c.name(), c.rho(), Dismissal.lowestShare(c.p())))
                  .periods(1)
                  .replications(20_000)
                  .seed(6)
                  .build());
      double exact = c.rho() * NormalOrderStatistics.sumOfLargest(c.k(), c.n()) / c.n();
      // the quadrature's error (below 1e-9) is far inside four standard errors
      near(exact, at(result, c.name(), 1, WorkforceMetric.GAIN), 0, c.name());
      assertEquals(c.k(), at(result, c.name(), 1, WorkforceMetric.CUMULATIVE_DISMISSALS).mean());
      if (c.rho() == 1.0 && c.n() == 100) {
        // and the finite-size answer is told apart from the limit φ(Φ⁻¹(p))
        double limit = NormalOrderStatistics.density(Stats.normalQuantile(c.p()));
        assertTrue(exact < limit - 0.001, () -> exact + " against the limit " + limit);
      }
    }
  }

  @Test
  @DisplayName("hires selected with validity r at ratio s have mean ability r·φ(Φ⁻¹(1−s))/s")
  void selectedHiresHaveTheTruncatedNormalMean() {
    double[][] cases = {{0.5, 0.2}, {0.9, 0.05}, {0.3, 1.0}, {1.0, 0.5}, {0.0, 0.1}};
    WorkforceSpec.Builder spec =
        WorkforceSpec.builder().population(people(100)).periods(2).replications(500).seed(7);
    for (double[] c : cases) {
      spec.addArms(
          WorkforceArm.builder()
              .name(c[0] + "/" + c[1])
              .rating(WorkforceRating.plain(0))
              .turnover(Turnover.of(1)) // everyone leaves: the workforce is all hires
              .selection(Selection.of(c[0], c[1]))
              .build());
    }
    WorkforceResult result = WorkforceSimulation.run(spec.build());
    for (double[] c : cases) {
      double r = c[0];
      double s = c[1];
      double exact =
          s == 1 ? 0 : r * NormalOrderStatistics.density(Stats.normalQuantile(1 - s)) / s;
      assertEquals(exact, Selection.of(r, s).expectedAbility(), 1e-12);
      for (int t = 1; t <= 2; t++) {
        near(exact, at(result, c[0] + "/" + c[1], t, WorkforceMetric.MEAN_ABILITY), 0, "r, s");
      }
      assertEquals(
          200, at(result, c[0] + "/" + c[1], 2, WorkforceMetric.CUMULATIVE_DEPARTURES).mean());
    }
  }

  @Test
  void aPlainRatingsValidityIsItsCorrelation() {
    WorkforceSpec.Builder spec =
        WorkforceSpec.builder().population(people(100)).periods(1).replications(2000).seed(8);
    double[] rhos = {0, 0.3, 0.5, 0.9, 1};
    for (double rho : rhos) {
      spec.addArms(arm("ρ " + rho, rho, Dismissal.none()));
    }
    WorkforceResult result = WorkforceSimulation.run(spec.build());
    for (double rho : rhos) {
      // the sample correlation's mean is ρ(1 − (1 − ρ²)/(2N)) to order 1/N (Olkin and Pratt 1958)
      double expected = rho * (1 - (1 - rho * rho) / 200);
      Estimate validity = at(result, "ρ " + rho, 1, WorkforceMetric.VALIDITY);
      near(expected, validity, 1e-4, "validity of ρ " + rho);
    }
    assertEquals(1.0, at(result, "ρ 1.0", 1, WorkforceMetric.VALIDITY).mean(), 1e-12);
  }
}

package org.okrkit.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.Metric;

/** Laws of the per-trial metrics: bounds, and invariance under relabelling of people. */
class MetricsProperties {

  @Provide
  Arbitrary<List<Double>> scores() {
    Arbitrary<Double> score =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 1.5).ofScale(3), Arbitraries.of(0.0, -0.0, 0.5, 1.0));
    return score.list().ofMinSize(1).ofMaxSize(60);
  }

  static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A relabelling of people: position i moves to permutation[i]. */
  static int[] permutation(int n, long seed) {
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      p.add(i);
    }
    Collections.shuffle(p, new Random(seed));
    return p.stream().mapToInt(Integer::intValue).toArray();
  }

  static double[] relabel(double[] values, int[] permutation) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[permutation[i]] = values[i];
    }
    return out;
  }

  static int[] twiceRanks(double[] values) {
    int[] r = new int[values.length];
    new Ranks(values.length).rank(values, values.length, r);
    return r;
  }

  @Group
  class RankCorrelation {
    @Property
    void liesFromMinusOneToOne(@ForAll("scores") List<Double> x, @ForAll long seed) {
      double[] a = array(x);
      double[] b = relabel(a, permutation(a.length, seed));
      double r = Ranks.spearman(twiceRanks(a), twiceRanks(b), a.length);
      assertTrue(r >= -1 && r <= 1, () -> "r = " + r);
    }

    @Property
    void isOneForARankingWithItselfUnlessAllTied(@ForAll("scores") List<Double> x) {
      double[] a = array(x);
      int[] r = twiceRanks(a);
      double rho = Ranks.spearman(r, r, a.length);
      boolean allTied = a.length == 1 || java.util.Arrays.stream(a).allMatch(v -> v == a[0]);
      assertEquals(allTied ? 0.0 : 1.0, rho, 1e-12);
    }

    @Property
    void doesNotChangeWhenPeopleAreRelabelled(
        @ForAll("scores") List<Double> x, @ForAll("scores") List<Double> y, @ForAll long seed) {
      int n = Math.min(x.size(), y.size());
      double[] a = array(x.subList(0, n));
      double[] b = array(y.subList(0, n));
      int[] p = permutation(n, seed);
      double before = Ranks.spearman(twiceRanks(a), twiceRanks(b), n);
      double after = Ranks.spearman(twiceRanks(relabel(a, p)), twiceRanks(relabel(b, p)), n);
      assertEquals(Double.doubleToLongBits(before), Double.doubleToLongBits(after));
    }

    @Property
    void ranksAverageTies(@ForAll("scores") List<Double> x) {
      double[] a = array(x);
      int[] r = twiceRanks(a);
      long sum = 0;
      for (int i = 0; i < a.length; i++) {
        sum += r[i];
        for (int j = 0; j < a.length; j++) {
          if (a[i] < a[j]) {
            assertTrue(r[i] < r[j]);
          } else if (a[i] == a[j]) {
            assertEquals(r[i], r[j]);
          }
        }
      }
      assertEquals((long) a.length * (a.length + 1), sum);
    }
  }

  @Group
  class Misclassification {
    final ForcedDistribution rating = ForcedDistribution.of(0.2, 0.7, 0.1);

    @Property
    void isAShareAndZeroAgainstItself(
        @ForAll("scores") List<Double> x, @ForAll("scores") List<Double> y) {
      int n = Math.min(x.size(), y.size());
      int[] a = twiceRanks(array(x.subList(0, n)));
      int[] b = twiceRanks(array(y.subList(0, n)));
      double share = Workspace.misclassified(rating, a, b, n);
      assertTrue(share >= 0 && share <= 1, () -> "share " + share);
      assertEquals(0.0, Workspace.misclassified(rating, a, a, n));
    }

    @Property
    void doesNotChangeWhenPeopleAreRelabelled(
        @ForAll("scores") List<Double> x, @ForAll("scores") List<Double> y, @ForAll long seed) {
      int n = Math.min(x.size(), y.size());
      double[] a = array(x.subList(0, n));
      double[] b = array(y.subList(0, n));
      int[] p = permutation(n, seed);
      assertEquals(
          Workspace.misclassified(rating, twiceRanks(a), twiceRanks(b), n),
          Workspace.misclassified(rating, twiceRanks(relabel(a, p)), twiceRanks(relabel(b, p)), n));
    }

    @Property
    void categoriesFollowThePeopleWhenRelabelled(
        @ForAll("scores") List<Double> x, @ForAll long seed) {
      double[] a = array(x);
      int[] p = permutation(a.length, seed);
      int[] before = rating.categories(a);
      int[] after = rating.categories(relabel(a, p));
      int[] expected = new int[a.length];
      for (int i = 0; i < a.length; i++) {
        expected[p[i]] = before[i];
      }
      assertArrayEquals(expected, after);
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < a.length; j++) {
          if (a[i] > a[j]) {
            assertTrue(before[i] <= before[j], "a higher score never rates worse");
          }
        }
      }
    }
  }

  @Group
  class Summaries {
    @Property
    void quantilesOfSortedScoresRiseAndStayInside(@ForAll("scores") List<Double> x) {
      double[] a = array(x);
      java.util.Arrays.sort(a);
      double previous = Double.NEGATIVE_INFINITY;
      for (double p : new double[] {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1}) {
        double q = Stats.quantile(a, a.length, p);
        assertTrue(q >= previous && q >= a[0] && q <= a[a.length - 1], () -> "quantile " + q);
        previous = q;
      }
    }

    @Property
    void estimatesBracketTheirMeanWithinTheMetricsRange(
        @ForAll("scores") List<Double> perTrial, @ForAll("metrics") Metric metric) {
      Welford w = new Welford();
      for (double v : perTrial) {
        w.add(Math.max(metric.lowest(), Math.min(metric.highest(), v)));
      }
      Estimate e = w.estimate(metric.lowest(), metric.highest(), Stats.normalQuantile(0.975));
      assertTrue(e.lower() <= e.mean() && e.mean() <= e.upper(), e::toString);
      assertTrue(e.lower() >= metric.lowest() && e.upper() <= metric.highest(), e::toString);
      assertTrue(e.sd() >= 0 && Double.isFinite(e.sd()), e::toString);
      assertEquals(perTrial.size(), e.trials());
    }

    @Provide
    Arbitrary<Metric> metrics() {
      return Arbitraries.of(Metric.class);
    }
  }

  @Property
  void theNormalQuantileInvertsTheDistribution(@ForAll("probabilities") double p) {
    double z = Stats.normalQuantile(p);
    assertEquals(-z, Stats.normalQuantile(1 - p), 1e-8);
  }

  @Provide
  Arbitrary<Double> probabilities() {
    return Arbitraries.doubles().between(1e-9, 1 - 1e-9).ofScale(12);
  }
}

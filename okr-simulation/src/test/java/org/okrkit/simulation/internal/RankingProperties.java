package org.okrkit.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The workforce's ranking: a permutation in order of rating, ties broken by the tie draws. */
class RankingProperties {

  @Provide
  Arbitrary<List<Double>> values() {
    return Arbitraries.oneOf(
            Arbitraries.doubles().between(-2, 2).ofScale(1), Arbitraries.of(0.0, -0.0, 1.0))
        .list()
        .ofMinSize(0)
        .ofMaxSize(70);
  }

  @Property
  void sortsByKeyThenTieThenPosition(
      @ForAll("values") List<Double> keys, @ForAll("values") List<Double> ties) {
    int n = Math.min(keys.size(), ties.size());
    double[] key = MetricsProperties.array(keys.subList(0, n));
    double[] tie = MetricsProperties.array(ties.subList(0, n));
    int[] order = new int[n];
    Company.sort(order, new int[n], n, key, tie);
    boolean[] seen = new boolean[n];
    for (int r = 0; r < n; r++) {
      assertTrue(!seen[order[r]], "a permutation");
      seen[order[r]] = true;
      if (r > 0) {
        int x = order[r - 1];
        int y = order[r];
        boolean ordered =
            key[x] < key[y] || key[x] == key[y] && (tie[x] < tie[y] || tie[x] == tie[y] && x < y);
        assertTrue(ordered, () -> x + " before " + y);
      }
    }
    assertEquals(n, order.length);
  }
}

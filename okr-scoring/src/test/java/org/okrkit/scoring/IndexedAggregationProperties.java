package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.okrkit.scoring.internal.IndexedAggregation;
import org.okrkit.scoring.internal.Slots;

/**
 * The indexed aggregations of a compiled rollup compute exactly what the built-in aggregations
 * compute on the scored children, bit for bit, whatever the children's order: for few children and
 * for many (which are sorted another way), for distinct scores, tied scores with distinct weights,
 * scores of 0 and -0.0, equal and distinct weights, and unscored children left out.
 *
 * <p>Sums run in a canonical order, so a child order that is not sorted, or sorted on the score
 * alone where weights differ, shows in the last bits of the result; full-precision scores and
 * weights make that likely on every try.
 */
class IndexedAggregationProperties {

  static final List<Aggregation> BUILT_INS =
      List.of(
          Aggregations.weightedMean(),
          Aggregations.minimum(),
          Aggregations.geometricMean(),
          Aggregations.allMustPass(0),
          Aggregations.allMustPass(0.5),
          Aggregations.cappedWeightedSum(0.8),
          Aggregations.cappedWeightedSum(2));

  private static final double[] TIES = {0.25, 0.5, 0.75, 1.0, 1.25};

  /** Children: a score (NaN when unscored) and a weight each. */
  record Child(double score, double weight) {}

  static List<Child> children(Random r) {
    int n = r.nextInt(4) == 0 ? r.nextInt(4) : r.nextInt(61);
    int scores = r.nextInt(4);
    int weights = r.nextInt(3);
    boolean unscored = r.nextBoolean();
    List<Child> children = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double s =
          switch (scores) {
            case 0 -> r.nextDouble() * 1.5; // distinct, all above 0
            case 1 -> TIES[r.nextInt(TIES.length)];
            case 2 -> r.nextInt(3) == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : r.nextDouble();
            default -> r.nextBoolean() ? TIES[r.nextInt(TIES.length)] : 0.1 + r.nextDouble();
          };
      if (unscored && r.nextInt(6) == 0) {
        s = Double.NaN;
      }
      double w =
          switch (weights) {
            case 0 -> 0.7;
            case 1 -> 0.05 + r.nextDouble() * 3;
            default -> 0.5 * (1 + r.nextInt(4));
          };
      children.add(new Child(s, w));
    }
    return children;
  }

  /** The aggregation through an index, the children scattered in a larger array. */
  static double indexed(
      Aggregation aggregation, List<Child> children, IndexedAggregation.Scratch s) {
    int n = children.size();
    int from = n % 3;
    double[] values = new double[2 * n + 3];
    java.util.Arrays.fill(values, -1);
    int[] index = new int[from + n + 1];
    double[] weights = new double[from + n + 1];
    for (int k = 0; k < n; k++) {
      index[from + k] = 2 * (n - k);
      values[index[from + k]] = children.get(k).score();
      weights[from + k] = children.get(k).weight();
    }
    // positions outside [from, from + n) point at a value that must not be read
    index[from + n] = 2 * n + 1;
    return IndexedAggregation.of(aggregation)
        .aggregate(Slots.of(values), index, weights, from, from + n, s);
  }

  /** The built-in itself on the scored children; NaN when none is scored. */
  static double direct(Aggregation aggregation, List<Child> children) {
    double[] s =
        children.stream().filter(c -> !Double.isNaN(c.score())).mapToDouble(Child::score).toArray();
    double[] w =
        children.stream()
            .filter(c -> !Double.isNaN(c.score()))
            .mapToDouble(Child::weight)
            .toArray();
    return s.length == 0 ? Double.NaN : aggregation.aggregate(s, w);
  }

  @Property
  void isBitIdenticalToTheBuiltInInAnyChildOrder(@ForAll long seed) {
    Random r = new Random(seed);
    IndexedAggregation.Scratch reused = new IndexedAggregation.Scratch();
    // several groups of children a try: a wrong order shows in the last bits only now and then
    for (int group = 0; group < 8; group++) {
      List<Child> children = children(r);
      List<Child> shuffled = new ArrayList<>(children);
      Collections.shuffle(shuffled, r);
      Aggregation aggregation = BUILT_INS.get(r.nextInt(BUILT_INS.size()));
      long expected = Double.doubleToLongBits(direct(aggregation, children));
      String what = aggregation + " of " + children;
      // a fresh scratch sized to the children, and one reused across calls and sizes
      assertEquals(
          expected,
          Double.doubleToLongBits(indexed(aggregation, children, new IndexedAggregation.Scratch())),
          what);
      assertEquals(expected, Double.doubleToLongBits(indexed(aggregation, shuffled, reused)), what);
    }
  }

  @Example
  void builtInsAreCompiledAndAHostAggregationIsNot() {
    for (Aggregation aggregation : BUILT_INS) {
      IndexedAggregation indexed = IndexedAggregation.of(aggregation);
      assertTrue(indexed.isCompiled(), aggregation::toString);
      assertSame(aggregation, indexed.aggregation());
    }
    Aggregation host = (scores, weights) -> scores.length;
    IndexedAggregation indexed = IndexedAggregation.of(host);
    assertFalse(indexed.isCompiled());
    assertSame(host, indexed.aggregation());
    // a host aggregation gets the scored children and its result is returned as it is
    List<Child> children =
        List.of(new Child(0.5, 1), new Child(Double.NaN, 1), new Child(0.25, 2), new Child(1, 3));
    assertEquals(3.0, indexed(host, children, new IndexedAggregation.Scratch()));
  }
}

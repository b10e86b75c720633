package org.okrkit.scoring.internal;

import org.okrkit.scoring.Aggregation;

/**
 * An {@link Aggregation} applied to values picked from a shared array by index, with no allocation
 * for the built-ins: what a compiled rollup (an objective over its key results, an owner over its
 * KPIs) needs inside a loop.
 *
 * <p>{@link #aggregate} takes the children {@code values[index[k]]} with weights {@code weights[k]}
 * for {@code k} from {@code from} to {@code to}, leaves out NaN values (unscored children), and
 * returns NaN when no child is left, as the scoring engine does. For the built-ins the result is
 * bit-identical to {@link Aggregation#aggregate} on the children that are left, in their order:
 * sums run in the same canonical order (by score, then weight). A host aggregation gets fresh
 * arrays (one pair per call) and its result is returned as it is: the caller checks it against the
 * aggregation contract, naming what it aggregated.
 *
 * <p>Immutable; the {@link Scratch} passed in belongs to one thread.
 */
public final class IndexedAggregation {
  private static final int HOST = 0;
  private static final int WEIGHTED_MEAN = 1;
  private static final int MINIMUM = 2;
  private static final int GEOMETRIC_MEAN = 3;
  private static final int ALL_MUST_PASS = 4;
  private static final int CAPPED_SUM = 5;

  private final Aggregation aggregation;
  private final int op;
  private final double parameter;

  private IndexedAggregation(Aggregation aggregation) {
    this.aggregation = aggregation;
    if (aggregation instanceof org.okrkit.scoring.BuiltInAggregation.WeightedMean) {
      op = WEIGHTED_MEAN;
      parameter = 0;
    } else if (aggregation instanceof org.okrkit.scoring.BuiltInAggregation.Minimum) {
      op = MINIMUM;
      parameter = 0;
    } else if (aggregation instanceof org.okrkit.scoring.BuiltInAggregation.GeometricMean) {
      op = GEOMETRIC_MEAN;
      parameter = 0;
    } else if (aggregation
        instanceof org.okrkit.scoring.BuiltInAggregation.AllMustPass allMustPass) {
      op = ALL_MUST_PASS;
      parameter = allMustPass.passMark();
    } else if (aggregation
        instanceof org.okrkit.scoring.BuiltInAggregation.CappedWeightedSum cappedWeightedSum) {
      op = CAPPED_SUM;
      parameter = cappedWeightedSum.cap();
    } else {
      op = HOST;
      parameter = 0;
    }
  }

  /** The indexed form of {@code aggregation}. */
  public static IndexedAggregation of(Aggregation aggregation) {
    return new IndexedAggregation(java.util.Objects.requireNonNull(aggregation, "aggregation"));
  }

  /** The aggregation applied. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** Whether the aggregation is a built-in, aggregated with no allocation. */
  public boolean isCompiled() {
    return op != HOST;
  }

  /** Working arrays for one thread: grown on demand, reused across calls. */
  public static final class Scratch {
    double[] scores = new double[16];
    double[] weights = new double[16];
    int[] order = new int[16];
    int[] merge = new int[16];

    /** Whether a gathered score is -0.0, which only {@link Double#compare} orders correctly. */
    boolean negativeZero;

    double[] scoreCopy = new double[0];
    double[] weightCopy = new double[0];

    /** Whether every gathered weight is the same number: then only the scores need sorting. */
    boolean sameWeights;

    /** The lowest and highest gathered score. */
    double low;

    double high;

    /** Working arrays for one thread. */
    public Scratch() {}

    void ensureCopies(int n) {
      if (scoreCopy.length < n) {
        scoreCopy = new double[scores.length];
        weightCopy = new double[scores.length];
      }
    }

    void ensure(int n) {
      if (scores.length < n) {
        int size = Math.max(n, scores.length * 2);
        scores = new double[size];
        weights = new double[size];
        order = new int[size];
        merge = new int[size];
      }
    }
  }

  /**
   * The aggregate of the children that have a value; NaN when none has.
   *
   * @param values the array the children's values are read from; NaN marks an unscored child
   * @param index the children's positions in {@code values}
   * @param weights the children's weights, parallel to {@code index}
   * @param from the first child, included
   * @param to the last child, excluded
   * @param scratch this thread's working arrays
   */
  public double aggregate(
      Slots values, int[] index, double[] weights, int from, int to, Scratch scratch) {
    scratch.ensure(to - from);
    double[] s = scratch.scores;
    double[] w = scratch.weights;
    int n = 0;
    boolean negativeZero = false;
    boolean sameWeights = true;
    double firstWeight = from < to ? weights[from] : 0;
    // min and max fold as the built-ins' do; Math.min and Math.max are symmetric, so any order
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int k = from; k < to; k++) {
      double v = values.get(index[k]);
      if (!Double.isNaN(v)) {
        s[n] = v;
        w[n] = weights[k];
        negativeZero |= Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
        sameWeights &= weights[k] == firstWeight;
        low = Math.min(low, v);
        high = Math.max(high, v);
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    scratch.negativeZero = negativeZero;
    scratch.sameWeights = sameWeights;
    scratch.low = low;
    scratch.high = high;
    if (n == 1) {
      // one child: what the built-ins compute for it, without the arithmetic
      double only = s[0];
      return switch (op) {
        case WEIGHTED_MEAN, MINIMUM, ALL_MUST_PASS -> only;
        case GEOMETRIC_MEAN -> only == 0 ? 0.0 : only;
        case CAPPED_SUM -> Math.min(parameter, only);
        default -> host(s, w, n);
      };
    }
    return switch (op) {
      case WEIGHTED_MEAN -> weightedMean(s, w, n, scratch);
      case MINIMUM -> low;
      case GEOMETRIC_MEAN -> geometricMean(s, w, n, scratch);
      case ALL_MUST_PASS -> low >= parameter ? weightedMean(s, w, n, scratch) : low;
      case CAPPED_SUM -> Math.min(parameter, weightedMean(s, w, n, scratch));
      default -> host(s, w, n);
    };
  }

  private double host(double[] s, double[] w, int n) {
    double[] scores = java.util.Arrays.copyOf(s, n);
    double[] weights = java.util.Arrays.copyOf(w, n);
    return aggregation.aggregate(scores, weights);
  }

  /** {@link BuiltInAggregations#weightedMean} on the first {@code n} children. */
  static double weightedMean(double[] s, double[] w, int n, Scratch scratch) {
    double low = scratch.low;
    canonical(s, w, n, scratch);
    double sum = 0;
    double total = 0;
    for (int j = 0; j < n; j++) {
      sum += w[j] * (s[j] - low);
      total += w[j];
    }
    return Math.min(scratch.high, low + sum / total);
  }

  private static double geometricMean(double[] s, double[] w, int n, Scratch scratch) {
    double low = scratch.low;
    if (low == 0) {
      return 0.0;
    }
    canonical(s, w, n, scratch);
    double logSum = 0;
    double total = 0;
    for (int j = 0; j < n; j++) {
      logSum += w[j] * Math.log(s[j] / low);
      total += w[j];
    }
    return Math.min(scratch.high, low * Math.exp(logSum / total));
  }

  /**
   * Sorts the children's (score, weight) pairs in place by score, then weight, the order of {@link
   * BuiltInAggregations#canonical}. Pairs that compare equal are identical, so the order among them
   * does not matter. Few children: an insertion sort; many: a merge sort of positions.
   */
  private static void canonical(double[] s, double[] w, int n, Scratch scratch) {
    if (n > 24) {
      int[] order = mergeSort(s, w, n, scratch.order, scratch.merge);
      scratch.ensureCopies(n);
      double[] s2 = scratch.scoreCopy;
      double[] w2 = scratch.weightCopy;
      for (int j = 0; j < n; j++) {
        s2[j] = s[order[j]];
        w2[j] = w[order[j]];
      }
      System.arraycopy(s2, 0, s, 0, n);
      System.arraycopy(w2, 0, w, 0, n);
      return;
    }
    boolean exact = scratch.negativeZero;
    if (scratch.sameWeights && !exact) {
      for (int i = 1; i < n; i++) {
        double sx = s[i];
        int j = i - 1;
        while (j >= 0 && s[j] > sx) {
          s[j + 1] = s[j];
          j--;
        }
        s[j + 1] = sx;
      }
      return;
    }
    for (int i = 1; i < n; i++) {
      double sx = s[i];
      double wx = w[i];
      int j = i - 1;
      // without -0.0 (and NaN, left out before), > and == order finite doubles as Double.compare
      while (j >= 0
          && (exact ? compare(s[j], w[j], sx, wx) > 0 : s[j] > sx || (s[j] == sx && w[j] > wx))) {
        s[j + 1] = s[j];
        w[j + 1] = w[j];
        j--;
      }
      s[j + 1] = sx;
      w[j + 1] = wx;
    }
  }

  private static int compare(double sa, double wa, double sb, double wb) {
    int c = Double.compare(sa, sb);
    return c != 0 ? c : Double.compare(wa, wb);
  }

  /** Positions 0..n-1 sorted stably by score, then weight: a bottom-up merge sort. */
  private static int[] mergeSort(double[] s, double[] w, int n, int[] a, int[] b) {
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] src = a;
    int[] dst = b;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          dst[k] = i < mid && (j >= hi || compare(s, w, src[i], src[j]) <= 0) ? src[i++] : src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    return src;
  }

  private static int compare(double[] s, double[] w, int a, int b) {
    int c = Double.compare(s[a], s[b]);
    return c != 0 ? c : Double.compare(w[a], w[b]);
  }
}

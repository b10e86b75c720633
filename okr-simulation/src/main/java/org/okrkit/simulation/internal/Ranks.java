package org.okrkit.simulation.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;

/**
 * Ranks and Spearman's rank correlation over primitive arrays. Ranks are average ranks (1 for the
 * lowest value; ties share the mean of their ranks), kept doubled so that they are integers; the
 * correlation is computed from them in exact integer arithmetic, so that it does not depend on the
 * order of the people. Values are compared numerically (-0.0 equals 0.0) and must not be NaN.
 *
 * <p>An instance holds the working arrays of one thread and sorts by a stable least-significant
 * digit radix sort on order-preserving 64-bit keys, skipping digits that all keys share.
 */
public final class Ranks {
  /** The most values {@link #spearman} handles exactly: its sums stay below 2^63. */
  public static final int MAX_SIZE = 2_000_000;

  private static final int DIGIT = 11;
  private static final int RADIX = 1 << DIGIT;

  private final long[] keys;
  private final long[] keys2;
  private final int[] order;
  private final int[] order2;
  private final int[] count = new int[RADIX];

  /** Working arrays for up to {@code capacity} values. */
  public Ranks(int capacity) {
    keys = new long[capacity];
    keys2 = new long[capacity];
    order = new int[capacity];
    order2 = new int[capacity];
  }

  /**
   * Writes twice the average rank of {@code values[i]} into {@code twiceRanks[i]} for {@code i <
   * n}, and returns the positions sorted by value, ties in position order. The returned array is
   * this instance's and valid until its next use.
   */
  @CanIgnoreReturnValue
  public int[] rank(double[] values, int n, int[] twiceRanks) {
    int[] sorted = sort(values, n);
    int i = 0;
    while (i < n) {
      int j = i + 1;
      double v = values[sorted[i]];
      while (j < n && values[sorted[j]] == v) {
        j++;
      }
      // positions i..j-1 hold ranks i+1..j, whose mean doubled is i + 1 + j
      int twice = i + 1 + j;
      for (int k = i; k < j; k++) {
        twiceRanks[sorted[k]] = twice;
      }
      i = j;
    }
    return sorted;
  }

  private int[] sort(double[] values, int n) {
    long[] k = keys;
    long[] k2 = keys2;
    int[] o = order;
    int[] o2 = order2;
    for (int i = 0; i < n; i++) {
      // + 0.0 turns -0.0 into 0.0; the flip makes the bits order as the numbers do, unsigned
      long bits = Double.doubleToRawLongBits(values[i] + 0.0);
      k[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
      o[i] = i;
    }
    for (int shift = 0; shift < 64; shift += DIGIT) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (k[i] >>> shift) & (RADIX - 1)]++;
      }
      if (n == 0 || count[(int) (k[0] >>> shift) & (RADIX - 1)] == n) {
        continue;
      }
      int sum = 0;
      for (int d = 0; d < RADIX; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int pos = count[(int) (k[i] >>> shift) & (RADIX - 1)]++;
        k2[pos] = k[i];
        o2[pos] = o[i];
      }
      long[] tk = k;
      k = k2;
      k2 = tk;
      int[] to = o;
      o = o2;
      o2 = to;
    }
    return o;
  }

  /**
   * Spearman's rank correlation of two rankings of the same {@code n} people, from their doubled
   * average ranks: from -1 to 1, and 0 when either ranking is all ties.
   */
  public static double spearman(int[] twiceX, int[] twiceY, int n) {
    long mean = n + 1L;
    long sxy = 0;
    long sxx = 0;
    long syy = 0;
    for (int i = 0; i < n; i++) {
      long dx = twiceX[i] - mean;
      long dy = twiceY[i] - mean;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return 0.0;
    }
    double r = sxy / Math.sqrt((double) sxx * (double) syy);
    return Math.max(-1.0, Math.min(1.0, r));
  }

  /** Cumulative shares of a forced distribution, best category first; the last exactly 1. */
  public static double[] cumulative(java.util.List<Double> shares) {
    double[] c = new double[shares.size()];
    double sum = 0;
    for (int k = 0; k < c.length; k++) {
      sum += shares.get(k);
      c[k] = sum;
    }
    c[c.length - 1] = 1.0;
    return c;
  }

  /**
   * The category, 0 for the best, of a person of doubled average rank {@code twiceRank} among
   * {@code n}: the first whose cumulative share reaches the person's position from the top, {@code
   * (n - rank + 0.5) / n}.
   */
  public static int category(int twiceRank, int n, double[] cumulative) {
    double q = (2.0 * n - twiceRank + 1) / (2.0 * n);
    for (int k = 0; k < cumulative.length; k++) {
      if (q <= cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }
}

package org.okrkit.simulation.internal;

/** Small numerical helpers: the standard normal density and quantile, and sample quantiles. */
public final class Stats {
  private Stats() {}

  /**
   * The standard normal quantile {@code Φ⁻¹(p)} for {@code 0 < p < 1}, by Acklam's rational
   * approximation (relative error below 1.2e-9).
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a probability above 0 and below 1 is needed, got " + p);
    }
    double q;
    double x;
    if (p < 0.02425) {
      q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
              / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
    } else if (p <= 1 - 0.02425) {
      q = p - 0.5;
      double r = q * q;
      x =
          (((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6)
              * q
              / (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1);
    } else {
      q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6)
              / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
    }
    return x;
  }

  /** The standard normal density {@code φ(z)}. */
  public static double normalDensity(double z) {
    return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  }

  /**
   * The standard normal quantile of the upper tail, {@code Φ⁻¹(1 − q)} for {@code 0 ≤ q < 1},
   * computed as {@code −Φ⁻¹(q)} so that a tiny {@code q} keeps its precision; a {@code q} that
   * underflowed to 0 is taken as the smallest positive double.
   */
  public static double upperQuantile(double q) {
    return -normalQuantile(Math.max(q, Double.MIN_VALUE));
  }

  /** The {@code p}-quantile of {@code n} sorted values, interpolating linearly (type 7). */
  public static double quantile(double[] sorted, int n, double p) {
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static final double A1 = -3.969683028665376e+01;
  private static final double A2 = 2.209460984245205e+02;
  private static final double A3 = -2.759285104469687e+02;
  private static final double A4 = 1.383577518672690e+02;
  private static final double A5 = -3.066479806614716e+01;
  private static final double A6 = 2.506628277459239e+00;
  private static final double B1 = -5.447609879822406e+01;
  private static final double B2 = 1.615858368580409e+02;
  private static final double B3 = -1.556989798598866e+02;
  private static final double B4 = 6.680131188771972e+01;
  private static final double B5 = -1.328068155288572e+01;
  private static final double C1 = -7.784894002430293e-03;
  private static final double C2 = -3.223964580411365e-01;
  private static final double C3 = -2.400758277161838e+00;
  private static final double C4 = -2.549732539343734e+00;
  private static final double C5 = 4.374664141464968e+00;
  private static final double C6 = 2.938163982698783e+00;
  private static final double D1 = 7.784695709041462e-03;
  private static final double D2 = 3.224671290700398e-01;
  private static final double D3 = 2.445134137142996e+00;
  private static final double D4 = 3.754408661907416e+00;
}

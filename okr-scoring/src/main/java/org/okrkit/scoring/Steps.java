package org.okrkit.scoring;

import static org.okrkit.core.Numbers.plain;

import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link Pace#milestones()} resolved for one element: a step up by each milestone's share of the
 * weight at the share of the period elapsed by the end of its due date.
 */
final class Steps implements Pace {
  private final double[] at;
  private final double[] cumulative;

  /** Steps from the share of the period elapsed at each step to the share of the weight due. */
  Steps(NavigableMap<Double, Double> steps) {
    at = new double[steps.size()];
    cumulative = new double[steps.size()];
    int i = 0;
    double sum = 0;
    for (Map.Entry<Double, Double> e : steps.entrySet()) {
      sum += e.getValue();
      at[i] = e.getKey();
      cumulative[i++] = Math.min(1, sum);
    }
  }

  @Override
  public double expected(double elapsed) {
    double e = 0;
    for (int i = 0; i < at.length && at[i] <= elapsed + Bands.MARGIN; i++) {
      e = cumulative[i];
    }
    return e;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Steps s
        && java.util.Arrays.equals(at, s.at)
        && java.util.Arrays.equals(cumulative, s.cumulative);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(at) + java.util.Arrays.hashCode(cumulative);
  }

  @Override
  public String toString() {
    return java.util.stream.IntStream.range(0, at.length)
        .mapToObj(i -> plain(at[i]) + " -> " + plain(cumulative[i]))
        .collect(Collectors.joining(", ", "milestones(", ")"));
  }
}

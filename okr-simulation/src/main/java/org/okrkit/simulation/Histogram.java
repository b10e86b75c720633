package org.okrkit.simulation;

import java.util.List;
import org.immutables.value.Value;

/**
 * The distribution of people's scores under one arm, pooled over all trials: {@link #counts()}
 * people-trials per bin, the bins of equal width from {@link #lower()} to {@link #upper()}. Bin
 * {@code k} holds scores from {@code lower + k·width} (included) to {@code lower + (k+1)·width}
 * (excluded); the last bin also holds the upper end and anything above it. okr-simulation-io draws
 * it as an SVG image ({@code SimulationExports.histogram(histogram, title)}).
 */
@Value.Immutable
public abstract sealed class Histogram permits ImmutableHistogram {

  Histogram() {}

  /** The lower end of the first bin: 0. */
  public abstract double lower();

  /** The upper end of the last bin: the highest score the arm's strategies can give. */
  public abstract double upper();

  /** People-trials per bin, at least one bin. */
  public abstract List<Long> counts();

  /** The width of each bin. */
  public final double width() {
    return (upper() - lower()) / counts().size();
  }

  /** The total count: people × trials. */
  public final long total() {
    long total = 0;
    for (long c : counts()) {
      total += c;
    }
    return total;
  }

  /** A builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Histogram}. */
  public static final class Builder extends ImmutableHistogram.Builder {
    Builder() {}
  }
}

package org.okrkit.scoring;

import org.immutables.value.Value;

/**
 * The colour bands: a score below {@link #yellowFrom()} is red, below {@link #greenFrom()} yellow,
 * else green. Key results and objectives of {@code COMMITTED} objectives are judged against 1.0
 * instead, by their own pair of limits. Defaults: red below 0.4, yellow from 0.4, green from 0.7;
 * committed: red below 0.7, yellow from 0.7, green from 1.0. Limits are compared with a margin of
 * {@value #MARGIN}, so that a score computed as 0.6999999999999999 counts as 0.7.
 */
@Value.Immutable
public abstract sealed class Bands implements WithBands permits ImmutableBands {

  /** The rounding margin of every limit comparison: band limits, and status tolerances too. */
  public static final double MARGIN = 1e-9;

  Bands() {}

  /** Where yellow begins. */
  @Value.Default
  public double yellowFrom() {
    return 0.4;
  }

  /** Where green begins. */
  @Value.Default
  public double greenFrom() {
    return 0.7;
  }

  /** Where yellow begins for committed objectives and their key results. */
  @Value.Default
  public double committedYellowFrom() {
    return 0.7;
  }

  /** Where green begins for committed objectives and their key results. */
  @Value.Default
  public double committedGreenFrom() {
    return 1.0;
  }

  /** The default bands. */
  public static Bands defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Bands}. */
  public static final class Builder extends ImmutableBands.Builder {
    Builder() {}
  }

  /** The band of {@code score}, judged as committed or not. */
  public final Band of(double score, boolean committed) {
    double yellow = committed ? committedYellowFrom() : yellowFrom();
    double green = committed ? committedGreenFrom() : greenFrom();
    return score >= green - MARGIN ? Band.GREEN : score >= yellow - MARGIN ? Band.YELLOW : Band.RED;
  }

  @Value.Check
  final void check() {
    limits(yellowFrom(), greenFrom(), "bands.order");
    limits(committedYellowFrom(), committedGreenFrom(), "bands.committedOrder");
  }

  private static void limits(double yellow, double green, String code) {
    PolicyProblems.require(
        Double.isFinite(yellow) && Double.isFinite(green) && yellow >= 0 && yellow <= green,
        code,
        "yellow",
        yellow,
        "green",
        green);
  }
}

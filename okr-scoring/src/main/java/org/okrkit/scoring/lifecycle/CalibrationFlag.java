package org.okrkit.scoring.lifecycle;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One pattern a {@link Calibration} found over closed periods, with the figures behind it. */
@Value.Immutable
public abstract sealed class CalibrationFlag permits ImmutableCalibrationFlag {

  CalibrationFlag() {}

  /** The patterns looked for. */
  public enum Kind {
    /** Aspirational OKRs that keep landing high: targets too easy, or sandbagged. */
    ASPIRATIONAL_TOO_EASY,
    /** Aspirational OKRs that keep landing low: targets too hard. */
    ASPIRATIONAL_TOO_HARD,
    /** Committed OKRs that keep missing 1.0. */
    COMMITTED_MISSED,
    /** A KPI met every period by a wide margin: a candidate to raise its target. */
    KPI_RATCHET
  }

  /** The pattern. */
  public abstract Kind kind();

  /** The owner concerned. */
  public abstract String ownerId();

  /** The KPI concerned, for {@code KPI_RATCHET}. */
  public abstract Optional<String> kpiId();

  /**
   * The figure of each period looked at, oldest first: the mean score of the owner's objectives of
   * that kind, or the KPI's achievement (1 at the target).
   */
  public abstract List<Figure> figures();

  /** What was found and what to do, for a manager. */
  public abstract String message();

  /** A period's figure. */
  @Value.Immutable
  public abstract static sealed class Figure permits ImmutableFigure {

    Figure() {}

    /** The period, as its label: {@code 2026-Q2}. */
    @Value.Parameter
    public abstract String period();

    /** The figure. */
    @Value.Parameter
    public abstract double value();

    /** A figure. */
    public static Figure of(String period, double value) {
      return ImmutableFigure.of(period, value);
    }
  }
}

package org.okrkit.scoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An element's or owner's score on one day of a {@link ScoreHistory}: what its scorecard as of that
 * day says of it.
 */
@Value.Immutable
public abstract sealed class ScorePoint permits ImmutableScorePoint {

  ScorePoint() {}

  /** The day scored. */
  public abstract LocalDate date();

  /** The score; an owner's composite. Empty when unscored. */
  public abstract OptionalDouble score();

  /** The score's band. */
  public abstract Optional<Band> band();

  /** The status against the pace of the period. */
  public abstract Optional<Status> status();

  /** A key result's or KPI's value that day, when it has one; empty for others. */
  public abstract OptionalDouble actual();

  /** The progress expected of a key result or KPI by that day; empty for others. */
  public abstract OptionalDouble expectedProgress();

  static ScorePoint of(LocalDate date, ElementScore s) {
    return ImmutableScorePoint.builder()
        .date(date)
        .score(s.score())
        .band(s.band())
        .status(s.status())
        .actual(s.actual())
        .expectedProgress(s.expectedProgress())
        .build();
  }

  static ScorePoint of(LocalDate date, OwnerScore s) {
    return ImmutableScorePoint.builder()
        .date(date)
        .score(s.composite())
        .band(s.band())
        .status(s.status())
        .build();
  }
}

package org.okrkit.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;

/**
 * The score of an element whose target was revised during its period, under {@link
 * TargetRule#TIME_WEIGHTED}: the actual value scored against each target in force, weighted by the
 * days each was in force from the period's start to the date.
 */
final class TimeWeighted {
  /** The targets in force one after the other, the days each was, and the score against each. */
  final List<Target> targets = new ArrayList<>();

  final List<Long> days = new ArrayList<>();
  final List<Double> scores = new ArrayList<>();

  /** The time-weighted score. */
  double score;

  private TimeWeighted() {}

  /**
   * The time-weighted score of the element of {@code input} in {@code source}, scored with {@code
   * strategy} as of {@code asOf}; null when its target did not change between the start of {@code
   * period} and the date.
   */
  static @Nullable TimeWeighted of(
      Plan source, ScoringStrategy strategy, ScoringInput input, Period period, LocalDate asOf) {
    LocalDate start = period.start();
    LocalDate end = asOf.isAfter(period.end()) ? period.end() : asOf;
    String id = input.elementId().orElseThrow();
    if (end.isBefore(start) || source.revisions().isEmpty()) {
      return null;
    }
    TimeWeighted b = new TimeWeighted();
    LocalDate from = start;
    Target current = source.targetAt(id, start);
    for (Revision r : source.revisionsOf(id)) {
      if (r.kind() != Revision.Kind.TARGET || !r.date().isAfter(start) || r.date().isAfter(end)) {
        continue;
      }
      b.add(strategy, input, current, ChronoUnit.DAYS.between(from, r.date()), period, asOf);
      current = r.target().orElseThrow();
      from = r.date();
    }
    if (b.targets.isEmpty()) {
      return null;
    }
    b.add(strategy, input, current, ChronoUnit.DAYS.between(from, end) + 1, period, asOf);
    double weighted = 0;
    long total = 0;
    for (int i = 0; i < b.scores.size(); i++) {
      weighted += b.scores.get(i) * b.days.get(i);
      total += b.days.get(i);
    }
    b.score = weighted / total;
    return b;
  }

  private void add(
      ScoringStrategy strategy,
      ScoringInput in,
      Target target,
      long days,
      Period period,
      LocalDate asOf) {
    if (days <= 0) {
      return;
    }
    ScoringInput at =
        ScoringInput.trusted(
            in.measure(), target, in.actual(), in.elementId().orElseThrow(), asOf, period);
    targets.add(target);
    this.days.add(days);
    scores.add(Measurement.checkedScore(strategy, at));
  }
}

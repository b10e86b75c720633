package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;
import static org.okrkit.core.Numbers.plain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckInColumns;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.CompiledBatch;
import org.okrkit.scoring.internal.Progress;

/**
 * The measurement of key results and KPIs as of a date: each element's value from its check-ins,
 * its score under its strategy (time-weighted over revised targets when the policy says so), its
 * progress ({@link Progress#clamped}: linear achievement from 0 to 1), the progress expected by
 * then at the policy's pace, and the gap between the two. An absent number is NaN here; the
 * scorecard turns it into an empty optional.
 */
final class Measurement {
  /** The plan as given, with its whole history. */
  private final Plan source;

  /** The definitions in force on the date. */
  private final Plan plan;

  private final CompiledPolicy compiled;
  private final ScoringPolicy policy;
  private final PlanStructure structure;
  private final CheckInColumns columns;
  private final LocalDate asOf;

  /** Scores forced on KPIs, by id: the what-if questions. */
  private final Map<String, Double> forced;

  /** The expected progress of each pace and period as of the date: computed once for each. */
  private final Map<PaceAt, Double> elapsed = new HashMap<>();

  /** A pace over a period. */
  private record PaceAt(Pace pace, Period period) {}

  Measurement(
      CompiledPolicy compiled, Plan source, Plan plan, LocalDate asOf, Map<String, Double> forced) {
    this.source = source;
    this.plan = plan;
    this.compiled = compiled;
    this.policy = compiled.policy;
    this.structure = compiled.structure;
    this.columns = plan.checkInColumns();
    this.asOf = asOf;
    this.forced = forced;
  }

  /** Where measurements are written: one slot per measured element in each array. */
  interface Sink {
    void actual(int m, double value);

    void score(int m, double value);

    void progress(int m, double value);

    void expected(int m, double value);
  }

  /** Measures every element into {@code sink}. */
  void measureAll(Sink sink) {
    if (!measureAllCompiled(sink)) {
      int nm = structure.measuredCount();
      for (int m = 0; m < nm; m++) {
        measure(m, sink);
      }
    }
  }

  /** Measures element {@code m} into {@code sink}. */
  void measure(int m, Sink sink) {
    MeasuredElement e = structure.measured(m);
    double exp = expected(m);
    double value = valueAsOf(m, e);
    double s = Double.NaN;
    double p = Double.NaN;
    if (!Double.isNaN(value)) {
      ScoringInput in = requireNonNull(input(m, value), "an input for a value");
      ScoringStrategy strategy = compiled.strategy(m);
      s = checkedScore(strategy, in);
      p = Progress.clamped(in);
      if (policy.targetRule() == TargetRule.TIME_WEIGHTED) {
        TimeWeighted b = TimeWeighted.of(source, strategy, in, compiled.period(m), asOf);
        if (b != null) {
          s = b.score;
        }
      }
    } else if (policy.missingValue() == MissingValue.ZERO) {
      s = 0.0;
      p = 0.0;
    }
    write(m, sink, value, s, p, exp, e.id());
  }

  private void write(int m, Sink sink, double actual, double s, double p, double exp, String id) {
    if (!forced.isEmpty()) {
      Double f = forced.get(id);
      if (f != null) {
        s = f;
        p = Math.min(1, f);
      }
    }
    sink.actual(m, actual);
    sink.expected(m, exp);
    sink.score(m, s);
    sink.progress(m, p);
  }

  /**
   * Scores every element in two compiled passes, scores and progress, when every strategy is a
   * built-in and targets are the ones in force: the same numbers as {@link #measure}, bit for bit,
   * without an allocation per element.
   *
   * @return false when this path does not apply
   */
  private boolean measureAllCompiled(Sink sink) {
    CompiledBatch scores = compiled.scores;
    if (policy.targetRule() != TargetRule.IN_FORCE || scores == null) {
      return false;
    }
    int nm = structure.measuredCount();
    double[] actual = new double[nm];
    double[] values = new double[nm];
    for (int m = 0; m < nm; m++) {
      double v = valueAsOf(m, structure.measured(m));
      actual[m] = v;
      // an element without a value is scored on 0 and the result thrown away
      values[m] = Double.isNaN(v) ? 0.0 : v;
    }
    double[] s = new double[nm];
    double[] p = new double[nm];
    scores.scoreUnchecked(values, s);
    compiled.progress.scoreUnchecked(values, p);
    boolean zero = policy.missingValue() == MissingValue.ZERO;
    for (int m = 0; m < nm; m++) {
      double sm = Double.NaN;
      double pm = Double.NaN;
      if (!Double.isNaN(actual[m])) {
        sm = s[m];
        pm = p[m];
      } else if (zero) {
        sm = 0.0;
        pm = 0.0;
      }
      write(
          m, sink, actual[m], sm, pm, expected(m), forced.isEmpty() ? "" : structure.measuredId(m));
    }
    return true;
  }

  /**
   * The progress expected of element {@code m} by the date: in full per interval, else the pace.
   */
  double expected(int m) {
    return compiled.perInterval(m) ? 1.0 : paceAt(compiled.measuredPace[m], compiled.period(m));
  }

  /** The progress expected by the date in {@code period}, at {@code pace}. */
  double paceAt(Pace pace, Period period) {
    PaceAt key = new PaceAt(pace, period);
    Double e = elapsed.get(key);
    if (e == null) {
      double fraction = period.fractionElapsed(asOf);
      e = pace.expected(fraction);
      if (!(e >= 0 && e <= 1)) {
        throw new IllegalStateException(
            "pace "
                + pace
                + " expected "
                + plain(e)
                + " at elapsed "
                + plain(fraction)
                + "; a pace must return a value from 0 to 1");
      }
      elapsed.put(key, e);
    }
    return e;
  }

  /** The value of element {@code m} as of the date, or NaN. */
  private double valueAsOf(int m, MeasuredElement e) {
    if (e.target().kind() == Target.Kind.MILESTONES) {
      OptionalDouble v = plan.valueAsOf(e.id(), asOf);
      return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
    return columns.valueAsOf(m, asOf, Double.NaN);
  }

  /** The input of element {@code m} with actual value {@code actual}; null when it is NaN. */
  @Nullable ScoringInput input(int m, double actual) {
    if (Double.isNaN(actual)) {
      return null;
    }
    MeasuredElement e = structure.measured(m);
    Period period = compiled.period(m);
    Target target =
        policy.targetRule() == TargetRule.ORIGINAL
            ? source.targetAt(e.id(), period.start().minusDays(1))
            : e.target();
    return ScoringInput.trusted(e.measure(), target, actual, e.id(), asOf, period);
  }

  /** The time-weighted score of element {@code m} with {@code input}; null unless it applies. */
  @Nullable TimeWeighted timeWeighted(int m, ScoringInput input) {
    return policy.targetRule() == TargetRule.TIME_WEIGHTED
        ? TimeWeighted.of(source, compiled.strategy(m), input, compiled.period(m), asOf)
        : null;
  }

  /** {@code strategy}'s score of {@code input}, checked against the strategy contract. */
  static double checkedScore(ScoringStrategy strategy, ScoringInput input) {
    double s = strategy.score(input);
    if (!(s >= 0 && s <= strategy.maxScore())) {
      throw new IllegalStateException(
          "strategy "
              + strategy
              + " scored "
              + plain(s)
              + " for "
              + input.elementId().map(id -> "'" + id + "'").orElse("an element")
              + " (actual "
              + plain(input.actual())
              + "); a strategy must return a finite score from 0 to its"
              + " maxScore "
              + plain(strategy.maxScore()));
    }
    return s;
  }
}

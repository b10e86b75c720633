package org.okrkit.formula;

import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Period;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.ScoringInput;

/**
 * The laws of the strategy contract (those of okr-testing's {@code ScoringStrategyContract}),
 * checked on a sample grid when a formula is made: for every direction it serves, sample targets
 * with and without threshold and stretch, the period 0, half and fully elapsed, and actual values
 * from well below the lowest of the target's numbers to well above the highest. Each score must be
 * finite and lie from 0 to the cap, and a better actual value must never score less. A formula that
 * breaks a law is refused with the counterexample.
 */
final class FormulaLaws {
  private static final Period PERIOD = Period.quarter(2026, 1);
  private static final ImmutableList<LocalDate> DATES =
      ImmutableList.of(
          PERIOD.start().minusDays(1), PERIOD.start().plusDays(44), PERIOD.end().plusDays(1));

  /** Points of the grid between the lowest and highest sample values. */
  private static final int STEPS = 48;

  private FormulaLaws() {}

  static ImmutableList<Target> samples(Direction direction) {
    return switch (direction) {
      case INCREASE ->
          ImmutableList.of(
              Target.increase(0, 100),
              Target.builder()
                  .kind(Target.Kind.ABSOLUTE)
                  .baseline(20)
                  .value(80)
                  .threshold(50)
                  .stretch(120)
                  .build());
      case DECREASE ->
          ImmutableList.of(
              Target.decrease(100, 50),
              Target.builder()
                  .kind(Target.Kind.ABSOLUTE)
                  .baseline(100)
                  .value(40)
                  .threshold(60)
                  .stretch(20)
                  .build());
      case RANGE ->
          ImmutableList.of(
              Target.range(3, 5),
              Target.builder().kind(Target.Kind.RANGE).low(40).high(60).baseline(0).build());
    };
  }

  /**
   * Checks {@code formula} on the grid.
   *
   * @throws ParameterException of parameter {@code expression}, with the counterexample
   */
  static void check(FormulaStrategy formula) {
    for (Direction direction : formula.directions()) {
      Measure measure = Measure.of("sample", Unit.COUNT, direction);
      for (Target target : samples(direction)) {
        double[] actuals = grid(target);
        for (LocalDate date : DATES) {
          double[] scores = new double[actuals.length];
          for (int i = 0; i < actuals.length; i++) {
            ScoringInput input =
                ScoringInput.of(measure, target, actuals[i]).withContext("sample", date, PERIOD);
            scores[i] = value(formula, input, date);
          }
          monotone(formula, direction, target, actuals, scores, date);
        }
      }
    }
  }

  private static double value(FormulaStrategy formula, ScoringInput input, LocalDate date) {
    double s;
    try {
      s = formula.evaluate(new Variables(input), input);
    } catch (IllegalStateException e) {
      throw refused(
          input, date, "law.cannotEvaluate", Map.of("detail", String.valueOf(e.getMessage())));
    }
    if (!Double.isFinite(s) || s < 0 || s > formula.maxScore()) {
      throw refused(
          input,
          date,
          "law.outOfRange",
          Map.of("score", plain(s), "cap", plain(formula.maxScore())));
    }
    return s;
  }

  private static void monotone(
      FormulaStrategy formula,
      Direction direction,
      Target target,
      double[] actuals,
      double[] scores,
      LocalDate date) {
    Measure measure = Measure.of("sample", Unit.COUNT, direction);
    for (int i = 1; i < actuals.length; i++) {
      double lo = actuals[i - 1];
      double hi = actuals[i];
      boolean broken =
          switch (direction) {
            case INCREASE -> scores[i - 1] > scores[i];
            case DECREASE -> scores[i - 1] < scores[i];
            case RANGE ->
                (hi <= target.low().getAsDouble() && scores[i - 1] > scores[i])
                    || (lo >= target.high().getAsDouble() && scores[i - 1] < scores[i]);
          };
      if (broken) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("direction", direction);
        arguments.put("target", target);
        arguments.put("elapsed", plain(elapsed(date)));
        arguments.put("lower", plain(lo));
        arguments.put("lowerScore", plain(scores[i - 1]));
        arguments.put("higher", plain(hi));
        arguments.put("higherScore", plain(scores[i]));
        throw FormulaCompiler.problem("law.monotone", arguments);
      }
    }
    if (direction == Direction.RANGE) {
      double mid = (target.low().getAsDouble() + target.high().getAsDouble()) / 2;
      ScoringInput input =
          ScoringInput.of(measure, target, mid).withContext("sample", date, PERIOD);
      double inside = value(formula, input, date);
      for (int i = 0; i < actuals.length; i++) {
        if (scores[i] > inside) {
          Map<String, Object> arguments = new LinkedHashMap<>();
          arguments.put("target", target);
          arguments.put("elapsed", plain(elapsed(date)));
          arguments.put("actual", plain(actuals[i]));
          arguments.put("score", plain(scores[i]));
          arguments.put("middle", plain(mid));
          arguments.put("middleScore", plain(inside));
          throw FormulaCompiler.problem("law.rangeHighest", arguments);
        }
      }
    }
  }

  private static ParameterException refused(
      ScoringInput input, LocalDate date, String why, Map<String, ?> whyArguments) {
    Map<String, Object> record = new LinkedHashMap<>(whyArguments);
    record.put(ProblemTemplates.PHRASE, why);
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("direction", input.measure().direction());
    arguments.put("target", input.target());
    arguments.put("elapsed", plain(elapsed(date)));
    arguments.put("actual", plain(input.actual()));
    arguments.put("why", record);
    return FormulaCompiler.problem("law.broken", arguments);
  }

  private static double elapsed(LocalDate date) {
    return PERIOD.fractionElapsed(date);
  }

  /** Actual values from below the lowest of the target's numbers to above the highest. */
  static double[] grid(Target target) {
    List<Double> marks = new java.util.ArrayList<>();
    for (var n :
        List.of(
            target.baseline(),
            target.absoluteValue(),
            target.absoluteThreshold(),
            target.absoluteStretch(),
            target.low(),
            target.high())) {
      if (n.isPresent()) {
        marks.add(n.getAsDouble());
      }
    }
    double min = marks.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = marks.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double span = Math.max(1, max - min);
    double from = min - span;
    double to = max + span;
    double[] values = new double[STEPS + 1 + marks.size()];
    for (int i = 0; i <= STEPS; i++) {
      values[i] = from + (to - from) * i / STEPS;
    }
    for (int i = 0; i < marks.size(); i++) {
      values[STEPS + 1 + i] = marks.get(i);
    }
    return Arrays.stream(values).sorted().distinct().toArray();
  }
}

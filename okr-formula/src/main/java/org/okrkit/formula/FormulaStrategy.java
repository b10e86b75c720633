package org.okrkit.formula;

import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.cel.runtime.CelEvaluationException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Direction;
import org.okrkit.scoring.Formula;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StrategySpec;

/**
 * A compiled formula: the CEL program, made once, evaluated for each input with a {@link Variables}
 * of that input alone. Equal, and shown, by its {@linkplain #spec() spec}. Immutable and
 * thread-safe: CEL programs are.
 */
final class FormulaStrategy implements ScoringStrategy {
  private final StrategySpec.Named spec;
  private final String expression;
  private final Set<Direction> directions;
  private final double cap;
  private final FormulaCompiler.Compiled compiled;

  FormulaStrategy(
      StrategySpec.Named spec, String expression, Set<Direction> directions, double cap) {
    this.spec = spec;
    this.expression = expression;
    this.directions = Sets.immutableEnumSet(directions);
    this.cap = cap;
    this.compiled = FormulaCompiler.compile(expression);
  }

  String expression() {
    return expression;
  }

  Set<Direction> directions() {
    return directions;
  }

  @Override
  public double score(ScoringInput input) {
    Direction direction = input.measure().direction();
    if (!directions.contains(direction)) {
      throw new IllegalStateException(
          this
              + " serves "
              + directions
              + " measures; "
              + element(input)
              + " has a "
              + direction
              + " measure");
    }
    Variables v = new Variables(input);
    double s = evaluate(v, input);
    if (!Double.isFinite(s) || s < 0 || s > cap) {
      throw new IllegalStateException(
          this
              + " gave "
              + plain(s)
              + " for "
              + element(input)
              + " (actual "
              + plain(input.actual())
              + ", target "
              + input.target().describe()
              + "); a formula must give a finite number from 0 to its cap "
              + plain(cap));
    }
    return s;
  }

  /**
   * The formula's value for {@code v}, not yet checked against the cap.
   *
   * @throws IllegalStateException if the formula reads a number the target does not have, or CEL
   *     fails to evaluate it, naming the element
   */
  double evaluate(Variables v, ScoringInput input) {
    DoubleProgram fast = compiled.fast();
    if (fast != null) {
      try {
        return fast.eval(v.values(), v.present());
      } catch (DoubleProgram.FallBack e) {
        // an absent number was read: CEL's own evaluation says what follows
      }
    }
    Object result;
    try {
      result = compiled.program().eval(v);
    } catch (CelEvaluationException e) {
      throw missing(v, input)
          .orElseGet(
              () ->
                  new IllegalStateException(
                      this
                          + " failed for "
                          + element(input)
                          + " (actual "
                          + plain(input.actual())
                          + "): "
                          + e.getMessage(),
                      e));
    }
    if (result instanceof Double d) {
      return d;
    }
    if (result instanceof Long l) {
      return l.doubleValue();
    }
    // the legacy runtime gives an unknown, not an error, for a variable bound to nothing
    throw missing(v, input)
        .orElseGet(
            () ->
                new IllegalStateException(
                    this + " gave " + result + " for " + element(input) + "; expected a number"));
  }

  /** The error of a formula that read a number its input does not have, if it read one. */
  private Optional<IllegalStateException> missing(Variables v, ScoringInput input) {
    return v.missing()
        .map(
            name ->
                new IllegalStateException(
                    this
                        + " reads '"
                        + name
                        + "', which the target "
                        + input.target().describe()
                        + " of "
                        + element(input)
                        + " does not have; guard it with has(given."
                        + name
                        + ")"));
  }

  private static String element(ScoringInput input) {
    return input.elementId().map(id -> "'" + id + "'").orElse("an element");
  }

  /**
   * The expression with the numbers it reads: {@code (actual - baseline) / (target - baseline) with
   * actual 13, baseline 0, target 20 = 0.65}.
   */
  @Override
  public Formula formula(ScoringInput input) {
    double s = score(input);
    Variables v = new Variables(input);
    ImmutableMap.Builder<String, Double> numbers = ImmutableMap.builder();
    StringBuilder text = new StringBuilder(expression.strip().replaceAll("\\s+", " "));
    String sep = " with ";
    for (String name : Variables.NAMES) {
      OptionalDouble value = v.get(name);
      if (compiled.reads().contains(name) && value.isPresent()) {
        numbers.put(name, value.getAsDouble());
        text.append(sep).append(name).append(" {").append(name).append('}');
        sep = ", ";
      }
    }
    numbers.put("result", s);
    text.append(" = {result:score}");
    return Formula.custom(text.toString(), numbers.buildOrThrow());
  }

  @Override
  public double maxScore() {
    return cap;
  }

  @Override
  public Optional<StrategySpec> spec() {
    return Optional.of(spec);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FormulaStrategy f && f.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  /** {@code formula(expression=actual / target, directions=[INCREASE], cap=1)}. */
  @Override
  public String toString() {
    return spec.toString();
  }
}

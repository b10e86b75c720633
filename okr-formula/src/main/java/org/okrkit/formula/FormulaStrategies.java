package org.okrkit.formula;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okrkit.core.Direction;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StrategySpec;

/**
 * Scoring strategies written as formulas: an expression in Google's Common Expression Language
 * (CEL) over the numbers of the input, such as {@code actual >= target ? 1.0 : (actual <= baseline
 * ? 0.0 : (actual - baseline) / (target - baseline) * 0.8)}.
 *
 * <p>The expression reads these variables, all doubles: {@code actual} (the value observed; the
 * share of milestones done for a milestone target), {@code baseline}, {@code target} (the value to
 * reach, in the measure's unit even for a relative target), {@code threshold}, {@code stretch}
 * (likewise resolved), {@code low} and {@code high} (of a range target) and {@code elapsed} (the
 * share of the element's period elapsed at the scorecard's date, from 0 to 1). For a milestone
 * target, {@code baseline} is 0 and {@code target} 1. A number the input does not have is
 * <em>absent</em>, never 0: reading it is an error; {@code has(given.stretch)} tells whether it is
 * there, {@code given} being a map of the numbers present ({@code has(given.stretch) ? ... : ...}).
 * Numbers of either CEL type compare with each other; arithmetic needs doubles, so write {@code
 * 2.0}, not {@code 2}. The result is a double or an int.
 *
 * <p>A formula is checked when it is made: parsed and type-checked (a problem names its column in
 * the expression), then evaluated on a sample grid for every direction it serves, where each score
 * must be finite, lie from 0 to the cap and never fall as the actual value gets better (for a
 * range: never fall as the value approaches the range, highest inside). A formula that breaks a law
 * is refused with the counterexample. At scoring, a formula that reads an absent number, gives a
 * non-finite value or leaves [0, cap] fails with an {@link IllegalStateException} naming the
 * element; so does an element whose measure's direction the formula does not serve.
 *
 * <p>The strategy is compiled once; it is immutable, thread-safe, and equal to another, and shown,
 * by its {@linkplain ScoringStrategy#spec() spec}: {@code formula(expression=actual / target,
 * directions=[INCREASE], cap=1)}. Its explanation is the expression with the numbers it read.
 */
public final class FormulaStrategies {
  /** The strategy kind policy files name: {@code formula}. */
  public static final String KIND = "formula";

  /** The parameters of a formula spec. */
  static final ImmutableList<String> PARAMETERS =
      ImmutableList.of("expression", "directions", "cap");

  private FormulaStrategies() {}

  /**
   * The formula {@code expression}, for measures of {@code directions}, scoring from 0 to 1.
   *
   * @throws ParameterException if the expression does not compile or breaks a law of the strategy
   *     contract, or no direction is given
   */
  public static ScoringStrategy formula(String expression, Set<Direction> directions) {
    return formula(expression, directions, 1.0);
  }

  /**
   * The formula {@code expression}, for measures of {@code directions}, scoring from 0 to {@code
   * cap}.
   *
   * @param cap the highest score, finite and above 0
   * @throws ParameterException if the expression does not compile or breaks a law of the strategy
   *     contract, no direction is given or the cap is out of bounds
   */
  public static ScoringStrategy formula(String expression, Set<Direction> directions, double cap) {
    requireNonNull(expression, "expression");
    requireNonNull(directions, "directions");
    List<Object> names = new ArrayList<>();
    for (Direction d : EnumSet.copyOf(checkDirections(directions))) {
      names.add(d.name());
    }
    return of(
        StrategySpec.Named.of(
            KIND, ImmutableMap.of("expression", expression, "directions", names, "cap", cap)));
  }

  private static Set<Direction> checkDirections(Set<Direction> directions) {
    if (directions.isEmpty()) {
      throw FormulaProblems.refused("directions", "formula.noDirections", Map.of());
    }
    return directions;
  }

  /**
   * The formula of {@code spec}: kind {@code formula}, parameters {@code expression} (a string),
   * {@code directions} (a list of {@code increase}, {@code decrease}, {@code range}, in any case;
   * or one of them) and optionally {@code cap} (a number above 0; 1 when absent). The strategy's
   * spec is {@code spec} with the directions upper-case in that order and the cap filled in, so
   * that specs that say the same thing make equal strategies.
   *
   * @throws ParameterException naming the parameter refused: missing, of the wrong type or value,
   *     unknown, or an expression that does not compile or breaks a law of the strategy contract
   */
  public static ScoringStrategy of(StrategySpec.Named spec) {
    requireNonNull(spec, "spec");
    if (!spec.kind().equals(KIND)) {
      throw new IllegalArgumentException(
          "a formula spec has kind '" + KIND + "'; got '" + spec.kind() + "'");
    }
    Map<String, Object> p = spec.parameters();
    for (String name : p.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw FormulaProblems.refused(
            name,
            "formula.unknownParameter",
            Map.of("name", name, "expected", List.copyOf(PARAMETERS)));
      }
    }
    Object e = p.get("expression");
    if (!(e instanceof String expression)) {
      throw e == null
          ? FormulaProblems.refused("expression", "formula.noExpression", Map.of())
          : FormulaProblems.refused(
              "expression", "formula.expressionNotText", Map.of("value", String.valueOf(e)));
    }
    Set<Direction> directions = directions(p.get("directions"));
    Object c = p.getOrDefault("cap", 1.0);
    if (!(c instanceof Double cap) || !(cap > 0)) {
      throw FormulaProblems.refused("cap", "formula.cap", Map.of("value", String.valueOf(c)));
    }
    List<Object> names = new ArrayList<>();
    for (Direction d : directions) {
      names.add(d.name());
    }
    StrategySpec.Named canonical =
        StrategySpec.Named.of(
            KIND, ImmutableMap.of("expression", expression, "directions", names, "cap", cap));
    FormulaStrategy formula = new FormulaStrategy(canonical, expression, directions, cap);
    FormulaLaws.check(formula);
    return formula;
  }

  private static Set<Direction> directions(@org.jspecify.annotations.Nullable Object value) {
    if (value == null) {
      throw FormulaProblems.refused("directions", "formula.directionsMissing", Map.of());
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    EnumSet<Direction> directions = EnumSet.noneOf(Direction.class);
    for (Object item : items) {
      Direction d = null;
      if (item instanceof String s) {
        for (Direction candidate : Direction.values()) {
          if (candidate.name().equals(s.toUpperCase(Locale.ROOT))) {
            d = candidate;
          }
        }
      }
      if (d == null) {
        throw FormulaProblems.refused(
            "directions", "formula.unknownDirection", Map.of("value", String.valueOf(item)));
      }
      directions.add(d);
    }
    return checkDirections(directions);
  }
}

package org.okrkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okrkit.core.Target;

/**
 * How a score comes about, as data: the {@linkplain #kind() kind} of formula, its named {@linkplain
 * #numbers() numbers} (operands and result), the {@linkplain #terms() terms} it runs over (the
 * children's weighted scores, a payout table's points, the targets of a time-weighted blend), the
 * formula it {@linkplain #basis() builds on}, and the {@linkplain #steps() steps} applied to its
 * result in order (clamping, rounding, a key result's share from its KPIs).
 *
 * <p>Each kind documents the names of its numbers; {@code result} is what the formula arrives at
 * before its steps, and {@link #result()} what it arrives at after them. Numbers keep their exact
 * double values and are always finite. {@link #render()} writes the formula in English as
 * explanations show it: {@code (96.8 - 95) / (98 - 95) = 0.6}. Immutable and thread-safe.
 *
 * <p>Made by {@link ScoringStrategy#formula} and {@link Aggregation#formula}; a host's strategy or
 * aggregation builds one with {@link #of}, {@link #custom} or {@link #builder()}.
 */
@Value.Immutable
public abstract sealed class Formula permits ImmutableFormula {

  Formula() {}

  /**
   * The kinds of formula, each with the numbers it names. In the English text, {@code [target]} is
   * the {@linkplain Formula#target() target} as people read it; {@code terms} are the formula's
   * {@linkplain Formula#terms() terms}.
   */
  public enum Kind {
    /** A strategy's score, with nothing more to show: {@code score 0.7}. Numbers: result. */
    SCORE,
    /** Met or not, at least: {@code 4 >= 5? no -> 0}. Numbers: actual, target, result (1 or 0). */
    AT_LEAST,
    /** Met or not, at most: {@code 131 <= 120? no -> 0}. Numbers: actual, target, result. */
    AT_MOST,
    /** Met or not, inside a range: {@code 4 inside [target]? yes -> 1}. Numbers: actual, result. */
    INSIDE_RANGE,
    /** Met or not, every milestone done: numbers actual (the share done), result. */
    ALL_MILESTONES_DONE,
    /**
     * The way from the baseline to the target: {@code (13 - 0) / (20 - 0) = 0.65}. Numbers: actual,
     * baseline, target, result.
     */
    ACHIEVEMENT,
    /** Achievement of a milestone target, the share done: numbers actual, result. */
    MILESTONE_SHARE,
    /**
     * Achievement inside a range target: {@code 4 inside [target] -> 1}. Numbers: actual, result.
     */
    RANGE_INSIDE,
    /**
     * Achievement outside a range target: {@code 1 - distance / baseline's distance}. Numbers:
     * actual, distance, baseline, baselineDistance, result.
     */
    RANGE_ACHIEVEMENT,
    /** The weighted share of milestones done: numbers result. */
    WEIGHTED_MILESTONES,
    /**
     * A tiered score: numbers actual, threshold (absent without one), floor, target, stretch
     * (absent without one), ceiling, result.
     */
    TIERS,
    /**
     * The step of a payout table reached by the achievement of the {@linkplain Formula#basis()
     * basis}; terms are the table's points (achievement, score). Numbers: result.
     */
    STEPPED,
    /**
     * The payout curve at the achievement of the {@linkplain Formula#basis() basis}; terms are the
     * curve's points (achievement, score). Numbers: result.
     */
    CURVE,
    /** Percent of target for milestones, the share done: numbers result. */
    MILESTONES_DONE,
    /** Percent of target for a range: numbers actual, result. */
    AGAINST_RANGE,
    /** {@code actual / target}, followed by a clamping step. Numbers: actual, target, result. */
    RATIO,
    /** {@code target / actual}, followed by a clamping step. Numbers: target, actual, result. */
    INVERSE_RATIO,
    /** A decreasing actual value at or below 0, the best possible: numbers actual, result. */
    BEST_POSSIBLE,
    /** The target met in full: {@code 5 meets [target] -> 1}. Numbers: actual, result. */
    MEETS,
    /** Short of the target, within a tolerance: numbers shortfall, tolerance, result. */
    SHORTFALL,
    /** A weighted mean; terms are the children's scores and weights. Numbers: total, result. */
    WEIGHTED_MEAN,
    /** The lowest score; terms are the children's scores and weights. Numbers: result. */
    MINIMUM,
    /** A weighted geometric mean; terms as for a weighted mean. Numbers: total, result. */
    GEOMETRIC_MEAN,
    /** Every child passes, so the weighted mean: numbers passMark, total, result. */
    ALL_PASS,
    /** A child below the pass mark, so the lowest score: numbers lowest, passMark, result. */
    BELOW_PASS_MARK,
    /** A weighted sum capped: numbers cap, total, result. */
    CAPPED_WEIGHTED_SUM,
    /**
     * A host aggregation, named by its {@linkplain Formula#text() text}, over its terms (score,
     * weight). Numbers: result.
     */
    AGGREGATION,
    /**
     * A time-weighted blend over the targets in force; terms are the targets (days, score, and the
     * target), the {@linkplain Formula#basis() basis} the formula against the target now. Numbers:
     * targets (how many), days, result.
     */
    TIME_WEIGHTED,
    /**
     * No check-in on or before the {@linkplain Formula#date() date}, and missing values score 0.
     */
    NO_CHECK_IN_SCORES_ZERO,
    /**
     * No check-in on or before the {@linkplain Formula#date() date}; missing values are unscored.
     */
    NO_CHECK_IN_UNSCORED,
    /** No child scored, so unscored. */
    NOTHING_TO_AGGREGATE,
    /** Neither part of an owner's composite scored, so unscored. */
    NOTHING_TO_COMBINE,
    /**
     * An owner's composite of both parts: numbers kpiWeight, kpi, okrWeight, okr, total, result.
     */
    COMPOSITE,
    /** An owner's composite from the KPI part alone: numbers result. */
    KPI_SCORE_ALONE,
    /** An owner's composite from the OKR part alone: numbers result. */
    OKR_SCORE_ALONE,
    /**
     * A host's own formula: its {@linkplain Formula#text() text} is the host's words with the
     * numbers put in by name, {@code {name}} as a person reads a number and {@code {name:score}} as
     * a score is shown (at most three decimals).
     */
    CUSTOM
  }

  /**
   * A row a formula runs over: a child's score and weight, a table's point, a target in force.
   *
   * @param numbers the row's numbers by name, finite: {@code score} and {@code weight} of a child,
   *     {@code achievement} and {@code score} of a point, {@code days} and {@code score} of a
   *     target in force
   * @param target the target in force, for the terms of a time-weighted blend; else empty
   */
  public record Term(Map<String, Double> numbers, Optional<Target> target) {
    /**
     * Checks and copies the numbers, keeping their order.
     *
     * @throws IllegalArgumentException if a number is not finite
     */
    public Term {
      numbers = finite(numbers);
      requireNonNull(target, "target");
    }

    /** A term of the given numbers and no target. */
    public static Term of(Map<String, Double> numbers) {
      return new Term(numbers, Optional.empty());
    }

    /** A child's {@code score} and {@code weight}. */
    public static Term weighted(double score, double weight) {
      return of(ImmutableMap.of("score", score, "weight", weight));
    }

    /** The number named {@code name}; empty when the term has none. */
    public OptionalDouble number(String name) {
      Double value = numbers.get(name);
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }

  /**
   * A step applied to a formula's result, with its own numbers.
   *
   * @param kind the kind of step
   * @param numbers the step's numbers by name, finite, as its kind lists them; {@code result} is
   *     the result after the step
   */
  public record Step(Step.Kind kind, Map<String, Double> numbers) {

    /** The kinds of step, each with the numbers it names. */
    public enum Kind {
      /** Clamped to {@code [0, cap]}: numbers cap, result. */
      CLAMPED,
      /** Rounded to tenths: numbers result. */
      ROUNDED_TO_TENTHS,
      /** Met or not, because the target has no baseline to grade from. */
      NO_BASELINE,
      /** Met or not, because the target is not one of milestones. */
      NOT_MILESTONES,
      /** Met or not, because a range target has no tiers. */
      NO_TIERS_FOR_RANGE,
      /** Met or not, because a milestone target has no tiers. */
      NO_TIERS_FOR_MILESTONES,
      /** Met or not, because a target of 0 or less has no ratio: numbers target. */
      NO_RATIO,
      /**
       * A key result's share from the KPIs supporting it: numbers share, measured (its own score),
       * kpis (its KPIs' score), result.
       */
      KPI_BLEND,
      /**
       * A key result without a score of its own, scored by its KPIs alone: numbers kpis, result.
       */
      KPIS_ALONE
    }

    /**
     * Checks and copies the numbers, keeping their order.
     *
     * @throws IllegalArgumentException if a number is not finite
     */
    public Step {
      requireNonNull(kind, "kind");
      numbers = finite(numbers);
    }

    /** A step of the given kind and numbers. */
    public static Step of(Step.Kind kind, Map<String, Double> numbers) {
      return new Step(kind, numbers);
    }

    /** The number named {@code name}; empty when the step has none. */
    public OptionalDouble number(String name) {
      Double value = numbers.get(name);
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }

  /** The kind of formula. */
  public abstract Kind kind();

  /**
   * The formula's numbers by name, in the order given; the names each kind uses are listed there.
   */
  public abstract Map<String, Double> numbers();

  /** The rows the formula runs over, in order; empty for most kinds. */
  public abstract List<Term> terms();

  /** The target the formula speaks of, where its text shows one. */
  public abstract Optional<Target> target();

  /** The date the formula speaks of: the scorecard's date when there was no check-in by then. */
  public abstract Optional<LocalDate> date();

  /**
   * Words a host supplied: the name of a host's {@linkplain Kind#AGGREGATION aggregation}, or the
   * text of a {@linkplain Kind#CUSTOM custom} formula.
   */
  public abstract Optional<String> text();

  /** The formula whose result this one builds on: the achievement a payout table reads, say. */
  public abstract Optional<Formula> basis();

  /** The steps applied to the result, in order. */
  public abstract List<Step> steps();

  /** The number named {@code name}, of the formula itself (not of its steps); empty when none. */
  public final OptionalDouble number(String name) {
    Double value = numbers().get(requireNonNull(name, "name"));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * What the formula arrives at: the {@code result} of its last step that has one, else its own;
   * empty for a formula without a result, such as one that leaves an element unscored.
   */
  public final OptionalDouble result() {
    for (int i = steps().size() - 1; i >= 0; i--) {
      OptionalDouble r = steps().get(i).number("result");
      if (r.isPresent()) {
        return r;
      }
    }
    return number("result");
  }

  /** This formula with {@code step} applied after its steps. */
  public final Formula withStep(Step step) {
    return builder().from(this).addStep(requireNonNull(step, "step")).build();
  }

  /**
   * The formula in English with its numbers filled in, as explanations show it: operands and
   * intermediate results as a person reads them ({@link org.okrkit.core.Numbers#readable}), scores
   * rounded to three decimals.
   */
  public final String render() {
    return Renderer.english().formula(this);
  }

  /**
   * The formula as {@link #render()} writes it, in the words of {@code locale} (English for {@link
   * java.util.Locale#ROOT}, {@link java.util.Locale#ENGLISH} and any locale without a translation);
   * never in the JVM's default locale. A {@linkplain #custom custom} formula keeps its own words.
   *
   * @param locale the language to write in, not null
   */
  public final String render(java.util.Locale locale) {
    return Renderer.of(java.util.Objects.requireNonNull(locale, "locale")).formula(this);
  }

  /** A formula of {@code kind} with {@code numbers}, in the order given. */
  public static Formula of(Kind kind, Map<String, Double> numbers) {
    return builder().kind(kind).numbers(numbers).build();
  }

  /**
   * A host's own formula: {@code text} in the host's words, with {@code {name}} or {@code
   * {name:score}} where a number of {@code numbers} goes: {@code custom("share {share} of the way
   * -> {result:score}", Map.of("share", 0.8, "result", 0.8))}. Numbers named {@code result} count
   * as the formula's {@link #result()}.
   */
  public static Formula custom(String text, Map<String, Double> numbers) {
    return builder().kind(Kind.CUSTOM).text(text).numbers(numbers).build();
  }

  /** A builder; the kind is required, everything else is empty unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Formula}. */
  public static final class Builder extends ImmutableFormula.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ImmutableMap<String, Double> unused = finite(numbers());
    checkArgument(kind() != Kind.CUSTOM || text().isPresent(), "a CUSTOM formula needs its text");
  }

  private static ImmutableMap<String, Double> finite(Map<String, Double> numbers) {
    ImmutableMap<String, Double> copy = ImmutableMap.copyOf(numbers);
    copy.forEach(
        (name, value) ->
            checkArgument(
                Double.isFinite(value), "formula number %s must be finite, got %s", name, value));
    return copy;
  }
}

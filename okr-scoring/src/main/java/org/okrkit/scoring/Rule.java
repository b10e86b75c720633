package org.okrkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The rule of a {@link ScoringPolicy} that an {@link Explanation} applied, as data: the {@linkplain
 * Strategy strategy} of a key result or KPI and where the policy set it, the {@linkplain Objective
 * aggregation of an objective}, of an {@linkplain OwnerPart owner's KPIs or objectives}, or an
 * {@linkplain Composite owner's composite}. Policy values (strategies, aggregations) are kept as
 * they are; their {@code toString()} is their notation in policy files. Immutable and thread-safe.
 */
public sealed interface Rule permits Rule.Strategy, Rule.Objective, Rule.OwnerPart, Rule.Composite {

  /**
   * The rule in English, as explanations show it: {@code linear(cap=1), the default for key
   * results}.
   */
  default String render() {
    return Renderer.english().rule(this);
  }

  /**
   * The rule as {@link #render()} writes it, in the words of {@code locale} (English for {@link
   * java.util.Locale#ROOT}, {@link java.util.Locale#ENGLISH} and any locale without a translation);
   * never in the JVM's default locale.
   *
   * @param locale the language to write in, not null
   */
  default String render(java.util.Locale locale) {
    return Renderer.of(java.util.Objects.requireNonNull(locale, "locale")).rule(this);
  }

  /** Where a policy set the strategy of a key result or KPI: its rules, in the order they apply. */
  enum Source {
    /** Set for the element's id ({@link ScoringPolicy#elementStrategies()}). */
    ELEMENT,
    /** Set for a tag the element carries ({@link ScoringPolicy#tagStrategies()}). */
    TAG,
    /** Set for the level of the element's owner ({@link ScoringPolicy#levelStrategies()}). */
    OWNER_LEVEL,
    /** The default for key results ({@link ScoringPolicy#keyResultStrategy()}). */
    KEY_RESULT_DEFAULT,
    /** The default for KPIs ({@link ScoringPolicy#kpiStrategy()}). */
    KPI_DEFAULT
  }

  /**
   * The strategy that scored a key result or KPI.
   *
   * @param strategy the strategy
   * @param source where the policy set it
   * @param key what it was set for: the element's id for {@code ELEMENT}, the tag for {@code TAG},
   *     the {@link org.okrkit.core.Level} name for {@code OWNER_LEVEL}; empty for the defaults
   * @param kpiShare the share of a key result's score taken from the KPIs supporting it, from 0 to
   *     1; empty when it takes none
   */
  record Strategy(ScoringStrategy strategy, Source source, String key, OptionalDouble kpiShare)
      implements Rule {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the key is empty for a source that names one, or the
     *     share is not from 0 to 1
     */
    public Strategy {
      requireNonNull(strategy, "strategy");
      requireNonNull(source, "source");
      requireNonNull(key, "key");
      requireNonNull(kpiShare, "kpiShare");
      boolean defaults = source == Source.KEY_RESULT_DEFAULT || source == Source.KPI_DEFAULT;
      checkArgument(
          defaults == key.isEmpty(),
          "a strategy rule from %s %s a key, got '%s'",
          source,
          defaults ? "has no" : "needs",
          key);
      checkArgument(
          kpiShare.isEmpty() || (kpiShare.getAsDouble() >= 0 && kpiShare.getAsDouble() <= 1),
          "kpiShare must lie from 0 to 1, got %s",
          kpiShare);
    }
  }

  /**
   * The aggregation of an objective's key results and contributing objectives.
   *
   * @param aggregation the policy's {@link ScoringPolicy#objectiveAggregation()}
   * @param childObjectiveWeight the weight of each contributing objective; empty when none counts
   *     (the objective has none, or the policy weighs them 0)
   * @param committed whether the objective is {@code COMMITTED}, so judged against 1.0
   */
  record Objective(Aggregation aggregation, OptionalDouble childObjectiveWeight, boolean committed)
      implements Rule {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the weight is present and not finite and above 0
     */
    public Objective {
      requireNonNull(aggregation, "aggregation");
      requireNonNull(childObjectiveWeight, "childObjectiveWeight");
      checkArgument(
          childObjectiveWeight.isEmpty()
              || (childObjectiveWeight.getAsDouble() > 0
                  && Double.isFinite(childObjectiveWeight.getAsDouble())),
          "childObjectiveWeight must be finite and above 0, got %s",
          childObjectiveWeight);
    }
  }

  /**
   * The aggregation of one part of an owner's scorecard.
   *
   * @param aggregation the policy's {@link ScoringPolicy#kpiAggregation()} or {@link
   *     ScoringPolicy#okrAggregation()}
   * @param kpis true for the owner's KPIs (by KPI weight), false for the objectives it owns
   */
  record OwnerPart(Aggregation aggregation, boolean kpis) implements Rule {
    /** Checks the parts. */
    public OwnerPart {
      requireNonNull(aggregation, "aggregation");
    }
  }

  /**
   * An owner's composite of its KPI score and OKR score.
   *
   * @param kpiWeight the policy's {@link ScoringPolicy#compositeKpiWeight()}
   * @param okrWeight the policy's {@link ScoringPolicy#compositeOkrWeight()}
   */
  record Composite(double kpiWeight, double okrWeight) implements Rule {
    /**
     * Checks the weights.
     *
     * @throws IllegalArgumentException if a weight is not finite or below 0
     */
    public Composite {
      checkArgument(
          Double.isFinite(kpiWeight)
              && kpiWeight >= 0
              && Double.isFinite(okrWeight)
              && okrWeight >= 0,
          "composite weights must be finite and at least 0, got %s and %s",
          kpiWeight,
          okrWeight);
    }
  }
}

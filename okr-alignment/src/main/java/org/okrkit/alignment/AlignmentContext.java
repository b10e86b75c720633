package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.UnknownIdException;
import org.okrkit.scoring.Scorecard;

/**
 * What an {@link AlignmentRule} checks: a plan, its {@link AlignmentGraph}, the {@link
 * AlignmentConfig} and, when the analysis was given one, a {@link Scorecard} of the plan, which the
 * score-aware rules read. Immutable and safe to share between threads; the graph's figures are
 * computed once and shared by every rule.
 */
public final class AlignmentContext {
  private final AlignmentGraph graph;
  private final AlignmentConfig config;
  private final @Nullable Scorecard scorecard;

  private AlignmentContext(
      AlignmentGraph graph, AlignmentConfig config, @Nullable Scorecard scorecard) {
    this.graph = graph;
    this.config = config;
    this.scorecard = scorecard;
  }

  /** The context of a plan with the default configuration, without scores. */
  public static AlignmentContext of(Plan plan) {
    return of(AlignmentGraph.of(plan), AlignmentConfig.defaults());
  }

  /** The context of a plan with the given configuration, without scores. */
  public static AlignmentContext of(Plan plan, AlignmentConfig config) {
    return of(AlignmentGraph.of(plan), config);
  }

  /** The context of an already built graph with the given configuration, without scores. */
  public static AlignmentContext of(AlignmentGraph graph, AlignmentConfig config) {
    return new AlignmentContext(
        requireNonNull(graph, "graph"), requireNonNull(config, "config"), null);
  }

  /** The context of a scorecard's plan with its scores and the default configuration. */
  public static AlignmentContext of(Scorecard scorecard) {
    return of(scorecard, AlignmentConfig.defaults());
  }

  /** The context of a scorecard's plan with its scores and the given configuration. */
  public static AlignmentContext of(Scorecard scorecard, AlignmentConfig config) {
    requireNonNull(scorecard, "scorecard");
    return of(AlignmentGraph.of(scorecard.plan()), scorecard, config);
  }

  /**
   * The context of an already built graph with the scores of its plan and the given configuration.
   *
   * @throws IllegalArgumentException if {@code scorecard} scores another plan than the graph's (one
   *     not {@linkplain Plan#equals equal} to it)
   */
  public static AlignmentContext of(
      AlignmentGraph graph, Scorecard scorecard, AlignmentConfig config) {
    requireNonNull(graph, "graph");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(config, "config");
    Plan plan = graph.plan();
    if (!scorecard.plan().equals(plan)) {
      throw new IllegalArgumentException(
          "the scorecard scores "
              + scorecard.plan()
              + ", not the plan analysed, "
              + plan
              + "; analyse the scorecard of the plan you analyse");
    }
    return new AlignmentContext(graph, config, scorecard);
  }

  /** The plan to check. */
  public Plan plan() {
    return graph.plan();
  }

  /** The plan's alignment graph. */
  public AlignmentGraph graph() {
    return graph;
  }

  /** The thresholds of the built-in rules. */
  public AlignmentConfig config() {
    return config;
  }

  /**
   * The scores of the plan, which the score-aware rules read; empty when the analysis has none
   * (such as {@link AlignmentAnalyzer#analyze(Plan)}), and then the score-aware rules report
   * nothing. A present scorecard scores a plan equal to {@link #plan()}.
   */
  public Optional<Scorecard> scorecard() {
    return Optional.ofNullable(scorecard);
  }

  /**
   * The period an element runs in: its own period for an objective or KPI that has one, the period
   * of its objective for a key result, the plan's period otherwise.
   *
   * @throws UnknownIdException if the plan has no objective, key result or KPI {@code elementId}
   */
  public Period periodOf(String elementId) {
    requireNonNull(elementId, "elementId");
    Plan plan = graph.plan();
    PlanStructure s = plan.structure();
    int o = s.indexOfObjective(elementId);
    if (o < 0) {
      int m = s.indexOfMeasured(elementId);
      if (m < 0) {
        throw new UnknownIdException(elementId, "objective, key result or KPI");
      }
      if (m >= s.keyResultCount()) {
        return s.kpi(m - s.keyResultCount()).period().orElse(plan.period());
      }
      o = s.keyResultObjective(m);
    }
    return s.objective(o).period().orElse(plan.period());
  }

  /**
   * {@code AlignmentContext[Plan[...], config]}, and the scorecard's date when there is one: {@code
   * AlignmentContext[Plan[...], config, scored as of 2026-05-31]}.
   */
  @Override
  public String toString() {
    return "AlignmentContext["
        + graph.plan()
        + ", "
        + config
        + (scorecard == null ? "" : ", scored as of " + scorecard.asOf())
        + "]";
  }
}

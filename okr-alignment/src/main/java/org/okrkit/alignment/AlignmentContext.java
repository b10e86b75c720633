package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;

import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.UnknownIdException;

/**
 * What an {@link AlignmentRule} checks: a plan, its {@link AlignmentGraph} and the {@link
 * AlignmentConfig}. Immutable and safe to share between threads; the graph's figures are computed
 * once and shared by every rule.
 */
public final class AlignmentContext {
  private final AlignmentGraph graph;
  private final AlignmentConfig config;

  private AlignmentContext(AlignmentGraph graph, AlignmentConfig config) {
    this.graph = graph;
    this.config = config;
  }

  /** The context of a plan with the default configuration. */
  public static AlignmentContext of(Plan plan) {
    return of(AlignmentGraph.of(plan), AlignmentConfig.defaults());
  }

  /** The context of a plan with the given configuration. */
  public static AlignmentContext of(Plan plan, AlignmentConfig config) {
    return of(AlignmentGraph.of(plan), config);
  }

  /** The context of an already built graph with the given configuration. */
  public static AlignmentContext of(AlignmentGraph graph, AlignmentConfig config) {
    return new AlignmentContext(requireNonNull(graph, "graph"), requireNonNull(config, "config"));
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

  /** {@code AlignmentContext[Plan[...], config]}. */
  @Override
  public String toString() {
    return "AlignmentContext[" + graph.plan() + ", " + config + "]";
  }
}

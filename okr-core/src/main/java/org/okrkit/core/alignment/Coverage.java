package org.okrkit.core.alignment;

import java.util.Map;
import org.immutables.value.Value;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.internal.Checks;

/**
 * How much of a plan's key-result weight KPIs back: per key result, per objective, per owner and
 * for the whole plan. Every figure lies in [0, 1] and is never NaN.
 *
 * <p>The definitions, in the words of {@link AlignmentGraph}'s weights:
 *
 * <ul>
 *   <li>A KPI backs itself fully: 1.
 *   <li>A <b>key result</b> or <b>objective</b> is backed as much as the weighted mean of what
 *       feeds it: for a key result, the KPIs contributing to it (by contribution weight) and the
 *       objectives aligned with it (weight 1 each); for an objective, its key results (by their
 *       weights) and the objectives aligned with it directly (weight 1 each). So a key result with
 *       at least one KPI and nothing else feeding it is backed fully (1), and an objective whose key
 *       results are all of that kind has coverage 1. With no objectives aligned anywhere this is
 *       exactly "the share of the objective's key-result weight backed by at least one KPI".
 *   <li>A key result or objective that nothing feeds (an objective with no key results and no
 *       objectives aligned with it, a key result with neither KPIs nor aligned objectives) has
 *       coverage 0: nothing proves it, so no KPI backs it.
 *   <li>An <b>owner</b>'s coverage is the mean of its objectives' coverage, each objective counting
 *       once; owners that set no objective have no figure.
 *   <li>The <b>plan</b>'s coverage is the mean coverage of all its objectives, each counting once;
 *       0 for a plan with no objectives.
 * </ul>
 *
 * <p>A KPI's {@linkplain AlignmentGraph#impactOf impact weights} into an element sum, over all KPIs,
 * to that element's coverage.
 */
@Value.Immutable
public abstract sealed class Coverage permits ImmutableCoverage {

  Coverage() {}

  /** The plan's coverage: the mean coverage of its objectives; 0 when it has none. */
  public abstract double plan();

  /** The coverage of every objective, in plan order. */
  public abstract Map<String, Double> objectives();

  /** The coverage of every key result, in plan order. */
  public abstract Map<String, Double> keyResults();

  /** The coverage of every owner that sets at least one objective, in plan order. */
  public abstract Map<String, Double> owners();

  /**
   * The coverage of one objective.
   *
   * @throws UnknownIdException if the plan has no objective {@code id}
   */
  public final double objective(String id) {
    Double value = objectives().get(Checks.requireNonNull(id, "id"));
    if (value == null) {
      throw new UnknownIdException(id, "objective");
    }
    return value;
  }

  /**
   * The coverage of one key result.
   *
   * @throws UnknownIdException if the plan has no key result {@code id}
   */
  public final double keyResult(String id) {
    Double value = keyResults().get(Checks.requireNonNull(id, "id"));
    if (value == null) {
      throw new UnknownIdException(id, "key result");
    }
    return value;
  }
}

package org.okrkit.alignment;

import com.google.common.base.MoreObjects;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

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
 *       at least one KPI and nothing else feeding it is backed fully (1), and an objective whose
 *       key results are all of that kind has coverage 1. With no objectives aligned anywhere this
 *       is exactly "the share of the objective's key-result weight backed by at least one KPI".
 *   <li>A key result or objective that nothing feeds (an objective with no key results and no
 *       objectives aligned with it, a key result with neither KPIs nor aligned objectives) has
 *       coverage 0: nothing proves it, so no KPI backs it.
 *   <li>An <b>owner</b>'s coverage is the mean of its objectives' coverage, each objective counting
 *       once; owners that set no objective have no figure.
 *   <li>The <b>plan</b>'s coverage is the mean coverage of all its objectives, each counting once;
 *       0 for a plan with no objectives.
 * </ul>
 *
 * <p>A KPI's {@linkplain AlignmentGraph#impactOf impact weights} into an element sum, over all
 * KPIs, to that element's coverage.
 *
 * <p><b>Which links it counts.</b> Every link of the plan: a {@linkplain
 * org.okrkit.core.Contribution#supportOnly() support-only} contribution or objective parent link
 * shows that a KPI or an objective serves its key result or parent, so it backs it here as a
 * counted link does, although no score counts it. {@link #supportOnlyLinks()} says how many of the
 * links are of that kind, and {@link AlignmentReport#render()} says so when there are any.
 *
 * <p>A coverage is immutable and safe to share between threads. Its maps are immutable and equal to
 * any map of the same entries; they keep the figures in arrays and find ids through the plan's
 * {@link org.okrkit.core.PlanStructure}.
 */
public final class Coverage {
  private final double plan;
  private final Map<String, Double> objectives;
  private final Map<String, Double> keyResults;
  private final Map<String, Double> owners;
  private final int supportOnlyLinks;

  Coverage(
      double plan,
      Map<String, Double> objectives,
      Map<String, Double> keyResults,
      Map<String, Double> owners,
      int supportOnlyLinks) {
    this.plan = plan;
    this.objectives = objectives;
    this.keyResults = keyResults;
    this.owners = owners;
    this.supportOnlyLinks = supportOnlyLinks;
  }

  /**
   * How many of the links these figures count are support-only: KPI contributions and objective
   * parent links that alignment analyses but scores leave out. 0 for a plan without them.
   */
  public int supportOnlyLinks() {
    return supportOnlyLinks;
  }

  /** The plan's coverage: the mean coverage of its objectives; 0 when it has none. */
  public double plan() {
    return plan;
  }

  /** The coverage of every objective, in plan order. */
  public Map<String, Double> objectives() {
    return objectives;
  }

  /** The coverage of every key result, in plan order. */
  public Map<String, Double> keyResults() {
    return keyResults;
  }

  /** The coverage of every owner that sets at least one objective, in plan order. */
  public Map<String, Double> owners() {
    return owners;
  }

  /**
   * The coverage of one objective; empty when the plan has no objective {@code id}. A lookup, like
   * {@link org.okrkit.core.Plan#objective(String)}.
   */
  public OptionalDouble objective(String id) {
    Double value = objectives().get(Objects.requireNonNull(id, "id"));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The coverage of one key result; empty when the plan has no key result {@code id}. A lookup,
   * like {@link org.okrkit.core.Plan#keyResult(String)}.
   */
  public OptionalDouble keyResult(String id) {
    Double value = keyResults().get(Objects.requireNonNull(id, "id"));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Equal when the plan's figures are bit for bit and the maps are equal as maps. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Coverage that)) {
      return false;
    }

    return Double.doubleToLongBits(plan) == Double.doubleToLongBits(that.plan)
        && objectives.equals(that.objectives)
        && keyResults.equals(that.keyResults)
        && owners.equals(that.owners)
        && supportOnlyLinks == that.supportOnlyLinks;
  }

  @Override
  public int hashCode() {
    // the hash of the value type this class was generated as before: reports hash as they did
    int h = 5381;
    h += (h << 5) + Double.hashCode(plan);
    h += (h << 5) + objectives.hashCode();
    h += (h << 5) + keyResults.hashCode();
    h += (h << 5) + owners.hashCode();
    if (supportOnlyLinks != 0) {
      h += (h << 5) + supportOnlyLinks;
    }
    return h;
  }

  /**
   * {@code Coverage{plan=0.5, objectives={O1=0.5}, keyResults={KR1=1.0, KR2=0.0}, owners={...}}}.
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Coverage")
        .add("plan", plan)
        .add("objectives", objectives)
        .add("keyResults", keyResults)
        .add("owners", owners)
        .add("supportOnlyLinks", supportOnlyLinks == 0 ? null : supportOnlyLinks)
        .omitNullValues()
        .toString();
  }
}

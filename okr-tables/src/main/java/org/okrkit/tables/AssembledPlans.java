package org.okrkit.tables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.okrkit.core.Plan;

/**
 * What a set of plan tables holds: the plans that were assembled, by key, and every problem found,
 * by key. A plan key with a problem has no plan; the others have theirs whatever is wrong
 * elsewhere. A problem of the tables as a whole (a limit reached, a file that cannot be read) has
 * no key, and leaves every plan out: the rows are not all there. Immutable.
 */
public final class AssembledPlans {
  private final ImmutableMap<PlanKey, Plan> plans;
  private final ImmutableList<TableProblem> problems;
  private final ImmutableListMultimap<PlanKey, TableProblem> byKey;

  AssembledPlans(ImmutableMap<PlanKey, Plan> plans, ImmutableList<TableProblem> problems) {
    this.plans = plans;
    this.problems = problems;
    ImmutableListMultimap.Builder<PlanKey, TableProblem> b = ImmutableListMultimap.builder();
    for (TableProblem p : problems) {
      p.key().ifPresent(k -> b.put(k, p));
    }
    this.byKey = b.build();
  }

  /** The plans assembled without a problem, by key, in the order their keys first appeared. */
  public ImmutableMap<PlanKey, Plan> plans() {
    return plans;
  }

  /** The plan of {@code key}, if it was assembled. */
  public Optional<Plan> plan(PlanKey key) {
    return Optional.ofNullable(plans.get(key));
  }

  /** Every problem, those of the tables as a whole first, then by plan key. */
  public ImmutableList<TableProblem> problems() {
    return problems;
  }

  /** The problems of each plan key that has any. */
  public ImmutableListMultimap<PlanKey, TableProblem> problemsByKey() {
    return byKey;
  }

  /** The problems of the tables as a whole: those without a plan key. */
  public ImmutableList<TableProblem> generalProblems() {
    return problems.stream()
        .filter(p -> p.key().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether there is no problem at all. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The one plan the tables hold.
   *
   * @throws PlanTablesException listing every problem, if there is any, or saying how many plans
   *     there are, if not exactly one
   */
  public Plan onlyPlan() {
    if (!problems.isEmpty()) {
      throw new PlanTablesException(problems);
    }
    if (plans.size() != 1) {
      throw new PlanTablesException(
          ImmutableList.of(
              TableProblem.of(
                  Optional.empty(),
                  "",
                  0,
                  0,
                  Optional.of(Table.PLANS),
                  "",
                  TableProblem.TABLE_PROBLEMS,
                  "plans.notOne",
                  ImmutableMap.of(
                      "count", (long) plans.size(), "keys", plans.keySet().toString()))));
    }
    return plans.values().iterator().next();
  }

  /** {@code AssembledPlans[2 plans, 3 problems]}. */
  @Override
  public String toString() {
    return "AssembledPlans[" + plans.size() + " plans, " + problems.size() + " problems]";
  }
}

package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.PlanValidator;

/**
 * How a plan is made from its parts: validation finds every problem (and resolves every reference
 * on the way), the parts share their reference strings, the structure is built from the positions
 * validation resolved, the revisions are ordered, and the check-ins are filed into the history.
 */
final class Assembly {
  private Assembly() {}

  /** The plan of these parts, validated. */
  static Plan plan(
      @Nullable Period period,
      Optional<String> name,
      List<Owner> ownerList,
      List<Objective> objectiveList,
      List<KeyResult> keyResultList,
      List<Kpi> kpiList,
      List<Revision> revisionList,
      List<CheckIn> checkIns) {
    ImmutableList<Owner> owners = ImmutableList.copyOf(ownerList);
    ImmutableList<Objective> objectives = ImmutableList.copyOf(objectiveList);
    ImmutableList<KeyResult> keyResults = ImmutableList.copyOf(keyResultList);
    ImmutableList<Kpi> kpis = ImmutableList.copyOf(kpiList);
    PlanValidator.Result checked =
        PlanValidator.check(period, owners, objectives, keyResults, kpis, revisionList, checkIns);
    if (!checked.problems().isEmpty()) {
      throw new PlanValidationException(checked.problems());
    }
    // every reference the same string as the id it refers to, equal contributions one object
    References shared = References.of(checked);
    owners = shared.owners(owners);
    objectives = shared.objectives(objectives);
    keyResults = shared.keyResults(keyResults);
    kpis = shared.kpis(kpis);
    PlanStructure base =
        PlanStructure.of(
            owners, objectives, keyResults, kpis, checked.index(), references(checked));
    int measured = base.measuredCount();
    Plan plan =
        new Plan(
            requireNonNull(period),
            name,
            base,
            Revisions.of(revisionList),
            History.empty(measured));
    if (checkIns.isEmpty()) {
      return plan;
    }
    int measuredFrom = owners.size() + objectives.size();
    int[] elementOf = new int[checkIns.size()];
    for (int i = 0; i < elementOf.length; i++) {
      elementOf[i] = checked.checkInPosition(i) - measuredFrom;
    }
    return new Plan(plan, History.of(measured, checkIns, elementOf, plan.elements));
  }

  /** The references validation resolved, for the structure to keep. */
  private static PlanStructure.References references(PlanValidator.Result checked) {
    return new PlanStructure.References() {
      @Override
      public int position(String id) {
        return checked.index().find(id);
      }

      @Override
      public int ownerParent(int w, Owner owner) {
        return checked.ownerParent(w);
      }

      @Override
      public int objectiveOwner(int o, Objective objective) {
        return checked.objectiveOwner(o);
      }

      @Override
      public int objectiveParent(int o, Objective objective) {
        return checked.objectiveParent(o);
      }

      @Override
      public int keyResultObjective(int k, KeyResult keyResult) {
        return checked.keyResultObjective(k);
      }

      @Override
      public int kpiOwner(int p, Kpi kpi) {
        return checked.kpiOwner(p);
      }

      @Override
      public int contribution(int p, Kpi kpi, int c) {
        return checked.contribution(p, c);
      }
    };
  }
}

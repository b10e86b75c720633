package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.internal.IdIndex;
import org.okrkit.core.internal.PlanValidator;

/**
 * Shares the strings by which a valid plan's parts refer to each other: each reference (an
 * objective's owner, a contribution's key result, an owner's parent, …) is made the referenced
 * part's own id string, and equal contributions one object, with one list for a single
 * contribution. A host that reads its plan from rows gets a fresh string for every reference; the
 * plan keeps one. Parts whose references are shared already are kept as they are.
 *
 * <p>Strings and lists are compared by reference on purpose: the question is whether a part holds
 * the shared object already, not whether it holds an equal one.
 */
@SuppressWarnings("ReferenceEquality")
final class References {
  private final IdIndex index;
  private final PlanValidator.Result checked;
  private final Map<Contribution, Contribution> contributions = new HashMap<>();
  private final Map<Contribution, ImmutableList<Contribution>> single = new HashMap<>();

  private References(IdIndex index, PlanValidator.Result checked) {
    this.index = index;
    this.checked = checked;
  }

  static References of(PlanValidator.Result checked) {
    return new References(checked.index(), checked);
  }

  /** The canonical string of the id at {@code position}, or {@code given} when none. */
  private String id(int position, String given) {
    if (position < 0) {
      return given;
    }
    String canonical = index.id(position);
    return canonical.equals(given) ? canonical : given;
  }

  ImmutableList<Owner> owners(ImmutableList<Owner> owners) {
    Owner[] changed = null;
    for (int w = 0; w < owners.size(); w++) {
      Owner o = owners.get(w);
      if (o.parentId().isEmpty()) {
        continue;
      }
      String parent = o.parentId().get();
      String canonical = id(checked.ownerParent(w), parent);
      if (canonical != parent) {
        changed = changed == null ? owners.toArray(new Owner[0]) : changed;
        changed[w] = Owner.builder().from(o).parentId(canonical).build();
      }
    }
    return changed == null ? owners : ImmutableList.copyOf(changed);
  }

  ImmutableList<Objective> objectives(ImmutableList<Objective> objectives) {
    Objective[] changed = null;
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      String owner = id(checked.objectiveOwner(i), o.ownerId());
      String parent =
          o.parentId().isPresent() ? id(checked.objectiveParent(i), o.parentId().get()) : null;
      if (owner != o.ownerId() || (parent != null && parent != o.parentId().get())) {
        changed = changed == null ? objectives.toArray(new Objective[0]) : changed;
        Objective.Builder b = Objective.builder().from(o).ownerId(owner);
        if (parent != null) {
          b.parentId(parent);
        }
        changed[i] = b.build();
      }
    }
    return changed == null ? objectives : ImmutableList.copyOf(changed);
  }

  ImmutableList<KeyResult> keyResults(ImmutableList<KeyResult> keyResults) {
    KeyResult[] changed = null;
    for (int k = 0; k < keyResults.size(); k++) {
      KeyResult kr = keyResults.get(k);
      String objective = id(checked.keyResultObjective(k), kr.objectiveId());
      if (objective != kr.objectiveId()) {
        changed = changed == null ? keyResults.toArray(new KeyResult[0]) : changed;
        changed[k] = KeyResult.builder().from(kr).objectiveId(objective).build();
      }
    }
    return changed == null ? keyResults : ImmutableList.copyOf(changed);
  }

  ImmutableList<Kpi> kpis(ImmutableList<Kpi> kpis) {
    Kpi[] changed = null;
    for (int p = 0; p < kpis.size(); p++) {
      Kpi k = kpis.get(p);
      String owner = id(checked.kpiOwner(p), k.ownerId());
      List<Contribution> given = k.contributions();
      ImmutableList<Contribution> shared = contributions(p, given);
      if (owner != k.ownerId() || shared != given) {
        changed = changed == null ? kpis.toArray(new Kpi[0]) : changed;
        Kpi kpi = owner == k.ownerId() ? k : Kpi.builder().from(k).ownerId(owner).build();
        changed[p] = shared == given ? kpi : kpi.withContributions(shared);
      }
    }
    return changed == null ? kpis : ImmutableList.copyOf(changed);
  }

  /** KPI {@code p}'s contributions, shared; {@code given} itself when they are already. */
  private ImmutableList<Contribution> contributions(int p, List<Contribution> given) {
    int n = given.size();
    if (n == 0) {
      return ImmutableList.of();
    }
    Contribution[] shared = new Contribution[n];
    boolean same = true;
    for (int c = 0; c < n; c++) {
      Contribution mine = given.get(c);
      String keyResult = id(checked.contribution(p, c), mine.keyResultId());
      Contribution candidate =
          keyResult == mine.keyResultId()
              ? mine
              : ImmutableContribution.copyOf(mine).withKeyResultId(keyResult);
      Contribution first = contributions.putIfAbsent(candidate, candidate);
      shared[c] = first == null ? candidate : first;
      same &= shared[c] == mine;
    }
    if (n == 1) {
      ImmutableList<Contribution> list = single.get(shared[0]);
      if (list == null) {
        list =
            same && given instanceof ImmutableList
                ? (ImmutableList<Contribution>) given
                : ImmutableList.of(shared[0]);
        single.put(shared[0], list);
      }
      return list == given ? (ImmutableList<Contribution>) given : list;
    }
    return same && given instanceof ImmutableList
        ? (ImmutableList<Contribution>) given
        : ImmutableList.copyOf(shared);
  }
}

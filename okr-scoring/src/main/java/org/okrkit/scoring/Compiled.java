package org.okrkit.scoring;

import java.util.HashMap;
import java.util.Map;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.internal.PlanAccess;

/**
 * A plan's structure as arrays, for scoring: positions instead of ids, and each node's children in
 * the order the rollups use them. It depends on the plan's owners and elements only, so it is built
 * once and shared by every plan that differs only by check-ins (see {@link PlanAccess#derived}).
 *
 * <p>Measured elements are numbered key results first, then KPIs: measured {@code m} is key result
 * {@code m} when {@code m < keyResults.length}, else KPI {@code m - keyResults.length}.
 */
final class Compiled {
  static final int OBJECTIVE = 0;
  static final int MEASURED = 1;
  static final int OWNER = 2;

  final Objective[] objectives;
  final KeyResult[] keyResults;
  final Kpi[] kpis;
  final Owner[] owners;
  /** Every id, as {@code kind * 2^29 + position}: objectives, measured elements, owners. */
  final Map<String, Integer> index;

  final int[] keyResultObjective;
  final int[] objectiveOwner;
  final int[] kpiOwner;
  final boolean[] committed;
  final Period[] objectivePeriod;
  final Period[] kpiPeriod;
  final boolean[] perInterval;

  /** An objective's key results, then its child objectives (attached to it or its key results). */
  final int[] objectiveKeyResultStart;
  final int[] objectiveKeyResults;
  final int[] objectiveChildStart;
  final int[] objectiveChildren;
  /** The objective an objective rolls into, or -1. */
  final int[] objectiveParent;
  /** Objectives, each after every objective that contributes to it. */
  final int[] childrenFirst;

  /** A key result's supporting KPIs (as KPI positions) with their contribution weights. */
  final int[] contributorStart;
  final int[] contributors;
  final double[] contributorWeights;
  /** The key results a KPI supports. */
  final int[] supportedStart;
  final int[] supported;

  /** An owner's KPIs and objectives. */
  final int[] ownerKpiStart;
  final int[] ownerKpis;
  /** The weight of each KPI in {@link #ownerKpis}, in the same order: read without visiting the KPI. */
  final double[] ownerKpiWeights;
  final int[] ownerObjectiveStart;
  final int[] ownerObjectives;

  private Compiled(Plan plan) {
    objectives = plan.objectives().toArray(new Objective[0]);
    keyResults = plan.keyResults().toArray(new KeyResult[0]);
    kpis = plan.kpis().toArray(new Kpi[0]);
    owners = plan.owners().toArray(new Owner[0]);
    int no = objectives.length;
    int nk = keyResults.length;
    int np = kpis.length;
    int nw = owners.length;
    index = new HashMap<>((no + nk + np + nw) * 4 / 3 + 16);
    for (int i = 0; i < no; i++) {
      index.put(objectives[i].id(), code(OBJECTIVE, i));
    }
    for (int i = 0; i < nk; i++) {
      index.put(keyResults[i].id(), code(MEASURED, i));
    }
    for (int i = 0; i < np; i++) {
      index.put(kpis[i].id(), code(MEASURED, nk + i));
    }
    for (int i = 0; i < nw; i++) {
      index.put(owners[i].id(), code(OWNER, i));
    }

    objectiveOwner = new int[no];
    committed = new boolean[no];
    objectivePeriod = new Period[no];
    for (int i = 0; i < no; i++) {
      objectiveOwner[i] = position(objectives[i].owner());
      committed[i] = objectives[i].kind() == ObjectiveKind.COMMITTED;
      objectivePeriod[i] = objectives[i].period().orElse(plan.period());
    }
    keyResultObjective = new int[nk];
    int[] krCount = new int[no + 1];
    for (int k = 0; k < nk; k++) {
      keyResultObjective[k] = position(keyResults[k].objective());
      krCount[keyResultObjective[k]]++;
    }
    objectiveKeyResultStart = starts(krCount);
    objectiveKeyResults = new int[nk];
    int[] fill = objectiveKeyResultStart.clone();
    for (int k = 0; k < nk; k++) {
      objectiveKeyResults[fill[keyResultObjective[k]]++] = k;
    }

    // children: objectives attached to an objective or to one of its key results, in plan order
    objectiveParent = new int[no];
    int[] childCount = new int[no + 1];
    for (int i = 0; i < no; i++) {
      objectiveParent[i] = -1;
      if (objectives[i].parent().isPresent()) {
        int p = index.get(objectives[i].parent().get());
        objectiveParent[i] = kind(p) == OBJECTIVE ? pos(p) : keyResultObjective[pos(p)];
        childCount[objectiveParent[i]]++;
      }
    }
    objectiveChildStart = starts(childCount);
    objectiveChildren = new int[objectiveChildStart[no]];
    fill = objectiveChildStart.clone();
    for (int i = 0; i < no; i++) {
      if (objectiveParent[i] >= 0) {
        objectiveChildren[fill[objectiveParent[i]]++] = i;
      }
    }
    childrenFirst = childrenFirst(no);

    kpiOwner = new int[np];
    kpiPeriod = new Period[np];
    perInterval = new boolean[np];
    int[] contributorCount = new int[nk + 1];
    int[] supportedCount = new int[np + 1];
    for (int p = 0; p < np; p++) {
      Kpi k = kpis[p];
      kpiOwner[p] = position(k.owner());
      kpiPeriod[p] = k.period().orElse(plan.period());
      perInterval[p] = 2L * k.frequency().minimumDays() <= kpiPeriod[p].lengthInDays();
      for (Contribution c : k.contributions()) {
        contributorCount[position(c.keyResult())]++;
        supportedCount[p]++;
      }
    }
    contributorStart = starts(contributorCount);
    contributors = new int[contributorStart[nk]];
    contributorWeights = new double[contributorStart[nk]];
    supportedStart = starts(supportedCount);
    supported = new int[supportedStart[np]];
    fill = contributorStart.clone();
    int[] fillSupported = supportedStart.clone();
    for (int p = 0; p < np; p++) {
      for (Contribution c : kpis[p].contributions()) {
        int k = position(c.keyResult());
        contributors[fill[k]] = p;
        contributorWeights[fill[k]++] = c.weight();
        supported[fillSupported[p]++] = k;
      }
    }

    int[] ownerKpiCount = new int[nw + 1];
    for (int p = 0; p < np; p++) {
      ownerKpiCount[kpiOwner[p]]++;
    }
    ownerKpiStart = starts(ownerKpiCount);
    ownerKpis = new int[np];
    fill = ownerKpiStart.clone();
    for (int p = 0; p < np; p++) {
      ownerKpis[fill[kpiOwner[p]]++] = p;
    }
    ownerKpiWeights = new double[np];
    for (int i = 0; i < np; i++) {
      ownerKpiWeights[i] = kpis[ownerKpis[i]].weight();
    }
    int[] ownerObjectiveCount = new int[nw + 1];
    for (int i = 0; i < no; i++) {
      ownerObjectiveCount[objectiveOwner[i]]++;
    }
    ownerObjectiveStart = starts(ownerObjectiveCount);
    ownerObjectives = new int[no];
    fill = ownerObjectiveStart.clone();
    for (int i = 0; i < no; i++) {
      ownerObjectives[fill[objectiveOwner[i]]++] = i;
    }
  }

  /** The compiled form of {@code plan}, built once per plan structure. */
  static Compiled of(Plan plan) {
    return PlanAccess.get().derived(plan, Compiled.class, Compiled::new);
  }

  static int code(int kind, int position) {
    return (kind << 29) | position;
  }

  static int kind(int code) {
    return code >>> 29;
  }

  static int pos(int code) {
    return code & ((1 << 29) - 1);
  }

  /** The position of an id known to the plan, within its kind. */
  private int position(String id) {
    return pos(index.get(id));
  }

  /** Start offsets from counts: counts[i] items for node i, the last slot left for the total. */
  private static int[] starts(int[] counts) {
    int[] start = new int[counts.length];
    int sum = 0;
    for (int i = 0; i < counts.length - 1; i++) {
      start[i] = sum;
      sum += counts[i];
    }
    start[counts.length - 1] = sum;
    return start;
  }

  /** Objectives in post-order from the roots, iteratively: children before their parent. */
  private int[] childrenFirst(int no) {
    int[] order = new int[no];
    int n = 0;
    int[] stack = new int[no];
    int[] next = new int[no];
    for (int root = 0; root < no; root++) {
      if (objectiveParent[root] >= 0) {
        continue;
      }
      int top = 0;
      stack[0] = root;
      next[0] = 0;
      while (top >= 0) {
        int o = stack[top];
        int i = next[top];
        int count = objectiveChildStart[o + 1] - objectiveChildStart[o];
        if (i < count) {
          next[top] = i + 1;
          top++;
          stack[top] = objectiveChildren[objectiveChildStart[o] + i];
          next[top] = 0;
        } else {
          order[n++] = o;
          top--;
        }
      }
    }
    return order;
  }

  /** The key results then KPIs of the plan, as measured positions of an element id, or -1. */
  int measured(String id) {
    Integer c = index.get(id);
    return c == null || kind(c) != MEASURED ? -1 : pos(c);
  }

  int measuredCount() {
    return keyResults.length + kpis.length;
  }

  org.okrkit.core.MeasuredElement element(int m) {
    return m < keyResults.length ? keyResults[m] : kpis[m - keyResults.length];
  }


}

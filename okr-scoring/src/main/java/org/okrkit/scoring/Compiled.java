package org.okrkit.scoring;

import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import com.google.common.primitives.ImmutableIntArray;

/**
 * A plan's structure as arrays, for scoring: positions instead of ids, and each node's children in
 * the order the rollups use them, copied from the plan's {@link PlanStructure}.
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
  final PlanStructure structure;

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
    PlanStructure s = plan.structure();
    structure = s;
    objectives = plan.objectives().toArray(new Objective[0]);
    keyResults = plan.keyResults().toArray(new KeyResult[0]);
    kpis = plan.kpis().toArray(new Kpi[0]);
    owners = plan.owners().toArray(new Owner[0]);
    int no = objectives.length;
    int nk = keyResults.length;
    int np = kpis.length;
    int nw = owners.length;

    objectiveOwner = new int[no];
    committed = new boolean[no];
    objectivePeriod = new Period[no];
    objectiveParent = new int[no];
    objectiveKeyResultStart = new int[no + 1];
    objectiveChildStart = new int[no + 1];
    for (int i = 0; i < no; i++) {
      objectiveOwner[i] = s.objectiveOwner(i);
      committed[i] = objectives[i].kind() == ObjectiveKind.COMMITTED;
      objectivePeriod[i] = objectives[i].period().orElse(plan.period());
      objectiveParent[i] = s.objectiveParent(i);
      objectiveKeyResultStart[i + 1] = objectiveKeyResultStart[i] + s.keyResultsOf(i).length();
      objectiveChildStart[i + 1] = objectiveChildStart[i] + s.childObjectivesOf(i).length();
    }
    objectiveKeyResults = new int[nk];
    objectiveChildren = new int[objectiveChildStart[no]];
    for (int i = 0; i < no; i++) {
      copy(s.keyResultsOf(i), objectiveKeyResults, objectiveKeyResultStart[i]);
      copy(s.childObjectivesOf(i), objectiveChildren, objectiveChildStart[i]);
    }
    keyResultObjective = new int[nk];
    contributorStart = new int[nk + 1];
    for (int k = 0; k < nk; k++) {
      keyResultObjective[k] = s.keyResultObjective(k);
      contributorStart[k + 1] = contributorStart[k] + s.contributorsTo(k).length();
    }
    contributors = new int[contributorStart[nk]];
    contributorWeights = new double[contributorStart[nk]];
    for (int k = 0; k < nk; k++) {
      copy(s.contributorsTo(k), contributors, contributorStart[k]);
      double[] w = s.contributorWeights(k).toArray();
      System.arraycopy(w, 0, contributorWeights, contributorStart[k], w.length);
    }
    childrenFirst = s.objectivesChildrenFirst().toArray();

    kpiOwner = new int[np];
    kpiPeriod = new Period[np];
    perInterval = new boolean[np];
    supportedStart = new int[np + 1];
    for (int p = 0; p < np; p++) {
      Kpi k = kpis[p];
      kpiOwner[p] = s.kpiOwner(p);
      kpiPeriod[p] = k.period().orElse(plan.period());
      perInterval[p] = 2L * k.frequency().minimumDays() <= kpiPeriod[p].lengthInDays();
      supportedStart[p + 1] = supportedStart[p] + s.supportedBy(p).length();
    }
    supported = new int[supportedStart[np]];
    for (int p = 0; p < np; p++) {
      copy(s.supportedBy(p), supported, supportedStart[p]);
    }

    ownerKpiStart = new int[nw + 1];
    ownerObjectiveStart = new int[nw + 1];
    for (int w = 0; w < nw; w++) {
      ownerKpiStart[w + 1] = ownerKpiStart[w] + s.kpisOf(w).length();
      ownerObjectiveStart[w + 1] = ownerObjectiveStart[w] + s.objectivesOf(w).length();
    }
    ownerKpis = new int[np];
    ownerObjectives = new int[no];
    for (int w = 0; w < nw; w++) {
      copy(s.kpisOf(w), ownerKpis, ownerKpiStart[w]);
      copy(s.objectivesOf(w), ownerObjectives, ownerObjectiveStart[w]);
    }
    ownerKpiWeights = new double[np];
    for (int i = 0; i < np; i++) {
      ownerKpiWeights[i] = s.kpiWeight(ownerKpis[i]);
    }
  }

  private static void copy(ImmutableIntArray from, int[] to, int at) {
    for (int i = 0; i < from.length(); i++) {
      to[at + i] = from.get(i);
    }
  }

  /** The compiled form of {@code plan}. */
  static Compiled of(Plan plan) {
    return new Compiled(plan);
  }

  /** The code of an id (see {@link #code(int, int)}), or null when the plan has no such id. */
  @org.jspecify.annotations.Nullable
  Integer code(String id) {
    int o = structure.indexOfObjective(id);
    if (o >= 0) {
      return code(OBJECTIVE, o);
    }
    int m = structure.indexOfMeasured(id);
    if (m >= 0) {
      return code(MEASURED, m);
    }
    int w = structure.indexOfOwner(id);
    return w >= 0 ? code(OWNER, w) : null;
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

  /** The key results then KPIs of the plan, as measured positions of an element id, or -1. */
  int measured(String id) {
    return structure.indexOfMeasured(id);
  }

  int measuredCount() {
    return keyResults.length + kpis.length;
  }

  org.okrkit.core.MeasuredElement element(int m) {
    return m < keyResults.length ? keyResults[m] : kpis[m - keyResults.length];
  }


}

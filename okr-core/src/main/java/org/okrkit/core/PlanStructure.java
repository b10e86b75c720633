package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import org.okrkit.core.internal.IdIndex;

/**
 * A plan's owners and elements as dense positions, with every reference between them resolved: what
 * computations over whole plans (scoring, alignment, simulation) read instead of looking ids up. A
 * structure is built once, when its plan is, from the definitions in force with every revision
 * applied, and shared by every plan derived from it by appending check-ins ({@link
 * Plan#withCheckIn}); {@link Plan#asOf} and {@link Plan#original()} have structures of their own
 * when they apply other revisions.
 *
 * <p><b>Positions.</b> Owners, objectives, key results and KPIs are each numbered from 0 in plan
 * order: owner {@code w} is {@code plan.owners().get(w)}, key result {@code k} is {@code
 * plan.keyResults().get(k)}, and so on. Key results and KPIs together are the <em>measured</em>
 * elements, key results first: measured {@code m} is key result {@code m} when {@code m <
 * keyResultCount()}, else KPI {@code m - keyResultCount()}. Lists of positions are {@link
 * ImmutableIntArray}s in plan order; a method that takes a position throws {@link
 * IndexOutOfBoundsException} for one outside its range, and returns -1 where a relation is absent.
 *
 * <p>A structure is immutable and safe to share between threads. It holds arrays of a few bytes per
 * element and the plan's lists; it holds no check-ins and no cache of anything computed from it.
 */
public final class PlanStructure {
  private final ImmutableList<Owner> owners;
  private final ImmutableList<Objective> objectives;
  private final ImmutableList<KeyResult> keyResults;
  private final ImmutableList<Kpi> kpis;

  /** Every id: owners, then objectives, key results and KPIs. */
  private final IdIndex index;

  private final int[] ownerParent;
  private final int[] ownerChildStart;
  private final ImmutableIntArray ownerChildren;
  private final int[] ownerObjectiveStart;
  private final ImmutableIntArray ownerObjectives;
  private final int[] ownerKpiStart;
  private final ImmutableIntArray ownerKpis;

  private final int[] objectiveOwner;

  /** The objective an objective rolls into: its parent, or its parent key result's objective. */
  private final int[] objectiveParent;

  /** The key result an objective is aligned with, or -1. */
  private final int[] objectiveParentKeyResult;

  private final int[] objectiveKeyResultStart;
  private final ImmutableIntArray objectiveKeyResults;
  private final int[] objectiveChildStart;
  private final ImmutableIntArray objectiveChildren;
  private final int[] keyResultChildStart;
  private final ImmutableIntArray keyResultChildren;
  private final ImmutableIntArray childrenFirst;

  private final int[] keyResultObjective;
  private final int[] contributorStart;
  private final ImmutableIntArray contributors;

  private final int[] kpiOwner;
  private final int[] supportedStart;
  private final ImmutableIntArray supported;

  /**
   * The weights a rollup reads per key result, unboxed once so that scoring reads a column rather
   * than the elements; the weight of a contribution in the order of {@link #contributors}. A KPI's
   * own weights are read from the KPI, which costs no memory.
   */
  private final double[] keyResultWeight;

  private final ImmutableDoubleArray contributorWeight;

  /** Whether the contribution in each position of {@link #contributors} is support-only. */
  private final boolean[] contributorSupportOnly;

  /**
   * The links scores count: the same arrays as above when the plan has no support-only link, else
   * those without them.
   */
  private final int[] countedContributorStart;

  private final ImmutableIntArray countedContributors;
  private final ImmutableDoubleArray countedContributorWeight;
  private final int[] countedObjectiveChildStart;
  private final ImmutableIntArray countedObjectiveChildren;

  private PlanStructure(Builder b) {
    owners = b.owners;
    objectives = b.objectives;
    keyResults = b.keyResults;
    kpis = b.kpis;
    index = b.index;
    ownerParent = b.ownerParent;
    ownerChildStart = b.ownerChildStart;
    ownerChildren = ImmutableIntArray.copyOf(b.ownerChildren);
    ownerObjectiveStart = b.ownerObjectiveStart;
    ownerObjectives = ImmutableIntArray.copyOf(b.ownerObjectives);
    ownerKpiStart = b.ownerKpiStart;
    ownerKpis = ImmutableIntArray.copyOf(b.ownerKpis);
    objectiveOwner = b.objectiveOwner;
    objectiveParent = b.objectiveParent;
    objectiveParentKeyResult = b.objectiveParentKeyResult;
    objectiveKeyResultStart = b.objectiveKeyResultStart;
    objectiveKeyResults = ImmutableIntArray.copyOf(b.objectiveKeyResults);
    objectiveChildStart = b.objectiveChildStart;
    objectiveChildren = ImmutableIntArray.copyOf(b.objectiveChildren);
    keyResultChildStart = b.keyResultChildStart;
    keyResultChildren = ImmutableIntArray.copyOf(b.keyResultChildren);
    childrenFirst = ImmutableIntArray.copyOf(b.childrenFirst);
    keyResultObjective = b.keyResultObjective;
    contributorStart = b.contributorStart;
    contributors = ImmutableIntArray.copyOf(b.contributors);
    kpiOwner = b.kpiOwner;
    supportedStart = b.supportedStart;
    supported = ImmutableIntArray.copyOf(b.supported);
    keyResultWeight = b.keyResultWeight;
    contributorWeight = ImmutableDoubleArray.copyOf(b.contributorWeight);
    contributorSupportOnly = b.contributorSupportOnly;
    if (b.anySupportOnly) {
      // the counted links keep their order: filter each key result's and objective's slice
      int nk = keyResults.size();
      countedContributorStart = new int[nk + 1];
      ImmutableIntArray.Builder kpis = ImmutableIntArray.builder();
      ImmutableDoubleArray.Builder weights = ImmutableDoubleArray.builder();
      int counted = 0;
      for (int k = 0; k < nk; k++) {
        countedContributorStart[k] = counted;
        for (int i = contributorStart[k]; i < contributorStart[k + 1]; i++) {
          if (!contributorSupportOnly[i]) {
            kpis.add(contributors.get(i));
            weights.add(contributorWeight.get(i));
            counted++;
          }
        }
      }
      countedContributors = kpis.build();
      countedContributorWeight = weights.build();
      countedContributorStart[nk] = countedContributors.length();
      int no = objectives.size();
      countedObjectiveChildStart = new int[no + 1];
      ImmutableIntArray.Builder children = ImmutableIntArray.builder();
      int n = 0;
      for (int o = 0; o < no; o++) {
        countedObjectiveChildStart[o] = n;
        for (int i = objectiveChildStart[o]; i < objectiveChildStart[o + 1]; i++) {
          int child = objectiveChildren.get(i);
          if (!objectives.get(child).parentSupportOnly()) {
            children.add(child);
            n++;
          }
        }
      }
      countedObjectiveChildStart[no] = n;
      countedObjectiveChildren = children.build();
    } else {
      countedContributorStart = contributorStart;
      countedContributors = contributors;
      countedContributorWeight = contributorWeight;
      countedObjectiveChildStart = objectiveChildStart;
      countedObjectiveChildren = objectiveChildren;
    }
  }

  // ------------------------------------------------------------------ counts and parts

  /** How many owners the plan has. */
  public int ownerCount() {
    return owners.size();
  }

  /** How many objectives the plan has. */
  public int objectiveCount() {
    return objectives.size();
  }

  /** How many key results the plan has. */
  public int keyResultCount() {
    return keyResults.size();
  }

  /** How many KPIs the plan has. */
  public int kpiCount() {
    return kpis.size();
  }

  /** How many key results and KPIs the plan has: the measured positions run from 0 to this. */
  public int measuredCount() {
    return keyResults.size() + kpis.size();
  }

  /** Owner {@code w}. */
  public Owner owner(int w) {
    return owners.get(w);
  }

  /** Objective {@code o}. */
  public Objective objective(int o) {
    return objectives.get(o);
  }

  /** Key result {@code k}, with every revision of the structure's plan applied. */
  public KeyResult keyResult(int k) {
    return keyResults.get(k);
  }

  /** KPI {@code p}, with every revision of the structure's plan applied. */
  public Kpi kpi(int p) {
    return kpis.get(p);
  }

  /** Measured element {@code m}: key result {@code m}, or KPI {@code m - keyResultCount()}. */
  public MeasuredElement measured(int m) {
    int nk = keyResults.size();
    return m < nk ? keyResults.get(m) : kpis.get(m - nk);
  }

  // ------------------------------------------------------------------ ids

  /** The position of owner {@code id}, or -1 when the plan has no such owner. */
  public int indexOfOwner(String id) {
    int p = index.find(requireNonNull(id, "id"));
    return p < owners.size() ? p : -1;
  }

  /** The position of objective {@code id}, or -1 when the plan has no such objective. */
  public int indexOfObjective(String id) {
    int p = index.find(requireNonNull(id, "id")) - owners.size();
    return p >= 0 && p < objectives.size() ? p : -1;
  }

  /** The position of key result {@code id}, or -1 when the plan has no such key result. */
  public int indexOfKeyResult(String id) {
    int m = indexOfMeasured(id);
    return m < keyResults.size() ? m : -1;
  }

  /** The position of KPI {@code id}, or -1 when the plan has no such KPI. */
  public int indexOfKpi(String id) {
    int m = indexOfMeasured(id);
    return m >= keyResults.size() ? m - keyResults.size() : -1;
  }

  /** The measured position of key result or KPI {@code id}, or -1 when it is neither. */
  public int indexOfMeasured(String id) {
    int p = index.find(requireNonNull(id, "id")) - owners.size() - objectives.size();
    return p >= 0 ? p : -1;
  }

  /** The id of owner {@code w}, shared with the owner itself. */
  public String ownerId(int w) {
    return index.id(checkIndex(w, owners.size()));
  }

  /** The id of objective {@code o}. */
  public String objectiveId(int o) {
    return index.id(owners.size() + checkIndex(o, objectives.size()));
  }

  /** The id of measured element {@code m}. */
  public String measuredId(int m) {
    return index.id(owners.size() + objectives.size() + checkIndex(m, measuredCount()));
  }

  // ------------------------------------------------------------------ owners

  /** The owner directly above owner {@code w}, or -1 at the top of the org chart. */
  public int ownerParent(int w) {
    return ownerParent[w];
  }

  /** The owners directly below owner {@code w}. */
  public ImmutableIntArray ownersBelow(int w) {
    return slice(ownerChildren, ownerChildStart, w);
  }

  /** The objectives owner {@code w} sets. */
  public ImmutableIntArray objectivesOf(int w) {
    return slice(ownerObjectives, ownerObjectiveStart, w);
  }

  /** The KPIs owner {@code w} holds. */
  public ImmutableIntArray kpisOf(int w) {
    return slice(ownerKpis, ownerKpiStart, w);
  }

  // ------------------------------------------------------------------ objectives

  /** The owner of objective {@code o}. */
  public int objectiveOwner(int o) {
    return objectiveOwner[o];
  }

  /**
   * The objective that objective {@code o} rolls into: its parent objective, or the objective of
   * the key result it is aligned with; -1 at the top.
   */
  public int objectiveParent(int o) {
    return objectiveParent[o];
  }

  /** The key result objective {@code o} is aligned with, or -1 when its parent is not one. */
  public int objectiveParentKeyResult(int o) {
    return objectiveParentKeyResult[o];
  }

  /** The key results of objective {@code o}. */
  public ImmutableIntArray keyResultsOf(int o) {
    return slice(objectiveKeyResults, objectiveKeyResultStart, o);
  }

  /**
   * The objectives that roll into objective {@code o}: aligned with it or with one of its key
   * results.
   */
  public ImmutableIntArray childObjectivesOf(int o) {
    return slice(objectiveChildren, objectiveChildStart, o);
  }

  /**
   * The objectives whose scores objective {@code o}'s score counts: those of {@link
   * #childObjectivesOf} whose link is not {@linkplain Objective#parentSupportOnly() support-only}.
   */
  public ImmutableIntArray countedChildObjectivesOf(int o) {
    return slice(countedObjectiveChildren, countedObjectiveChildStart, o);
  }

  /** The objectives aligned with key result {@code k}. */
  public ImmutableIntArray objectivesAlignedWith(int k) {
    return slice(keyResultChildren, keyResultChildStart, k);
  }

  /**
   * Every objective, each after every objective that rolls into it: the order in which objective
   * scores can be computed from their children's.
   */
  public ImmutableIntArray objectivesChildrenFirst() {
    return childrenFirst;
  }

  // ------------------------------------------------------------------ key results and KPIs

  /** The objective of key result {@code k}. */
  public int keyResultObjective(int k) {
    return keyResultObjective[k];
  }

  /** The weight of key result {@code k} within its objective. */
  public double keyResultWeight(int k) {
    return keyResultWeight[k];
  }

  /** The KPIs that support key result {@code k}, in plan order. */
  public ImmutableIntArray contributorsTo(int k) {
    return slice(contributors, contributorStart, k);
  }

  /**
   * The weights of the contributions to key result {@code k}, in the order of {@link
   * #contributorsTo}.
   */
  public ImmutableDoubleArray contributorWeights(int k) {
    return contributorWeight.subArray(contributorStart[k], contributorStart[k + 1]);
  }

  /**
   * Whether the {@code i}-th contribution to key result {@code k}, in the order of {@link
   * #contributorsTo}, is {@linkplain Contribution#supportOnly() support-only}.
   */
  public boolean contributionSupportOnly(int k, int i) {
    return contributorSupportOnly[
        contributorStart[k] + checkIndex(i, contributorStart[k + 1] - contributorStart[k])];
  }

  /**
   * The KPIs whose scores key result {@code k}'s score counts: those of {@link #contributorsTo}
   * whose contribution is not {@linkplain Contribution#supportOnly() support-only}, in plan order.
   */
  public ImmutableIntArray countedContributorsTo(int k) {
    return slice(countedContributors, countedContributorStart, k);
  }

  /** The weights of the counted contributions, in the order of {@link #countedContributorsTo}. */
  public ImmutableDoubleArray countedContributorWeights(int k) {
    return countedContributorWeight.subArray(
        countedContributorStart[k], countedContributorStart[k + 1]);
  }

  /** The owner of KPI {@code p}. */
  public int kpiOwner(int p) {
    return kpiOwner[p];
  }

  /** The weight of KPI {@code p} in its owner's scorecard. */
  public double kpiWeight(int p) {
    return kpis.get(p).weight();
  }

  /** The key results KPI {@code p} contributes to, in the order of its contributions. */
  public ImmutableIntArray supportedBy(int p) {
    return slice(supported, supportedStart, p);
  }

  /** The weights of KPI {@code p}'s contributions, in the order of {@link #supportedBy}. */
  public ImmutableDoubleArray supportWeights(int p) {
    List<Contribution> contributions = kpis.get(p).contributions();
    ImmutableDoubleArray.Builder weights = ImmutableDoubleArray.builder(contributions.size());
    for (Contribution c : contributions) {
      weights.add(c.weight());
    }
    return weights.build();
  }

  /** The owner of measured element {@code m}: its objective's owner for a key result. */
  public int measuredOwner(int m) {
    int nk = keyResults.size();
    return m < nk ? objectiveOwner[keyResultObjective[m]] : kpiOwner[m - nk];
  }

  /** {@code PlanStructure[2 owners, 1 objective, 3 key results, 1 KPI]}. */
  @Override
  public String toString() {
    return "PlanStructure["
        + owners.size()
        + " owners, "
        + objectives.size()
        + " objectives, "
        + keyResults.size()
        + " key results, "
        + kpis.size()
        + " KPIs]";
  }

  // ------------------------------------------------------------------ building

  /** The plan's lists, as the plan keeps them. */
  ImmutableList<Owner> owners() {
    return owners;
  }

  ImmutableList<Objective> objectives() {
    return objectives;
  }

  ImmutableList<KeyResult> keyResults() {
    return keyResults;
  }

  ImmutableList<Kpi> kpis() {
    return kpis;
  }

  IdIndex index() {
    return index;
  }

  /** Positions {@code start[i]} to {@code start[i + 1]} of {@code values}, as a view. */
  private static ImmutableIntArray slice(ImmutableIntArray values, int[] start, int i) {
    return values.subArray(start[i], start[i + 1]);
  }

  private static int checkIndex(int i, int size) {
    return java.util.Objects.checkIndex(i, size);
  }

  /**
   * The structure of valid parts whose references have been resolved to positions in {@code index}
   * (owners, then objectives, key results and KPIs): {@code resolved} gives each reference's
   * position there.
   */
  static PlanStructure of(
      ImmutableList<Owner> owners,
      ImmutableList<Objective> objectives,
      ImmutableList<KeyResult> keyResults,
      ImmutableList<Kpi> kpis,
      IdIndex index,
      References resolved) {
    return new Builder(owners, objectives, keyResults, kpis, index, resolved).build();
  }

  /**
   * This structure with other key results and KPIs in the same positions (revised definitions):
   * weights and contributions are taken from them, everything else is shared.
   */
  // the same lists, not equal ones: a plan whose revisions changed nothing keeps its structure
  @SuppressWarnings("ReferenceEquality")
  PlanStructure withMeasured(
      ImmutableList<KeyResult> revisedKeyResults, ImmutableList<Kpi> revisedKpis) {
    if (revisedKeyResults == keyResults && revisedKpis == kpis) {
      return this;
    }
    References references =
        new References() {
          @Override
          public int position(String id) {
            return index.find(id);
          }
        };
    return new Builder(owners, objectives, revisedKeyResults, revisedKpis, index, references)
        .build();
  }

  /**
   * Where references point: the position in the plan's index of an id that a part refers to. A
   * plan's validation resolves every reference once; the structure is built from what it found.
   */
  interface References {
    /** The position of {@code id}, which a valid plan holds. */
    int position(String id);

    /** The position of owner {@code w}'s parent, or -1. */
    default int ownerParent(int w, Owner owner) {
      return owner.parentId().isPresent() ? position(owner.parentId().get()) : -1;
    }

    /** The position of objective {@code o}'s owner. */
    default int objectiveOwner(int o, Objective objective) {
      return position(objective.ownerId());
    }

    /** The position of objective {@code o}'s parent, or -1. */
    default int objectiveParent(int o, Objective objective) {
      return objective.parentId().isPresent() ? position(objective.parentId().get()) : -1;
    }

    /** The position of key result {@code k}'s objective. */
    default int keyResultObjective(int k, KeyResult keyResult) {
      return position(keyResult.objectiveId());
    }

    /** The position of KPI {@code p}'s owner. */
    default int kpiOwner(int p, Kpi kpi) {
      return position(kpi.ownerId());
    }

    /** The position of the key result of KPI {@code p}'s contribution {@code c}. */
    default int contribution(int p, Kpi kpi, int c) {
      return position(kpi.contributions().get(c).keyResultId());
    }
  }

  /** Resolves the references into arrays; one pass over each kind of part. */
  private static final class Builder {
    final ImmutableList<Owner> owners;
    final ImmutableList<Objective> objectives;
    final ImmutableList<KeyResult> keyResults;
    final ImmutableList<Kpi> kpis;
    final IdIndex index;

    int[] ownerParent;
    int[] ownerChildStart;
    int[] ownerChildren;
    int[] ownerObjectiveStart;
    int[] ownerObjectives;
    int[] ownerKpiStart;
    int[] ownerKpis;
    int[] objectiveOwner;
    int[] objectiveParent;
    int[] objectiveParentKeyResult;
    int[] objectiveKeyResultStart;
    int[] objectiveKeyResults;
    int[] objectiveChildStart;
    int[] objectiveChildren;
    int[] keyResultChildStart;
    int[] keyResultChildren;
    int[] childrenFirst;
    int[] keyResultObjective;
    int[] contributorStart;
    int[] contributors;
    int[] kpiOwner;
    int[] supportedStart;
    double[] keyResultWeight;
    double[] contributorWeight;
    boolean[] contributorSupportOnly;

    /** Whether any contribution or objective's parent link is support-only. */
    boolean anySupportOnly;

    int[] supported;

    Builder(
        ImmutableList<Owner> owners,
        ImmutableList<Objective> objectives,
        ImmutableList<KeyResult> keyResults,
        ImmutableList<Kpi> kpis,
        IdIndex index,
        References resolved) {
      this.owners = owners;
      this.objectives = objectives;
      this.keyResults = keyResults;
      this.kpis = kpis;
      this.index = index;
      int nw = owners.size();
      int no = objectives.size();
      int nk = keyResults.size();
      int np = kpis.size();
      int objectivesFrom = nw;
      int keyResultsFrom = nw + no;

      ownerParent = new int[nw];
      int[] count = new int[nw + 1];
      for (int w = 0; w < nw; w++) {
        int p = resolved.ownerParent(w, owners.get(w));
        ownerParent[w] = p;
        if (p >= 0) {
          count[p]++;
        }
      }
      ownerChildStart = starts(count);
      ownerChildren = new int[ownerChildStart[nw]];
      int[] fill = ownerChildStart.clone();
      for (int w = 0; w < nw; w++) {
        if (ownerParent[w] >= 0) {
          ownerChildren[fill[ownerParent[w]]++] = w;
        }
      }

      objectiveOwner = new int[no];
      for (int o = 0; o < no; o++) {
        objectiveOwner[o] = resolved.objectiveOwner(o, objectives.get(o));
        anySupportOnly |= objectives.get(o).parentSupportOnly();
      }
      keyResultObjective = new int[nk];
      count = new int[no + 1];
      for (int k = 0; k < nk; k++) {
        KeyResult kr = keyResults.get(k);
        int o = resolved.keyResultObjective(k, kr) - objectivesFrom;
        keyResultObjective[k] = o;
        count[o]++;
      }
      objectiveKeyResultStart = starts(count);
      objectiveKeyResults = new int[nk];
      fill = objectiveKeyResultStart.clone();
      for (int k = 0; k < nk; k++) {
        objectiveKeyResults[fill[keyResultObjective[k]]++] = k;
      }

      objectiveParent = new int[no];
      objectiveParentKeyResult = new int[no];
      count = new int[no + 1];
      int[] krCount = new int[nk + 1];
      for (int o = 0; o < no; o++) {
        int p = resolved.objectiveParent(o, objectives.get(o));
        if (p < 0) {
          objectiveParent[o] = -1;
          objectiveParentKeyResult[o] = -1;
          continue;
        }
        if (p < keyResultsFrom) {
          objectiveParent[o] = p - objectivesFrom;
          objectiveParentKeyResult[o] = -1;
        } else {
          int k = p - keyResultsFrom;
          objectiveParentKeyResult[o] = k;
          objectiveParent[o] = keyResultObjective[k];
          krCount[k]++;
        }
        count[objectiveParent[o]]++;
      }
      objectiveChildStart = starts(count);
      objectiveChildren = new int[objectiveChildStart[no]];
      keyResultChildStart = starts(krCount);
      keyResultChildren = new int[keyResultChildStart[nk]];
      fill = objectiveChildStart.clone();
      int[] krFill = keyResultChildStart.clone();
      for (int o = 0; o < no; o++) {
        if (objectiveParent[o] >= 0) {
          objectiveChildren[fill[objectiveParent[o]]++] = o;
        }
        if (objectiveParentKeyResult[o] >= 0) {
          keyResultChildren[krFill[objectiveParentKeyResult[o]]++] = o;
        }
      }
      childrenFirst = childrenFirst(no);

      kpiOwner = new int[np];
      int[] contributorCount = new int[nk + 1];
      int[] supportedCount = new int[np + 1];
      int[] flat = new int[16];
      double[] flatWeight = new double[16];
      boolean[] flatSupport = new boolean[16];
      int n = 0;
      for (int p = 0; p < np; p++) {
        Kpi kpi = kpis.get(p);
        kpiOwner[p] = resolved.kpiOwner(p, kpi);
        List<Contribution> contributions = kpi.contributions();
        int cs = contributions.size();
        supportedCount[p] = cs;
        if (n + cs > flat.length) {
          flat = java.util.Arrays.copyOf(flat, Math.max(flat.length * 2, n + cs));
          flatWeight = java.util.Arrays.copyOf(flatWeight, flat.length);
          flatSupport = java.util.Arrays.copyOf(flatSupport, flat.length);
        }
        for (int c = 0; c < cs; c++) {
          int k = resolved.contribution(p, kpi, c) - keyResultsFrom;
          flatWeight[n] = contributions.get(c).weight();
          flatSupport[n] = contributions.get(c).supportOnly();
          anySupportOnly |= flatSupport[n];
          flat[n++] = k;
          contributorCount[k]++;
        }
      }
      supportedStart = starts(supportedCount);
      supported = java.util.Arrays.copyOf(flat, n);
      contributorStart = starts(contributorCount);
      contributors = new int[n];
      contributorWeight = new double[n];
      contributorSupportOnly = new boolean[n];
      fill = contributorStart.clone();
      for (int p = 0; p < np; p++) {
        for (int c = supportedStart[p]; c < supportedStart[p + 1]; c++) {
          int at = fill[supported[c]]++;
          contributors[at] = p;
          contributorWeight[at] = flatWeight[c];
          contributorSupportOnly[at] = flatSupport[c];
        }
      }
      keyResultWeight = new double[nk];
      for (int k = 0; k < nk; k++) {
        keyResultWeight[k] = keyResults.get(k).weight();
      }

      count = new int[nw + 1];
      for (int p = 0; p < np; p++) {
        count[kpiOwner[p]]++;
      }
      ownerKpiStart = starts(count);
      ownerKpis = new int[np];
      fill = ownerKpiStart.clone();
      for (int p = 0; p < np; p++) {
        ownerKpis[fill[kpiOwner[p]]++] = p;
      }
      count = new int[nw + 1];
      for (int o = 0; o < no; o++) {
        count[objectiveOwner[o]]++;
      }
      ownerObjectiveStart = starts(count);
      ownerObjectives = new int[no];
      fill = ownerObjectiveStart.clone();
      for (int o = 0; o < no; o++) {
        ownerObjectives[fill[objectiveOwner[o]]++] = o;
      }
    }

    PlanStructure build() {
      return new PlanStructure(this);
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
          int children = objectiveChildStart[o + 1] - objectiveChildStart[o];
          if (i < children) {
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
  }
}

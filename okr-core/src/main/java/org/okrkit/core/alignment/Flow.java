package org.okrkit.core.alignment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;

/**
 * The element part of an alignment graph (objectives, key results, KPIs) compiled into arrays:
 * node {@code i} is the i-th objective, then key result, then KPI in plan order. Every computation
 * is a loop over a topological order or a worklist; nothing recurses.
 *
 * <p>The feeders of a node are kept sorted by id, and every weighted sum runs over them in that
 * order, so that equal plans give bit-for-bit equal figures whatever the order of their elements.
 */
final class Flow {
  private final int objectiveCount;
  private final int keyResultCount;
  private final String[] ids;
  /** The plan's structure: node i is objective i, then key result i - objectives, then KPI. */
  private final PlanStructure index;

  private final int owners;
  /** The owner of each objective. */
  private final String[] objectiveOwner;

  /** Feeders of node i: positions inStart[i] to inStart[i + 1] of inFrom and inValue. */
  private final int[] inStart;
  private final int[] inFrom;
  private final double[] inValue;
  /** The sum of the edge values into each node; 0 when nothing feeds it. */
  private final double[] inTotal;

  /** What node i feeds: positions outStart[i] to outStart[i + 1] of outTo and outValue. */
  private final int[] outStart;
  private final int[] outTo;
  private final double[] outValue;

  /** Every node after all of its feeders. */
  private final int[] topological;

  private Flow(
      int objectiveCount,
      int keyResultCount,
      String[] ids,
      PlanStructure index,
      int owners,
      String[] objectiveOwner,
      int[] inStart,
      int[] inFrom,
      double[] inValue,
      double[] inTotal,
      int[] outStart,
      int[] outTo,
      double[] outValue,
      int[] topological) {
    this.objectiveCount = objectiveCount;
    this.keyResultCount = keyResultCount;
    this.ids = ids;
    this.index = index;
    this.owners = owners;
    this.objectiveOwner = objectiveOwner;
    this.inStart = inStart;
    this.inFrom = inFrom;
    this.inValue = inValue;
    this.inTotal = inTotal;
    this.outStart = outStart;
    this.outTo = outTo;
    this.outValue = outValue;
    this.topological = topological;
  }

  static Flow of(Plan plan) {
    List<Objective> objectives = plan.objectives();
    List<KeyResult> keyResults = plan.keyResults();
    List<Kpi> kpis = plan.kpis();
    int no = objectives.size();
    int nk = keyResults.size();
    int n = no + nk + kpis.size();
    String[] ids = new String[n];
    PlanStructure index = plan.structure();
    int owners = plan.owners().size();
    String[] objectiveOwner = new String[no];
    for (int i = 0; i < no; i++) {
      ids[i] = objectives.get(i).id();
      objectiveOwner[i] = objectives.get(i).owner();
    }
    for (int i = 0; i < nk; i++) {
      ids[no + i] = keyResults.get(i).id();
    }
    for (int i = 0; i < kpis.size(); i++) {
      ids[no + nk + i] = kpis.get(i).id();
    }

    int[] outStart = new int[n + 1];
    for (int i = 0; i < no; i++) {
      outStart[i + 1] = objectives.get(i).parent().isPresent() ? 1 : 0;
    }
    for (int i = 0; i < nk; i++) {
      outStart[no + i + 1] = 1;
    }
    for (int i = 0; i < kpis.size(); i++) {
      outStart[no + nk + i + 1] = kpis.get(i).contributions().size();
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
    }
    int m = outStart[n];
    int[] outTo = new int[m];
    double[] outValue = new double[m];
    for (int i = 0; i < no; i++) {
      int e = outStart[i];
      Objective o = objectives.get(i);
      if (o.parent().isPresent()) {
        int k = index.objectiveParentKeyResult(i);
        outTo[e] = k >= 0 ? no + k : index.objectiveParent(i);
        outValue[e] = 1.0;
      }
    }
    for (int i = 0; i < nk; i++) {
      KeyResult k = keyResults.get(i);
      int e = outStart[no + i];
      outTo[e] = index.keyResultObjective(i);
      outValue[e] = k.weight();
    }
    for (int i = 0; i < kpis.size(); i++) {
      int e = outStart[no + nk + i];
      com.google.common.primitives.ImmutableIntArray supported = index.supportedBy(i);
      com.google.common.primitives.ImmutableDoubleArray weights = index.supportWeights(i);
      for (int c = 0; c < supported.length(); c++) {
        outTo[e] = no + supported.get(c);
        outValue[e] = weights.get(c);
        e++;
      }
    }

    int[] inStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      inStart[outTo[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
    }
    int[] byFeeder = new int[m];
    int[] source = new int[m];
    int[] fill = inStart.clone();
    for (int from = 0; from < n; from++) {
      for (int e = outStart[from]; e < outStart[from + 1]; e++) {
        source[e] = from;
        byFeeder[fill[outTo[e]]++] = e;
      }
    }
    int[] inFrom = new int[m];
    double[] inValue = new double[m];
    double[] inTotal = new double[n];
    for (int i = 0; i < n; i++) {
      sortByFeederId(byFeeder, inStart[i], inStart[i + 1], source, ids);
      double total = 0;
      for (int p = inStart[i]; p < inStart[i + 1]; p++) {
        int e = byFeeder[p];
        inFrom[p] = source[e];
        inValue[p] = outValue[e];
        total += inValue[p];
      }
      inTotal[i] = total;
    }

    int[] pending = new int[n];
    int[] topological = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = inStart[i + 1] - inStart[i];
      if (pending[i] == 0) {
        topological[tail++] = i;
      }
    }
    while (head < tail) {
      int x = topological[head++];
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        if (--pending[outTo[e]] == 0) {
          topological[tail++] = outTo[e];
        }
      }
    }
    if (tail != n) {
      throw new IllegalStateException("the objectives of a valid plan contribute to each other in a cycle");
    }
    return new Flow(
        no, nk, ids, index, owners, objectiveOwner, inStart, inFrom, inValue, inTotal, outStart, outTo,
        outValue, topological);
  }

  /**
   * Sorts the edges {@code edges[from..to)} by the id of their feeder: insertion sort for the few
   * feeders most nodes have, a boxed sort for the rest.
   */
  private static void sortByFeederId(int[] edges, int from, int to, int[] source, String[] ids) {
    if (to - from <= 32) {
      for (int i = from + 1; i < to; i++) {
        int e = edges[i];
        String id = ids[source[e]];
        int j = i - 1;
        while (j >= from && ids[source[edges[j]]].compareTo(id) > 0) {
          edges[j + 1] = edges[j];
          j--;
        }
        edges[j + 1] = e;
      }
      return;
    }
    Integer[] boxed = new Integer[to - from];
    for (int i = from; i < to; i++) {
      boxed[i - from] = edges[i];
    }
    Arrays.sort(boxed, Comparator.comparing(e -> ids[source[e]]));
    for (int i = from; i < to; i++) {
      edges[i] = boxed[i - from];
    }
  }

  // ---------------------------------------------------------------- lookups

  /**
   * The position in the plan's key results of the key result that contribution {@code c} of the
   * plan's KPI {@code kpi} supports, as resolved when this flow was built.
   */
  int keyResultOf(int kpi, int c) {
    return outTo[outStart[objectiveCount + keyResultCount + kpi] + c] - objectiveCount;
  }

  /** The position in the plan's objectives of the objective of the plan's key result {@code r}. */
  int objectiveOf(int r) {
    return outTo[outStart[objectiveCount + r]];
  }

  /** The node of an element id, or -1. */
  int indexOf(String id) {
    int o = index.indexOfObjective(id);
    if (o >= 0) {
      return o;
    }
    int m = index.indexOfMeasured(id);
    return m >= 0 ? objectiveCount + m : -1;
  }

  boolean isObjective(int i) {
    return i < objectiveCount;
  }

  boolean isKeyResult(int i) {
    return i >= objectiveCount && i < objectiveCount + keyResultCount;
  }

  boolean isKpi(int i) {
    return i >= objectiveCount + keyResultCount;
  }

  /** Whether any edge leads into node {@code i}. */
  boolean isFed(int i) {
    return inStart[i] < inStart[i + 1];
  }

  /** The weight of edge {@code from -> to} divided by the sum of the weights into {@code to}; 0 if there is no such edge. */
  double share(int from, int to) {
    for (int e = outStart[from]; e < outStart[from + 1]; e++) {
      if (outTo[e] == to) {
        return outValue[e] / inTotal[to];
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- coverage

  /** Coverage and support of every node, in one pass over the topological order. */
  Figures figures(Plan plan) {
    int n = ids.length;
    double[] covered = new double[n];
    boolean[] supported = new boolean[n];
    for (int x : topological) {
      if (isKpi(x)) {
        covered[x] = 1;
        supported[x] = true;
        continue;
      }
      if (inStart[x] == inStart[x + 1]) {
        continue;
      }
      // sum <= inTotal[x] exactly, since every term is <= its weight and both run in the same order
      double sum = 0;
      boolean any = false;
      for (int p = inStart[x]; p < inStart[x + 1]; p++) {
        sum += inValue[p] * covered[inFrom[p]];
        any |= supported[inFrom[p]];
      }
      covered[x] = sum / inTotal[x];
      supported[x] = any;
    }

    ImmutableCoverage.Builder coverage = ImmutableCoverage.builder();
    for (int i = 0; i < objectiveCount; i++) {
      coverage.putObjective(ids[i], covered[i]);
    }
    for (int i = objectiveCount; i < objectiveCount + keyResultCount; i++) {
      coverage.putKeyResult(ids[i], covered[i]);
    }
    Map<String, double[]> byOwner = new HashMap<>();
    double total = 0;
    for (int o : objectivesById()) {
      double[] sumAndCount = byOwner.computeIfAbsent(objectiveOwner[o], k -> new double[2]);
      sumAndCount[0] += covered[o];
      sumAndCount[1]++;
      total += covered[o];
    }
    for (Owner owner : plan.owners()) {
      double[] sumAndCount = byOwner.get(owner.id());
      if (sumAndCount != null) {
        coverage.putOwner(owner.id(), sumAndCount[0] / sumAndCount[1]);
      }
    }
    coverage.plan(objectiveCount == 0 ? 0 : total / objectiveCount);
    return new Figures(coverage.build(), supported);
  }

  /** The objectives' nodes sorted by id, the order in which figures are summed. */
  private Integer[] objectivesById() {
    Integer[] sorted = new Integer[objectiveCount];
    for (int i = 0; i < objectiveCount; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, Comparator.comparing(i -> ids[i]));
    return sorted;
  }

  /** The coverage figures, and whether a KPI reaches each node. */
  static final class Figures {
    final Coverage coverage;
    private final boolean[] supported;

    Figures(Coverage coverage, boolean[] supported) {
      this.coverage = coverage;
      this.supported = supported;
    }

    boolean supported(int node) {
      return supported[node];
    }
  }

  // ---------------------------------------------------------------- impact

  /**
   * A KPI's weight in everything it reaches: the sum over paths of the product of the shares along
   * each, computed forwards in topological order over the nodes the KPI reaches.
   */
  Impact impact(int kpi, Map<String, Integer> objectivesPerOwner) {
    Map<Integer, Integer> local = new HashMap<>();
    List<Integer> nodes = new ArrayList<>();
    local.put(kpi, 0);
    nodes.add(kpi);
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(kpi);
    while (!stack.isEmpty()) {
      int x = stack.pop();
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        if (local.putIfAbsent(outTo[e], nodes.size()) == null) {
          nodes.add(outTo[e]);
          stack.push(outTo[e]);
        }
      }
    }
    int r = nodes.size();
    int[] pending = new int[r];
    for (int x : nodes) {
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        pending[local.get(outTo[e])]++;
      }
    }
    double[] weight = new double[r];
    weight[0] = 1;
    int[] queue = new int[r];
    int head = 0;
    int tail = 0;
    queue[tail++] = kpi;
    while (head < tail) {
      int x = queue[head++];
      int lx = local.get(x);
      if (x != kpi) {
        double sum = 0;
        for (int p = inStart[x]; p < inStart[x + 1]; p++) {
          Integer from = local.get(inFrom[p]);
          if (from != null) {
            sum += inValue[p] * weight[from];
          }
        }
        weight[lx] = sum / inTotal[x];
      }
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        if (--pending[local.get(outTo[e])] == 0) {
          queue[tail++] = outTo[e];
        }
      }
    }

    List<Share> keyResults = new ArrayList<>();
    List<Share> objectives = new ArrayList<>();
    List<Integer> reachedObjectives = new ArrayList<>();
    for (int i = 1; i < r; i++) {
      int x = nodes.get(i);
      if (isKeyResult(x)) {
        keyResults.add(Share.of(ids[x], weight[i]));
      } else if (isObjective(x)) {
        objectives.add(Share.of(ids[x], weight[i]));
        reachedObjectives.add(i);
      }
    }
    reachedObjectives.sort(Comparator.comparing(i -> ids[nodes.get(i)]));
    Map<String, Double> byOwner = new LinkedHashMap<>();
    for (int i : reachedObjectives) {
      byOwner.merge(objectiveOwner[nodes.get(i)], weight[i], Double::sum);
    }
    List<Share> owners = new ArrayList<>();
    byOwner.forEach((owner, sum) -> owners.add(Share.of(owner, sum / objectivesPerOwner.get(owner))));
    return ImmutableImpact.builder()
        .kpi(ids[kpi])
        .keyResults(ranked(keyResults))
        .objectives(ranked(objectives))
        .owners(ranked(owners))
        .build();
  }

  /**
   * The KPIs that feed a key result or objective, with their weights in it: computed backwards from
   * the target in reverse topological order over the nodes that reach it.
   */
  ImmutableList<Share> feeders(int target) {
    Map<Integer, Integer> local = new HashMap<>();
    List<Integer> nodes = new ArrayList<>();
    local.put(target, 0);
    nodes.add(target);
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(target);
    while (!stack.isEmpty()) {
      int x = stack.pop();
      for (int p = inStart[x]; p < inStart[x + 1]; p++) {
        if (local.putIfAbsent(inFrom[p], nodes.size()) == null) {
          nodes.add(inFrom[p]);
          stack.push(inFrom[p]);
        }
      }
    }
    int r = nodes.size();
    int[] pending = new int[r];
    for (int x : nodes) {
      if (x == target) {
        continue;
      }
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        if (local.containsKey(outTo[e])) {
          pending[local.get(x)]++;
        }
      }
    }
    double[] weight = new double[r];
    weight[0] = 1;
    int[] queue = new int[r];
    int head = 0;
    int tail = 0;
    queue[tail++] = target;
    List<Share> kpis = new ArrayList<>();
    while (head < tail) {
      int x = queue[head++];
      int lx = local.get(x);
      if (x != target) {
        double sum = 0;
        for (int e = outStart[x]; e < outStart[x + 1]; e++) {
          Integer to = local.get(outTo[e]);
          if (to != null) {
            sum += outValue[e] / inTotal[outTo[e]] * weight[to];
          }
        }
        weight[lx] = sum;
        if (isKpi(x)) {
          kpis.add(Share.of(ids[x], sum));
        }
      }
      for (int p = inStart[x]; p < inStart[x + 1]; p++) {
        if (--pending[local.get(inFrom[p])] == 0) {
          queue[tail++] = inFrom[p];
        }
      }
    }
    return ranked(kpis);
  }

  /** By weight, the largest first, then by id. */
  private static ImmutableList<Share> ranked(List<Share> shares) {
    shares.sort(
        Comparator.comparingDouble(Share::weight).reversed().thenComparing(Share::id));
    return ImmutableList.copyOf(shares);
  }
}

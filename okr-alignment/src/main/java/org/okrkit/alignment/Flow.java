package org.okrkit.alignment;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
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
import org.okrkit.core.Kpi;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;

/**
 * The element part of an alignment graph (objectives, key results, KPIs) compiled into arrays: node
 * {@code i} is objective {@code i} of the plan's {@link PlanStructure}, then key result {@code i -
 * objectives}, then KPI. Every computation is a loop over an order the structure gives or a
 * worklist; nothing recurses.
 *
 * <p>Every weighted sum runs over the feeders of a node in the order of their ids, so that equal
 * plans give bit-for-bit equal figures whatever the order of their elements. The feeders are kept
 * in node order, though, and sorted only where the order can change a sum: the coverage of a node
 * whose feeders are all fully covered is exactly 1, and of one whose feeders are all uncovered
 * exactly 0, in any order, and a sum of zeros and ones over objectives is exact in any order. The
 * queries that need every node's feeders in id order ({@link #share}, {@link #impact}, {@link
 * #feeders}) sort them all once, on first use.
 *
 * <p>Building a flow reads each KPI once: its contributions for the edges, and what the rules read
 * of it ({@link AlignmentGraph.Kpis}), so that no rule visits the KPIs again.
 */
final class Flow {
  /** Above this, a sum of weights might round differently in another order: sort to be exact. */
  private static final double SAFE_TOTAL = 1e300;

  /** Scales weights whose sum overflows: 2^-64. */
  private static final double OVERFLOW_SCALE = 0x1p-64;

  /** The plan's structure: node i is objective i, then key result i - objectives, then KPI. */
  private final PlanStructure structure;

  /** What the rules read of every KPI, read with its contributions. */
  private final AlignmentGraph.Kpis kpis;

  private final int objectiveCount;
  private final int keyResultCount;
  private final int nodeCount;

  /** What node i feeds: positions outStart[i] to outStart[i + 1] of outTo and outValue. */
  private final int[] outStart;

  private final int[] outTo;
  private final double[] outValue;

  /**
   * Feeders of node i, in node order: positions inStart[i] to inStart[i + 1] of inFrom and inValue.
   */
  private final int[] inStart;

  private final int[] inFrom;
  private final double[] inValue;

  /** The feeders of every node sorted by id, with the sums of their values; built on first use. */
  private final java.util.function.Supplier<ById> byId;

  private Flow(
      PlanStructure structure,
      AlignmentGraph.Kpis kpis,
      int[] outStart,
      int[] outTo,
      double[] outValue,
      int[] inStart,
      int[] inFrom,
      double[] inValue) {
    this.structure = structure;
    this.kpis = kpis;
    this.objectiveCount = structure.objectiveCount();
    this.keyResultCount = structure.keyResultCount();
    this.nodeCount = objectiveCount + structure.measuredCount();
    this.outStart = outStart;
    this.outTo = outTo;
    this.outValue = outValue;
    this.inStart = inStart;
    this.inFrom = inFrom;
    this.inValue = inValue;
    this.byId = Suppliers.memoize(ById::new);
  }

  /** The flow of a valid plan, from its structure: in time linear in the plan's size. */
  static Flow of(Plan plan) {
    PlanStructure s = plan.structure();
    int no = s.objectiveCount();
    int nk = s.keyResultCount();
    int np = s.kpiCount();
    int n = no + nk + np;
    List<Kpi> kpis = plan.kpis();

    int[] outStart = new int[n + 1];
    for (int i = 0; i < no; i++) {
      outStart[i + 1] = outStart[i] + (s.objectiveParent(i) >= 0 ? 1 : 0);
    }
    for (int i = no; i < no + nk; i++) {
      outStart[i + 1] = outStart[i] + 1;
    }
    // the KPIs' edges are their contributions: as many as the key results' contributors
    int m = outStart[no + nk];
    for (int k = 0; k < nk; k++) {
      m += s.contributorsTo(k).length();
    }
    int[] outTo = new int[m];
    double[] outValue = new double[m];
    for (int i = 0; i < no; i++) {
      if (s.objectiveParent(i) >= 0) {
        int k = s.objectiveParentKeyResult(i);
        outTo[outStart[i]] = k >= 0 ? no + k : s.objectiveParent(i);
        outValue[outStart[i]] = 1.0;
      }
    }
    for (int k = 0; k < nk; k++) {
      outTo[outStart[no + k]] = s.keyResultObjective(k);
      outValue[outStart[no + k]] = s.keyResultWeight(k);
    }
    AlignmentGraph.Kpis columns = new AlignmentGraph.Kpis(np);
    Period planPeriod = plan.period();
    for (int p = 0; p < np; p++) {
      // one read of each KPI: what the rules read of it, beside the contributions
      Kpi kpi = kpis.get(p);
      columns.read(p, kpi, planPeriod);
      // the weights are kept in the KPI's contributions, in the order of its supported key results
      List<Contribution> contributions = kpi.contributions();
      ImmutableIntArray supported = s.supportedBy(p);
      int e = outStart[no + nk + p];
      for (int c = 0; c < supported.length(); c++, e++) {
        outTo[e] = no + supported.get(c);
        outValue[e] = contributions.get(c).weight();
      }
      outStart[no + nk + p + 1] = e;
    }

    int[] inStart = new int[n + 1];
    for (int e = 0; e < m; e++) {
      inStart[outTo[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
    }
    int[] inFrom = new int[m];
    double[] inValue = new double[m];
    int[] fill = Arrays.copyOf(inStart, n);
    for (int from = 0; from < n; from++) {
      for (int e = outStart[from]; e < outStart[from + 1]; e++) {
        int at = fill[outTo[e]]++;
        inFrom[at] = from;
        inValue[at] = outValue[e];
      }
    }
    if (s.objectivesChildrenFirst().length() != no) {
      throw new IllegalStateException(
          "the objectives of a valid plan contribute to each other in a cycle");
    }
    return new Flow(s, columns, outStart, outTo, outValue, inStart, inFrom, inValue);
  }

  // ---------------------------------------------------------------- lookups

  /** The plan's structure, which numbers the nodes. */
  PlanStructure structure() {
    return structure;
  }

  /** What the rules read of every KPI. */
  AlignmentGraph.Kpis kpis() {
    return kpis;
  }

  /** The id of node {@code i}. */
  String id(int i) {
    return i < objectiveCount ? structure.objectiveId(i) : structure.measuredId(i - objectiveCount);
  }

  /** The node of an element id, or -1. */
  int indexOf(String id) {
    int o = structure.indexOfObjective(id);
    if (o >= 0) {
      return o;
    }
    int m = structure.indexOfMeasured(id);
    return m >= 0 ? objectiveCount + m : -1;
  }

  /** The node of key result {@code k}. */
  int keyResultNode(int k) {
    return objectiveCount + k;
  }

  boolean isObjective(int i) {
    return i < objectiveCount;
  }

  boolean isKeyResult(int i) {
    return i >= objectiveCount && i < objectiveCount + keyResultCount;
  }

  /** The node of KPI {@code p}. */
  int kpiNode(int p) {
    return objectiveCount + keyResultCount + p;
  }

  /** The first of the edges out of node {@code i} in {@link #target}. */
  int edgesFrom(int i) {
    return outStart[i];
  }

  /** One past the last of the edges out of node {@code i}. */
  int edgesTo(int i) {
    return outStart[i + 1];
  }

  /** The node edge {@code e} leads to. */
  int target(int e) {
    return outTo[e];
  }

  boolean isKpi(int i) {
    return i >= objectiveCount + keyResultCount;
  }

  /** Whether any edge leads into node {@code i}. */
  boolean isFed(int i) {
    return inStart[i] < inStart[i + 1];
  }

  /** The first of node {@code i}'s feeders in {@link #feeder} and {@link #feederValue}. */
  int feedersFrom(int i) {
    return inStart[i];
  }

  /** One past the last of node {@code i}'s feeders. */
  int feedersTo(int i) {
    return inStart[i + 1];
  }

  /** The feeding node at position {@code at} of the feeders, which are in node order. */
  int feeder(int at) {
    return inFrom[at];
  }

  /** The value of the edge at position {@code at} of the feeders. */
  double feederValue(int at) {
    return inValue[at];
  }

  /**
   * The weight of edge {@code from -> to} divided by the sum of the weights into {@code to}; 0 if
   * there is no such edge.
   */
  double share(int from, int to) {
    for (int e = outStart[from]; e < outStart[from + 1]; e++) {
      if (outTo[e] == to) {
        return outValue[e] / byId.get().total[to];
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- feeders by id

  /** Every node's feeders sorted by id, and the sum of their values in that order. */
  private final class ById {
    final int[] from;
    final double[] value;
    final double[] total;

    ById() {
      int m = inFrom.length;
      from = inFrom.clone();
      value = inValue.clone();
      total = new double[nodeCount];
      String[] ids = new String[nodeCount];
      for (int i = 0; i < nodeCount; i++) {
        ids[i] = id(i);
      }
      int[] order = new int[m];
      for (int i = 0; i < nodeCount; i++) {
        int start = inStart[i];
        int end = inStart[i + 1];
        for (int p = start; p < end; p++) {
          order[p] = p;
        }
        sortById(order, start, end, inFrom, ids);
        double sum = 0;
        for (int p = start; p < end; p++) {
          from[p] = inFrom[order[p]];
          value[p] = inValue[order[p]];
          sum += value[p];
        }
        total[i] = sum;
      }
    }
  }

  /**
   * Sorts the feeder positions {@code at[from..to)} by the id of their feeding node {@code
   * node[at[i]]}: insertion sort for the few feeders most nodes have, a boxed sort for the rest.
   */
  private static void sortById(int[] at, int from, int to, int[] node, String[] ids) {
    if (to - from <= 32) {
      for (int i = from + 1; i < to; i++) {
        int e = at[i];
        String id = ids[node[e]];
        int j = i - 1;
        while (j >= from && ids[node[at[j]]].compareTo(id) > 0) {
          at[j + 1] = at[j];
          j--;
        }
        at[j + 1] = e;
      }
      return;
    }
    Integer[] boxed = new Integer[to - from];
    for (int i = from; i < to; i++) {
      boxed[i - from] = at[i];
    }
    Arrays.sort(boxed, Comparator.comparing(e -> ids[node[e]]));
    for (int i = from; i < to; i++) {
      at[i] = boxed[i - from];
    }
  }

  // ---------------------------------------------------------------- coverage

  /**
   * Coverage and support of every node: key results and objectives in the structure's
   * children-first order, each objective's key results just before it, so that everything a node's
   * figure reads is computed before it.
   */
  Figures figures() {
    double[] covered = new double[nodeCount];
    boolean[] supported = new boolean[nodeCount];
    Arrays.fill(covered, objectiveCount + keyResultCount, nodeCount, 1.0);
    Arrays.fill(supported, objectiveCount + keyResultCount, nodeCount, true);
    // scratch space for the feeders of the nodes whose figure depends on their order
    int[] scratch = new int[16];
    ImmutableIntArray order = structure.objectivesChildrenFirst();
    for (int i = 0; i < order.length(); i++) {
      int o = order.get(i);
      ImmutableIntArray keyResults = structure.keyResultsOf(o);
      for (int j = 0; j < keyResults.length(); j++) {
        int x = objectiveCount + keyResults.get(j);
        if (isFed(x)) {
          scratch = cover(x, covered, supported, scratch);
        }
      }
      if (isFed(o)) {
        scratch = cover(o, covered, supported, scratch);
      }
    }
    return new Figures(coverageOf(covered), covered, supported);
  }

  /**
   * Sets the coverage and support of node {@code x}, which something feeds, from its feeders':
   * {@code sum(value * covered) / sum(value)} over the feeders in id order. Returns scratch space
   * at least as large as the node's feeders.
   */
  private int[] cover(int x, double[] covered, boolean[] supported, int[] scratch) {
    int start = inStart[x];
    int end = inStart[x + 1];
    boolean all = true;
    boolean none = true;
    boolean any = false;
    double total = 0;
    int kpis = objectiveCount + keyResultCount;
    for (int p = start; p < end; p++) {
      int from = inFrom[p];
      // a KPI is covered fully and supported: most feeders are KPIs, whose figures need no reading
      if (from < kpis) {
        double c = covered[from];
        all &= c == 1.0;
        none &= c == 0.0;
        any |= supported[from];
      } else {
        none = false;
        any = true;
      }
      total += inValue[p];
    }
    supported[x] = any;
    // weights are finite and above 0: in id order the sum of value * 1 is the sum of the values
    // themselves (a quotient of exactly 1), and the sum of value * 0 is 0
    if ((all || none) && total < SAFE_TOTAL) {
      covered[x] = all ? 1.0 : 0.0;
      return scratch;
    }
    int count = end - start;
    int[] at = scratch.length >= count ? scratch : new int[Math.max(count, scratch.length * 2)];
    for (int p = start; p < end; p++) {
      at[p - start] = p;
    }
    sortFeeders(at, count);
    // sum <= total exactly, since every term is <= its weight and both run in the same order
    double sum = 0;
    double sorted = 0;
    for (int i = 0; i < count; i++) {
      int p = at[i];
      sum += inValue[p] * covered[inFrom[p]];
      sorted += inValue[p];
    }
    if (Double.isInfinite(sorted)) {
      // finite weights can sum beyond the largest double (infinity over infinity is NaN): scaled
      // by a power of two, exact for all but vanishingly small weights, fewer than 2^31 of them
      // below 2^1024 each sum below it
      sum = 0;
      sorted = 0;
      for (int i = 0; i < count; i++) {
        int p = at[i];
        double value = inValue[p] * OVERFLOW_SCALE;
        sum += value * covered[inFrom[p]];
        sorted += value;
      }
    }
    covered[x] = sum / sorted;
    return at;
  }

  /** Sorts feeder positions {@code at[0..count)} by the id of the feeding node. */
  private void sortFeeders(int[] at, int count) {
    if (count <= 32) {
      for (int i = 1; i < count; i++) {
        int e = at[i];
        String id = id(inFrom[e]);
        int j = i - 1;
        while (j >= 0 && id(inFrom[at[j]]).compareTo(id) > 0) {
          at[j + 1] = at[j];
          j--;
        }
        at[j + 1] = e;
      }
      return;
    }
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = at[i];
    }
    Arrays.sort(boxed, Comparator.comparing(e -> id(inFrom[e])));
    for (int i = 0; i < count; i++) {
      at[i] = boxed[i];
    }
  }

  /**
   * The coverage figures from every node's: owners' and the plan's means are summed over the
   * objectives in id order; a sum of zeros and ones is exact in any order, so the objectives are
   * sorted only when some figure lies strictly between.
   */
  private Coverage coverageOf(double[] covered) {
    int[] owners = new int[structure.ownerCount()];
    double[] ownerFigures = new double[structure.ownerCount()];
    int setting = 0;
    int[] few = new int[8];
    for (int w = 0; w < structure.ownerCount(); w++) {
      ImmutableIntArray objectives = structure.objectivesOf(w);
      int count = objectives.length();
      if (count == 0) {
        continue;
      }
      if (few.length < count) {
        few = new int[Math.max(count, few.length * 2)];
      }
      boolean whole = true;
      for (int j = 0; j < count; j++) {
        few[j] = objectives.get(j);
        whole &= isWhole(covered[few[j]]);
      }
      if (!whole) {
        sortObjectives(few, count);
      }
      double sum = 0;
      for (int j = 0; j < count; j++) {
        sum += covered[few[j]];
      }
      owners[setting] = w;
      ownerFigures[setting++] = sum / count;
    }
    double total = 0;
    boolean whole = true;
    for (int o = 0; o < objectiveCount && whole; o++) {
      whole = isWhole(covered[o]);
    }
    if (whole) {
      for (int o = 0; o < objectiveCount; o++) {
        total += covered[o];
      }
    } else {
      int[] all = new int[objectiveCount];
      for (int o = 0; o < objectiveCount; o++) {
        all[o] = o;
      }
      sortObjectives(all, objectiveCount);
      for (int o : all) {
        total += covered[o];
      }
    }
    // node i is objective i, then key result i - objectiveCount: the maps read the figures in place
    return new Coverage(
        objectiveCount == 0 ? 0 : total / objectiveCount,
        FigureMap.all(structure, FigureMap.Keys.OBJECTIVES, covered, 0),
        FigureMap.all(structure, FigureMap.Keys.KEY_RESULTS, covered, objectiveCount),
        FigureMap.some(
            structure,
            FigureMap.Keys.OWNERS,
            Arrays.copyOf(owners, setting),
            Arrays.copyOf(ownerFigures, setting)),
        supportOnlyLinks(structure));
  }

  /** How many contributions and objective parent links of the plan are support-only. */
  private static int supportOnlyLinks(PlanStructure structure) {
    int n = 0;
    for (int o = 0; o < structure.objectiveCount(); o++) {
      if (structure.objective(o).parentSupportOnly()) {
        n++;
      }
    }
    for (int k = 0; k < structure.keyResultCount(); k++) {
      n += structure.contributorsTo(k).length() - structure.countedContributorsTo(k).length();
    }
    return n;
  }

  private static boolean isWhole(double figure) {
    return figure == 0.0 || figure == 1.0;
  }

  /** Sorts objective positions {@code at[0..count)} by id. */
  private void sortObjectives(int[] at, int count) {
    if (count <= 32) {
      for (int i = 1; i < count; i++) {
        int o = at[i];
        String id = structure.objectiveId(o);
        int j = i - 1;
        while (j >= 0 && structure.objectiveId(at[j]).compareTo(id) > 0) {
          at[j + 1] = at[j];
          j--;
        }
        at[j + 1] = o;
      }
      return;
    }
    String[] ids = new String[count];
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = i;
      ids[i] = structure.objectiveId(at[i]);
    }
    Arrays.sort(boxed, Comparator.comparing(i -> ids[i]));
    int[] sorted = new int[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = at[boxed[i]];
    }
    System.arraycopy(sorted, 0, at, 0, count);
  }

  /** The coverage figures, and every node's figure and whether a KPI reaches it. */
  static final class Figures {
    final Coverage coverage;
    private final double[] covered;
    private final boolean[] supported;

    Figures(Coverage coverage, double[] covered, boolean[] supported) {
      this.coverage = coverage;
      this.covered = covered;
      this.supported = supported;
    }

    boolean supported(int node) {
      return supported[node];
    }

    double covered(int node) {
      return covered[node];
    }
  }

  // ---------------------------------------------------------------- impact

  /**
   * A KPI's weight in everything it reaches: the sum over paths of the product of the shares along
   * each, computed forwards in topological order over the nodes the KPI reaches.
   */
  /** Node {@code node}'s position among the nodes an impact computation reached. */
  private static int position(Map<Integer, Integer> local, int node) {
    Integer at = local.get(node);
    if (at == null) {
      throw new IllegalStateException("node " + node + " was not reached");
    }
    return at;
  }

  Impact impact(int kpi) {
    ById sorted = byId.get();
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
        pending[position(local, outTo[e])]++;
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
      int lx = position(local, x);
      if (x != kpi) {
        double sum = 0;
        for (int p = inStart[x]; p < inStart[x + 1]; p++) {
          Integer from = local.get(sorted.from[p]);
          if (from != null) {
            sum += sorted.value[p] * weight[from];
          }
        }
        weight[lx] = sum / sorted.total[x];
      }
      for (int e = outStart[x]; e < outStart[x + 1]; e++) {
        if (--pending[position(local, outTo[e])] == 0) {
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
        keyResults.add(Share.of(id(x), weight[i]));
      } else if (isObjective(x)) {
        objectives.add(Share.of(id(x), weight[i]));
        reachedObjectives.add(i);
      }
    }
    // each owner's weights summed in the id order of its objectives
    reachedObjectives.sort(Comparator.comparing(i -> id(nodes.get(i))));
    Map<Integer, Double> byOwner = new LinkedHashMap<>();
    for (int i : reachedObjectives) {
      byOwner.merge(structure.objectiveOwner(nodes.get(i)), weight[i], Double::sum);
    }
    List<Share> owners = new ArrayList<>();
    byOwner.forEach(
        (owner, sum) ->
            owners.add(
                Share.of(structure.ownerId(owner), sum / structure.objectivesOf(owner).length())));
    return ImmutableImpact.builder()
        .kpiId(id(kpi))
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
    ById sorted = byId.get();
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
          pending[position(local, x)]++;
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
      int lx = position(local, x);
      if (x != target) {
        double sum = 0;
        for (int e = outStart[x]; e < outStart[x + 1]; e++) {
          Integer to = local.get(outTo[e]);
          if (to != null) {
            sum += outValue[e] / sorted.total[outTo[e]] * weight[to];
          }
        }
        weight[lx] = sum;
        if (isKpi(x)) {
          kpis.add(Share.of(id(x), sum));
        }
      }
      for (int p = inStart[x]; p < inStart[x + 1]; p++) {
        if (--pending[position(local, inFrom[p])] == 0) {
          queue[tail++] = inFrom[p];
        }
      }
    }
    return ranked(kpis);
  }

  /** By weight, the largest first, then by id. */
  private static ImmutableList<Share> ranked(List<Share> shares) {
    shares.sort(Comparator.comparingDouble(Share::weight).reversed().thenComparing(Share::id));
    return ImmutableList.copyOf(shares);
  }
}

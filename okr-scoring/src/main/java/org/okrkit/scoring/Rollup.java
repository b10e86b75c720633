package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;
import static org.okrkit.core.Numbers.plain;

import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.PlanStructure;
import org.okrkit.scoring.internal.IndexedAggregation;
import org.okrkit.scoring.internal.Slots;

/**
 * The one program that turns element scores into the scores of key results, objectives and owners
 * under a {@link ScoringPolicy}: what a {@link Scorecard} computes, and what a simulation runs for
 * every simulated period. It is compiled once for a plan's {@link PlanStructure} and a policy, and
 * runs over an array of slots: the first {@link #leafCount()} hold the scores of the key results
 * and KPIs (as the caller computed them with their strategies; NaN for an unscored element), and
 * each step of the program writes one more, in an order in which every step reads only slots
 * written before it:
 *
 * <ol>
 *   <li>each key result that takes a share from its KPIs ({@link ScoringPolicy#keyResultKpiShare()}
 *       above 0, and KPIs supporting it): {@code (1 - share) × own + share × weighted mean of its
 *       scored KPIs by contribution weight}, its own score alone when no KPI is scored, the KPIs'
 *       part alone when it has no score of its own;
 *   <li>each objective, children first: the policy's objective aggregation of its scored key
 *       results (by key-result weight) and, when {@link ScoringPolicy#childObjectiveWeight()} is
 *       above 0, of the scored objectives that roll into it (each of that weight);
 *   <li>each owner: the KPI aggregation of its scored KPIs by KPI weight, the OKR aggregation of
 *       its scored objectives (each of weight 1), and the composite of the two parts that have a
 *       score, by the policy's composite weights.
 * </ol>
 *
 * <p>An aggregation leaves unscored children out and is unscored (NaN) when no child is scored.
 * Results are bit-identical to {@link Aggregation#aggregate} on the scored children. A host
 * aggregation that returns a negative or non-finite number fails the program with an {@link
 * IllegalStateException} that names the objective or owner.
 *
 * <p>A program is immutable and safe to share between threads; each thread evaluates it with an
 * {@link Evaluator} of its own.
 */
public final class Rollup {
  private static final byte BLEND = 0;
  private static final byte AGGREGATE = 1;
  private static final byte COMPOSITE = 2;

  private final PlanStructure structure;
  private final ScoringPolicy policy;
  private final int leaves;
  private final int[] leafOfMeasured;

  private final byte[] kind;

  /** The aggregation of an AGGREGATE step, as an index into {@link #aggregations}. */
  private final int[] aggregation;

  /** A step's children are child[from] .. child[to]; a composite's parts are slots from and to. */
  private final int[] from;

  private final int[] to;

  /** A blend's own score: the key result's leaf. */
  private final int[] own;

  /** A blend's share, a composite's KPI weight. */
  private final double[] a;

  /** A composite's OKR weight. */
  private final double[] b;

  /** The node a step computes: objective o as o, owner w as -1 - w; what an error names. */
  private final int[] node;

  private final int[] child;
  private final double[] childWeight;
  private final IndexedAggregation[] aggregations;
  private final IndexedAggregation blendMean = IndexedAggregation.of(Aggregations.weightedMean());

  /** Each key result's weight in its objective, under the policy's {@link UnassignedWeight}. */
  private final double[] keyResultWeight;

  private final int[] keyResultSlot;
  private final int[] objectiveSlot;
  private final int[] kpiScoreSlot;
  private final int[] okrScoreSlot;
  private final int[] compositeSlot;

  private Rollup(PlanStructure structure, ScoringPolicy policy, int[] leafOfMeasured, int leaves) {
    this.structure = structure;
    this.policy = policy;
    this.leaves = leaves;
    this.leafOfMeasured = leafOfMeasured;
    this.keyResultWeight = KeyResultWeights.of(structure, policy);
    int nk = structure.keyResultCount();
    int no = structure.objectiveCount();
    int nw = structure.ownerCount();
    int np = structure.kpiCount();
    // sized for the usual plan (a step per key result, objective and three per owner; a KPI
    // supporting two key results at most) so that it rarely grows
    Program p = new Program(leaves, nk + no + 3 * nw, 2 * np + nk + 2 * no + np);
    List<IndexedAggregation> aggs = new ArrayList<>();
    Map<Aggregation, Integer> aggIndex = new HashMap<>();

    keyResultSlot = new int[nk];
    double share = policy.keyResultKpiShare();
    for (int k = 0; k < nk; k++) {
      ImmutableIntArray kpis = structure.countedContributorsTo(k);
      if (share == 0 || kpis.isEmpty()) {
        keyResultSlot[k] = leafOfMeasured[k];
        continue;
      }
      ImmutableDoubleArray weights = structure.countedContributorWeights(k);
      p.begin(BLEND, -1, k);
      for (int i = 0; i < kpis.length(); i++) {
        p.child(leafOfMeasured[nk + kpis.get(i)], weights.get(i));
      }
      keyResultSlot[k] = p.end(leafOfMeasured[k], share, 0);
    }

    objectiveSlot = new int[no];
    int objectiveAgg = index(policy.objectiveAggregation(), aggs, aggIndex);
    double childWeight = policy.childObjectiveWeight();
    ImmutableIntArray order = structure.objectivesChildrenFirst();
    for (int i = 0; i < order.length(); i++) {
      int o = order.get(i);
      p.begin(AGGREGATE, objectiveAgg, o);
      ImmutableIntArray krs = structure.keyResultsOf(o);
      for (int j = 0; j < krs.length(); j++) {
        p.child(keyResultSlot[krs.get(j)], keyResultWeight[krs.get(j)]);
      }
      if (childWeight > 0) {
        ImmutableIntArray children = structure.countedChildObjectivesOf(o);
        for (int j = 0; j < children.length(); j++) {
          p.child(objectiveSlot[children.get(j)], childWeight);
        }
      }
      objectiveSlot[o] = p.end(-1, 0, 0);
    }

    kpiScoreSlot = new int[nw];
    okrScoreSlot = new int[nw];
    compositeSlot = new int[nw];
    int kpiAgg = index(policy.kpiAggregation(), aggs, aggIndex);
    int okrAgg = index(policy.okrAggregation(), aggs, aggIndex);
    for (int w = 0; w < nw; w++) {
      ImmutableIntArray kpis = structure.kpisOf(w);
      kpiScoreSlot[w] = -1;
      if (!kpis.isEmpty()) {
        p.begin(AGGREGATE, kpiAgg, -1 - w);
        for (int j = 0; j < kpis.length(); j++) {
          p.child(leafOfMeasured[nk + kpis.get(j)], structure.kpiWeight(kpis.get(j)));
        }
        kpiScoreSlot[w] = p.end(-1, 0, 0);
      }
      ImmutableIntArray objectives = structure.objectivesOf(w);
      okrScoreSlot[w] = -1;
      if (!objectives.isEmpty()) {
        p.begin(AGGREGATE, okrAgg, -1 - w);
        for (int j = 0; j < objectives.length(); j++) {
          p.child(objectiveSlot[objectives.get(j)], 1.0);
        }
        okrScoreSlot[w] = p.end(-1, 0, 0);
      }
      p.begin(COMPOSITE, -1, -1 - w);
      compositeSlot[w] = p.end(-1, policy.compositeKpiWeight(), policy.compositeOkrWeight());
      p.parts(kpiScoreSlot[w], okrScoreSlot[w]);
    }
    kind = p.kind();
    aggregation = Arrays.copyOf(p.aggregation, p.steps);
    from = Arrays.copyOf(p.from, p.steps);
    to = Arrays.copyOf(p.to, p.steps);
    own = Arrays.copyOf(p.own, p.steps);
    a = Arrays.copyOf(p.a, p.steps);
    b = Arrays.copyOf(p.b, p.steps);
    node = Arrays.copyOf(p.node, p.steps);
    child = Arrays.copyOf(p.child, p.children);
    this.childWeight = Arrays.copyOf(p.childWeight, p.children);
    aggregations = aggs.toArray(new IndexedAggregation[0]);
  }

  /**
   * The program of {@code policy} over {@code structure}, whose leaves are the measured elements in
   * the structure's order: slot {@code m} holds the score of measured element {@code m}.
   *
   * @throws PolicyException when the policy weighs unweighted key results by {@link
   *     UnassignedWeight#REMAINDER} and an objective's weighted ones leave nothing for them
   */
  public static Rollup compile(PlanStructure structure, ScoringPolicy policy) {
    int nm = requireNonNull(structure, "structure").measuredCount();
    int[] identity = new int[nm];
    for (int m = 0; m < nm; m++) {
      identity[m] = m;
    }
    return new Rollup(structure, requireNonNull(policy, "policy"), identity, nm);
  }

  /**
   * The program of {@code policy} over {@code structure}, with the score of measured element {@code
   * m} in slot {@code leafOfMeasured[m]}: for callers that keep their elements in an order of their
   * own. The leaves are slots 0 to {@code leafCount - 1}.
   *
   * @throws IllegalArgumentException unless {@code leafOfMeasured} has one distinct slot below
   *     {@code leafCount} for each measured element
   * @throws PolicyException when the policy weighs unweighted key results by {@link
   *     UnassignedWeight#REMAINDER} and an objective's weighted ones leave nothing for them
   */
  public static Rollup compile(
      PlanStructure structure, ScoringPolicy policy, int[] leafOfMeasured, int leafCount) {
    int nm = requireNonNull(structure, "structure").measuredCount();
    requireNonNull(policy, "policy");
    requireNonNull(leafOfMeasured, "leafOfMeasured");
    if (leafOfMeasured.length != nm) {
      throw new IllegalArgumentException(
          "leafOfMeasured has "
              + leafOfMeasured.length
              + " slots for "
              + nm
              + " measured elements");
    }
    boolean[] taken = new boolean[Math.max(0, leafCount)];
    for (int m = 0; m < nm; m++) {
      int slot = leafOfMeasured[m];
      if (slot < 0 || slot >= leafCount || taken[slot]) {
        throw new IllegalArgumentException(
            "leafOfMeasured["
                + m
                + "] = "
                + slot
                + " is not a free slot from 0 to "
                + (leafCount - 1));
      }
      taken[slot] = true;
    }
    return new Rollup(
        structure, requireNonNull(policy, "policy"), leafOfMeasured.clone(), leafCount);
  }

  /**
   * The weight key result {@code k} carries in its objective: the plan's, or under {@link
   * UnassignedWeight#REMAINDER} its share of what the weighted key results leave.
   */
  double keyResultWeight(int k) {
    return keyResultWeight[k];
  }

  /** The structure the program was compiled for. */
  public PlanStructure structure() {
    return structure;
  }

  /** The policy the program was compiled from. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** How many slots hold element scores, before the program's own. */
  public int leafCount() {
    return leaves;
  }

  /** How many slots an evaluation needs: the leaves and one for each step. */
  public int slotCount() {
    return leaves + kind.length;
  }

  /** The slot of measured element {@code m}'s score. */
  public int leafSlot(int m) {
    return leafOfMeasured[m];
  }

  /** The slot of key result {@code k}'s score: its blend with its KPIs, or its leaf. */
  public int keyResultSlot(int k) {
    return keyResultSlot[k];
  }

  /** The slot of objective {@code o}'s score. */
  public int objectiveSlot(int o) {
    return objectiveSlot[o];
  }

  /** The slot of owner {@code w}'s KPI score; -1 for an owner without KPIs. */
  public int kpiScoreSlot(int w) {
    return kpiScoreSlot[w];
  }

  /** The slot of owner {@code w}'s OKR score; -1 for an owner without objectives. */
  public int okrScoreSlot(int w) {
    return okrScoreSlot[w];
  }

  /** The slot of owner {@code w}'s composite score. */
  public int compositeSlot(int w) {
    return compositeSlot[w];
  }

  /** A new evaluator, for one thread. */
  public Evaluator evaluator() {
    return new Evaluator(this);
  }

  /** Evaluates a {@link Rollup} for one thread, reusing its working arrays from call to call. */
  public static final class Evaluator {
    private final Rollup rollup;
    private final IndexedAggregation.Scratch scratch = new IndexedAggregation.Scratch();

    private Evaluator(Rollup rollup) {
      this.rollup = rollup;
    }

    /**
     * Runs every step over {@code values}, whose leaves hold the element scores (NaN for an
     * unscored element), and writes each step's result into its slot.
     *
     * @throws IllegalArgumentException if {@code values} is shorter than {@link #slotCount()}
     * @throws IllegalStateException if a host aggregation breaks its contract, naming the node
     */
    public void evaluate(double[] values) {
      if (values.length < rollup.slotCount()) {
        throw new IllegalArgumentException(
            "values has " + values.length + " slots; the program needs " + rollup.slotCount());
      }
      rollup.evaluate(Slots.of(values), scratch);
    }
  }

  // ------------------------------------------------------------------ evaluation

  /** Runs every step over {@code values}. */
  void evaluate(Slots values, IndexedAggregation.Scratch scratch) {
    for (int n = 0; n < kind.length; n++) {
      step(values, n, scratch);
    }
  }

  /** Runs the step that writes {@code slot}; a leaf is left as it is. */
  void evaluateSlot(Slots values, int slot, IndexedAggregation.Scratch scratch) {
    if (slot >= leaves) {
      step(values, slot - leaves, scratch);
    }
  }

  private void step(Slots values, int n, IndexedAggregation.Scratch scratch) {
    double r;
    switch (kind[n]) {
      case AGGREGATE -> {
        IndexedAggregation agg = aggregations[aggregation[n]];
        r = agg.aggregate(values, child, childWeight, from[n], to[n], scratch);
        if (!agg.isCompiled()) {
          r = checked(agg.aggregation(), r, values, n);
        }
      }
      case BLEND -> {
        double part = blendMean.aggregate(values, child, childWeight, from[n], to[n], scratch);
        double mine = values.get(own[n]);
        double s = a[n];
        r = Double.isNaN(part) ? mine : Double.isNaN(mine) ? part : (1 - s) * mine + s * part;
      }
      default ->
          r =
              composite(
                  from[n] >= 0 ? values.get(from[n]) : Double.NaN,
                  to[n] >= 0 ? values.get(to[n]) : Double.NaN,
                  a[n],
                  b[n]);
    }
    values.set(leaves + n, r);
  }

  /**
   * The composite of an owner's KPI and OKR parts: the weighted mean of the parts that are not NaN,
   * by {@code kpiWeight} and {@code okrWeight}; NaN when neither counts.
   */
  static double composite(double kpi, double okr, double kpiWeight, double okrWeight) {
    double wk = !Double.isNaN(kpi) ? kpiWeight : 0;
    double wo = !Double.isNaN(okr) ? okrWeight : 0;
    return wk + wo == 0
        ? Double.NaN
        : ((wk > 0 ? wk * kpi : 0) + (wo > 0 ? wo * okr : 0)) / (wk + wo);
  }

  /** A host aggregation's result, checked: NaN only when no child was scored. */
  private double checked(Aggregation aggregation, double r, Slots values, int n) {
    if (r >= 0 && Double.isFinite(r)) {
      return r;
    }
    if (Double.isNaN(r)) {
      boolean any = false;
      for (int k = from[n]; k < to[n] && !any; k++) {
        any = !Double.isNaN(values.get(child[k]));
      }
      if (!any) {
        return r;
      }
    }
    throw new IllegalStateException(
        "aggregation "
            + aggregation
            + " gave "
            + plain(r)
            + " for '"
            + nodeId(n)
            + "'; an aggregation must return a finite number of at least 0");
  }

  private String nodeId(int n) {
    int x = node[n];
    return x >= 0 ? structure.objectiveId(x) : structure.ownerId(-1 - x);
  }

  /**
   * The scored children of the aggregation that writes {@code slot}, as {scores, weights} in the
   * program's order: what an explanation shows the aggregation was given.
   */
  double[][] scoredChildren(Slots values, int slot) {
    int n = slot - leaves;
    int count = 0;
    for (int k = from[n]; k < to[n]; k++) {
      if (!Double.isNaN(values.get(child[k]))) {
        count++;
      }
    }
    double[] s = new double[count];
    double[] w = new double[count];
    int j = 0;
    for (int k = from[n]; k < to[n]; k++) {
      double v = values.get(child[k]);
      if (!Double.isNaN(v)) {
        s[j] = v;
        w[j++] = childWeight[k];
      }
    }
    return new double[][] {s, w};
  }

  /** The part key result {@code k} takes from its KPIs; NaN when it takes none. */
  double kpiPart(Slots values, int k, IndexedAggregation.Scratch scratch) {
    int slot = keyResultSlot[k];
    if (slot < leaves) {
      return Double.NaN;
    }
    int n = slot - leaves;
    return blendMean.aggregate(values, child, childWeight, from[n], to[n], scratch);
  }

  // ------------------------------------------------------------------ analysis

  /** Told of a leaf and a share of weight it has in a slot. */
  @FunctionalInterface
  public interface ShareConsumer {
    /** Leaf {@code leaf} has a further {@code share} of the weight of the slot analysed. */
    void accept(int leaf, double share);
  }

  /**
   * The weight of each leaf in {@code slot}, taking every aggregation as a weighted mean: the
   * products of the weight shares along every path from the slot down to the leaf (a blend gives
   * its own leaf {@code 1 - share} and its KPIs {@code share}; a composite gives each part that
   * exists its weight over the sum of theirs). A leaf reached by several paths is told once per
   * path. Iterative, so programs of any depth are safe.
   */
  public void leafShares(int slot, ShareConsumer consumer) {
    requireNonNull(consumer, "consumer");
    int[] stackSlot = new int[64];
    double[] stackWeight = new double[64];
    int top = 0;
    stackSlot[top] = slot;
    stackWeight[top++] = 1.0;
    while (top > 0) {
      top--;
      int s = stackSlot[top];
      double weight = stackWeight[top];
      if (s < leaves) {
        consumer.accept(s, weight);
        continue;
      }
      int n = s - leaves;
      int needed = top + 2 + (to[n] - from[n]);
      if (needed > stackSlot.length) {
        int size = Math.max(needed, stackSlot.length * 2);
        stackSlot = Arrays.copyOf(stackSlot, size);
        stackWeight = Arrays.copyOf(stackWeight, size);
      }
      if (kind[n] == COMPOSITE) {
        double wk = from[n] >= 0 ? a[n] : 0;
        double wo = to[n] >= 0 ? b[n] : 0;
        if (wk > 0) {
          stackSlot[top] = from[n];
          stackWeight[top++] = weight * wk / (wk + wo);
        }
        if (wo > 0) {
          stackSlot[top] = to[n];
          stackWeight[top++] = weight * wo / (wk + wo);
        }
        continue;
      }
      double childShare = 1.0;
      if (kind[n] == BLEND) {
        stackSlot[top] = own[n];
        stackWeight[top++] = weight * (1 - a[n]);
        childShare = a[n];
      }
      double total = 0;
      for (int k = from[n]; k < to[n]; k++) {
        total += childWeight[k];
      }
      for (int k = from[n]; k < to[n]; k++) {
        stackSlot[top] = child[k];
        stackWeight[top++] = weight * childShare * childWeight[k] / total;
      }
    }
  }

  /** {@code Rollup[412 steps over 1,233 leaves]}. */
  @Override
  public String toString() {
    return "Rollup[" + kind.length + " steps over " + leaves + " leaves]";
  }

  private static int index(
      Aggregation aggregation, List<IndexedAggregation> aggs, Map<Aggregation, Integer> index) {
    return index.computeIfAbsent(
        aggregation,
        k -> {
          aggs.add(IndexedAggregation.of(k));
          return aggs.size() - 1;
        });
  }

  /** The program under construction, in growable primitive arrays. */
  private static final class Program {
    final int leaves;
    int steps;
    int children;
    byte[] kind;
    int[] aggregation;
    int[] from;
    int[] to;
    int[] own;
    double[] a;
    double[] b;
    int[] node;
    int[] child;
    double[] childWeight;

    Program(int leaves, int steps, int children) {
      this.leaves = leaves;
      int n = Math.max(steps, 16);
      kind = new byte[n];
      aggregation = new int[n];
      from = new int[n];
      to = new int[n];
      own = new int[n];
      a = new double[n];
      b = new double[n];
      node = new int[n];
      child = new int[Math.max(children, 16)];
      childWeight = new double[child.length];
    }

    void begin(byte k, int agg, int nodeCode) {
      if (steps == kind.length) {
        int size = steps * 2;
        kind = Arrays.copyOf(kind, size);
        aggregation = Arrays.copyOf(aggregation, size);
        from = Arrays.copyOf(from, size);
        to = Arrays.copyOf(to, size);
        own = Arrays.copyOf(own, size);
        a = Arrays.copyOf(a, size);
        b = Arrays.copyOf(b, size);
        node = Arrays.copyOf(node, size);
      }
      kind[steps] = k;
      aggregation[steps] = agg;
      node[steps] = nodeCode;
      from[steps] = children;
    }

    void child(int slot, double weight) {
      if (children == child.length) {
        child = Arrays.copyOf(child, children * 2);
        childWeight = Arrays.copyOf(childWeight, children * 2);
      }
      child[children] = slot;
      childWeight[children++] = weight;
    }

    /** Ends the step begun last; returns the slot it writes. */
    int end(int ownSlot, double pa, double pb) {
      to[steps] = children;
      own[steps] = ownSlot;
      a[steps] = pa;
      b[steps] = pb;
      return leaves + steps++;
    }

    /** A composite's parts: the slots of the KPI and OKR scores of the step ended last. */
    void parts(int kpiSlot, int okrSlot) {
      from[steps - 1] = kpiSlot;
      to[steps - 1] = okrSlot;
    }

    byte[] kind() {
      return Arrays.copyOf(kind, steps);
    }
  }
}

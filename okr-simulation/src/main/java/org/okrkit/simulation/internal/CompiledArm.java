package org.okrkit.simulation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Contributor;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.internal.CompiledBatch;
import org.okrkit.scoring.internal.IndexedAggregation;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Noise;

/**
 * One arm's policy compiled over a population: the element strategies as one {@link CompiledBatch},
 * and the rollup from element scores to each person's composite as a program of steps over a value
 * array. Slots {@code 0 .. elements-1} of the value array hold element scores; each step writes one
 * further slot. The steps repeat the scoring engine's rollups: key results blended with their KPIs,
 * objectives children first, then each person's KPI score, OKR score and composite; NaN marks an
 * unscored slot, left out by aggregations as the engine leaves unscored children out.
 */
final class CompiledArm {
  static final int AGG = 0;
  static final int BLEND = 1;
  static final int COMPOSITE = 2;

  /** The expected-score grid: μ from MU_MIN in steps of 1 / MU_STEPS, MU_POINTS points. */
  static final double MU_MIN = -1.0;
  static final int MU_STEPS = 32;
  static final int MU_POINTS = 5 * MU_STEPS + 1;
  /** Noise quantiles averaged over for an expected score. */
  static final int NOISE_NODES = 32;

  final Arm arm;
  final CompiledBatch batch;
  final ScoringStrategy[] strategy;
  final double maxScore;

  final int slots;
  final int[] kind;
  final int[] agg;
  final int[] from;
  final int[] to;
  final int[] ref;
  final double[] paramA;
  final double[] paramB;
  final int[] child;
  final double[] childWeight;
  final IndexedAggregation[] aggregations;
  final IndexedAggregation blendMean = IndexedAggregation.of(Aggregations.weightedMean());
  /** Each person's composite slot; -1 for a person the policy leaves unscored. */
  final int[] personSlot;
  final int unscored;

  /** Per element: its weight in its person's composite (see AgentRule). */
  final double[] omega;
  /** Per element: whether its score jumps at the target; null unless bunching is simulated. */
  final boolean[] jump;
  /** Per element: its expected-score table; null unless a rule needs expectations. */
  final double[][] expected;

  CompiledArm(Arm arm, CompiledPopulation pop, Noise noise, boolean needJumps, boolean needExpected) {
    this.arm = arm;
    ScoringPolicy policy = arm.policy();
    Plan plan = pop.plan;
    policy.checkFits(plan);
    strategy = new ScoringStrategy[pop.elements];
    List<ScoringStrategy> strategies = new ArrayList<>(pop.elements);
    List<Measure> measures = new ArrayList<>(pop.elements);
    List<Target> targets = new ArrayList<>(pop.elements);
    double max = 0;
    for (int e = 0; e < pop.elements; e++) {
      strategy[e] = policy.strategyFor(plan, pop.element[e]);
      strategies.add(strategy[e]);
      measures.add(pop.element[e].measure());
      targets.add(pop.element[e].target());
      max = Math.max(max, strategy[e].maxScore());
    }
    maxScore = max > 0 ? max : 1.0;
    batch = CompiledBatch.compile(strategies, measures, targets);

    Program p = new Program(pop.elements);
    List<IndexedAggregation> aggs = new ArrayList<>();
    Map<Aggregation, Integer> aggIndex = new HashMap<>();
    // key results, blended with their KPIs
    Map<String, Integer> valueSlot = new HashMap<>();
    double share = policy.keyResultKpiShare();
    for (KeyResult k : plan.keyResults()) {
      int measured = pop.elementIndex.get(k.id());
      List<Contributor> contributors = share == 0 ? List.of() : plan.contributorsTo(k.id());
      if (contributors.isEmpty()) {
        valueSlot.put(k.id(), measured);
      } else {
        int[] c = new int[contributors.size()];
        double[] w = new double[c.length];
        for (int j = 0; j < c.length; j++) {
          c[j] = pop.elementIndex.get(contributors.get(j).kpi().id());
          w[j] = contributors.get(j).weight();
        }
        valueSlot.put(k.id(), p.add(BLEND, -1, c, w, measured, share, 0));
      }
    }
    // objectives, children first
    int objectiveAgg = aggregationIndex(policy.objectiveAggregation(), aggs, aggIndex);
    for (Objective o : childrenFirst(plan)) {
      List<Integer> c = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        c.add(valueSlot.get(k.id()));
        w.add(k.weight());
      }
      if (policy.childObjectiveWeight() > 0) {
        for (Objective child : plan.childrenOf(o.id())) {
          c.add(valueSlot.get(child.id()));
          w.add(policy.childObjectiveWeight());
        }
      }
      valueSlot.put(o.id(), p.add(AGG, objectiveAgg, ints(c), doubles(w), -1, 0, 0));
    }
    // people
    int kpiAgg = aggregationIndex(policy.kpiAggregation(), aggs, aggIndex);
    int okrAgg = aggregationIndex(policy.okrAggregation(), aggs, aggIndex);
    int[] composite = new int[pop.people];
    for (int i = 0; i < pop.people; i++) {
      String id = pop.personIds[i];
      List<Kpi> kpis = plan.kpisOf(id);
      int kpiSlot = -1;
      if (!kpis.isEmpty()) {
        int[] c = new int[kpis.size()];
        double[] w = new double[c.length];
        for (int j = 0; j < c.length; j++) {
          c[j] = pop.elementIndex.get(kpis.get(j).id());
          w[j] = kpis.get(j).weight();
        }
        kpiSlot = p.add(AGG, kpiAgg, c, w, -1, 0, 0);
      }
      List<Objective> objectives = plan.objectivesOf(id);
      int okrSlot = -1;
      if (!objectives.isEmpty()) {
        int[] c = new int[objectives.size()];
        double[] w = new double[c.length];
        for (int j = 0; j < c.length; j++) {
          c[j] = valueSlot.get(objectives.get(j).id());
          w[j] = 1.0;
        }
        okrSlot = p.add(AGG, okrAgg, c, w, -1, 0, 0);
      }
      composite[i] =
          p.add(COMPOSITE, -1, new int[0], new double[0], -1, policy.compositeKpiWeight(), policy.compositeOkrWeight());
      p.from.set(p.from.size() - 1, kpiSlot);
      p.to.set(p.to.size() - 1, okrSlot);
    }
    slots = p.slots();
    kind = ints(p.kind);
    agg = ints(p.agg);
    from = ints(p.from);
    to = ints(p.to);
    ref = ints(p.ref);
    paramA = doubles(p.a);
    paramB = doubles(p.b);
    child = ints(p.child);
    childWeight = doubles(p.childWeight);
    aggregations = aggs.toArray(new IndexedAggregation[0]);

    // a person is unscored when their composite is NaN whatever the scores: find out once
    double[] probe = new double[slots];
    Arrays.fill(probe, 0, pop.elements, 0.5);
    evaluate(probe, new IndexedAggregation.Scratch());
    personSlot = new int[pop.people];
    int none = 0;
    for (int i = 0; i < pop.people; i++) {
      boolean scored = !Double.isNaN(probe[composite[i]]);
      personSlot[i] = scored ? composite[i] : -1;
      none += scored ? 0 : 1;
    }
    unscored = none;
    omega = personalWeights(pop, composite);
    jump = needJumps ? jumps(pop) : null;
    expected = needExpected ? expectedScores(pop, noise) : null;
  }

  // ------------------------------------------------------------------ evaluation

  /** Runs the program over {@code v}, whose first slots hold the element scores. */
  void evaluate(double[] v, IndexedAggregation.Scratch scratch) {
    int base = slots - kind.length;
    for (int n = 0; n < kind.length; n++) {
      double r;
      switch (kind[n]) {
        case AGG:
          r = aggregations[agg[n]].aggregate(v, child, childWeight, from[n], to[n], scratch);
          break;
        case BLEND:
          double kpiPart = blendMean.aggregate(v, child, childWeight, from[n], to[n], scratch);
          double measured = v[ref[n]];
          double s = paramA[n];
          r = Double.isNaN(kpiPart)
              ? measured
              : Double.isNaN(measured) ? kpiPart : (1 - s) * measured + s * kpiPart;
          break;
        default:
          double kpi = from[n] >= 0 ? v[from[n]] : Double.NaN;
          double okr = to[n] >= 0 ? v[to[n]] : Double.NaN;
          // the engine's composite: the parts present, by the policy's weights
          double wk = !Double.isNaN(kpi) ? paramA[n] : 0;
          double wo = !Double.isNaN(okr) ? paramB[n] : 0;
          r = wk + wo == 0
              ? Double.NaN
              : ((wk > 0 ? wk * kpi : 0) + (wo > 0 ? wo * okr : 0)) / (wk + wo);
      }
      v[base + n] = r;
    }
  }

  /** Linear interpolation in element {@code e}'s expected-score table, flat beyond the grid. */
  double expectedScore(int e, double mu) {
    double[] t = expected[e];
    double pos = (mu - MU_MIN) * MU_STEPS;
    if (!(pos > 0)) {
      return t[0];
    }
    if (pos >= MU_POINTS - 1) {
      return t[MU_POINTS - 1];
    }
    int k = (int) pos;
    double f = pos - k;
    return t[k] + f * (t[k + 1] - t[k]);
  }

  // ------------------------------------------------------------------ compilation helpers

  /** The program under construction: steps and their children. */
  private static final class Program {
    final int elements;
    final List<Integer> kind = new ArrayList<>();
    final List<Integer> agg = new ArrayList<>();
    final List<Integer> from = new ArrayList<>();
    final List<Integer> to = new ArrayList<>();
    final List<Integer> ref = new ArrayList<>();
    final List<Double> a = new ArrayList<>();
    final List<Double> b = new ArrayList<>();
    final List<Integer> child = new ArrayList<>();
    final List<Double> childWeight = new ArrayList<>();

    Program(int elements) {
      this.elements = elements;
    }

    int add(int k, int aggregation, int[] children, double[] weights, int reference, double pa, double pb) {
      kind.add(k);
      agg.add(aggregation);
      from.add(child.size());
      for (int j = 0; j < children.length; j++) {
        child.add(children[j]);
        childWeight.add(weights[j]);
      }
      to.add(child.size());
      ref.add(reference);
      a.add(pa);
      b.add(pb);
      return elements + kind.size() - 1;
    }

    int slots() {
      return elements + kind.size();
    }
  }

  private static int aggregationIndex(
      Aggregation a, List<IndexedAggregation> aggs, Map<Aggregation, Integer> index) {
    return index.computeIfAbsent(
        a,
        k -> {
          aggs.add(IndexedAggregation.of(k));
          return aggs.size() - 1;
        });
  }

  /** Objectives ordered so that each comes after every objective contributing to it. */
  private static List<Objective> childrenFirst(Plan plan) {
    List<Objective> order = new ArrayList<>(plan.objectives().size());
    Deque<Objective> stack = new ArrayDeque<>();
    Deque<Integer> next = new ArrayDeque<>();
    for (Objective root : plan.objectives()) {
      if (root.parent().isPresent()) {
        continue;
      }
      stack.push(root);
      next.push(0);
      while (!stack.isEmpty()) {
        Objective top = stack.peek();
        int i = next.pop();
        List<Objective> kids = plan.childrenOf(top.id());
        if (i < kids.size()) {
          next.push(i + 1);
          stack.push(kids.get(i));
          next.push(0);
        } else {
          stack.pop();
          order.add(top);
        }
      }
    }
    return order;
  }

  /**
   * Each element's weight in its own person's composite: the product of weight shares along every
   * path from the composite down to it, every aggregation taken as a weighted mean.
   */
  private double[] personalWeights(CompiledPopulation pop, int[] composite) {
    double[] w = new double[pop.elements];
    int base = slots - kind.length;
    int[] stackSlot = new int[64];
    double[] stackWeight = new double[64];
    for (int i = 0; i < pop.people; i++) {
      if (personSlot[i] < 0) {
        continue;
      }
      int top = 0;
      stackSlot[top] = composite[i];
      stackWeight[top++] = 1.0;
      while (top > 0) {
        top--;
        int slot = stackSlot[top];
        double weight = stackWeight[top];
        if (slot < pop.elements) {
          if (pop.elementPerson[slot] == i) {
            w[slot] += weight;
          }
          continue;
        }
        int n = slot - base;
        int needed = top + 2 + (to[n] - from[n]);
        if (needed > stackSlot.length) {
          int size = Math.max(needed, stackSlot.length * 2);
          stackSlot = Arrays.copyOf(stackSlot, size);
          stackWeight = Arrays.copyOf(stackWeight, size);
        }
        if (kind[n] == COMPOSITE) {
          double wk = from[n] >= 0 ? paramA[n] : 0;
          double wo = to[n] >= 0 ? paramB[n] : 0;
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
          stackSlot[top] = ref[n];
          stackWeight[top++] = weight * (1 - paramA[n]);
          childShare = paramA[n];
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
    return w;
  }

  /** Identifies an element's scoring up to its mapping: the same key, the same tables. */
  private static final class Shape {
    final ScoringStrategy strategy;
    final Measure measure;
    final Target target;

    Shape(ScoringStrategy strategy, Measure measure, Target target) {
      this.strategy = strategy;
      this.measure = measure;
      this.target = target;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Shape)) {
        return false;
      }
      Shape s = (Shape) o;
      return strategy.equals(s.strategy)
          && measure.direction() == s.measure.direction()
          && target.equals(s.target);
    }

    @Override
    public int hashCode() {
      return (strategy.hashCode() * 31 + measure.direction().hashCode()) * 31 + target.hashCode();
    }
  }

  private boolean[] jumps(CompiledPopulation pop) {
    boolean[] j = new boolean[pop.elements];
    Map<Shape, Boolean> cache = new HashMap<>();
    for (int e = 0; e < pop.elements; e++) {
      int at = e;
      Measure m = pop.element[e].measure();
      Target t = pop.element[e].target();
      j[e] =
          cache.computeIfAbsent(
              new Shape(strategy[e], m, t),
              s -> {
                double met = s.strategy.score(ScoringInput.of(m, t, pop.actual(at, 1.0)));
                double shy = s.strategy.score(ScoringInput.of(m, t, pop.actual(at, 1.0 - 1e-6)));
                return met - shy > 1e-3;
              });
    }
    return j;
  }

  private double[][] expectedScores(CompiledPopulation pop, Noise noise) {
    double[] nodes = new double[NOISE_NODES];
    for (int j = 0; j < NOISE_NODES; j++) {
      nodes[j] = noise.apply(Stats.normalQuantile((j + 0.5) / NOISE_NODES));
      if (!Double.isFinite(nodes[j])) {
        throw new IllegalStateException(
            "noise " + noise + " gave " + nodes[j] + "; noise must be a finite number");
      }
    }
    double[][] tables = new double[pop.elements][];
    Map<Shape, double[]> cache = new HashMap<>();
    int n = MU_POINTS * NOISE_NODES;
    for (int e = 0; e < pop.elements; e++) {
      int at = e;
      Measure m = pop.element[e].measure();
      Target t = pop.element[e].target();
      tables[e] =
          cache.computeIfAbsent(
              new Shape(strategy[e], m, t),
              s -> {
                double[] actuals = new double[n];
                for (int k = 0; k < MU_POINTS; k++) {
                  double mu = MU_MIN + (double) k / MU_STEPS;
                  for (int j = 0; j < NOISE_NODES; j++) {
                    actuals[k * NOISE_NODES + j] = pop.actual(at, mu + nodes[j]);
                  }
                }
                double[] scores = new double[n];
                CompiledBatch.compile(
                        java.util.Collections.nCopies(n, s.strategy),
                        java.util.Collections.nCopies(n, m),
                        java.util.Collections.nCopies(n, t))
                    .score(actuals, scores);
                double[] table = new double[MU_POINTS];
                for (int k = 0; k < MU_POINTS; k++) {
                  double sum = 0;
                  for (int j = 0; j < NOISE_NODES; j++) {
                    sum += scores[k * NOISE_NODES + j];
                  }
                  table[k] = sum / NOISE_NODES;
                }
                return table;
              });
    }
    return tables;
  }

  static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  static double[] doubles(List<Double> list) {
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }
}

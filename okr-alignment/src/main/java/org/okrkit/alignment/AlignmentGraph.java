package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.Target;
import org.okrkit.core.UnknownIdException;

/**
 * The alignment structure of a {@link Plan}: a directed graph on Guava's {@code common.graph} whose
 * nodes are the plan's owners, objectives, key results and KPIs, and whose edges point from what
 * contributes to what it contributes to, each with a weight:
 *
 * <ul>
 *   <li>KPI → key result, for each of the KPI's contributions: the contribution weight;
 *   <li>key result → its objective: the key result's weight;
 *   <li>objective → its parent objective or key result: 1;
 *   <li>owner → its parent owner: 1.
 * </ul>
 *
 * <p><b>Shares.</b> The {@linkplain #share share} of an edge {@code x → y} is its weight divided by
 * the sum of the weights of all edges into {@code y}. So a KPI's share of a key result is its
 * contribution weight over the sum of the contribution weights into that key result (objectives
 * aligned with the key result counting 1 each); a key result's share of its objective is its weight
 * over the sum of its objective's key-result weights (objectives aligned directly with the
 * objective counting 1 each); an objective's share of its parent is 1 over that sum on the parent's
 * side. The shares into any element that something feeds sum to 1.
 *
 * <p><b>Impact.</b> A KPI's weight in an element it reaches is the sum, over every path from the
 * KPI to the element, of the product of the shares along the path ({@link #impactOf}). For every
 * element, the weights of all KPIs in it sum to its {@linkplain Coverage coverage}, since both are
 * the same weighted mean unrolled. Weights lie in [0, 1]; along very long chains of split shares
 * they can round down to 0 while the KPI still reaches the element.
 *
 * <p>Building a graph takes time linear in the plan's size, and every query is iterative, so
 * hierarchies of any depth are safe. Coverage, impact and the org-chart queries run on a compiled
 * form of the plan read from its {@link PlanStructure}; the shares, impact and feeder queries sort
 * each element's feeders by id on first use, and the Guava view ({@link #asValueGraph()}, {@link
 * #nodes()}, {@link #successors}, …) is built on first use, so that analysing a plan pays for
 * neither. A graph is immutable and safe to share between threads; everything built on first use is
 * built once.
 */
public final class AlignmentGraph {
  private final Plan plan;
  private final Flow flow;
  private final OrgChart org;
  private final java.util.function.Supplier<Flow.Figures> figures;
  private final java.util.function.Supplier<View> view;
  private final java.util.function.Supplier<Supports> supports;

  private AlignmentGraph(Plan plan) {
    this.plan = plan;
    this.flow = Flow.of(plan);
    this.org = OrgChart.of(plan);
    this.figures = Suppliers.memoize(flow::figures);
    this.view = Suppliers.memoize(() -> new View(plan.structure()));
    this.supports = Suppliers.memoize(() -> new Supports(plan.structure(), flow));
  }

  /**
   * The Guava graph and its nodes in plan order: node {@code i} is owner {@code i}, then objective,
   * key result and KPI, numbered as the plan's structure numbers them. Rules, coverage and impact
   * run on the compiled arrays of {@link Flow} and {@link OrgChart}; this view is built only when a
   * caller asks for it.
   */
  private static final class View {
    final PlanStructure structure;
    final ImmutableList<AlignmentNode> nodes;
    final ImmutableValueGraph<AlignmentNode, Double> graph;

    View(PlanStructure s) {
      this.structure = s;
      int nw = s.ownerCount();
      int no = s.objectiveCount();
      int nk = s.keyResultCount();
      ImmutableList.Builder<AlignmentNode> all =
          ImmutableList.builderWithExpectedSize(nw + no + s.measuredCount());
      for (int w = 0; w < nw; w++) {
        all.add(AlignmentNode.of(s.ownerId(w), AlignmentNode.Kind.OWNER));
      }
      for (int o = 0; o < no; o++) {
        all.add(AlignmentNode.of(s.objectiveId(o), AlignmentNode.Kind.OBJECTIVE));
      }
      for (int m = 0; m < s.measuredCount(); m++) {
        all.add(
            AlignmentNode.of(
                s.measuredId(m), m < nk ? AlignmentNode.Kind.KEY_RESULT : AlignmentNode.Kind.KPI));
      }
      this.nodes = all.build();

      MutableValueGraph<AlignmentNode, Double> g =
          ValueGraphBuilder.directed()
              .incidentEdgeOrder(ElementOrder.stable())
              .expectedNodeCount(nodes.size())
              .build();
      nodes.forEach(g::addNode);
      for (int w = 0; w < nw; w++) {
        if (s.ownerParent(w) >= 0) {
          g.putEdgeValue(nodes.get(w), nodes.get(s.ownerParent(w)), 1.0);
        }
      }
      int keyResultsFrom = nw + no;
      for (int o = 0; o < no; o++) {
        int k = s.objectiveParentKeyResult(o);
        if (k >= 0) {
          g.putEdgeValue(nodes.get(nw + o), nodes.get(keyResultsFrom + k), 1.0);
        } else if (s.objectiveParent(o) >= 0) {
          g.putEdgeValue(nodes.get(nw + o), nodes.get(nw + s.objectiveParent(o)), 1.0);
        }
      }
      for (int k = 0; k < nk; k++) {
        g.putEdgeValue(
            nodes.get(keyResultsFrom + k),
            nodes.get(nw + s.keyResultObjective(k)),
            s.keyResultWeight(k));
      }
      for (int p = 0; p < s.kpiCount(); p++) {
        List<Contribution> contributions = s.kpi(p).contributions();
        ImmutableIntArray supported = s.supportedBy(p);
        for (int c = 0; c < supported.length(); c++) {
          g.putEdgeValue(
              nodes.get(keyResultsFrom + nk + p),
              nodes.get(keyResultsFrom + supported.get(c)),
              contributions.get(c).weight());
        }
      }
      this.graph = ImmutableValueGraph.copyOf(g);
    }

    /** The node of an owner or element id, or null. */
    @Nullable AlignmentNode node(String id) {
      int w = structure.indexOfOwner(id);
      if (w >= 0) {
        return nodes.get(w);
      }
      int o = structure.indexOfObjective(id);
      if (o >= 0) {
        return nodes.get(structure.ownerCount() + o);
      }
      int m = structure.indexOfMeasured(id);
      return m >= 0 ? nodes.get(structure.ownerCount() + structure.objectiveCount() + m) : null;
    }
  }

  /** The alignment graph of a plan, in time linear in the plan's size. */
  public static AlignmentGraph of(Plan plan) {
    return new AlignmentGraph(requireNonNull(plan, "plan"));
  }

  /** The plan this graph was built from. */
  public Plan plan() {
    return plan;
  }

  /**
   * The graph itself, for Guava's graph algorithms: nodes in plan order (owners, objectives, key
   * results, KPIs), edges and their weights as described {@linkplain AlignmentGraph above}.
   */
  public ImmutableValueGraph<AlignmentNode, Double> asValueGraph() {
    return view.get().graph;
  }

  /** Every node, in plan order: owners, then objectives, key results and KPIs. */
  public ImmutableList<AlignmentNode> nodes() {
    return view.get().nodes;
  }

  /** The node of an owner or element id, if the plan has one. */
  public Optional<AlignmentNode> node(String id) {
    return Optional.ofNullable(view.get().node(requireNonNull(id, "id")));
  }

  /**
   * What a node contributes to: a KPI's key results in the order of its contributions, a key
   * result's objective, an objective's parent, an owner's parent owner.
   *
   * @throws UnknownIdException if the plan has no owner or element {@code id}
   */
  public ImmutableList<AlignmentNode> successors(String id) {
    return ImmutableList.copyOf(asValueGraph().successors(require(id)));
  }

  /**
   * What contributes to a node: the aligned objectives and the KPIs of a key result, the directly
   * aligned objectives and the key results of an objective, the owners directly below an owner;
   * objectives before key results before KPIs, each in plan order.
   *
   * @throws UnknownIdException if the plan has no owner or element {@code id}
   */
  public ImmutableList<AlignmentNode> predecessors(String id) {
    return ImmutableList.copyOf(asValueGraph().predecessors(require(id)));
  }

  /**
   * The weight of the edge {@code from → to}; empty if there is no such edge.
   *
   * @throws UnknownIdException if the plan has no owner or element of either id
   */
  public OptionalDouble weight(String from, String to) {
    return asValueGraph()
        .edgeValue(require(from), require(to))
        .map(OptionalDouble::of)
        .orElse(OptionalDouble.empty());
  }

  /**
   * The share of the edge {@code from → to}: its weight over the sum of the weights of every edge
   * into {@code to}; 0 if there is no such edge. For owners, 1 over the number of owners directly
   * below {@code to}.
   *
   * @throws UnknownIdException if the plan has no owner or element of either id
   */
  public double share(String from, String to) {
    int source = flow.indexOf(requireNonNull(from, "from"));
    int target = flow.indexOf(requireNonNull(to, "to"));
    if (source >= 0 && target >= 0) {
      return flow.share(source, target);
    }
    ImmutableValueGraph<AlignmentNode, Double> graph = asValueGraph();
    AlignmentNode a = require(from);
    AlignmentNode b = require(to);
    return graph.hasEdgeConnecting(a, b) ? 1.0 / graph.inDegree(b) : 0;
  }

  // ---------------------------------------------------------------- supports, for the rules

  /**
   * Every contribution of every KPI, in plan and contribution order: the KPI, the key result and
   * both owners by their positions in the plan's structure, read once for all rules.
   */
  static final class Supports {
    final int[] kpi;
    final int[] keyResult;
    final int[] kpiOwner;
    final int[] keyResultOwner;

    Supports(PlanStructure s, Flow flow) {
      int np = s.kpiCount();
      // the flow's edges out of the KPIs are their contributions, in plan and contribution order
      int first = np == 0 ? 0 : flow.edgesFrom(flow.kpiNode(0));
      int n = np == 0 ? 0 : flow.edgesTo(flow.kpiNode(np - 1)) - first;
      kpi = new int[n];
      keyResult = new int[n];
      kpiOwner = new int[n];
      keyResultOwner = new int[n];
      int keyResultFrom = flow.keyResultNode(0);
      for (int p = 0; p < np; p++) {
        int owner = s.kpiOwner(p);
        int x = flow.kpiNode(p);
        for (int e = flow.edgesFrom(x); e < flow.edgesTo(x); e++) {
          int k = flow.target(e) - keyResultFrom;
          int i = e - first;
          kpi[i] = p;
          keyResult[i] = k;
          kpiOwner[i] = owner;
          keyResultOwner[i] = s.objectiveOwner(s.keyResultObjective(k));
        }
      }
    }

    /** How many contributions the plan's KPIs make. */
    int size() {
      return kpi.length;
    }
  }

  /**
   * What the rules read of every KPI, in plan order: its measure, target, period (its own or the
   * plan's) and frequency. The flow fills these as it reads each KPI's contributions, so that the
   * rules need not visit the KPIs again.
   */
  static final class Kpis {
    final Measure[] measure;
    final Target[] target;
    final Period[] period;
    final Frequency[] frequency;

    Kpis(int count) {
      measure = new Measure[count];
      target = new Target[count];
      period = new Period[count];
      frequency = new Frequency[count];
    }

    /** Reads KPI {@code p}. */
    void read(int p, Kpi kpi, Period planPeriod) {
      measure[p] = kpi.measure();
      target[p] = kpi.target();
      period[p] = kpi.period().orElse(planPeriod);
      frequency[p] = kpi.frequency();
    }
  }

  Supports supports() {
    return supports.get();
  }

  /** What the rules read of every KPI. */
  Kpis kpis() {
    return flow.kpis();
  }

  OrgChart org() {
    return org;
  }

  /** The structure of the plan, which numbers the graph's owners and elements. */
  PlanStructure structure() {
    return plan.structure();
  }

  Flow flow() {
    return flow;
  }

  /** Every node's coverage and support, computed on first use. */
  Flow.Figures figures() {
    return figures.get();
  }

  // ---------------------------------------------------------------- the org chart

  /**
   * Whether an owner is part of a unit: the unit itself or any owner below it in the org chart,
   * directly or not. Answered in constant time.
   *
   * @throws UnknownIdException if the plan has no owner of either id
   */
  public boolean isPartOf(String ownerId, String unitId) {
    return org.isPartOf(requireNonNull(ownerId, "ownerId"), requireNonNull(unitId, "unitId"));
  }

  /**
   * The unit an owner belongs to, whose key results count as its own unit's: the owner itself
   * unless it is an {@link Level#INDIVIDUAL}; for an individual, the nearest owner above it that is
   * not an individual (its team), or, when there is none, the topmost owner of its chain.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public String unitOf(String ownerId) {
    return org.unitOf(requireNonNull(ownerId, "ownerId"));
  }

  /**
   * The owners an owner would go through to reach a higher level: for each level strictly between
   * the owner's level and {@code level}, the nearest owner above it at that level, the lowest level
   * first. Empty when the levels are fewer than two apart or when the org chart above the owner has
   * nobody at the levels in between (a founder who reports straight to the company).
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<String> ownersBetween(String ownerId, Level level) {
    return org.between(requireNonNull(ownerId, "ownerId"), requireNonNull(level, "level"));
  }

  // ---------------------------------------------------------------- coverage and impact

  /** The plan's coverage figures; see {@link Coverage} for their definitions. */
  public Coverage coverage() {
    return figures.get().coverage;
  }

  /**
   * Whether at least one KPI reaches an element: a KPI itself, a key result a KPI contributes to,
   * and everything those feed through the graph. Unlike a coverage above 0, this never rounds away.
   *
   * @throws UnknownIdException if the plan has no objective, key result or KPI {@code elementId}
   */
  public boolean isSupported(String elementId) {
    return figures.get().supported(requireElement(elementId, "objective, key result or KPI"));
  }

  /**
   * What a KPI reaches and its weight in each: the sum over paths of the product of the {@linkplain
   * #share shares} along each path. In time about linear in the size of what it reaches (the
   * owners' weights are summed in id order).
   *
   * @throws UnknownIdException if the plan has no KPI {@code kpiId}
   */
  public Impact impactOf(String kpiId) {
    int kpi = flow.indexOf(requireNonNull(kpiId, "kpiId"));
    if (kpi < 0 || !flow.isKpi(kpi)) {
      throw new UnknownIdException(kpiId, "KPI");
    }
    return flow.impact(kpi);
  }

  /**
   * The KPIs that feed an objective or key result, each with its {@linkplain #impactOf weight} in
   * it, ranked by weight (the largest first) and ties by id. The weights sum to the element's
   * {@linkplain Coverage coverage}. In time linear in the size of what feeds the element.
   *
   * @throws UnknownIdException if the plan has no objective or key result {@code id}
   */
  public ImmutableList<Share> kpisFeeding(String id) {
    int target = requireElement(id, "objective or key result");
    if (flow.isKpi(target)) {
      throw new UnknownIdException(id, "objective or key result");
    }
    return flow.feeders(target);
  }

  /** {@code AlignmentGraph[Plan[...]]}. */
  @Override
  public String toString() {
    return "AlignmentGraph[" + plan + "]";
  }

  private AlignmentNode require(String id) {
    AlignmentNode node = view.get().node(requireNonNull(id, "id"));
    if (node == null) {
      throw new UnknownIdException(id, "owner or element");
    }
    return node;
  }

  private int requireElement(String id, String expected) {
    int i = flow.indexOf(requireNonNull(id, "id"));
    if (i < 0) {
      throw new UnknownIdException(id, expected);
    }
    return i;
  }
}

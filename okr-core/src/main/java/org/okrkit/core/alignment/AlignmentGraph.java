package org.okrkit.core.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.List;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
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
 * over the sum of its objective's key-result weights (objectives aligned directly with the objective
 * counting 1 each); an objective's share of its parent is 1 over that sum on the parent's side. The
 * shares into any element that something feeds sum to 1.
 *
 * <p><b>Impact.</b> A KPI's weight in an element it reaches is the sum, over every path from the KPI
 * to the element, of the product of the shares along the path ({@link #impactOf}). For every
 * element, the weights of all KPIs in it sum to its {@linkplain Coverage coverage}, since both are
 * the same weighted mean unrolled. Weights lie in [0, 1]; along very long chains of split shares
 * they can round down to 0 while the KPI still reaches the element.
 *
 * <p>Building a graph takes time linear in the plan's size (plus sorting each element's feeders by
 * id), and every query is iterative, so hierarchies of any depth are safe. Coverage, impact and the
 * org-chart queries run on a compiled form of the plan; the Guava view ({@link #asValueGraph()},
 * {@link #nodes()}, {@link #successors}, …) is built on first use, so that analysing a plan does not
 * pay for it. A graph is immutable and safe to share between threads; everything built on first use
 * is built once.
 */
public final class AlignmentGraph {
  private final Plan plan;
  private final Flow flow;
  private final OrgChart org;
  private final ImmutableMap<String, Integer> objectivesPerOwner;
  private final Supplier<Flow.Figures> figures;
  private final Supplier<View> view;
  private final Supplier<Supports> supports;

  private AlignmentGraph(Plan plan) {
    this.plan = plan;
    this.flow = Flow.of(plan);
    this.org = OrgChart.of(plan);
    Map<String, Integer> perOwner = new HashMap<>();
    for (Objective o : plan.objectives()) {
      perOwner.merge(o.owner(), 1, Integer::sum);
    }
    this.objectivesPerOwner = ImmutableMap.copyOf(perOwner);
    this.figures = Suppliers.memoize(() -> flow.figures(plan));
    this.view = Suppliers.memoize(() -> new View(plan));
    this.supports = Suppliers.memoize(() -> new Supports(plan, org, flow));
  }

  /**
   * The Guava graph and its nodes by id. Rules, coverage and impact run on the compiled arrays of
   * {@link Flow} and {@link OrgChart}; this view is built only when a caller asks for it.
   */
  private static final class View {
    final ImmutableMap<String, AlignmentNode> nodes;
    final ImmutableValueGraph<AlignmentNode, Double> graph;

    View(Plan plan) {
      ImmutableMap.Builder<String, AlignmentNode> byId = ImmutableMap.builder();
      for (Owner o : plan.owners()) {
        byId.put(o.id(), AlignmentNode.of(o.id(), AlignmentNode.Kind.OWNER));
      }
      for (Objective o : plan.objectives()) {
        byId.put(o.id(), AlignmentNode.of(o.id(), AlignmentNode.Kind.OBJECTIVE));
      }
      for (KeyResult k : plan.keyResults()) {
        byId.put(k.id(), AlignmentNode.of(k.id(), AlignmentNode.Kind.KEY_RESULT));
      }
      for (Kpi k : plan.kpis()) {
        byId.put(k.id(), AlignmentNode.of(k.id(), AlignmentNode.Kind.KPI));
      }
      this.nodes = byId.buildOrThrow();

      MutableValueGraph<AlignmentNode, Double> g =
          ValueGraphBuilder.directed()
              .incidentEdgeOrder(ElementOrder.stable())
              .expectedNodeCount(nodes.size())
              .build();
      nodes.values().forEach(g::addNode);
      for (Owner o : plan.owners()) {
        o.parent().ifPresent(p -> g.putEdgeValue(nodes.get(o.id()), nodes.get(p), 1.0));
      }
      for (Objective o : plan.objectives()) {
        o.parent().ifPresent(p -> g.putEdgeValue(nodes.get(o.id()), nodes.get(p), 1.0));
      }
      for (KeyResult k : plan.keyResults()) {
        g.putEdgeValue(nodes.get(k.id()), nodes.get(k.objective()), k.weight());
      }
      for (Kpi k : plan.kpis()) {
        for (Contribution c : k.contributions()) {
          g.putEdgeValue(nodes.get(k.id()), nodes.get(c.keyResult()), c.weight());
        }
      }
      this.graph = ImmutableValueGraph.copyOf(g);
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
    return view.get().nodes.values().asList();
  }

  /** The node of an owner or element id, if the plan has one. */
  public Optional<AlignmentNode> node(String id) {
    return Optional.ofNullable(view.get().nodes.get(requireNonNull(id, "id")));
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
   * Every contribution of every KPI, in plan and contribution order, with the KPI, the key result,
   * both owners and their positions in the org chart: looked up once for all rules.
   */
  static final class Supports {
    final Kpi[] kpi;
    final KeyResult[] keyResult;
    final Owner[] kpiOwner;
    final Owner[] keyResultOwner;
    final int[] kpiOwnerAt;
    final int[] keyResultOwnerAt;
    /** The KPI's own period or the plan's; the key result's objective's period or the plan's. */
    final org.okrkit.core.Period[] kpiPeriod;
    final org.okrkit.core.Period[] keyResultPeriod;

    Supports(Plan plan, OrgChart org, Flow flow) {
      int n = 0;
      for (Kpi k : plan.kpis()) {
        n += k.contributions().size();
      }
      kpi = new Kpi[n];
      keyResult = new KeyResult[n];
      kpiOwner = new Owner[n];
      keyResultOwner = new Owner[n];
      kpiOwnerAt = new int[n];
      keyResultOwnerAt = new int[n];
      kpiPeriod = new org.okrkit.core.Period[n];
      keyResultPeriod = new org.okrkit.core.Period[n];
      List<Owner> owners = plan.owners();
      List<Objective> objectives = plan.objectives();
      List<KeyResult> keyResults = plan.keyResults();
      // each key result's owner and period, through its objective, once; the flow has resolved
      // every link already
      int[] objectiveOwnerAt = new int[objectives.size()];
      org.okrkit.core.Period[] objectivePeriod = new org.okrkit.core.Period[objectives.size()];
      for (int o = 0; o < objectives.size(); o++) {
        objectiveOwnerAt[o] = org.indexOf(objectives.get(o).owner());
        objectivePeriod[o] = objectives.get(o).period().orElse(plan.period());
      }
      int i = 0;
      List<Kpi> kpis = plan.kpis();
      for (int q = 0; q < kpis.size(); q++) {
        Kpi k = kpis.get(q);
        int contributions = k.contributions().size();
        if (contributions == 0) {
          continue;
        }
        int at = org.indexOf(k.owner());
        org.okrkit.core.Period own = k.period().orElse(plan.period());
        for (int c = 0; c < contributions; c++) {
          int r = flow.keyResultOf(q, c);
          int o = flow.objectiveOf(r);
          kpi[i] = k;
          keyResult[i] = keyResults.get(r);
          kpiOwner[i] = owners.get(at);
          kpiOwnerAt[i] = at;
          keyResultOwnerAt[i] = objectiveOwnerAt[o];
          keyResultOwner[i] = owners.get(objectiveOwnerAt[o]);
          kpiPeriod[i] = own;
          keyResultPeriod[i] = objectivePeriod[o];
          i++;
        }
      }
    }
  }

  Supports supports() {
    return supports.get();
  }

  OrgChart org() {
    return org;
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
   * Whether at least one KPI reaches an element: a KPI itself, a key result a KPI contributes to, and
   * everything those feed through the graph. Unlike a coverage above 0, this never rounds away.
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
    return flow.impact(kpi, objectivesPerOwner);
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

  /** Whether anything feeds an element: for messages about objectives with nothing under them. */
  boolean isFed(String elementId) {
    return flow.isFed(flow.indexOf(elementId));
  }

  private AlignmentNode require(String id) {
    AlignmentNode node = view.get().nodes.get(requireNonNull(id, "id"));
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

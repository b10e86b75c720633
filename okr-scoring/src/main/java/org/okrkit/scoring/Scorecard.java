package org.okrkit.scoring;

import org.okrkit.scoring.internal.Display;

import static java.util.Objects.requireNonNull;
import static org.okrkit.core.internal.Checks.number;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contributor;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.internal.Checks;

/**
 * The scores of a {@link Plan} under a {@link ScoringPolicy} as of a date: the score, band and
 * status of every objective, key result and KPI, every owner's scorecard, forecasts, and an
 * {@link #explain explanation} of each. Made by {@link ScoringPolicy#score}; immutable and safe to
 * share between threads. Iteration follows the plan: objectives, key results, then KPIs, each in
 * plan order; owners in plan order.
 */
public final class Scorecard {
  private final Engine engine;
  private final ImmutableMap<String, ElementScore> elements;
  private final ImmutableMap<String, OwnerScore> owners;

  Scorecard(Engine engine) {
    this.engine = engine;
    ImmutableMap.Builder<String, ElementScore> e =
        ImmutableMap.builderWithExpectedSize(engine.elements.size());
    for (Engine.Node n : engine.elements.values()) {
      e.put(n.element.id(), result(n));
    }
    this.elements = e.build();
    ImmutableMap.Builder<String, OwnerScore> o =
        ImmutableMap.builderWithExpectedSize(engine.owners.size());
    for (Engine.OwnerNode n : engine.owners.values()) {
      o.put(n.owner.id(), result(n));
    }
    this.owners = o.build();
  }

  /** The plan scored, as given: with its whole history. */
  public Plan plan() {
    return engine.source;
  }

  /** The policy applied. */
  public ScoringPolicy policy() {
    return engine.policy;
  }

  /** The date the scores are taken at, as of its end. */
  public LocalDate asOf() {
    return engine.asOf;
  }

  /** Every element's result: objectives, key results, then KPIs, each in plan order. */
  public ImmutableList<ElementScore> elements() {
    return elements.values().asList();
  }

  /** Every owner's scorecard, in plan order. */
  public ImmutableList<OwnerScore> owners() {
    return owners.values().asList();
  }

  /**
   * The result of the objective, key result or KPI {@code id}.
   *
   * @throws UnknownIdException if the plan has no such element
   */
  public ElementScore element(String id) {
    ElementScore e = elements.get(requireNonNull(id, "id"));
    if (e == null) {
      throw new UnknownIdException(id, "objective, key result or KPI");
    }
    return e;
  }

  /**
   * The scorecard of owner {@code id}.
   *
   * @throws UnknownIdException if the plan has no such owner
   */
  public OwnerScore owner(String id) {
    OwnerScore o = owners.get(requireNonNull(id, "id"));
    if (o == null) {
      throw new UnknownIdException(id, "owner");
    }
    return o;
  }

  /**
   * The score of an element, or an owner's composite; empty when unscored.
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   */
  public OptionalDouble score(String id) {
    ElementScore e = elements.get(requireNonNull(id, "id"));
    if (e != null) {
      return e.score();
    }
    return owner(id).composite();
  }

  /**
   * Where a key result or KPI is heading by the end of its period: the least-squares trend through
   * its check-ins up to the scorecard's date, counting the baseline at the period's start for
   * measures that accumulate toward the target. Empty for milestone targets and with fewer than two
   * points on different days.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code id}
   */
  public Optional<Forecast> forecast(String id) {
    return Optional.ofNullable(engine.forecast(measured(id)));
  }

  /**
   * Why an element or owner got its score, with the full tree of what it was computed from.
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   */
  public Explanation explain(String id) {
    return explain(id, Integer.MAX_VALUE);
  }

  /**
   * Why an element or owner got its score, down to {@code maxDepth} levels of children (0 explains
   * the node alone).
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   * @throws IllegalArgumentException if {@code maxDepth} is negative
   */
  public Explanation explain(String id, int maxDepth) {
    Checks.requireArgument(maxDepth >= 0, "maxDepth must be at least 0, got %d", maxDepth);
    requireNonNull(id, "id");
    Ref root;
    Engine.Node n = engine.elements.get(id);
    if (n != null) {
      root = new NodeRef(n);
    } else {
      Engine.OwnerNode o = engine.owners.get(id);
      if (o == null) {
        throw new UnknownIdException(id, "objective, key result, KPI or owner");
      }
      root = new OwnerRef(o);
    }
    return build(root, maxDepth);
  }

  /**
   * How every objective's score would change if KPI {@code kpiId} were met (scored 1) or missed
   * (scored 0), all else equal, with the KPI's structural impact weight in each objective.
   *
   * @throws UnknownIdException if the plan has no KPI {@code kpiId}
   */
  public WhatIf whatIf(String kpiId) {
    requireNonNull(kpiId, "kpiId");
    if (plan().kpi(kpiId).isEmpty()) {
      throw new UnknownIdException(kpiId, "KPI");
    }
    Engine met = new Engine(plan(), policy(), asOf(), java.util.Map.of(kpiId, 1.0));
    Engine missed = new Engine(plan(), policy(), asOf(), java.util.Map.of(kpiId, 0.0));
    org.okrkit.core.alignment.Impact impact =
        org.okrkit.core.alignment.AlignmentGraph.of(plan()).impactOf(kpiId);
    ImmutableWhatIf.Builder b = ImmutableWhatIf.builder().kpi(kpiId);
    for (Objective o : engine.plan.objectives()) {
      b.addObjectives(
          ImmutableEffect.builder()
              .objective(o.id())
              .now(element(o.id()).score())
              .ifMet(optional(met.elements.get(o.id()).score))
              .ifMissed(optional(missed.elements.get(o.id()).score))
              .impactWeight(impact.weightIn(o.id()).orElse(0))
              .build());
    }
    return b.build();
  }

  private static OptionalDouble optional(double value) {
    return Engine.has(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * A plain-text table of the scorecard: each owner's composite, then each element's score, band
   * and status.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(plan().name().orElse("Plan")).append(' ').append(plan().period())
        .append(", scored as of ").append(asOf()).append('\n');
    out.append("\nOwners\n");
    for (OwnerScore o : owners()) {
      out.append(String.format(java.util.Locale.US, "  %-24s %-8s %-7s %-10s KPI %-6s OKR %s\n",
          o.id(), shown(o.composite()), o.band().map(Enum::name).orElse(""),
          o.status().map(Enum::name).orElse(""), shown(o.kpiScore()), shown(o.okrScore())));
    }
    out.append("\nElements\n");
    for (ElementScore e : elements()) {
      out.append(String.format(java.util.Locale.US, "  %-24s %-8s %-7s %-10s %s\n",
          e.id(), shown(e.score()), e.band().map(Enum::name).orElse(""),
          e.status().map(Enum::name).orElse(""), engine.plan.element(e.id()).orElseThrow().title()));
    }
    return out.toString();
  }

  private static String shown(OptionalDouble value) {
    return value.isPresent() ? Display.score(value.getAsDouble()) : "-";
  }

  /** Equal scorecards hold the same results for the same plan, policy and date. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scorecard)) {
      return false;
    }
    Scorecard that = (Scorecard) other;
    return asOf().equals(that.asOf())
        && policy().equals(that.policy())
        && elements.equals(that.elements)
        && owners.equals(that.owners)
        && plan().equals(that.plan());
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf(), policy(), elements, owners);
  }

  @Override
  public String toString() {
    return "Scorecard[" + plan() + " as of " + asOf() + "]";
  }

  // ---------------------------------------------------------------- results

  private ElementScore result(Engine.Node n) {
    ImmutableElementScore.Builder b =
        ImmutableElementScore.builder().id(n.element.id()).kind(n.element.elementKind());
    if (Engine.has(n.score)) {
      b.score(n.score).band(engine.policy.bands().of(n.score, n.committed));
      if (Engine.has(n.gap)) {
        b.status(engine.status(n.gap));
      }
    }
    if (n.input != null) {
      b.actual(n.input.actual());
    }
    if (Engine.has(n.progress)) {
      b.progress(n.progress);
    }
    if (Engine.has(n.expected)) {
      b.expectedProgress(n.expected);
    }
    return b.build();
  }

  private OwnerScore result(Engine.OwnerNode n) {
    ImmutableOwnerScore.Builder b = ImmutableOwnerScore.builder().id(n.owner.id());
    if (Engine.has(n.kpiScore)) {
      b.kpiScore(n.kpiScore);
    }
    if (Engine.has(n.okrScore)) {
      b.okrScore(n.okrScore);
    }
    if (Engine.has(n.composite)) {
      b.composite(n.composite).band(engine.policy.bands().of(n.composite, false));
      if (Engine.has(n.gap)) {
        b.status(engine.status(n.gap));
      }
    }
    return b.build();
  }

  private Engine.Node measured(String id) {
    Engine.Node n = engine.elements.get(requireNonNull(id, "id"));
    if (n == null || !(n.element instanceof MeasuredElement)) {
      throw new UnknownIdException(id, "key result or KPI");
    }
    return n;
  }

  // ---------------------------------------------------------------- explanations

  /** A node of an explanation tree, explained once its children are. */
  private interface Ref {
    List<Ref> children();

    List<Double> weights();

    Explanation build(List<Explanation> children, OptionalDouble weight);
  }

  /** Builds the tree bottom-up with an explicit stack: hierarchies can be deeper than any call stack. */
  private static Explanation build(Ref root, int maxDepth) {
    final class Frame {
      final Ref ref;
      final OptionalDouble weight;
      final int depth;
      final List<Ref> children;
      final List<Explanation> built = new ArrayList<>();
      int next;

      Frame(Ref ref, OptionalDouble weight, int depth) {
        this.ref = ref;
        this.weight = weight;
        this.depth = depth;
        this.children = depth < maxDepth ? ref.children() : List.of();
      }
    }
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, OptionalDouble.empty(), 0));
    while (true) {
      Frame f = stack.peek();
      if (f.next < f.children.size()) {
        int i = f.next++;
        stack.push(new Frame(f.children.get(i), OptionalDouble.of(f.ref.weights().get(i)), f.depth + 1));
        continue;
      }
      stack.pop();
      Explanation e = f.ref.build(f.built, f.weight);
      if (stack.isEmpty()) {
        return e;
      }
      stack.peek().built.add(e);
    }
  }

  private ImmutableExplanation.Builder base(Engine.Node n, OptionalDouble weight) {
    ImmutableExplanation.Builder b =
        ImmutableExplanation.builder().subject(n.element.id()).title(n.element.title()).weight(weight);
    if (Engine.has(n.score)) {
      b.score(n.score).band(engine.policy.bands().of(n.score, n.committed));
      if (Engine.has(n.gap)) {
        b.status(engine.status(n.gap));
      }
    }
    return b;
  }

  private final class NodeRef implements Ref {
    private final Engine.Node n;
    private List<Ref> children;
    private List<Double> weights;

    NodeRef(Engine.Node n) {
      this.n = n;
    }

    /** Children are made on demand, one level at a time, so deep trees never recurse. */
    private void expand() {
      if (children != null) {
        return;
      }
      children = new ArrayList<>();
      weights = new ArrayList<>();
      if (n.element instanceof Objective) {
        for (int i = 0; i < n.children.size(); i++) {
          children.add(new NodeRef(n.children.get(i)));
          weights.add(n.childWeights.get(i));
        }
      } else if (Engine.has(n.kpiPart)) {
        for (Contributor c : engine.plan.contributorsTo(n.element.id())) {
          children.add(new NodeRef(engine.elements.get(c.kpi().id())));
          weights.add(c.weight());
        }
      }
    }

    @Override
    public List<Ref> children() {
      expand();
      return children;
    }

    @Override
    public List<Double> weights() {
      expand();
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      ImmutableExplanation.Builder b = base(n, weight).children(kids);
      if (n.element instanceof Objective) {
        objective(b);
      } else {
        measured(b);
      }
      return b.build();
    }

    private void objective(ImmutableExplanation.Builder b) {
      Objective o = (Objective) n.element;
      ScoringPolicy p = engine.policy;
      boolean anyChild = n.children.size() > engine.plan.keyResultsOf(o.id()).size();
      b.rule(
          p.objectiveAggregation() + " of its key results"
              + (anyChild ? " and the objectives contributing to it (weight "
                  + number(p.childObjectiveWeight()) + " each)" : "")
              + (n.committed ? "; COMMITTED, so judged against 1.0" : ""));
      double[][] scored = Engine.scored(n.children, n.childWeights, false);
      b.formula(
          scored[0].length == 0
              ? "nothing scored to aggregate: unscored"
              : p.objectiveAggregation().explain(scored[0], scored[1]));
      b.addInputs("owner " + o.owner(), "kind " + o.kind());
      b.addInputs(progressInput(n));
    }

    private void measured(ImmutableExplanation.Builder b) {
      MeasuredElement e = (MeasuredElement) n.element;
      ScoringPolicy p = engine.policy;
      ScoringStrategy strategy = n.choice.strategy;
      String rule = strategy + ", " + n.choice.source;
      String formula;
      if (n.input != null) {
        formula = strategy.explain(n.input);
        if (n.blend != null) {
          StringBuilder blend = new StringBuilder("time-weighted over ").append(n.blend.targets.size())
              .append(" targets: (");
          long total = 0;
          for (int i = 0; i < n.blend.targets.size(); i++) {
            blend.append(i == 0 ? "" : " + ").append(n.blend.days.get(i)).append(" days x ")
                .append(Display.score(n.blend.scores.get(i))).append(" against ")
                .append(n.blend.targets.get(i).describe());
            total += n.blend.days.get(i);
          }
          formula = blend.append(") / ").append(total).append(" days = ")
              .append(Display.score(n.blend.score)).append("; now ").append(formula).toString();
        }
        Optional<CheckIn> latest = engine.plan.latestCheckIn(e.id(), engine.asOf);
        b.addInputs(
            "actual " + number(n.input.actual()) + latest.map(c -> " on " + c.date()).orElse(""));
      } else {
        formula =
            "no check-in on or before " + engine.asOf + ": "
                + (p.missingValue() == MissingValue.ZERO
                    ? "scores 0 (missing values score 0)"
                    : "unscored (missing values are unscored)");
      }
      if (Engine.has(n.kpiPart)) {
        double share = p.keyResultKpiShare();
        rule += "; " + Display.score(share * 100) + " % from the KPIs supporting it";
        formula +=
            Engine.has(n.measured)
                ? "; blended (1 - " + number(share) + ") * " + Display.score(n.measured) + " + "
                    + number(share) + " * " + Display.score(n.kpiPart) + " (its KPIs) = "
                    + Display.score(n.score)
                : "; from its KPIs alone: " + Display.score(n.kpiPart);
      }
      b.rule(rule).formula(formula);
      b.addInputs("target " + e.target().describe() + " " + e.measure().name());
      b.addInputs("measure " + e.measure().direction());
      b.addInputs(progressInput(n));
    }
  }

  private String[] progressInput(Engine.Node n) {
    List<String> inputs = new ArrayList<>();
    if (Engine.has(n.progress)) {
      inputs.add("progress " + Display.score(n.progress));
    }
    if (n.perInterval) {
      inputs.add(
          "expected in full in each " + ((Kpi) n.element).frequency() + " report");
    } else if (Engine.has(n.expected)) {
      long days = n.period.lengthInDays();
      long elapsed = Math.round(n.period.fractionElapsed(engine.asOf) * days);
      inputs.add(
          "expected progress " + Display.score(n.expected) + " (" + elapsed + " of " + days
              + " days of " + n.period + ", " + engine.policy.pace() + ")");
    }
    return inputs.toArray(new String[0]);
  }

  private final class OwnerRef implements Ref {
    private final Engine.OwnerNode n;
    private final List<Ref> children = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    OwnerRef(Engine.OwnerNode n) {
      this.n = n;
      ScoringPolicy p = engine.policy;
      List<Kpi> kpis = engine.plan.kpisOf(n.owner.id());
      if (!kpis.isEmpty()) {
        children.add(new PartRef(n, true));
        weights.add(p.compositeKpiWeight());
      }
      if (!engine.plan.objectivesOf(n.owner.id()).isEmpty()) {
        children.add(new PartRef(n, false));
        weights.add(p.compositeOkrWeight());
      }
    }

    @Override
    public List<Ref> children() {
      return children;
    }

    @Override
    public List<Double> weights() {
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      ScoringPolicy p = engine.policy;
      ImmutableExplanation.Builder b =
          ImmutableExplanation.builder()
              .subject(n.owner.id())
              .title(n.owner.name())
              .weight(weight)
              .children(kids)
              .rule(
                  "composite of the KPI score (weight " + number(p.compositeKpiWeight())
                      + ") and the OKR score (weight " + number(p.compositeOkrWeight()) + ")")
              .addInputs("level " + n.owner.level());
      if (Engine.has(n.composite)) {
        b.score(n.composite).band(p.bands().of(n.composite, false));
        if (Engine.has(n.gap)) {
          b.status(engine.status(n.gap));
        }
      }
      double wk = Engine.has(n.kpiScore) ? p.compositeKpiWeight() : 0;
      double wo = Engine.has(n.okrScore) ? p.compositeOkrWeight() : 0;
      String formula;
      if (wk + wo == 0) {
        formula = "nothing scored to combine: unscored";
      } else if (wk > 0 && wo > 0) {
        formula =
            "(" + number(wk) + "*" + Display.score(n.kpiScore) + " + " + number(wo) + "*"
                + Display.score(n.okrScore) + ") / " + number(wk + wo) + " = "
                + Display.score(n.composite);
      } else {
        formula =
            (wk > 0 ? "the KPI score alone" : "the OKR score alone") + " = "
                + Display.score(n.composite);
      }
      return b.formula(formula).build();
    }
  }

  /** An owner's KPI part or OKR part. */
  private final class PartRef implements Ref {
    private final Engine.OwnerNode n;
    private final boolean kpi;
    private final List<Engine.Node> nodes = new ArrayList<>();
    private final List<Ref> children = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    PartRef(Engine.OwnerNode n, boolean kpi) {
      this.n = n;
      this.kpi = kpi;
      if (kpi) {
        for (Kpi k : engine.plan.kpisOf(n.owner.id())) {
          nodes.add(engine.elements.get(k.id()));
          weights.add(k.weight());
        }
      } else {
        for (Objective o : engine.plan.objectivesOf(n.owner.id())) {
          nodes.add(engine.elements.get(o.id()));
          weights.add(1.0);
        }
      }
      for (Engine.Node node : nodes) {
        children.add(new NodeRef(node));
      }
    }

    @Override
    public List<Ref> children() {
      return children;
    }

    @Override
    public List<Double> weights() {
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      ScoringPolicy p = engine.policy;
      Aggregation aggregation = kpi ? p.kpiAggregation() : p.okrAggregation();
      double score = kpi ? n.kpiScore : n.okrScore;
      double gap = kpi ? n.kpiGap : n.okrGap;
      ImmutableExplanation.Builder b =
          ImmutableExplanation.builder()
              .subject((kpi ? "KPIs of " : "OKRs of ") + n.owner.id())
              .title("")
              .weight(weight)
              .children(kids)
              .rule(aggregation + (kpi ? " of the owner's KPIs by KPI weight" : " of the objectives the owner owns"));
      if (Engine.has(score)) {
        b.score(score).band(p.bands().of(score, false));
        if (Engine.has(gap)) {
          b.status(engine.status(gap));
        }
      }
      double[][] scored = Engine.scored(nodes, weights, false);
      b.formula(
          scored[0].length == 0
              ? "nothing scored to aggregate: unscored"
              : aggregation.explain(scored[0], scored[1]));
      return b.build();
    }
  }
}

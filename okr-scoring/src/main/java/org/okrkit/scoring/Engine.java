package org.okrkit.scoring;

import org.okrkit.scoring.internal.Achievement;
import org.okrkit.scoring.internal.BuiltInAggregations;

import static org.okrkit.core.internal.Checks.number;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contributor;
import org.okrkit.core.Element;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;

/**
 * Scores one plan under one policy as of one date. Computed once, in the constructor, and read-only
 * afterwards. Inside the engine an absent number is NaN; nothing NaN ever leaves it: results expose
 * absence as empty optionals.
 */
final class Engine {
  /** The plan as given, with its whole history. */
  final Plan source;
  /** The definitions scored: those in force on the date, or the original ones. */
  final Plan plan;
  final ScoringPolicy policy;
  final LocalDate asOf;
  /** Objectives, key results and KPIs, in that order, each in plan order. */
  final Map<String, Node> elements = new LinkedHashMap<>();
  final Map<String, OwnerNode> owners = new LinkedHashMap<>();

  /** One objective, key result or KPI. */
  static final class Node {
    final Element element;
    Period period;
    boolean committed;
    /** Measured elements: the strategy chosen and the input it scored (null without a check-in). */
    ScoringPolicy.Choice choice;
    ScoringInput input;
    boolean perInterval;
    double measured = Double.NaN;
    double kpiPart = Double.NaN;
    double score = Double.NaN;
    double progress = Double.NaN;
    double expected = Double.NaN;
    double gap = Double.NaN;
    /** The time-weighted blend of targets, when the target changed during the period. */
    Blend blend;
    /** Objectives: the children aggregated, with their weights, including unscored ones. */
    final List<Node> children = new ArrayList<>();
    final List<Double> childWeights = new ArrayList<>();

    Node(Element element) {
      this.element = element;
    }
  }

  /** Scores against each target in force up to the date, and the days each was in force. */
  static final class Blend {
    final List<Target> targets = new ArrayList<>();
    final List<Long> days = new ArrayList<>();
    final List<Double> scores = new ArrayList<>();
    double score;
  }

  /**
   * The time-weighted score of a measured element whose target changed between the start of its
   * period and the date; null when it did not.
   */
  private Blend blend(Node n, MeasuredElement e) {
    LocalDate start = n.period.start();
    LocalDate end = asOf.isAfter(n.period.end()) ? n.period.end() : asOf;
    if (end.isBefore(start)) {
      return null;
    }
    Blend b = new Blend();
    LocalDate from = start;
    Target current = source.targetAt(e.id(), start);
    for (org.okrkit.core.Revision r : source.revisionsOf(e.id())) {
      if (r.kind() != org.okrkit.core.Revision.Kind.TARGET
          || !r.date().isAfter(start)
          || r.date().isAfter(end)) {
        continue;
      }
      add(b, n, current, ChronoUnit.DAYS.between(from, r.date()));
      current = r.target().orElseThrow();
      from = r.date();
    }
    if (b.targets.isEmpty()) {
      return null;
    }
    add(b, n, current, ChronoUnit.DAYS.between(from, end) + 1);
    double weighted = 0;
    long total = 0;
    for (int i = 0; i < b.scores.size(); i++) {
      weighted += b.scores.get(i) * b.days.get(i);
      total += b.days.get(i);
    }
    b.score = weighted / total;
    return b;
  }

  private void add(Blend b, Node n, Target target, long days) {
    if (days <= 0) {
      return;
    }
    ScoringInput in =
        ScoringInput.trusted(
            n.input.measure(), target, n.input.actual(), n.element.id(), asOf, n.period);
    b.targets.add(target);
    b.days.add(days);
    b.scores.add(checkedScore(n.choice.strategy, in));
  }

  /** One owner's scorecard. */
  static final class OwnerNode {
    final Owner owner;
    double kpiScore = Double.NaN;
    double kpiGap = Double.NaN;
    double okrScore = Double.NaN;
    double okrGap = Double.NaN;
    double composite = Double.NaN;
    double gap = Double.NaN;

    OwnerNode(Owner owner) {
      this.owner = owner;
    }
  }

  Engine(Plan source, ScoringPolicy policy, LocalDate asOf) {
    this(source, policy, asOf, Map.of());
  }

  /** Scores as if the KPIs in {@code kpiScores} had those scores: the engine of what-if questions. */
  private final Map<String, Double> kpiScores;

  Engine(Plan source, ScoringPolicy policy, LocalDate asOf, Map<String, Double> kpiScores) {
    this.kpiScores = kpiScores;
    this.source = source;
    Plan plan = source.asOf(asOf);
    this.plan = plan;
    this.policy = policy;
    this.asOf = java.util.Objects.requireNonNull(asOf, "asOf");
    for (Objective o : plan.objectives()) {
      Node n = new Node(o);
      n.period = o.period().orElse(plan.period());
      n.committed = o.kind() == ObjectiveKind.COMMITTED;
      elements.put(o.id(), n);
    }
    for (KeyResult k : plan.keyResults()) {
      Node n = new Node(k);
      Node objective = elements.get(k.objective());
      n.period = objective.period;
      n.committed = objective.committed;
      elements.put(k.id(), n);
    }
    for (Kpi k : plan.kpis()) {
      Node n = new Node(k);
      n.period = k.period().orElse(plan.period());
      n.perInterval = 2L * k.frequency().minimumDays() <= n.period.lengthInDays();
      elements.put(k.id(), n);
    }
    for (Kpi k : plan.kpis()) {
      measure(elements.get(k.id()));
    }
    for (KeyResult k : plan.keyResults()) {
      Node n = elements.get(k.id());
      measure(n);
      blend(n, k);
    }
    for (Node n : objectivesChildrenFirst()) {
      aggregateObjective(n);
    }
    for (Owner o : plan.owners()) {
      OwnerNode n = new OwnerNode(o);
      aggregateOwner(n);
      owners.put(o.id(), n);
    }
  }

  static boolean has(double value) {
    return !Double.isNaN(value);
  }

  private void measure(Node n) {
    MeasuredElement e = (MeasuredElement) n.element;
    n.choice = policy.resolve(plan, e);
    double elapsed = n.period.fractionElapsed(asOf);
    n.expected = n.perInterval ? 1.0 : checkedPace(elapsed);
    OptionalDouble actual = plan.valueAsOf(e.id(), asOf);
    if (actual.isPresent()) {
      // the original rule judges by the first target; weights and contributions stay in force
      Target target =
          policy.targetRule() == TargetRule.ORIGINAL
              ? source.targetAt(e.id(), n.period.start().minusDays(1))
              : e.target();
      n.input = ScoringInput.trusted(e.measure(), target, actual.getAsDouble(), e.id(), asOf, n.period);
      n.measured = checkedScore(n.choice.strategy, n.input);
      n.progress = Achievement.clamp(Achievement.of(n.input), 0, 1);
      if (policy.targetRule() == TargetRule.TIME_WEIGHTED) {
        n.blend = blend(n, e);
        if (n.blend != null) {
          n.measured = n.blend.score;
        }
      }
    } else if (policy.missingValue() == MissingValue.ZERO) {
      n.measured = 0.0;
      n.progress = 0.0;
    }
    Double forced = kpiScores.get(e.id());
    if (forced != null) {
      n.measured = forced;
      n.progress = Math.min(1, forced);
    }
    n.score = n.measured;
    n.gap = has(n.progress) ? n.expected - n.progress : Double.NaN;
  }

  private void blend(Node n, KeyResult k) {
    double share = policy.keyResultKpiShare();
    if (share == 0) {
      return;
    }
    List<Double> scores = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Contributor c : plan.contributorsTo(k.id())) {
      double s = elements.get(c.kpi().id()).score;
      if (has(s)) {
        scores.add(s);
        weights.add(c.weight());
      }
    }
    if (scores.isEmpty()) {
      return;
    }
    n.kpiPart = BuiltInAggregations.weightedMean(toArray(scores), toArray(weights));
    n.score = has(n.measured) ? (1 - share) * n.measured + share * n.kpiPart : n.kpiPart;
  }

  /** Objectives ordered so that every objective comes after all objectives contributing to it. */
  private List<Node> objectivesChildrenFirst() {
    Map<String, List<Objective>> children = new HashMap<>();
    for (Objective o : plan.objectives()) {
      children.put(o.id(), plan.childrenOf(o.id()));
    }
    List<Node> order = new ArrayList<>(plan.objectives().size());
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
        List<Objective> kids = children.get(top.id());
        if (i < kids.size()) {
          next.push(i + 1);
          stack.push(kids.get(i));
          next.push(0);
        } else {
          stack.pop();
          order.add(elements.get(top.id()));
        }
      }
    }
    return order;
  }

  private void aggregateObjective(Node n) {
    Objective o = (Objective) n.element;
    for (KeyResult k : plan.keyResultsOf(o.id())) {
      n.children.add(elements.get(k.id()));
      n.childWeights.add(k.weight());
    }
    if (policy.childObjectiveWeight() > 0) {
      for (Objective child : plan.childrenOf(o.id())) {
        n.children.add(elements.get(child.id()));
        n.childWeights.add(policy.childObjectiveWeight());
      }
    }
    double[][] scored = scored(n.children, n.childWeights, false);
    if (scored[0].length > 0) {
      n.score = checkedAggregate(policy.objectiveAggregation(), scored[0], scored[1], o.id());
    }
    n.gap = meanGap(n.children, n.childWeights);
    n.expected = checkedPace(n.period.fractionElapsed(asOf));
  }

  private void aggregateOwner(OwnerNode n) {
    List<Node> kpis = new ArrayList<>();
    List<Double> kpiWeights = new ArrayList<>();
    for (Kpi k : plan.kpisOf(n.owner.id())) {
      kpis.add(elements.get(k.id()));
      kpiWeights.add(k.weight());
    }
    double[][] scored = scored(kpis, kpiWeights, false);
    if (scored[0].length > 0) {
      n.kpiScore = checkedAggregate(policy.kpiAggregation(), scored[0], scored[1], n.owner.id());
    }
    n.kpiGap = meanGap(kpis, kpiWeights);
    List<Node> objectives = new ArrayList<>();
    List<Double> ones = new ArrayList<>();
    for (Objective o : plan.objectivesOf(n.owner.id())) {
      objectives.add(elements.get(o.id()));
      ones.add(1.0);
    }
    scored = scored(objectives, ones, false);
    if (scored[0].length > 0) {
      n.okrScore = checkedAggregate(policy.okrAggregation(), scored[0], scored[1], n.owner.id());
    }
    n.okrGap = meanGap(objectives, ones);
    n.composite = composite(n.kpiScore, n.okrScore);
    n.gap = composite(n.kpiGap, n.okrGap);
  }

  /** The policy's mix of the two parts that are present; NaN when neither counts. */
  double composite(double kpi, double okr) {
    double wk = has(kpi) ? policy.compositeKpiWeight() : 0;
    double wo = has(okr) ? policy.compositeOkrWeight() : 0;
    if (wk + wo == 0) {
      return Double.NaN;
    }
    return ((wk > 0 ? wk * kpi : 0) + (wo > 0 ? wo * okr : 0)) / (wk + wo);
  }

  /** The scores and weights of the scored nodes (or, with {@code gaps}, of those with a gap). */
  static double[][] scored(List<Node> nodes, List<Double> weights, boolean gaps) {
    int count = 0;
    for (Node n : nodes) {
      if (has(gaps ? n.gap : n.score)) {
        count++;
      }
    }
    double[] s = new double[count];
    double[] w = new double[count];
    int j = 0;
    for (int i = 0; i < nodes.size(); i++) {
      double value = gaps ? nodes.get(i).gap : nodes.get(i).score;
      if (has(value)) {
        s[j] = value;
        w[j] = weights.get(i);
        j++;
      }
    }
    return new double[][] {s, w};
  }

  private static double meanGap(List<Node> nodes, List<Double> weights) {
    double[][] g = scored(nodes, weights, true);
    if (g[0].length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    double total = 0;
    for (int i = 0; i < g[0].length; i++) {
      sum += g[0][i] * g[1][i];
      total += g[1][i];
    }
    return sum / total;
  }

  Status status(double gap) {
    return gap <= policy.onTrackTolerance() + Bands.MARGIN
        ? Status.ON_TRACK
        : gap <= policy.atRiskTolerance() + Bands.MARGIN ? Status.AT_RISK : Status.OFF_TRACK;
  }

  private double checkedPace(double elapsed) {
    double e = policy.pace().expected(elapsed);
    if (!(e >= 0 && e <= 1)) {
      throw new IllegalStateException(
          "pace " + policy.pace() + " expected " + number(e) + " at elapsed " + number(elapsed)
              + "; a pace must return a value from 0 to 1");
    }
    return e;
  }

  static double checkedScore(ScoringStrategy strategy, ScoringInput input) {
    double s = strategy.score(input);
    if (!(s >= 0 && s <= strategy.maxScore())) {
      throw new IllegalStateException(
          "strategy " + strategy + " scored " + number(s) + " for "
              + input.element().map(id -> "'" + id + "'").orElse("an element") + " (actual "
              + number(input.actual()) + "); a strategy must return a finite score from 0 to its"
              + " maxScore " + number(strategy.maxScore()));
    }
    return s;
  }

  private static double checkedAggregate(
      Aggregation aggregation, double[] scores, double[] weights, String id) {
    double r = aggregation.aggregate(scores.clone(), weights.clone());
    if (!(r >= 0 && Double.isFinite(r))) {
      throw new IllegalStateException(
          "aggregation " + aggregation + " gave " + number(r) + " for '" + id
              + "'; an aggregation must return a finite number of at least 0");
    }
    return r;
  }

  static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }

  /** The forecast of a measured node, or null when there is too little to fit a trend to. */
  Forecast forecast(Node n) {
    MeasuredElement e = (MeasuredElement) n.element;
    Target t = e.target();
    if (t.kind() == Target.Kind.MILESTONES) {
      return null;
    }
    List<double[]> points = new ArrayList<>();
    LocalDate start = n.period.start();
    if (!n.perInterval && t.baseline().isPresent()) {
      points.add(new double[] {0, t.baseline().getAsDouble()});
    }
    for (CheckIn c : plan.checkInsOf(e.id())) {
      if (!c.date().isAfter(asOf)) {
        points.add(new double[] {ChronoUnit.DAYS.between(start, c.date()), c.value()});
      }
    }
    if (points.size() < 2) {
      return null;
    }
    double meanX = 0;
    double meanY = 0;
    for (double[] p : points) {
      meanX += p[0];
      meanY += p[1];
    }
    meanX /= points.size();
    meanY /= points.size();
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      sxx += (p[0] - meanX) * (p[0] - meanX);
      sxy += (p[0] - meanX) * (p[1] - meanY);
    }
    if (sxx == 0) {
      return null;
    }
    double slope = sxy / sxx;
    double endX = ChronoUnit.DAYS.between(start, n.period.end());
    double value = meanY + slope * (endX - meanX);
    if (!Double.isFinite(value)) {
      return null;
    }
    ScoringInput input =
        ScoringInput.trusted(e.measure(), t, value, e.id(), n.period.end(), n.period);
    return ImmutableForecast.builder()
        .value(value)
        .date(n.period.end())
        .score(checkedScore(n.choice.strategy, input))
        .slopePerDay(slope)
        .points(points.size())
        .build();
  }
}

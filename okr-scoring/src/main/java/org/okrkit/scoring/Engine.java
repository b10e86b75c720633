package org.okrkit.scoring;

import static org.okrkit.core.internal.Checks.number;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.CheckIn;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.CheckInColumns;
import org.okrkit.scoring.internal.Achievement;
import org.okrkit.scoring.internal.BuiltInAggregations;
import org.okrkit.scoring.internal.DoubleChunks;

/**
 * Scores one plan under one policy as of one date, over the plan's {@link Compiled} arrays. An
 * engine is computed in its constructor and read-only afterwards; {@link #withCheckIn} makes the
 * engine of the plan with one more check-in by recomputing only what depends on it and sharing the
 * rest. Inside the engine an absent number is NaN; nothing NaN ever leaves it: results expose
 * absence as empty optionals.
 */
final class Engine {
  /** The plan as given, with its whole history. */
  final Plan source;
  /** The definitions scored: those in force on the date. */
  final Plan plan;
  final ScoringPolicy policy;
  final LocalDate asOf;
  final Compiled c;
  /** The plan's check-ins, by position. */
  private final CheckInColumns columns;
  /** Scores forced on KPIs: the engine of what-if questions. */
  private final Map<String, Double> kpiScores;
  /** The strategy of each measured element and where it was set. */
  final ScoringPolicy.Choice[] choices;

  // measured elements: key results, then KPIs
  final DoubleChunks actual;
  final DoubleChunks measured;
  final DoubleChunks kpiPart;
  final DoubleChunks score;
  final DoubleChunks progress;
  final DoubleChunks expected;
  final DoubleChunks gap;
  // objectives
  final DoubleChunks objectiveScore;
  final DoubleChunks objectiveGap;
  final DoubleChunks objectiveExpected;
  // owners
  final DoubleChunks kpiScore;
  final DoubleChunks kpiGap;
  final DoubleChunks okrScore;
  final DoubleChunks okrGap;
  final DoubleChunks composite;
  final DoubleChunks ownerGap;

  private final Map<Period, Double> elapsed = new HashMap<>();

  Engine(Plan source, ScoringPolicy policy, LocalDate asOf) {
    this(source, policy, asOf, Map.of());
  }

  Engine(Plan source, ScoringPolicy policy, LocalDate asOf, Map<String, Double> kpiScores) {
    this.source = source;
    this.plan = source.asOf(java.util.Objects.requireNonNull(asOf, "asOf"));
    this.policy = policy;
    this.asOf = asOf;
    this.kpiScores = kpiScores;
    this.c = Compiled.of(plan);
    this.columns = plan.checkInColumns();
    int nm = c.measuredCount();
    int no = c.objectives.length;
    int nw = c.owners.length;
    choices = choices(policy, plan, c);
    actual = DoubleChunks.filled(nm, Double.NaN);
    measured = DoubleChunks.filled(nm, Double.NaN);
    kpiPart = DoubleChunks.filled(nm, Double.NaN);
    score = DoubleChunks.filled(nm, Double.NaN);
    progress = DoubleChunks.filled(nm, Double.NaN);
    expected = DoubleChunks.filled(nm, Double.NaN);
    gap = DoubleChunks.filled(nm, Double.NaN);
    objectiveScore = DoubleChunks.filled(no, Double.NaN);
    objectiveGap = DoubleChunks.filled(no, Double.NaN);
    objectiveExpected = DoubleChunks.filled(no, Double.NaN);
    kpiScore = DoubleChunks.filled(nw, Double.NaN);
    kpiGap = DoubleChunks.filled(nw, Double.NaN);
    okrScore = DoubleChunks.filled(nw, Double.NaN);
    okrGap = DoubleChunks.filled(nw, Double.NaN);
    composite = DoubleChunks.filled(nw, Double.NaN);
    ownerGap = DoubleChunks.filled(nw, Double.NaN);
    int nk = c.keyResults.length;
    if (!measureAllCompiled()) {
      // KPIs before key results: a key result may take a share from its KPIs
      for (int m = nk; m < nm; m++) {
        measure(m);
      }
      for (int m = 0; m < nk; m++) {
        measure(m);
      }
    }
    for (int m = 0; m < nk; m++) {
      blend(m);
    }
    for (int o : c.childrenFirst) {
      aggregateObjective(o);
    }
    for (int w = 0; w < nw; w++) {
      aggregateOwner(w);
    }
  }

  /** The engine of {@code next}, which is this engine's plan with one more check-in. */
  private Engine(Engine prior, Plan next, String element) {
    this.source = next;
    this.plan = next.asOf(prior.asOf);
    this.policy = prior.policy;
    this.asOf = prior.asOf;
    this.kpiScores = prior.kpiScores;
    this.c = prior.c;
    this.columns = plan.checkInColumns();
    this.choices = prior.choices;
    actual = prior.actual.copy();
    measured = prior.measured.copy();
    kpiPart = prior.kpiPart.copy();
    score = prior.score.copy();
    progress = prior.progress.copy();
    expected = prior.expected.copy();
    gap = prior.gap.copy();
    objectiveScore = prior.objectiveScore.copy();
    objectiveGap = prior.objectiveGap.copy();
    objectiveExpected = prior.objectiveExpected.copy();
    kpiScore = prior.kpiScore.copy();
    kpiGap = prior.kpiGap.copy();
    okrScore = prior.okrScore.copy();
    okrGap = prior.okrGap.copy();
    composite = prior.composite.copy();
    ownerGap = prior.ownerGap.copy();
    int m = c.measured(element);
    int nk = c.keyResults.length;
    List<Integer> keyResults = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    measure(m);
    if (m >= nk) {
      owners.add(c.kpiOwner[m - nk]);
      if (policy.keyResultKpiShare() > 0) {
        for (int s = c.supportedStart[m - nk]; s < c.supportedStart[m - nk + 1]; s++) {
          keyResults.add(c.supported[s]);
        }
      }
    } else {
      keyResults.add(m);
    }
    for (int k : keyResults) {
      blend(k);
      // the key result's objective and every objective it rolls into
      for (int o = c.keyResultObjective[k]; o >= 0; o = c.objectiveParent[o]) {
        aggregateObjective(o);
        owners.add(c.objectiveOwner[o]);
      }
    }
    for (int w : owners) {
      aggregateOwner(w);
    }
  }

  /** The engine of this engine's plan with {@code checkIn} added, sharing what it does not change. */
  Engine withCheckIn(CheckIn checkIn) {
    Plan next = source.withCheckIn(checkIn);
    if (next == source) {
      return this;
    }
    if (next.asOf(asOf) != next || source.asOf(asOf) != source) {
      // revisions after the date make the definitions a plan of their own: score afresh
      return new Engine(next, policy, asOf, kpiScores);
    }
    return new Engine(this, next, checkIn.element());
  }

  static boolean has(double value) {
    return !Double.isNaN(value);
  }

  private static ScoringPolicy.Choice[] choices(ScoringPolicy policy, Plan plan, Compiled c) {
    int nk = c.keyResults.length;
    ScoringPolicy.Choice[] choices = new ScoringPolicy.Choice[c.measuredCount()];
    boolean overrides =
        !policy.elementStrategies().isEmpty()
            || !policy.tagStrategies().isEmpty()
            || !policy.levelStrategies().isEmpty();
    ScoringPolicy.Choice kr = new ScoringPolicy.Choice(policy.keyResultStrategy(), "the default for key results");
    ScoringPolicy.Choice kpi = new ScoringPolicy.Choice(policy.kpiStrategy(), "the default for KPIs");
    for (int m = 0; m < choices.length; m++) {
      choices[m] = overrides ? policy.resolve(plan, c.element(m)) : m < nk ? kr : kpi;
    }
    return choices;
  }

  /** The measured element's period. */
  Period period(int m) {
    int nk = c.keyResults.length;
    return m < nk ? c.objectivePeriod[c.keyResultObjective[m]] : c.kpiPeriod[m - nk];
  }

  boolean perInterval(int m) {
    int nk = c.keyResults.length;
    return m >= nk && c.perInterval[m - nk];
  }

  private double paceAt(Period p) {
    Double e = elapsed.get(p);
    if (e == null) {
      e = checkedPace(p.fractionElapsed(asOf));
      elapsed.put(p, e);
    }
    return e;
  }

  /** The value of measured {@code m} as of the date, or NaN. */
  private double valueAsOf(int m, MeasuredElement e) {
    if (e.target().kind() == Target.Kind.MILESTONES) {
      java.util.OptionalDouble v = plan.valueAsOf(e.id(), asOf);
      return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
    return columns.valueAsOf(m, asOf, Double.NaN);
  }

  /** The input of measured {@code m} as of the date; null without a check-in. */
  ScoringInput input(int m) {
    double a = actual.get(m);
    if (!has(a)) {
      return null;
    }
    MeasuredElement e = c.element(m);
    Target target =
        policy.targetRule() == TargetRule.ORIGINAL
            ? source.targetAt(e.id(), period(m).start().minusDays(1))
            : e.target();
    return ScoringInput.trusted(e.measure(), target, a, e.id(), asOf, period(m));
  }

  /**
   * Scores every measured element in two compiled passes, scores and progress, when every strategy
   * is a built-in and targets are the ones in force: the same numbers as {@link #measure}, bit for
   * bit, without an allocation per element.
   *
   * @return false when this fast path does not apply
   */
  private boolean measureAllCompiled() {
    if (policy.targetRule() != TargetRule.IN_FORCE) {
      return false;
    }
    org.okrkit.scoring.internal.CompiledBatch scores = compile(plan, c, choices);
    if (!scores.isCompiled()) {
      return false;
    }
    org.okrkit.scoring.internal.CompiledBatch linear =
        compile(plan, c, null);
    int nm = c.measuredCount();
    double[] values = new double[nm];
    for (int m = 0; m < nm; m++) {
      double v = valueAsOf(m, c.element(m));
      actual.set(m, v);
      // an element without a value is scored on 0 and the result thrown away
      values[m] = has(v) ? v : 0.0;
    }
    double[] s = new double[nm];
    double[] p = new double[nm];
    scores.scoreUnchecked(values, s);
    linear.scoreUnchecked(values, p);
    boolean zero = policy.missingValue() == MissingValue.ZERO;
    for (int m = 0; m < nm; m++) {
      double exp = perInterval(m) ? 1.0 : paceAt(period(m));
      expected.set(m, exp);
      double sm = Double.NaN;
      double pm = Double.NaN;
      if (has(actual.get(m))) {
        sm = s[m];
        pm = p[m];
      } else if (zero) {
        sm = 0.0;
        pm = 0.0;
      }
      if (!kpiScores.isEmpty()) {
        Double forced = kpiScores.get(c.element(m).id());
        if (forced != null) {
          sm = forced;
          pm = Math.min(1, forced);
        }
      }
      measured.set(m, sm);
      score.set(m, sm);
      progress.set(m, pm);
      gap.set(m, has(pm) ? exp - pm : Double.NaN);
    }
    return true;
  }

  /** The measured elements compiled for their strategies, or for linear progress when null. */
  private static org.okrkit.scoring.internal.CompiledBatch compile(
      Plan plan, Compiled c, ScoringPolicy.Choice @org.jspecify.annotations.Nullable [] choices) {
    int nm = c.measuredCount();
    List<ScoringStrategy> strategies = new ArrayList<>(nm);
    List<org.okrkit.core.Measure> measures = new ArrayList<>(nm);
    List<Target> targets = new ArrayList<>(nm);
    for (int m = 0; m < nm; m++) {
      MeasuredElement e = c.element(m);
      strategies.add(choices == null ? Strategies.linear() : choices[m].strategy);
      measures.add(e.measure());
      targets.add(e.target());
    }
    return org.okrkit.scoring.internal.CompiledBatch.compile(strategies, measures, targets);
  }

  private void measure(int m) {
    MeasuredElement e = c.element(m);
    Period period = period(m);
    double exp = perInterval(m) ? 1.0 : paceAt(period);
    expected.set(m, exp);
    double value = valueAsOf(m, e);
    actual.set(m, value);
    double s = Double.NaN;
    double p = Double.NaN;
    if (has(value)) {
      ScoringInput in = input(m);
      s = checkedScore(choices[m].strategy, in);
      p = Achievement.clamp(Achievement.of(in), 0, 1);
      if (policy.targetRule() == TargetRule.TIME_WEIGHTED) {
        Blend b = blend(m, in);
        if (b != null) {
          s = b.score;
        }
      }
    } else if (policy.missingValue() == MissingValue.ZERO) {
      s = 0.0;
      p = 0.0;
    }
    Double forced = kpiScores.isEmpty() ? null : kpiScores.get(e.id());
    if (forced != null) {
      s = forced;
      p = Math.min(1, forced);
    }
    measured.set(m, s);
    score.set(m, s);
    progress.set(m, p);
    gap.set(m, has(p) ? exp - p : Double.NaN);
  }

  /** A key result's share from its KPIs, when the policy gives them one. */
  private void blend(int k) {
    double share = policy.keyResultKpiShare();
    kpiPart.set(k, Double.NaN);
    score.set(k, measured.get(k));
    if (share == 0) {
      return;
    }
    int nk = c.keyResults.length;
    int from = c.contributorStart[k];
    int to = c.contributorStart[k + 1];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (has(score.get(nk + c.contributors[i]))) {
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    double[] s = new double[count];
    double[] w = new double[count];
    int j = 0;
    for (int i = from; i < to; i++) {
      double v = score.get(nk + c.contributors[i]);
      if (has(v)) {
        s[j] = v;
        w[j++] = c.contributorWeights[i];
      }
    }
    double part = BuiltInAggregations.weightedMean(s, w);
    kpiPart.set(k, part);
    double m = measured.get(k);
    score.set(k, has(m) ? (1 - share) * m + share * part : part);
  }

  /** An objective's children: its key results, then (unless weighted 0) its child objectives. */
  int childCount(int o) {
    int krs = c.objectiveKeyResultStart[o + 1] - c.objectiveKeyResultStart[o];
    int children =
        policy.childObjectiveWeight() > 0 ? c.objectiveChildStart[o + 1] - c.objectiveChildStart[o] : 0;
    return krs + children;
  }

  /** The {@code i}-th child's score, gap and weight: key results first. */
  double childScore(int o, int i) {
    int krs = c.objectiveKeyResultStart[o + 1] - c.objectiveKeyResultStart[o];
    return i < krs
        ? score.get(c.objectiveKeyResults[c.objectiveKeyResultStart[o] + i])
        : objectiveScore.get(c.objectiveChildren[c.objectiveChildStart[o] + i - krs]);
  }

  double childGap(int o, int i) {
    int krs = c.objectiveKeyResultStart[o + 1] - c.objectiveKeyResultStart[o];
    return i < krs
        ? gap.get(c.objectiveKeyResults[c.objectiveKeyResultStart[o] + i])
        : objectiveGap.get(c.objectiveChildren[c.objectiveChildStart[o] + i - krs]);
  }

  double childWeight(int o, int i) {
    int krs = c.objectiveKeyResultStart[o + 1] - c.objectiveKeyResultStart[o];
    return i < krs
        ? c.keyResults[c.objectiveKeyResults[c.objectiveKeyResultStart[o] + i]].weight()
        : policy.childObjectiveWeight();
  }

  /** The scored children of objective {@code o}: {scores, weights}. */
  double[][] scoredChildren(int o) {
    int n = childCount(o);
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (has(childScore(o, i))) {
        count++;
      }
    }
    double[] s = new double[count];
    double[] w = new double[count];
    int j = 0;
    for (int i = 0; i < n; i++) {
      double v = childScore(o, i);
      if (has(v)) {
        s[j] = v;
        w[j++] = childWeight(o, i);
      }
    }
    return new double[][] {s, w};
  }

  private void aggregateObjective(int o) {
    double[][] scored = scoredChildren(o);
    objectiveScore.set(
        o,
        scored[0].length > 0
            ? checkedAggregate(policy.objectiveAggregation(), scored[0], scored[1], c.objectives[o].id())
            : Double.NaN);
    int n = childCount(o);
    double sum = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double g = childGap(o, i);
      if (has(g)) {
        double w = childWeight(o, i);
        sum += g * w;
        total += w;
      }
    }
    objectiveGap.set(o, total > 0 ? sum / total : Double.NaN);
    objectiveExpected.set(o, paceAt(c.objectivePeriod[o]));
  }

  /** The scored KPIs of owner {@code w}: {scores, weights}. */
  double[][] scoredKpis(int w) {
    int nk = c.keyResults.length;
    int from = c.ownerKpiStart[w];
    int to = c.ownerKpiStart[w + 1];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (has(score.get(nk + c.ownerKpis[i]))) {
        count++;
      }
    }
    double[] s = new double[count];
    double[] wt = new double[count];
    int j = 0;
    for (int i = from; i < to; i++) {
      int p = c.ownerKpis[i];
      double v = score.get(nk + p);
      if (has(v)) {
        s[j] = v;
        wt[j++] = c.ownerKpiWeights[i];
      }
    }
    return new double[][] {s, wt};
  }

  /** The scored objectives of owner {@code w}, each of weight 1: {scores, weights}. */
  double[][] scoredObjectives(int w) {
    int from = c.ownerObjectiveStart[w];
    int to = c.ownerObjectiveStart[w + 1];
    int count = 0;
    for (int i = from; i < to; i++) {
      if (has(objectiveScore.get(c.ownerObjectives[i]))) {
        count++;
      }
    }
    double[] s = new double[count];
    double[] wt = new double[count];
    int j = 0;
    for (int i = from; i < to; i++) {
      double v = objectiveScore.get(c.ownerObjectives[i]);
      if (has(v)) {
        s[j] = v;
        wt[j++] = 1.0;
      }
    }
    return new double[][] {s, wt};
  }

  private void aggregateOwner(int w) {
    String id = c.owners[w].id();
    int nk = c.keyResults.length;
    double[][] kpis = scoredKpis(w);
    double ks =
        kpis[0].length > 0 ? checkedAggregate(policy.kpiAggregation(), kpis[0], kpis[1], id) : Double.NaN;
    double kg = Double.NaN;
    double sum = 0;
    double total = 0;
    for (int i = c.ownerKpiStart[w]; i < c.ownerKpiStart[w + 1]; i++) {
      int p = c.ownerKpis[i];
      double g = gap.get(nk + p);
      if (has(g)) {
        sum += g * c.ownerKpiWeights[i];
        total += c.ownerKpiWeights[i];
      }
    }
    if (total > 0) {
      kg = sum / total;
    }
    double[][] objectives = scoredObjectives(w);
    double os =
        objectives[0].length > 0
            ? checkedAggregate(policy.okrAggregation(), objectives[0], objectives[1], id)
            : Double.NaN;
    double og = Double.NaN;
    sum = 0;
    total = 0;
    for (int i = c.ownerObjectiveStart[w]; i < c.ownerObjectiveStart[w + 1]; i++) {
      double g = objectiveGap.get(c.ownerObjectives[i]);
      if (has(g)) {
        sum += g;
        total += 1;
      }
    }
    if (total > 0) {
      og = sum / total;
    }
    kpiScore.set(w, ks);
    kpiGap.set(w, kg);
    okrScore.set(w, os);
    okrGap.set(w, og);
    composite.set(w, composite(ks, os));
    ownerGap.set(w, composite(kg, og));
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

  Status status(double gap) {
    return gap <= policy.onTrackTolerance() + Bands.MARGIN
        ? Status.ON_TRACK
        : gap <= policy.atRiskTolerance() + Bands.MARGIN ? Status.AT_RISK : Status.OFF_TRACK;
  }

  private double checkedPace(double fraction) {
    double e = policy.pace().expected(fraction);
    if (!(e >= 0 && e <= 1)) {
      throw new IllegalStateException(
          "pace " + policy.pace() + " expected " + number(e) + " at elapsed " + number(fraction)
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

  /** Scores against each target in force up to the date, and the days each was in force. */
  static final class Blend {
    final List<Target> targets = new ArrayList<>();
    final List<Long> days = new ArrayList<>();
    final List<Double> scores = new ArrayList<>();
    double score;
  }

  /**
   * The time-weighted score of measured {@code m} whose target changed between the start of its
   * period and the date; null when it did not.
   */
  Blend blend(int m, ScoringInput in) {
    Period period = period(m);
    MeasuredElement e = c.element(m);
    LocalDate start = period.start();
    LocalDate end = asOf.isAfter(period.end()) ? period.end() : asOf;
    if (end.isBefore(start) || source.revisions().isEmpty()) {
      return null;
    }
    Blend b = new Blend();
    LocalDate from = start;
    Target current = source.targetAt(e.id(), start);
    for (Revision r : source.revisionsOf(e.id())) {
      if (r.kind() != Revision.Kind.TARGET || !r.date().isAfter(start) || r.date().isAfter(end)) {
        continue;
      }
      add(b, m, in, current, ChronoUnit.DAYS.between(from, r.date()));
      current = r.target().orElseThrow();
      from = r.date();
    }
    if (b.targets.isEmpty()) {
      return null;
    }
    add(b, m, in, current, ChronoUnit.DAYS.between(from, end) + 1);
    double weighted = 0;
    long total = 0;
    for (int i = 0; i < b.scores.size(); i++) {
      weighted += b.scores.get(i) * b.days.get(i);
      total += b.days.get(i);
    }
    b.score = weighted / total;
    return b;
  }

  private void add(Blend b, int m, ScoringInput in, Target target, long days) {
    if (days <= 0) {
      return;
    }
    ScoringInput at =
        ScoringInput.trusted(in.measure(), target, in.actual(), c.element(m).id(), asOf, period(m));
    b.targets.add(target);
    b.days.add(days);
    b.scores.add(checkedScore(choices[m].strategy, at));
  }

  /** The forecast of measured {@code m}, or null when there is too little to fit a trend to. */
  Forecast forecast(int m) {
    MeasuredElement e = c.element(m);
    Target t = e.target();
    if (t.kind() == Target.Kind.MILESTONES) {
      return null;
    }
    Period period = period(m);
    List<double[]> points = new ArrayList<>();
    LocalDate start = period.start();
    if (!perInterval(m) && t.baseline().isPresent()) {
      points.add(new double[] {0, t.baseline().getAsDouble()});
    }
    for (CheckIn ci : plan.checkInsOf(e.id())) {
      if (!ci.date().isAfter(asOf)) {
        points.add(new double[] {ChronoUnit.DAYS.between(start, ci.date()), ci.value()});
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
    double endX = ChronoUnit.DAYS.between(start, period.end());
    double value = meanY + slope * (endX - meanX);
    if (!Double.isFinite(value)) {
      return null;
    }
    ScoringInput input = ScoringInput.trusted(e.measure(), t, value, e.id(), period.end(), period);
    return ImmutableForecast.builder()
        .value(value)
        .date(period.end())
        .score(checkedScore(choices[m].strategy, input))
        .slopePerDay(slope)
        .points(points.size())
        .build();
  }
}

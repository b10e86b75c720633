package org.okrkit.scoring;

import com.google.common.primitives.ImmutableIntArray;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.scoring.internal.DoubleChunks;
import org.okrkit.scoring.internal.IndexedAggregation;
import org.okrkit.scoring.internal.Progress;

/**
 * Scores one plan under one compiled policy as of one date: {@link Measurement} gives each key
 * result's and KPI's score, the policy's {@link Rollup} program turns them into the scores of key
 * results, objectives and owners, and the engine adds pace and status: how far each objective and
 * owner is behind the progress expected by the date. An engine is computed in its constructor and
 * read-only afterwards; {@link #withCheckIn} makes the engine of the plan with one more check-in by
 * running again only the steps that depend on it, sharing the rest. Inside the engine an absent
 * number is NaN; nothing NaN ever leaves it: results expose absence as empty optionals.
 */
final class Engine {
  /** The plan as given, with its whole history. */
  final Plan source;

  /** The definitions scored: those in force on the date. */
  final Plan plan;

  final CompiledPolicy compiled;
  final ScoringPolicy policy;
  final PlanStructure structure;
  final LocalDate asOf;
  final Measurement measurement;

  /** Scores forced on KPIs: the engine of what-if questions. */
  private final Map<String, Double> kpiScores;

  /** The rollup's slots: element scores as measured, then every step's result. */
  private final DoubleChunks slots;

  // measured elements: key results, then KPIs
  private final DoubleChunks actual;
  private final DoubleChunks progress;
  private final DoubleChunks expected;
  private final DoubleChunks gap;
  // objectives
  private final DoubleChunks objectiveGap;
  private final DoubleChunks objectiveExpected;
  // the weighted mean of the children's expected progress, and the status code (NaN for none)
  private final DoubleChunks objectiveChildExpected;
  private final DoubleChunks objectiveStatus;
  // owners
  private final DoubleChunks kpiGap;
  private final DoubleChunks okrGap;
  private final DoubleChunks ownerGap;
  private final DoubleChunks kpiStatus;
  private final DoubleChunks okrStatus;
  private final DoubleChunks ownerStatus;
  private final DoubleChunks kpiExpected;
  private final DoubleChunks okrExpected;

  /** Rolls statuses up by the policy's rule: one node at a time, on the engine's thread. */
  private final StatusRollup rollupA;

  private final StatusRollup rollupB;

  Engine(CompiledPolicy compiled, Plan source, LocalDate asOf, Map<String, Double> kpiScores) {
    this.compiled = compiled.forDate(source, Objects.requireNonNull(asOf, "asOf"));
    this.source = source;
    this.plan = source.asOf(asOf);
    this.policy = compiled.policy;
    this.structure = this.compiled.structure;
    this.asOf = asOf;
    this.kpiScores = kpiScores;
    this.measurement = new Measurement(this.compiled, source, plan, asOf, kpiScores);
    int nm = structure.measuredCount();
    int no = structure.objectiveCount();
    int nw = structure.ownerCount();
    Rollup rollup = this.compiled.rollup;
    slots = DoubleChunks.filled(rollup.slotCount(), Double.NaN);
    actual = DoubleChunks.filled(nm, Double.NaN);
    progress = DoubleChunks.filled(nm, Double.NaN);
    expected = DoubleChunks.filled(nm, Double.NaN);
    gap = DoubleChunks.filled(nm, Double.NaN);
    objectiveGap = DoubleChunks.filled(no, Double.NaN);
    objectiveExpected = DoubleChunks.filled(no, Double.NaN);
    objectiveChildExpected = DoubleChunks.filled(no, Double.NaN);
    objectiveStatus = DoubleChunks.filled(no, Double.NaN);
    kpiGap = DoubleChunks.filled(nw, Double.NaN);
    okrGap = DoubleChunks.filled(nw, Double.NaN);
    ownerGap = DoubleChunks.filled(nw, Double.NaN);
    kpiStatus = DoubleChunks.filled(nw, Double.NaN);
    okrStatus = DoubleChunks.filled(nw, Double.NaN);
    ownerStatus = DoubleChunks.filled(nw, Double.NaN);
    kpiExpected = DoubleChunks.filled(nw, Double.NaN);
    okrExpected = DoubleChunks.filled(nw, Double.NaN);
    rollupA = new StatusRollup(policy.statusRule(), policy.paceTolerance());
    rollupB = new StatusRollup(policy.statusRule(), policy.paceTolerance());
    measurement.measureAll(sink());
    rollup.evaluate(slots, new IndexedAggregation.Scratch());
    ImmutableIntArray order = structure.objectivesChildrenFirst();
    for (int i = 0; i < order.length(); i++) {
      computeObjectiveGap(order.get(i));
    }
    for (int w = 0; w < nw; w++) {
      computeOwnerGap(w);
    }
  }

  /** The engine of {@code next}, which is this engine's plan with one more check-in. */
  private Engine(Engine prior, Plan next, String element) {
    this.source = next;
    this.plan = next.asOf(prior.asOf);
    this.compiled = prior.compiled;
    this.policy = prior.policy;
    this.structure = prior.structure;
    this.asOf = prior.asOf;
    this.kpiScores = prior.kpiScores;
    this.measurement = new Measurement(compiled, source, plan, asOf, kpiScores);
    slots = prior.slots.copy();
    actual = prior.actual.copy();
    progress = prior.progress.copy();
    expected = prior.expected.copy();
    gap = prior.gap.copy();
    objectiveGap = prior.objectiveGap.copy();
    objectiveExpected = prior.objectiveExpected.copy();
    objectiveChildExpected = prior.objectiveChildExpected.copy();
    objectiveStatus = prior.objectiveStatus.copy();
    kpiGap = prior.kpiGap.copy();
    okrGap = prior.okrGap.copy();
    ownerGap = prior.ownerGap.copy();
    kpiStatus = prior.kpiStatus.copy();
    okrStatus = prior.okrStatus.copy();
    ownerStatus = prior.ownerStatus.copy();
    kpiExpected = prior.kpiExpected.copy();
    okrExpected = prior.okrExpected.copy();
    rollupA = new StatusRollup(policy.statusRule(), policy.paceTolerance());
    rollupB = new StatusRollup(policy.statusRule(), policy.paceTolerance());
    int m = structure.indexOfMeasured(element);
    int nk = structure.keyResultCount();
    Rollup rollup = compiled.rollup;
    measurement.measure(m, sink());
    // the steps to run again, as slots (a slot's step comes after every step it reads), and the
    // objectives and owners whose gaps change
    int[] steps = new int[8];
    int count = 0;
    int[] objectives = new int[8];
    int objectiveCount = 0;
    int[] owners = new int[8];
    int ownerCount = 0;
    int[] keyResults;
    if (m >= nk) {
      owners[ownerCount++] = structure.kpiOwner(m - nk);
      keyResults = policy.keyResultKpiShare() > 0 ? countedSupportedBy(m - nk) : new int[0];
    } else {
      keyResults = new int[] {m};
    }
    for (int k : keyResults) {
      steps = grow(steps, count);
      steps[count++] = rollup.keyResultSlot(k);
      // the key result's objective and every objective it rolls into
      for (int o = structure.keyResultObjective(k); o >= 0; o = structure.objectiveParent(o)) {
        steps = grow(steps, count);
        steps[count++] = rollup.objectiveSlot(o);
        objectives = grow(objectives, objectiveCount);
        objectives[objectiveCount++] = o;
        owners = grow(owners, ownerCount);
        owners[ownerCount++] = structure.objectiveOwner(o);
      }
    }
    for (int i = 0; i < ownerCount; i++) {
      int w = owners[i];
      steps = grow(steps, count + 2);
      steps[count++] = rollup.kpiScoreSlot(w);
      steps[count++] = rollup.okrScoreSlot(w);
      steps[count++] = rollup.compositeSlot(w);
    }
    Arrays.sort(steps, 0, count);
    IndexedAggregation.Scratch scratch = new IndexedAggregation.Scratch();
    for (int i = 0; i < count; i++) {
      if (steps[i] >= 0 && (i == 0 || steps[i] != steps[i - 1])) {
        rollup.evaluateSlot(slots, steps[i], scratch);
      }
    }
    // objectives were listed children first along each chain
    for (int i = 0; i < objectiveCount; i++) {
      computeObjectiveGap(objectives[i]);
    }
    for (int i = 0; i < ownerCount; i++) {
      computeOwnerGap(owners[i]);
    }
  }

  private static int[] grow(int[] array, int count) {
    return count + 1 < array.length
        ? array
        : Arrays.copyOf(array, Math.max(8, array.length * 2 + 2));
  }

  /** Where {@link Measurement} writes: the rollup's leaves and the per-element arrays. */
  private Measurement.Sink sink() {
    Rollup rollup = compiled.rollup;
    return new Measurement.Sink() {
      @Override
      public void actual(int m, double value) {
        actual.set(m, value);
      }

      @Override
      public void score(int m, double value) {
        slots.set(rollup.leafSlot(m), value);
      }

      @Override
      public void progress(int m, double value) {
        progress.set(m, value);
        double exp = expected.get(m);
        gap.set(m, has(value) ? exp - value : Double.NaN);
      }

      @Override
      public void expected(int m, double value) {
        expected.set(m, value);
      }
    };
  }

  /**
   * The engine of this engine's plan with {@code checkIn} added, sharing what it does not change.
   */
  // the same plan, not an equal one: an append that changed nothing, definitions not revised
  @SuppressWarnings("ReferenceEquality")
  Engine withCheckIn(CheckIn checkIn) {
    Plan next = source.withCheckIn(checkIn);
    if (next == source) {
      return this;
    }
    if (next.asOf(asOf) != next || source.asOf(asOf) != source) {
      // revisions after the date make the definitions a plan of their own: score afresh
      return new Engine(compiled, next, asOf, kpiScores);
    }
    return new Engine(this, next, checkIn.elementId());
  }

  /** The engine of the same plan with KPI {@code id} forced to {@code score} as well: a what-if. */
  Engine withForced(String id, double score) {
    Map<String, Double> forced = new HashMap<>(kpiScores);
    forced.put(id, score);
    return new Engine(compiled, source, asOf, Map.copyOf(forced));
  }

  static boolean has(double value) {
    return !Double.isNaN(value);
  }

  // ------------------------------------------------------------------ results

  /** The score of measured element {@code m}: a key result's after its blend with its KPIs. */
  double score(int m) {
    int nk = structure.keyResultCount();
    return slots.get(m < nk ? compiled.rollup.keyResultSlot(m) : compiled.rollup.leafSlot(m));
  }

  /** The score of measured element {@code m} under its own strategy, before any blend. */
  double measured(int m) {
    return slots.get(compiled.rollup.leafSlot(m));
  }

  /** The part key result {@code k} takes from its KPIs; NaN when it takes none. */
  /**
   * The key results whose scores count KPI {@code p}'s: its contributions but support-only ones.
   */
  private int[] countedSupportedBy(int p) {
    ImmutableIntArray supported = structure.supportedBy(p);
    List<Contribution> links = structure.kpi(p).contributions();
    int[] counted = new int[supported.length()];
    int n = 0;
    for (int i = 0; i < counted.length; i++) {
      if (!links.get(i).supportOnly()) {
        counted[n++] = supported.get(i);
      }
    }
    return n == counted.length ? counted : Arrays.copyOf(counted, n);
  }

  double kpiPart(int k) {
    return compiled.rollup.kpiPart(slots, k, new IndexedAggregation.Scratch());
  }

  double objectiveScore(int o) {
    return slots.get(compiled.rollup.objectiveSlot(o));
  }

  double kpiScore(int w) {
    int slot = compiled.rollup.kpiScoreSlot(w);
    return slot < 0 ? Double.NaN : slots.get(slot);
  }

  double okrScore(int w) {
    int slot = compiled.rollup.okrScoreSlot(w);
    return slot < 0 ? Double.NaN : slots.get(slot);
  }

  double composite(int w) {
    return slots.get(compiled.rollup.compositeSlot(w));
  }

  double actual(int m) {
    return actual.get(m);
  }

  double progress(int m) {
    return progress.get(m);
  }

  double expected(int m) {
    return expected.get(m);
  }

  /**
   * The signed progress of measured element {@code m} ({@link Progress#signed}): the clamped
   * progress where clamping changed nothing, else computed from the element's input; the clamped
   * progress itself when there is no value to grade (no check-in scored as zero) or the score was
   * forced.
   */
  double signedProgress(int m) {
    double p = progress.get(m);
    if (!has(p) || Progress.isSigned(p) || !has(actual.get(m))) {
      return p;
    }
    if (!kpiScores.isEmpty() && kpiScores.containsKey(structure.measuredId(m))) {
      return p;
    }
    ScoringInput in = input(m);
    return in == null ? p : Progress.signed(in);
  }

  double gap(int m) {
    return gap.get(m);
  }

  double objectiveGap(int o) {
    return objectiveGap.get(o);
  }

  double objectiveExpected(int o) {
    return objectiveExpected.get(o);
  }

  double kpiGap(int w) {
    return kpiGap.get(w);
  }

  double okrGap(int w) {
    return okrGap.get(w);
  }

  double ownerGap(int w) {
    return ownerGap.get(w);
  }

  /**
   * The scored children of objective {@code o} as the rollup aggregated them: {scores, weights}.
   */
  double[][] scoredChildren(int o) {
    return compiled.rollup.scoredChildren(slots, compiled.rollup.objectiveSlot(o));
  }

  /** The scored KPIs of owner {@code w}: {scores, weights}. */
  double[][] scoredKpis(int w) {
    int slot = compiled.rollup.kpiScoreSlot(w);
    return slot < 0 ? new double[2][0] : compiled.rollup.scoredChildren(slots, slot);
  }

  /** The scored objectives of owner {@code w}, each of weight 1: {scores, weights}. */
  double[][] scoredObjectives(int w) {
    int slot = compiled.rollup.okrScoreSlot(w);
    return slot < 0 ? new double[2][0] : compiled.rollup.scoredChildren(slots, slot);
  }

  /** The input of measured element {@code m} as of the date; null without a value. */
  @Nullable ScoringInput input(int m) {
    return measurement.input(m, actual.get(m));
  }

  // ------------------------------------------------------------------ pace and status

  /**
   * Objective {@code o}'s gap: the weighted mean of its children's gaps (its key results' by their
   * weights, the objectives rolling into it by the policy's child weight), over the children that
   * have one; its status from theirs by the policy's {@link StatusRule}; and the progress expected
   * of it.
   */
  private void computeObjectiveGap(int o) {
    StatusRollup r = rollupA.reset();
    ImmutableIntArray krs = structure.keyResultsOf(o);
    for (int i = 0; i < krs.length(); i++) {
      int k = krs.get(i);
      r.add(gap.get(k), expected.get(k), measuredStatus(k), compiled.rollup.keyResultWeight(k));
    }
    double childWeight = policy.childObjectiveWeight();
    if (childWeight > 0) {
      ImmutableIntArray children = structure.countedChildObjectivesOf(o);
      for (int i = 0; i < children.length(); i++) {
        int c = children.get(i);
        r.add(
            objectiveGap.get(c),
            objectiveChildExpected.get(c),
            objectiveStatus.get(c),
            childWeight);
      }
    }
    objectiveGap.set(o, r.gap());
    objectiveChildExpected.set(o, r.expected());
    objectiveStatus.set(o, r.status());
    objectiveExpected.set(
        o, measurement.paceAt(compiled.objectivePace[o], compiled.objectivePeriod[o]));
  }

  /**
   * Owner {@code w}'s gaps: of its KPIs by their weights, of its objectives, and their composite;
   * and the statuses of each part and of the owner.
   */
  private void computeOwnerGap(int w) {
    int nk = structure.keyResultCount();
    StatusRollup kr = rollupA.reset();
    ImmutableIntArray kpis = structure.kpisOf(w);
    for (int i = 0; i < kpis.length(); i++) {
      int p = kpis.get(i);
      kr.add(
          gap.get(nk + p),
          expected.get(nk + p),
          measuredStatus(nk + p),
          compiled.structure.kpiWeight(p));
    }
    StatusRollup or = rollupB.reset();
    ImmutableIntArray objectives = structure.objectivesOf(w);
    for (int i = 0; i < objectives.length(); i++) {
      int o = objectives.get(i);
      or.add(objectiveGap.get(o), objectiveChildExpected.get(o), objectiveStatus.get(o), 1.0);
    }
    double kg = kr.gap();
    double og = or.gap();
    double ke = kr.expected();
    double oe = or.expected();
    kpiGap.set(w, kg);
    okrGap.set(w, og);
    kpiExpected.set(w, ke);
    okrExpected.set(w, oe);
    kpiStatus.set(w, kr.status());
    okrStatus.set(w, or.status());
    double kw = policy.compositeKpiWeight();
    double ow = policy.compositeOkrWeight();
    double g = Rollup.composite(kg, og, kw, ow);
    ownerGap.set(w, g);
    // the owner's children are the KPIs and objectives of the parts its composite counts
    StatusRollup all = kr;
    if (!(kw > 0)) {
      all = or;
    } else if (ow > 0) {
      kr.addCounts(or);
    }
    ownerStatus.set(w, all.status(g, Rollup.composite(ke, oe, kw, ow)));
  }

  /** The status code of measured element {@code m}: its gap against the tolerance. */
  double measuredStatus(int m) {
    return StatusRollup.of(policy.paceTolerance(), expected.get(m), gap.get(m));
  }

  double objectiveStatus(int o) {
    return objectiveStatus.get(o);
  }

  double kpiStatus(int w) {
    return kpiStatus.get(w);
  }

  double okrStatus(int w) {
    return okrStatus.get(w);
  }

  double ownerStatus(int w) {
    return ownerStatus.get(w);
  }

  /**
   * The forecast of measured element {@code m}, or null when there is too little to fit a trend.
   */
  @Nullable Forecast forecast(int m) {
    return Forecasts.of(
        structure.measured(m),
        m,
        plan.checkInColumns(),
        compiled.period(m),
        compiled.perInterval(m),
        compiled.strategy(m),
        asOf,
        expected.get(m));
  }
}

package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.CompiledBatch;

/**
 * A {@link ScoringPolicy} compiled for one plan's {@link PlanStructure}: each element's strategy
 * resolved and, for the built-ins, compiled into primitive parameters, and the policy's {@link
 * Rollup} program. A host that scores the same plan again and again (after every check-in, on every
 * request) compiles once and keeps the handle:
 *
 * <pre>{@code
 * CompiledPolicy scoring = policy.compile(plan);
 * Scorecard now = scoring.score(plan, today);
 * Plan later = plan.withCheckIn(checkIn);          // shares the plan's structure
 * Scorecard then = scoring.score(later, today);    // reuses everything compiled
 * }</pre>
 *
 * <p>The handle serves every plan that shares the compiled structure: the plan it was compiled for
 * and the plans derived from it by appending check-ins. Scoring any other plan (another lineage, or
 * a date before a revision, whose definitions in force have a structure of their own) compiles for
 * that call and keeps nothing, so the result is always what {@link ScoringPolicy#score} gives. The
 * handle holds a few arrays per element and nothing else: its memory goes when it goes, and neither
 * the policy nor the plan keeps anything of it.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CompiledPolicy {
  final ScoringPolicy policy;
  final PlanStructure structure;
  final Period planPeriod;

  /** Each measured element's strategy and where it was set. */
  private final ScoringPolicy.Choice[] choices;

  final Rollup rollup;

  /** Every element under its strategy, or null when a strategy cannot be compiled. */
  final @Nullable CompiledBatch scores;

  /** Every element's progress: linear achievement clamped to [0, 1], compiled. */
  final CompiledBatch progress;

  final Period[] objectivePeriod;
  final boolean[] committed;
  final Period[] kpiPeriod;

  /** Whether a KPI reports per interval (monthly in a quarter): expected in full in each report. */
  final boolean[] perInterval;

  /** The pace judging each measured element, resolved for its period and target. */
  final Pace[] measuredPace;

  /** The pace judging each objective, resolved for its period. */
  final Pace[] objectivePace;

  private CompiledPolicy(ScoringPolicy policy, Plan plan) {
    this.policy = policy;
    this.structure = plan.structure();
    this.planPeriod = plan.period();
    PlanStructure s = structure;
    int nk = s.keyResultCount();
    int nm = s.measuredCount();
    choices = choices(policy, plan);
    rollup = Rollup.compile(s, policy);
    // one pass over the measured elements, each read once, compiles both batches and the columns
    CompiledBatch.Builder scoreBatch = CompiledBatch.builderChecked(nm);
    CompiledBatch.Builder progressBatch = CompiledBatch.builderChecked(nm);
    ScoringStrategy linear = Strategies.linear();
    int np = s.kpiCount();
    kpiPeriod = new Period[np];
    perInterval = new boolean[np];
    for (int m = 0; m < nm; m++) {
      MeasuredElement e = s.measured(m);
      Measure measure = e.measure();
      Target target = e.target();
      scoreBatch.add(choices[m].strategy, measure, target);
      progressBatch.add(linear, measure, target);
      if (m >= nk) {
        Kpi k = (Kpi) e;
        int p = m - nk;
        kpiPeriod[p] = k.period().orElse(planPeriod);
        perInterval[p] = 2L * k.frequency().minimumDays() <= kpiPeriod[p].lengthInDays();
      }
    }
    CompiledBatch batch = scoreBatch.build();
    scores = batch.isCompiled() ? batch : null;
    progress = progressBatch.build();
    int no = s.objectiveCount();
    objectivePeriod = new Period[no];
    committed = new boolean[no];
    for (int o = 0; o < no; o++) {
      Objective objective = s.objective(o);
      objectivePeriod[o] = objective.period().orElse(planPeriod);
      committed[o] = objective.kind() == ObjectiveKind.COMMITTED;
    }
    measuredPace = new Pace[nm];
    for (int m = 0; m < nm; m++) {
      MeasuredElement e = s.measured(m);
      measuredPace[m] = PaceFit.resolve(policy, e.id(), period(m), Optional.of(e.target()));
    }
    objectivePace = new Pace[no];
    for (int o = 0; o < no; o++) {
      objectivePace[o] =
          PaceFit.resolve(policy, s.objectiveId(o), objectivePeriod[o], Optional.empty());
    }
    assert nk + np == nm;
  }

  /** Compiles {@code policy} for {@code plan}; the policy must fit the plan. */
  static CompiledPolicy of(ScoringPolicy policy, Plan plan) {
    return new CompiledPolicy(policy, plan);
  }

  private static ScoringPolicy.Choice[] choices(ScoringPolicy policy, Plan plan) {
    PlanStructure s = plan.structure();
    int nk = s.keyResultCount();
    ScoringPolicy.Choice[] choices = new ScoringPolicy.Choice[s.measuredCount()];
    boolean overrides =
        !policy.elementStrategies().isEmpty()
            || !policy.tagStrategies().isEmpty()
            || !policy.levelStrategies().isEmpty();
    ScoringPolicy.Choice kr =
        new ScoringPolicy.Choice(policy.keyResultStrategy(), Rule.Source.KEY_RESULT_DEFAULT, "");
    ScoringPolicy.Choice kpi =
        new ScoringPolicy.Choice(policy.kpiStrategy(), Rule.Source.KPI_DEFAULT, "");
    for (int m = 0; m < choices.length; m++) {
      choices[m] = overrides ? policy.resolve(plan, s.measured(m)) : m < nk ? kr : kpi;
    }
    return choices;
  }

  /** The policy compiled. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The structure the policy was compiled for. */
  public PlanStructure structure() {
    return structure;
  }

  /** The policy's rollup program over the structure, with the measured elements as its leaves. */
  public Rollup rollup() {
    return rollup;
  }

  /** The strategy that scores measured element {@code m}, as the policy's rules resolve it. */
  public ScoringStrategy strategy(int m) {
    return choices[m].strategy;
  }

  ScoringPolicy.Choice choice(int m) {
    return choices[m];
  }

  /**
   * Scores {@code plan} as of the end of {@code asOf}: the same scorecard as {@link
   * ScoringPolicy#score}, from what this handle compiled when the plan's definitions in force share
   * its structure.
   *
   * @throws PolicyException if the policy names ids or tags the plan does not have
   * @throws IllegalStateException if a host strategy or aggregation breaks its contract, naming it
   */
  public Scorecard score(Plan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    Plan inForce = plan.asOf(asOf);
    CompiledPolicy compiled = this;
    if (inForce.structure() != structure) {
      policy.checkFits(plan);
      compiled = new CompiledPolicy(policy, inForce);
    }
    return new Scorecard(new Engine(compiled, plan, asOf, Map.of()));
  }

  /**
   * The progress the policy expects of a key result or KPI by the end of {@code date}, from 0 to 1:
   * in full for a KPI that reports more than once in its period (it is expected to meet its target
   * in each report), else the element's pace ({@link ScoringPolicy#paceFor}, resolved for the
   * element) at the share of the element's period elapsed (its objective's period for a key result,
   * its own for a KPI, else the plan's). What a scorecard's status compares progress with, here for
   * any day: a chart's expected-pace line.
   *
   * @throws org.okrkit.core.UnknownIdException if no key result or KPI of the plan has the id
   */
  public double expectedProgress(String id, LocalDate date) {
    int m = structure.indexOfMeasured(requireNonNull(id, "id"));
    if (m < 0) {
      throw new org.okrkit.core.UnknownIdException(id, "key result or KPI");
    }
    if (perInterval(m)) {
      return 1.0;
    }
    return Math.max(0, Math.min(1, measuredPace[m].expected(period(m).fractionElapsed(date))));
  }

  /**
   * The progress the policy expects of measured element {@code m} (in the order of {@link
   * PlanStructure#measured}) when the share {@code elapsed} of its period has passed, from 0 to 1:
   * {@link #expectedProgress(String, LocalDate)} by share rather than by date, for a simulation
   * that judges a status part way through a period.
   *
   * @param elapsed the share of the element's period elapsed, from 0 to 1
   * @throws IndexOutOfBoundsException if {@code m} is not a measured element of the structure
   * @throws IllegalArgumentException if {@code elapsed} lies outside [0, 1]
   */
  public double expectedProgress(int m, double elapsed) {
    java.util.Objects.checkIndex(m, measuredPace.length);
    if (!(elapsed >= 0 && elapsed <= 1)) {
      throw new IllegalArgumentException(
          "the share of a period elapsed lies from 0 to 1, got "
              + org.okrkit.core.Numbers.plain(elapsed));
    }
    if (perInterval(m)) {
      return 1.0;
    }
    return Math.max(0, Math.min(1, measuredPace[m].expected(elapsed)));
  }

  /**
   * Whether measured element {@code m} is a KPI that reports more than once in its period (monthly
   * in a quarter): each report is a whole interval's value, expected in full whatever the date.
   *
   * @throws IndexOutOfBoundsException if {@code m} is not a measured element of the structure
   */
  public boolean reportsPerInterval(int m) {
    java.util.Objects.checkIndex(m, measuredPace.length);
    return perInterval(m);
  }

  /** The compiled form of the plan's definitions in force on {@code asOf}: this one when shared. */
  CompiledPolicy forDate(Plan plan, LocalDate asOf) {
    Plan inForce = plan.asOf(asOf);
    return inForce.structure() == structure ? this : new CompiledPolicy(policy, inForce);
  }

  /**
   * The period of measured element {@code m}: its objective's for a key result, its own for a KPI.
   */
  Period period(int m) {
    int nk = structure.keyResultCount();
    return m < nk ? objectivePeriod[structure.keyResultObjective(m)] : kpiPeriod[m - nk];
  }

  /** Whether measured element {@code m} is a KPI reported per interval. */
  boolean perInterval(int m) {
    int nk = structure.keyResultCount();
    return m >= nk && perInterval[m - nk];
  }

  /** {@code CompiledPolicy[PlanStructure[...] under ScoringPolicy{...}]}. */
  @Override
  public String toString() {
    return "CompiledPolicy[" + structure + " under " + policy + "]";
  }
}

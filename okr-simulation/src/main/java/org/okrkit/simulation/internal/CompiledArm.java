package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Measure;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.BatchScorer;
import org.okrkit.scoring.CompiledPolicy;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.Rollup;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Noise;

/**
 * One arm's policy compiled over a population: the element strategies as one {@link BatchScorer} in
 * the population's order, and the policy's {@link Rollup} program (the scorecard's own) with the
 * population's elements as its leaves, from element scores to each person's composite.
 */
final class CompiledArm {
  /** The expected-score grid: μ from MU_MIN in steps of 1 / MU_STEPS, MU_POINTS points. */
  static final double MU_MIN = -1.0;

  static final int MU_STEPS = 32;
  static final int MU_POINTS = 5 * MU_STEPS + 1;

  /** Noise quantiles averaged over for an expected score. */
  static final int NOISE_NODES = 32;

  final Arm arm;

  /** The arm's position in the spec. */
  final int index;

  final BatchScorer batch;
  final ScoringStrategy[] strategy;
  final double maxScore;
  final Rollup rollup;
  final int slots;

  /** Each person's composite slot; -1 for a person the policy leaves unscored. */
  final int[] personSlot;

  final int unscored;

  /** Per element: its weight in its person's composite (see AgentRule). */
  final double[] omega;

  /** Per element: whether its score jumps at the target; null unless bunching is simulated. */
  private final boolean @Nullable [] jump;

  /** Per element: its expected-score table; null unless a rule needs expectations. */
  private final double @Nullable [][] expected;

  /**
   * Per element: the progress the policy expects at the spec's status date; null unless the spec
   * sets one.
   */
  final double @Nullable [] expectedAtStatus;

  /**
   * Per element: the share of its outcome made by the status date (the status date's share of the
   * period, or 1 for a KPI reporting per interval); null unless the spec sets one.
   */
  final double @Nullable [] madeAtStatus;

  /** The policy's pace tolerance, which judges status. */
  final PaceTolerance tolerance;

  CompiledArm(
      Arm arm,
      int index,
      CompiledPopulation pop,
      Noise noise,
      boolean needJumps,
      boolean needExpected,
      OptionalDouble statusAt) {
    this.arm = arm;
    this.index = index;
    ScoringPolicy policy = arm.policy();
    Plan plan = pop.plan;
    CompiledPolicy compiled = policy.compile(plan);
    strategy = new ScoringStrategy[pop.elements];
    List<ScoringStrategy> strategies = new ArrayList<>(pop.elements);
    double max = 0;
    for (int e = 0; e < pop.elements; e++) {
      strategy[e] = compiled.strategy(pop.measuredOf[e]);
      strategies.add(strategy[e]);
      max = Math.max(max, strategy[e].maxScore());
    }
    maxScore = max > 0 ? max : 1.0;
    // built from the elements, a host strategy's errors name the element that failed
    batch = BatchScorer.of(strategies, Arrays.asList(pop.element).subList(0, pop.elements));
    rollup = Rollup.compile(plan.structure(), policy, pop.leafOfMeasured, pop.elements);
    slots = rollup.slotCount();

    // a person is unscored when their composite is NaN whatever the scores: find out once
    double[] probe = new double[slots];
    Arrays.fill(probe, 0, pop.elements, 0.5);
    rollup.evaluator().evaluate(probe);
    personSlot = new int[pop.people];
    int none = 0;
    for (int i = 0; i < pop.people; i++) {
      int composite = rollup.compositeSlot(pop.personOwner[i]);
      boolean scored = !Double.isNaN(probe[composite]);
      personSlot[i] = scored ? composite : -1;
      none += scored ? 0 : 1;
    }
    unscored = none;
    omega = personalWeights(pop);
    jump = needJumps ? jumps(pop) : null;
    expected = needExpected ? expectedScores(pop, noise) : null;
    tolerance = policy.paceTolerance();
    if (statusAt.isPresent()) {
      double t = statusAt.getAsDouble();
      expectedAtStatus = new double[pop.elements];
      madeAtStatus = new double[pop.elements];
      for (int e = 0; e < pop.elements; e++) {
        int m = pop.measuredOf[e];
        expectedAtStatus[e] = compiled.expectedProgress(m, t);
        madeAtStatus[e] = compiled.reportsPerInterval(m) ? 1.0 : t;
      }
    } else {
      expectedAtStatus = null;
      madeAtStatus = null;
    }
  }

  /**
   * Each element's weight in its own person's composite: the product of weight shares along every
   * path from the composite down to it, every aggregation taken as a weighted mean.
   */
  private double[] personalWeights(CompiledPopulation pop) {
    double[] w = new double[pop.elements];
    for (int i = 0; i < pop.people; i++) {
      if (personSlot[i] < 0) {
        continue;
      }
      int person = i;
      rollup.leafShares(
          personSlot[i],
          (leaf, share) -> {
            if (pop.elementPerson[leaf] == person) {
              w[leaf] += share;
            }
          });
    }
    return w;
  }

  /**
   * Per element: whether its score jumps at the target.
   *
   * @throws IllegalStateException if the arm was compiled for a simulation without bunching
   */
  boolean[] jumps() {
    if (jump == null) {
      throw new IllegalStateException("arm " + index + " was compiled without bunching");
    }
    return jump;
  }

  /**
   * Element {@code e}'s expected-score table; elements alike share one.
   *
   * @throws IllegalStateException if the arm was compiled for a simulation whose rules need no
   *     expectations
   */
  double[] expectedTable(int e) {
    if (expected == null) {
      throw new IllegalStateException("arm " + index + " was compiled without expected scores");
    }
    return expected[e];
  }

  /** Linear interpolation in element {@code e}'s expected-score table, flat beyond the grid. */
  double expectedScore(int e, double mu) {
    double[] t = expectedTable(e);
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
      if (!(o instanceof Shape s)) {
        return false;
      }

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
                BatchScorer.of(
                        s.strategy,
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
}

package org.okrkit.scoring.internal;

import static org.okrkit.core.Numbers.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;

/**
 * Many elements, each with its own strategy, measure and target, compiled once into primitive
 * arrays and scored in tight loops: the engine behind {@link org.okrkit.scoring.BatchScorer} and
 * the simulation's evaluation path.
 *
 * <p>Each element becomes an operation of its strategy's kernel with up to three parameters.
 * Consecutive elements with the same kernel and operation form a <em>run</em>, scored by one loop
 * with no allocation; a batch whose elements share a strategy and a target shape is a single run.
 * Elements of host strategies are scored one by one through a {@link ScoringInput} kept per element,
 * which allocates one input per element and call, and are checked against the strategy contract.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class CompiledBatch {
  private final int size;
  private final double[] p0;
  private final double[] p1;
  private final double[] p2;
  /** Run r covers elements runStart[r] to runStart[r + 1]. */
  private final int[] runStart;
  private final int[] runOp;
  private final Kernels.@Nullable Kernel[] runKernel;
  /** Host elements: their strategy and an input to vary; null for compiled elements. */
  private final @Nullable ScoringStrategy[] hostStrategy;
  private final @Nullable ScoringInput[] hostInput;
  /** Elements whose target is MILESTONES, whose actual value must lie from 0 to 1. */
  private final int[] milestoneElements;
  private final boolean compiled;

  private CompiledBatch(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets, boolean trusted) {
    size = strategies.size();
    if (measures.size() != size || targets.size() != size) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.US, 
              "a batch needs one measure and one target per element: got %d strategies, %d measures"
                  + " and %d targets",
              size, measures.size(), targets.size()));
    }
    p0 = new double[size];
    p1 = new double[size];
    p2 = new double[size];
    hostStrategy = new ScoringStrategy[size];
    hostInput = new ScoringInput[size];
    Map<ScoringStrategy, Kernels.@Nullable Kernel> kernels = new HashMap<>();
    int[] starts = new int[16];
    int[] ops = new int[16];
    List<Kernels.@Nullable Kernel> runKernels = new ArrayList<>();
    int runs = 0;
    int[] milestones = new int[4];
    int milestoneCount = 0;
    ScoringStrategy previousStrategy = null;
    boolean allCompiled = true;
    double[] p = new double[3];
    Kernels.@Nullable Kernel previousKernel = null;
    int previousOp = -1;
    ScoringStrategy previousHost = null;
    for (int i = 0; i < size; i++) {
      ScoringStrategy strategy = requireNonNull(strategies.get(i), "strategies", i);
      Measure measure = requireNonNull(measures.get(i), "measures", i);
      Target target = requireNonNull(targets.get(i), "targets", i);
      if (!trusted) {
        List<String> problems = target.problems(measure.direction());
        if (!problems.isEmpty()) {
          throw new IllegalArgumentException(
              "targets[" + i + "] (" + target.describe() + ") is invalid for its "
                  + measure.direction() + " measure: " + String.join("; ", problems));
        }
      }
      if (target.kind() == Target.Kind.MILESTONES) {
        if (milestoneCount == milestones.length) {
          milestones = java.util.Arrays.copyOf(milestones, milestoneCount * 2);
        }
        milestones[milestoneCount++] = i;
      }
      // neighbours mostly share a strategy: look it up only when it changes
      Kernels.Kernel kernel =
          strategy == previousStrategy ? previousKernel : kernels.computeIfAbsent(strategy, Kernels::of);
      previousStrategy = strategy;
      int op;
      if (kernel == null) {
        allCompiled = false;
        op = Kernels.HOST;
        hostStrategy[i] = strategy;
        hostInput[i] = ScoringInput.of(measure, target, target.kind() == Target.Kind.MILESTONES ? 0 : 1);
      } else {
        p[0] = Double.NaN;
        p[1] = Double.NaN;
        p[2] = Double.NaN;
        op = kernel.compile(measure, target, p);
        p0[i] = p[0];
        p1[i] = p[1];
        p2[i] = p[2];
      }
      boolean sameRun =
          i > 0
              && op == previousOp
              && kernel == previousKernel
              && (kernel != null || strategy == previousHost);
      if (!sameRun) {
        if (runs + 1 >= starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          ops = java.util.Arrays.copyOf(ops, ops.length * 2);
        }
        starts[runs] = i;
        ops[runs++] = op;
        runKernels.add(kernel);
      }
      previousKernel = kernel;
      previousOp = op;
      previousHost = kernel == null ? strategy : null;
    }
    starts[runs] = size;
    runStart = java.util.Arrays.copyOf(starts, runs + 1);
    runOp = java.util.Arrays.copyOf(ops, runs);
    runKernel = runKernels.toArray(new Kernels.Kernel[0]);
    milestoneElements = java.util.Arrays.copyOf(milestones, milestoneCount);
    compiled = allCompiled;
  }

  private static <T> T requireNonNull(@Nullable T value, String list, int index) {
    if (value == null) {
      throw new NullPointerException(list + "[" + index + "] is null");
    }
    return value;
  }

  /**
   * Compiles one element per index: {@code strategies.get(i)} scores {@code measures.get(i)} against
   * {@code targets.get(i)}.
   *
   * @throws IllegalArgumentException if the lists differ in size or a target is invalid for its
   *     measure, naming its index and problems
   */
  public static CompiledBatch compile(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    return new CompiledBatch(strategies, measures, targets, false);
  }

  /**
   * {@link #compile} for elements of a valid plan, whose targets were checked against their
   * measures when the plan was built.
   */
  public static CompiledBatch compileChecked(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    return new CompiledBatch(strategies, measures, targets, true);
  }

  /** How many elements the batch scores. */
  public int size() {
    return size;
  }

  /** Whether every element is scored by a compiled built-in, with no allocation. */
  public boolean isCompiled() {
    return compiled;
  }

  /** How many runs of elements sharing one loop the batch has. */
  public int runs() {
    return runOp.length;
  }

  /**
   * Checks {@code actuals} and scores them into {@code scores}: {@code scores[i]} is the score of
   * {@code actuals[i]} for element {@code i}.
   *
   * @throws IllegalArgumentException if an array is shorter than {@link #size()}, an actual value is
   *     not finite, or a milestone element's actual value lies outside [0, 1]; naming the index.
   *     Nothing is written then.
   * @throws IllegalStateException if a host strategy breaks its contract, naming it and the index
   */
  public void score(double[] actuals, double[] scores) {
    check(actuals, scores);
    scoreUnchecked(actuals, scores);
  }

  /**
   * Scores without checking the actual values: for callers that produce them and know them to be
   * finite, and from 0 to 1 for milestone elements. An unchecked non-finite value gives an
   * unspecified score.
   */
  public void scoreUnchecked(double[] actuals, double[] scores) {
    int[] start = runStart;
    for (int r = 0; r < runOp.length; r++) {
      Kernels.Kernel k = runKernel[r];
      if (k != null) {
        k.run(runOp[r], start[r], start[r + 1], actuals, scores, p0, p1, p2);
      } else {
        scoreHost(start[r], start[r + 1], actuals, scores);
      }
    }
  }

  private void scoreHost(int from, int to, double[] actuals, double[] scores) {
    for (int i = from; i < to; i++) {
      ScoringStrategy strategy = hostStrategy[i];
      ScoringInput input = hostInput[i].withActual(actuals[i]);
      double s = strategy.score(input);
      if (!(s >= 0 && s <= strategy.maxScore())) {
        throw new IllegalStateException(
            "strategy " + strategy + " scored " + plain(s) + " for element " + i + " (actual "
                + plain(actuals[i]) + "); a strategy must return a finite score from 0 to its"
                + " maxScore " + plain(strategy.maxScore()));
      }
      scores[i] = s;
    }
  }

  private void check(double[] actuals, double[] scores) {
    if (actuals.length < size || scores.length < size) {
      throw new IllegalArgumentException(
          String.format(java.util.Locale.US, 
              "a batch of %d elements needs at least %d actual values and %d score slots, got %d and %d",
              size, size, size, actuals.length, scores.length));
    }
    // an or-reduction over the exponent bits vectorises; the slow search runs only on failure
    long bad = 0;
    for (int i = 0; i < size; i++) {
      bad |= (~Double.doubleToRawLongBits(actuals[i]) & EXPONENT) - 1;
    }
    if (bad < 0) {
      for (int i = 0; i < size; i++) {
        if (!Double.isFinite(actuals[i])) {
          throw new IllegalArgumentException(
              "actuals[" + i + "] = " + actuals[i] + " is not a finite number");
        }
      }
    }
    for (int i : milestoneElements) {
      double a = actuals[i];
      if (!(a >= 0 && a <= 1)) {
        throw new IllegalArgumentException(
            "actuals[" + i + "] = " + plain(a) + " is the share of milestones done of a MILESTONES"
                + " target and must lie from 0 to 1");
      }
    }
  }

  private static final long EXPONENT = 0x7ff0000000000000L;
}

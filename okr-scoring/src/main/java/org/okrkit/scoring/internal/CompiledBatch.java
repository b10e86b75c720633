package org.okrkit.scoring.internal;

import static org.okrkit.core.Numbers.plain;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
 * Elements of host strategies are scored one by one through a {@link ScoringInput} kept per
 * element, which allocates one input per element and call, and are checked against the strategy
 * contract.
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
  /** Host elements: empty when every element is compiled. */
  private final @Nullable ScoringStrategy[] hostStrategy;

  private final @Nullable ScoringInput[] hostInput;

  /** Elements whose target is MILESTONES, whose actual value must lie from 0 to 1. */
  private final int[] milestoneElements;

  private final boolean compiled;

  private CompiledBatch(Builder b) {
    size = b.size;
    // a builder is used once: its arrays are taken as they are when the hint was exact
    p0 = exact(b.p0, size);
    p1 = exact(b.p1, size);
    p2 = exact(b.p2, size);
    hostStrategy =
        b.allCompiled ? new ScoringStrategy[0] : java.util.Arrays.copyOf(b.hostStrategy, size);
    hostInput = b.allCompiled ? new ScoringInput[0] : java.util.Arrays.copyOf(b.hostInput, size);
    int runs = b.runs;
    runStart = java.util.Arrays.copyOf(b.starts, runs + 1);
    runStart[runs] = size;
    runOp = java.util.Arrays.copyOf(b.ops, runs);
    runKernel = java.util.Arrays.copyOf(b.kernels, runs);
    milestoneElements = java.util.Arrays.copyOf(b.milestones, b.milestoneCount);
    compiled = b.allCompiled;
  }

  private static double[] exact(double[] values, int size) {
    return values.length == size ? values : java.util.Arrays.copyOf(values, size);
  }

  /**
   * Compiles a batch one element at a time, for a caller that reads each element once and compiles
   * several batches from it in one pass. Not thread-safe; {@link #build} may be called once.
   */
  public static final class Builder {
    private final boolean trusted;
    private int size;
    private double[] p0;
    private double[] p1;
    private double[] p2;
    private @Nullable ScoringStrategy[] hostStrategy;
    private @Nullable ScoringInput[] hostInput;
    private final Map<ScoringStrategy, Kernels.@Nullable Kernel> kernelOf = new HashMap<>();
    private int[] starts = new int[16];
    private int[] ops = new int[16];
    private Kernels.@Nullable Kernel[] kernels = new Kernels.Kernel[16];
    private int runs;
    private int[] milestones = new int[4];
    private int milestoneCount;
    private boolean allCompiled = true;
    private final double[] p = new double[3];
    private @Nullable ScoringStrategy previousStrategy;
    private Kernels.@Nullable Kernel previousKernel;
    private int previousOp = -1;
    private @Nullable ScoringStrategy previousHost;

    private Builder(int expected, boolean trusted) {
      this.trusted = trusted;
      int capacity = Math.max(expected, 1);
      p0 = new double[capacity];
      p1 = new double[capacity];
      p2 = new double[capacity];
      hostStrategy = new ScoringStrategy[0];
      hostInput = new ScoringInput[0];
    }

    /** Adds the next element: {@code strategy} scoring {@code measure} against {@code target}. */
    @CanIgnoreReturnValue
    public Builder add(ScoringStrategy strategy, Measure measure, Target target) {
      return add(strategy, measure, target, null);
    }

    /**
     * Adds the next element, named {@code id} (null when it has none): a host strategy's input
     * carries the id, so that its errors name the element; compiled elements do not keep it.
     */
    @CanIgnoreReturnValue
    public Builder add(
        ScoringStrategy strategy, Measure measure, Target target, @Nullable String id) {
      int i = size;
      requireNonNull(strategy, "strategies", i);
      requireNonNull(measure, "measures", i);
      requireNonNull(target, "targets", i);
      if (!trusted) {
        List<String> problems = target.problems(measure.direction());
        if (!problems.isEmpty()) {
          throw new IllegalArgumentException(
              "targets["
                  + i
                  + "] ("
                  + target.describe()
                  + ") is invalid for its "
                  + measure.direction()
                  + " measure: "
                  + String.join("; ", problems));
        }
      }
      if (i == p0.length) {
        int capacity = i * 2;
        p0 = java.util.Arrays.copyOf(p0, capacity);
        p1 = java.util.Arrays.copyOf(p1, capacity);
        p2 = java.util.Arrays.copyOf(p2, capacity);
      }
      boolean milestone = target.kind() == Target.Kind.MILESTONES;
      if (milestone) {
        if (milestoneCount == milestones.length) {
          milestones = java.util.Arrays.copyOf(milestones, milestoneCount * 2);
        }
        milestones[milestoneCount++] = i;
      }
      // neighbours mostly share a strategy: look it up only when it changes
      Kernels.@Nullable Kernel kernel =
          strategy == previousStrategy
              ? previousKernel
              : kernelOf.computeIfAbsent(strategy, Kernels::of);
      previousStrategy = strategy;
      int op;
      if (kernel == null) {
        allCompiled = false;
        op = Kernels.HOST;
        if (i >= hostStrategy.length) {
          // host elements are rare: their arrays are made when the first one comes
          hostStrategy = java.util.Arrays.copyOf(hostStrategy, p0.length);
          hostInput = java.util.Arrays.copyOf(hostInput, p0.length);
        }
        hostStrategy[i] = strategy;
        ScoringInput input = ScoringInput.of(measure, target, milestone ? 0 : 1);
        hostInput[i] = id == null ? input : input.withElement(id);
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
          int capacity = starts.length * 2;
          starts = java.util.Arrays.copyOf(starts, capacity);
          ops = java.util.Arrays.copyOf(ops, capacity);
          kernels = java.util.Arrays.copyOf(kernels, capacity);
        }
        starts[runs] = i;
        ops[runs] = op;
        kernels[runs++] = kernel;
      }
      previousKernel = kernel;
      previousOp = op;
      previousHost = kernel == null ? strategy : null;
      size++;
      return this;
    }

    /** The batch of the elements added. */
    public CompiledBatch build() {
      return new CompiledBatch(this);
    }
  }

  /**
   * A builder for {@code expected} elements (a hint) of a valid plan, whose targets were checked
   * against their measures when the plan was built.
   */
  public static Builder builderChecked(int expected) {
    return new Builder(expected, true);
  }

  @CanIgnoreReturnValue
  private static <T> T requireNonNull(@Nullable T value, String list, int index) {
    if (value == null) {
      throw new NullPointerException(list + "[" + index + "] is null");
    }
    return value;
  }

  /**
   * Compiles one element per index: {@code strategies.get(i)} scores {@code measures.get(i)}
   * against {@code targets.get(i)}.
   *
   * @throws IllegalArgumentException if the lists differ in size or a target is invalid for its
   *     measure, naming its index and problems
   */
  public static CompiledBatch compile(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    return compile(strategies, measures, targets, null, false);
  }

  /**
   * {@link #compile} for elements with ids: {@code ids.get(i)} names element {@code i} in the
   * errors of a host strategy.
   *
   * @throws IllegalArgumentException if the lists differ in size or a target is invalid for its
   *     measure, naming its index and problems
   */
  public static CompiledBatch compile(
      List<ScoringStrategy> strategies,
      List<Measure> measures,
      List<Target> targets,
      List<String> ids) {
    return compile(strategies, measures, targets, ids, false);
  }

  /**
   * {@link #compile} for elements of a valid plan, whose targets were checked against their
   * measures when the plan was built.
   */
  public static CompiledBatch compileChecked(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    return compile(strategies, measures, targets, null, true);
  }

  private static CompiledBatch compile(
      List<ScoringStrategy> strategies,
      List<Measure> measures,
      List<Target> targets,
      @Nullable List<String> ids,
      boolean trusted) {
    int size = strategies.size();
    if (measures.size() != size || targets.size() != size) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.US,
              "a batch needs one measure and one target per element: got %d strategies, %d measures"
                  + " and %d targets",
              size,
              measures.size(),
              targets.size()));
    }
    if (ids != null && ids.size() != size) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.US,
              "a batch needs one id per element: got %d elements and %d ids",
              size,
              ids.size()));
    }
    Builder builder = new Builder(size, trusted);
    for (int i = 0; i < size; i++) {
      builder.add(
          strategies.get(i), measures.get(i), targets.get(i), ids == null ? null : ids.get(i));
    }
    return builder.build();
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
   * @throws IllegalArgumentException if an array is shorter than {@link #size()}, an actual value
   *     is not finite, or a milestone element's actual value lies outside [0, 1]; naming the index.
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
            "strategy "
                + strategy
                + " scored "
                + plain(s)
                + " for element "
                + i
                + input.elementId().map(id -> " '" + id + "'").orElse("")
                + " (actual "
                + plain(actuals[i])
                + "); a strategy must return a finite score from 0 to its"
                + " maxScore "
                + plain(strategy.maxScore()));
      }
      scores[i] = s;
    }
  }

  private void check(double[] actuals, double[] scores) {
    if (actuals.length < size || scores.length < size) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.US,
              "a batch of %d elements needs at least %d actual values and %d score slots, got %d and %d",
              size,
              size,
              size,
              actuals.length,
              scores.length));
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
            "actuals["
                + i
                + "] = "
                + plain(a)
                + " is the share of milestones done of a MILESTONES"
                + " target and must lie from 0 to 1");
      }
    }
  }

  private static final long EXPONENT = 0x7ff0000000000000L;
}

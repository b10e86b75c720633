package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Target;
import org.okrkit.scoring.internal.CompiledBatch;

/**
 * Columnar scoring: one {@link ScoringStrategy} over many elements, actual values in a {@code
 * double[]}, scores out in another. For hosts that re-score whole organisations on every check-in,
 * and for Monte Carlo work.
 *
 * <pre>{@code
 * BatchScorer scorer = BatchScorer.of(Strategies.linear(), plan.keyResults());
 * double[] scores = new double[scorer.size()];
 * scorer.score(actuals, scores);   // scores[i] is the score of actuals[i] for key result i
 * }</pre>
 *
 * <p>The scorer is built once: each element's target is checked and, for the built-in strategies,
 * compiled into primitive parameters. {@link #score} then runs tight loops over primitive arrays
 * with no allocation per element, and gives scores bit-identical to the strategy's own {@link
 * ScoringStrategy#score}. A host strategy cannot be compiled: it is called once per element through
 * a {@link ScoringInput} (one allocation per element and call), and its scores are checked against
 * the strategy contract; built from a plan's elements, that input names the element ({@link
 * ScoringInput#elementId}), so the strategy's errors can say which one failed.
 *
 * <p>A scorer is immutable and safe to share between threads; concurrent calls need their own
 * arrays.
 */
public final class BatchScorer {
  private final List<ScoringStrategy> strategies;
  private final CompiledBatch batch;

  private BatchScorer(
      List<ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    this.strategies = strategies;
    this.batch = CompiledBatch.compile(strategies, measures, targets);
  }

  private BatchScorer(
      List<ScoringStrategy> strategies,
      List<Measure> measures,
      List<Target> targets,
      List<String> ids) {
    this.strategies = strategies;
    this.batch = CompiledBatch.compile(strategies, measures, targets, ids);
  }

  /**
   * A scorer for key results and KPIs, in the order given: element {@code i} reads {@code
   * actuals[i]} and writes {@code scores[i]}.
   *
   * @throws IllegalArgumentException if an element's target is invalid for its measure (possible
   *     only for elements not taken from a plan), naming its index
   */
  public static BatchScorer of(ScoringStrategy strategy, List<? extends MeasuredElement> elements) {
    requireNonNull(strategy, "strategy");
    List<Measure> measures = new ArrayList<>(elements.size());
    List<Target> targets = new ArrayList<>(elements.size());
    List<String> ids = new ArrayList<>(elements.size());
    for (MeasuredElement e : elements) {
      measures.add(e.measure());
      targets.add(e.target());
      ids.add(e.id());
    }
    return new BatchScorer(Collections.nCopies(measures.size(), strategy), measures, targets, ids);
  }

  /**
   * A scorer for key results and KPIs, each with a strategy of its own: element {@code i} is {@code
   * elements.get(i)}, scored by {@code strategies.get(i)}. A host strategy's errors name the
   * element by its id.
   *
   * @throws IllegalArgumentException if the lists differ in size or an element's target is invalid
   *     for its measure (possible only for elements not taken from a plan), naming its index
   */
  public static BatchScorer of(
      List<? extends ScoringStrategy> strategies, List<? extends MeasuredElement> elements) {
    List<Measure> measures = new ArrayList<>(elements.size());
    List<Target> targets = new ArrayList<>(elements.size());
    List<String> ids = new ArrayList<>(elements.size());
    for (MeasuredElement e : elements) {
      measures.add(e.measure());
      targets.add(e.target());
      ids.add(e.id());
    }
    return new BatchScorer(List.copyOf(strategies), measures, targets, ids);
  }

  /**
   * A scorer for pairs of measure and target: element {@code i} is {@code measures.get(i)} with
   * {@code targets.get(i)}.
   *
   * @throws IllegalArgumentException if the lists differ in size or a target is invalid for its
   *     measure, naming its index and problems
   */
  public static BatchScorer of(
      ScoringStrategy strategy, List<Measure> measures, List<Target> targets) {
    requireNonNull(strategy, "strategy");
    return new BatchScorer(Collections.nCopies(measures.size(), strategy), measures, targets);
  }

  /**
   * A scorer in which each element has a strategy of its own: element {@code i} is {@code
   * measures.get(i)} with {@code targets.get(i)}, scored by {@code strategies.get(i)}. Consecutive
   * elements of one built-in strategy and one target shape run in one loop, so order the elements
   * by strategy where you can (a policy's key results, then its KPIs).
   *
   * @throws IllegalArgumentException if the lists differ in size or a target is invalid for its
   *     measure, naming its index and problems
   */
  public static BatchScorer of(
      List<? extends ScoringStrategy> strategies, List<Measure> measures, List<Target> targets) {
    return new BatchScorer(List.copyOf(strategies), measures, targets);
  }

  /**
   * The strategy applied to every element.
   *
   * @throws IllegalStateException if the elements have strategies of their own that differ
   */
  public ScoringStrategy strategy() {
    ScoringStrategy first = strategies.isEmpty() ? Strategies.linear() : strategies.get(0);
    for (ScoringStrategy s : strategies) {
      if (!s.equals(first)) {
        throw new IllegalStateException(
            "the elements of " + this + " have strategies of their own");
      }
    }
    return first;
  }

  /** The strategy that scores element {@code i}. */
  public ScoringStrategy strategy(int i) {
    return strategies.get(i);
  }

  /** How many elements the scorer scores. */
  public int size() {
    return batch.size();
  }

  /**
   * Whether the strategy is a compiled built-in, scored with no allocation; false for a host
   * strategy, scored element by element.
   */
  public boolean isCompiled() {
    return batch.isCompiled();
  }

  /**
   * Scores {@code actuals[0..size)} into {@code scores[0..size)}. Longer arrays are allowed; the
   * rest is neither read nor written. For a {@code MILESTONES} target the actual value is the
   * weighted share of milestones done, from 0 to 1.
   *
   * @throws IllegalArgumentException if an array is shorter than {@link #size()}, an actual value
   *     is not finite, or a milestone share lies outside [0, 1], naming the index; {@code scores}
   *     is left untouched then
   * @throws IllegalStateException if a host strategy returns a score outside [0, maxScore], naming
   *     it and the element's index
   */
  public void score(double[] actuals, double[] scores) {
    requireNonNull(actuals, "actuals");
    requireNonNull(scores, "scores");
    batch.score(actuals, scores);
  }

  /**
   * {@code BatchScorer[linear(cap=1) over 120 elements]}, or the number of strategies when several.
   */
  @Override
  public String toString() {
    long distinct = strategies.stream().distinct().count();
    return "BatchScorer["
        + (distinct <= 1 && !strategies.isEmpty()
            ? strategies.get(0).toString()
            : distinct + " strategies")
        + " over "
        + size()
        + " elements]";
  }
}

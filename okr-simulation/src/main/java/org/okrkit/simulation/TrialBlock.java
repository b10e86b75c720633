package org.okrkit.simulation;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Arrays;

/**
 * What a run of consecutive trials of one {@link Simulation} measured, in trial order: each arm's
 * metrics per trial and each arm's score histogram summed over the trials. Made by {@link
 * Simulation#runTrials} and put together by {@link Simulation#combine}, which folds the blocks in
 * trial order exactly as {@link Simulation#run()} folds its trials, so that a run split into blocks
 * on any number of machines gives a bit-identical {@link SimulationResult}.
 *
 * <p>Immutable and serializable (primitive arrays only), so that a block can travel from the task
 * that ran it to the one that combines it (Apache Spark's {@code collect()}, a message queue …). A
 * metric an arm does not report ({@link SimulationResult}) reads 0.
 */
// the values are laid out by the metrics' declaration order, which values() documents
@SuppressWarnings("EnumOrdinal")
public final class TrialBlock extends Block {
  private static final long serialVersionUID = 1L;

  private final int bins;

  /** Metric values, arm by arm, metric by metric (in {@link Metric}'s order), trial by trial. */
  private final double[] values;

  /** Histogram counts, arm by arm, bin by bin. */
  private final long[] histogram;

  private TrialBlock(
      int firstTrial, int trials, int arms, int bins, double[] values, long[] histogram) {
    super(firstTrial, trials, arms, Metric.values().length);
    this.bins = bins;
    this.values = values;
    this.histogram = histogram;
    check();
  }

  /**
   * A block from its figures as {@link #values()} and {@link #histogram()} give them: for a block
   * that travelled as plain arrays (a Spark row, say). The arrays are copied.
   *
   * @throws IllegalArgumentException if the sizes do not fit together
   */
  public static TrialBlock of(
      int firstTrial, int trials, int arms, int bins, double[] values, long[] histogram) {
    return new TrialBlock(firstTrial, trials, arms, bins, values.clone(), histogram.clone());
  }

  @Override
  void check() {
    if (firstTrial < 0 || trials < 1 || arms < 1 || bins < 1 || metrics != Metric.values().length) {
      throw new IllegalArgumentException(
          "a trial block needs a first trial of 0 or more and at least one trial, arm and bin, and "
              + Metric.values().length
              + " metrics; got first trial "
              + firstTrial
              + ", "
              + trials
              + " trials, "
              + arms
              + " arms, "
              + metrics
              + " metrics, "
              + bins
              + " bins");
    }
    if (values.length != (long) arms * metrics * trials || histogram.length != (long) arms * bins) {
      throw new IllegalArgumentException(
          "a trial block of "
              + trials
              + " trials, "
              + arms
              + " arms and "
              + bins
              + " bins holds "
              + values.length
              + " values and "
              + histogram.length
              + " counts; expected "
              + (long) arms * metrics * trials
              + " and "
              + (long) arms * bins);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    checkRead();
  }

  /** How many bins each arm's histogram has. */
  public int bins() {
    return bins;
  }

  /**
   * What trial {@code trial} (a number from {@link #firstTrial()} up to {@link #endTrial()})
   * measured of {@code metric} under arm {@code arm} (its index in the spec's arms); 0 for a metric
   * the arm does not report.
   *
   * @throws IndexOutOfBoundsException if the arm or trial is outside the block
   */
  public double value(int arm, Metric metric, int trial) {
    if (outside(arm, trial)) {
      throw new IndexOutOfBoundsException("arm " + arm + ", trial " + trial + " outside " + this);
    }
    return values[index(arm, metric.ordinal(), trial - firstTrial)];
  }

  /**
   * How many of arm {@code arm}'s people's scores over the block's trials fell in bin {@code bin}.
   *
   * @throws IndexOutOfBoundsException if the arm or bin is outside the block
   */
  public long count(int arm, int bin) {
    if (arm < 0 || arm >= arms || bin < 0 || bin >= bins) {
      throw new IndexOutOfBoundsException("arm " + arm + ", bin " + bin + " outside " + this);
    }
    return histogram[arm * bins + bin];
  }

  /**
   * Every metric value, arm by arm, metric by metric (in {@link Metric}'s declaration order), trial
   * by trial: the value of arm {@code a}, metric {@code m}, the block's {@code t}-th trial at
   * {@code (a * Metric.values().length + m) * trials() + t}. A copy.
   */
  public double[] values() {
    return values.clone();
  }

  /** Every histogram count, arm by arm, bin by bin ({@code arm * bins() + bin}). A copy. */
  public long[] histogram() {
    return histogram.clone();
  }

  private int index(int arm, int metric, int t) {
    return (arm * metrics + metric) * trials + t;
  }

  /** Two blocks are equal when they hold the same trials and every figure is the same. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TrialBlock b
        && sameTrials(b)
        && bins == b.bins
        && Arrays.equals(values, b.values)
        && Arrays.equals(histogram, b.histogram);
  }

  @Override
  public int hashCode() {
    return (31 * (31 * firstTrial + trials) + Arrays.hashCode(values)) * 31
        + Arrays.hashCode(histogram);
  }

  /** {@code TrialBlock[trials 200..400, 3 arms, 20 bins]}. */
  @Override
  public String toString() {
    return "TrialBlock[trials "
        + firstTrial
        + ".."
        + endTrial()
        + ", "
        + arms
        + " arms, "
        + bins
        + " bins]";
  }
}

package org.okrkit.simulation;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Arrays;

/**
 * What a run of consecutive companies of one {@link WorkforceSimulation} measured, in company
 * order: each arm's figures per period and metric, company by company. Made by {@link
 * WorkforceSimulation#runTrials} and put together by {@link WorkforceSimulation#combine}, which
 * folds the blocks in company order exactly as {@link WorkforceSimulation#run()} folds its
 * companies, so that a study split into blocks on any number of machines gives a bit-identical
 * {@link WorkforceResult}. A workforce study's trials are its companies ({@link
 * WorkforceSpec#replications()}), as an {@link Estimate}'s trials count them.
 *
 * <p>Immutable and serializable (primitive arrays only), so that a block can travel from the task
 * that ran it to the one that combines it (Apache Spark's {@code collect()}, a message queue …). A
 * metric not measured in period 0 ({@link WorkforceMetric#atPeriodZero()}) reads 0 there.
 */
// the values are laid out by the metrics' declaration order, which values() documents
@SuppressWarnings("EnumOrdinal")
public final class WorkforceBlock extends Block {
  private static final long serialVersionUID = 1L;

  private final int periods;

  /** Figures, arm by arm, period by period, metric by metric, company by company. */
  private final double[] values;

  private WorkforceBlock(int firstTrial, int trials, int arms, int periods, double[] values) {
    super(firstTrial, trials, arms, WorkforceMetric.values().length);
    this.periods = periods;
    this.values = values;
    check();
  }

  /**
   * A block from its figures as {@link #values()} gives them: for a block that travelled as plain
   * arrays (a Spark row, say). The array is copied.
   *
   * @param firstTrial the number of the block's first company, from 0
   * @param trials how many companies the block holds
   * @param arms how many arms each company ran
   * @param periods the study's periods after period 0
   * @throws IllegalArgumentException if the sizes do not fit together
   */
  public static WorkforceBlock of(
      int firstTrial, int trials, int arms, int periods, double[] values) {
    return new WorkforceBlock(firstTrial, trials, arms, periods, values.clone());
  }

  @Override
  void check() {
    int expected = WorkforceMetric.values().length;
    if (firstTrial < 0 || trials < 1 || arms < 1 || periods < 1 || metrics != expected) {
      throw new IllegalArgumentException(
          "a workforce block needs a first company of 0 or more, at least one company, arm and"
              + " period, and "
              + expected
              + " metrics; got first company "
              + firstTrial
              + ", "
              + trials
              + " companies, "
              + arms
              + " arms, "
              + periods
              + " periods, "
              + metrics
              + " metrics");
    }
    long size = (long) arms * (periods + 1) * metrics * trials;
    if (values.length != size) {
      throw new IllegalArgumentException(
          "a workforce block of "
              + trials
              + " companies, "
              + arms
              + " arms and "
              + periods
              + " periods holds "
              + values.length
              + " values; expected "
              + size);
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    checkRead();
  }

  /** The study's periods after period 0. */
  public int periods() {
    return periods;
  }

  /**
   * What company {@code trial} (a number from {@link #firstTrial()} up to {@link #endTrial()})
   * measured of {@code metric} in period {@code period} under arm {@code arm} (its index in the
   * spec's arms); 0 for a metric not measured in period 0.
   *
   * @throws IndexOutOfBoundsException if the arm, period or company is outside the block
   */
  public double value(int arm, int period, WorkforceMetric metric, int trial) {
    if (outside(arm, trial) || period < 0 || period > periods) {
      throw new IndexOutOfBoundsException(
          "arm " + arm + ", period " + period + ", company " + trial + " outside " + this);
    }
    return values[
        ((arm * (periods + 1) + period) * metrics + metric.ordinal()) * trials
            + trial
            - firstTrial];
  }

  /**
   * Every figure, arm by arm, period by period (from 0), metric by metric (in {@link
   * WorkforceMetric}'s declaration order), company by company: the figure of arm {@code a}, period
   * {@code p}, metric {@code m}, the block's {@code c}-th company at {@code ((a * (periods() + 1) +
   * p) * WorkforceMetric.values().length + m) * trials() + c}. A copy.
   */
  public double[] values() {
    return values.clone();
  }

  /** Two blocks are equal when they hold the same companies and every figure is the same. */
  @Override
  public boolean equals(Object other) {
    return other instanceof WorkforceBlock b
        && sameTrials(b)
        && periods == b.periods
        && Arrays.equals(values, b.values);
  }

  @Override
  public int hashCode() {
    return (31 * (31 * firstTrial + trials) + periods) * 31 + Arrays.hashCode(values);
  }

  /** {@code WorkforceBlock[companies 20..40, 3 arms, 10 periods]}. */
  @Override
  public String toString() {
    return "WorkforceBlock[companies "
        + firstTrial
        + ".."
        + endTrial()
        + ", "
        + arms
        + " arms, "
        + periods
        + " periods]";
  }
}

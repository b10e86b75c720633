package org.okrkit.simulation;

import java.io.InvalidObjectException;
import java.io.Serializable;

/**
 * What a {@link TrialBlock} and a {@link WorkforceBlock} share: a run of consecutive trials (a
 * workforce study's companies) of a number of arms, each measuring a number of metrics. A block
 * checks its sizes when it is made and when it is read from a stream.
 */
abstract sealed class Block implements Serializable permits TrialBlock, WorkforceBlock {
  private static final long serialVersionUID = 1L;

  final int firstTrial;
  final int trials;
  final int arms;
  final int metrics;

  Block(int firstTrial, int trials, int arms, int metrics) {
    this.firstTrial = firstTrial;
    this.trials = trials;
    this.arms = arms;
    this.metrics = metrics;
  }

  /**
   * Checks that the block's sizes fit together.
   *
   * @throws IllegalArgumentException if they do not, saying how
   */
  abstract void check();

  /** Checks a block read from a stream as {@link #check()} checks a new one. */
  final void checkRead() throws InvalidObjectException {
    try {
      check();
    } catch (IllegalArgumentException e) {
      throw new InvalidObjectException(e.getMessage());
    }
  }

  /**
   * The number of the block's first trial (from 0); a workforce study's trials are its companies.
   */
  public final int firstTrial() {
    return firstTrial;
  }

  /** The number after the block's last trial. */
  public final int endTrial() {
    return firstTrial + trials;
  }

  /** How many trials the block holds. */
  public final int trials() {
    return trials;
  }

  /** How many arms each trial measured. */
  public final int arms() {
    return arms;
  }

  /** Whether {@code arm} or {@code trial} lies outside the block. */
  final boolean outside(int arm, int trial) {
    return arm < 0 || arm >= arms || trial < firstTrial || trial >= endTrial();
  }

  /** Whether {@code other} holds the same trials of the same arms. */
  final boolean sameTrials(Block other) {
    return firstTrial == other.firstTrial && trials == other.trials && arms == other.arms;
  }
}

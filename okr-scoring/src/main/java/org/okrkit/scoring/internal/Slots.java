package org.okrkit.scoring.internal;

/**
 * The values a compiled rollup reads and writes, by slot: a plain array where a whole rollup runs
 * at once (a simulation trial, a plan scored afresh), {@link DoubleChunks} where a scorecard
 * re-scores a few slots of a copy after one check-in. One rollup program runs on either.
 */
public abstract class Slots {
  Slots() {}

  /** The value in slot {@code i}; NaN for none. */
  public abstract double get(int i);

  /** Sets slot {@code i}. */
  public abstract void set(int i, double value);

  /** Slots backed by {@code values}, which they read and write. */
  public static Slots of(double[] values) {
    return new ArraySlots(values);
  }

  private static final class ArraySlots extends Slots {
    private final double[] values;

    ArraySlots(double[] values) {
      this.values = values;
    }

    @Override
    public double get(int i) {
      return values[i];
    }

    @Override
    public void set(int i, double value) {
      values[i] = value;
    }
  }
}

package org.okrkit.scoring.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A fixed-length array of doubles in chunks of 1,024, so that a copy with a few values changed
 * copies only the chunks they sit in. Filled while a result is built, read-only once published.
 */
public final class DoubleChunks extends Slots {
  private static final int BITS = 10;
  private static final int SIZE = 1 << BITS;
  private static final int MASK = SIZE - 1;

  private final double[][] chunks;
  private final int length;

  /**
   * While a copy is being changed: which chunks it owns already; null in an array being built,
   * which owns every chunk.
   */
  private boolean @Nullable [] owned;

  private DoubleChunks(double[][] chunks, int length) {
    this.chunks = chunks;
    this.length = length;
  }

  /** An array of {@code length} values, each {@code value}. */
  public static DoubleChunks filled(int length, double value) {
    int count = (length + SIZE - 1) / SIZE;
    double[][] chunks = new double[count][];
    for (int i = 0; i < count; i++) {
      chunks[i] = new double[Math.min(SIZE, length - i * SIZE)];
      Arrays.fill(chunks[i], value);
    }
    return new DoubleChunks(chunks, length);
  }

  /** The number of values. */
  public int length() {
    return length;
  }

  /** The value at {@code i}. */
  @Override
  public double get(int i) {
    return chunks[i >>> BITS][i & MASK];
  }

  /**
   * Sets a value of an array being built, or of a {@link #copy()} (copying the value's chunk the
   * first time); never of a published array.
   */
  @Override
  public void set(int i, double value) {
    int c = i >>> BITS;
    if (owned != null && !owned[c]) {
      chunks[c] = chunks[c].clone();
      owned[c] = true;
    }
    chunks[c][i & MASK] = value;
  }

  /** A copy that shares every chunk until {@link #set} changes one. */
  public DoubleChunks copy() {
    DoubleChunks d = new DoubleChunks(chunks.clone(), length);
    d.owned = new boolean[chunks.length];
    return d;
  }
}

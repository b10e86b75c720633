package org.okrkit.core.internal;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable array of a fixed length in which most slots are empty: a 32-way trie whose empty
 * subtrees are not stored, so that an empty vector of a million slots costs one object and {@link
 * #with} costs a path of at most a few nodes, copied. Versions share every untouched node; safe to
 * share between threads.
 *
 * @param <T> the value type
 */
public final class SparseVector<T> {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  private final int length;

  /** The number of index bits above the leaves' level: 0 when the root is a leaf. */
  private final int shift;

  private final Object @Nullable [] root;
  private final int size;

  private SparseVector(int length, int shift, Object @Nullable [] root, int size) {
    this.length = length;
    this.shift = shift;
    this.root = root;
    this.size = size;
  }

  /** A vector of {@code length} empty slots. */
  public static <T> SparseVector<T> empty(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length " + length + " is negative");
    }
    int shift = 0;
    while (length > (1L << (shift + BITS))) {
      shift += BITS;
    }
    return new SparseVector<>(length, shift, null, 0);
  }

  /** The number of slots, empty or not. */
  public int length() {
    return length;
  }

  /** The number of slots that hold a value. */
  public int size() {
    return size;
  }

  /** The value at {@code index}, or null when its slot is empty. */
  @SuppressWarnings("unchecked")
  public @Nullable T get(int index) {
    Objects.checkIndex(index, length);
    Object[] node = root;
    for (int level = shift; level > 0 && node != null; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node == null ? null : (T) node[index & MASK];
  }

  /** This vector with {@code value} at {@code index}. */
  public SparseVector<T> with(int index, T value) {
    Objects.checkIndex(index, length);
    Objects.requireNonNull(value, "value");
    boolean added = get(index) == null;
    return new SparseVector<>(
        length, shift, put(root, shift, index, value), added ? size + 1 : size);
  }

  private static Object[] put(Object @Nullable [] node, int level, int index, Object value) {
    Object[] copy = node == null ? new Object[WIDTH] : Arrays.copyOf(node, WIDTH);
    int slot = (index >>> level) & MASK;
    if (level == 0) {
      copy[slot] = value;
    } else {
      copy[slot] = put((Object[]) copy[slot], level - BITS, index, value);
    }
    return copy;
  }
}

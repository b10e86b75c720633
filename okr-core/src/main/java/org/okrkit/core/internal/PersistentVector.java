package org.okrkit.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list that {@link #append appends} and {@link #set sets} in O(log n) by copying only
 * the path to the changed slot: a 32-way trie whose versions share every untouched node. Read-only
 * through the {@link java.util.List} interface (its mutators throw); safe to share between threads.
 *
 * @param <T> the element type
 */
public final class PersistentVector<T> extends AbstractList<T> implements RandomAccess {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final Object[] EMPTY_NODE = new Object[0];
  private static final PersistentVector<?> EMPTY = new PersistentVector<>(0, BITS, EMPTY_NODE);

  private final int size;

  /** The number of index bits the root consumes above its leaves' level. */
  private final int shift;

  private final Object[] root;

  private PersistentVector(int size, int shift, Object[] root) {
    this.size = size;
    this.shift = shift;
    this.root = root;
  }

  /** The empty vector. */
  @SuppressWarnings("unchecked")
  public static <T> PersistentVector<T> empty() {
    return (PersistentVector<T>) EMPTY;
  }

  /** A vector of the given values, in order, built in one pass. */
  public static <T> PersistentVector<T> copyOf(java.util.Collection<? extends T> values) {
    Object[] all = values.toArray();
    for (Object value : all) {
      Objects.requireNonNull(value, "value");
    }
    if (all.length == 0) {
      return empty();
    }
    // leaves of WIDTH values, then levels of WIDTH children, until one node is left
    Object[] level = chunk(all);
    int shift = BITS;
    while (level.length > WIDTH) {
      level = chunk(level);
      shift += BITS;
    }
    return new PersistentVector<>(all.length, shift, level);
  }

  /** The nodes of WIDTH entries each (the last one shorter) that hold {@code entries}. */
  private static Object[] chunk(Object[] entries) {
    int count = (entries.length + WIDTH - 1) / WIDTH;
    Object[] nodes = new Object[count];
    for (int i = 0; i < count; i++) {
      nodes[i] = Arrays.copyOfRange(entries, i * WIDTH, Math.min(entries.length, (i + 1) * WIDTH));
    }
    return nodes;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return (T) node[index & MASK];
  }

  /** This vector with {@code value} added at the end. */
  public PersistentVector<T> append(T value) {
    Objects.requireNonNull(value, "value");
    // the trie is full when size reaches WIDTH^(levels): grow a new root above it
    if (size == (1 << (shift + BITS))) {
      Object[] newRoot = new Object[] {root, path(shift, value)};
      return new PersistentVector<>(size + 1, shift + BITS, newRoot);
    }
    return new PersistentVector<>(size + 1, shift, put(root, shift, size, value));
  }

  /** This vector with {@code value} at {@code index} instead of what was there. */
  public PersistentVector<T> with(int index, T value) {
    Objects.checkIndex(index, size);
    Objects.requireNonNull(value, "value");
    return new PersistentVector<>(size, shift, put(root, shift, index, value));
  }

  /** A copy of {@code node} with {@code value} at {@code index}, creating nodes on the way. */
  private static Object[] put(Object @Nullable [] node, int level, int index, Object value) {
    int slot = (index >>> level) & MASK;
    int length = node == null ? 0 : node.length;
    Object[] copy =
        node == null ? new Object[slot + 1] : Arrays.copyOf(node, Math.max(length, slot + 1));
    if (level == 0) {
      copy[slot] = value;
    } else {
      Object[] child = slot < length ? (Object[]) copy[slot] : null;
      copy[slot] = put(child, level - BITS, index, value);
    }
    return copy;
  }

  /** A fresh chain of nodes from {@code level} down to a leaf holding {@code value}. */
  private static Object[] path(int level, Object value) {
    Object[] node = new Object[] {value};
    for (int l = 0; l < level; l += BITS) {
      node = new Object[] {node};
    }
    return node;
  }
}

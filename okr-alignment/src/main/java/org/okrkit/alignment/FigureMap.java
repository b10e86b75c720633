package org.okrkit.alignment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.PlanStructure;

/**
 * An immutable map from the ids of a plan's owners, objectives or key results to figures, in plan
 * order: the figures in an array, the ids read from and looked up in the plan's {@link
 * PlanStructure}, so that coverage keeps no table of ids of its own. Equal to any map of the same
 * entries, with the same hash and text as such a map; safe to share between threads.
 */
final class FigureMap extends AbstractMap<String, Double> {
  /** Which of the structure's ids the keys are. */
  enum Keys {
    OWNERS,
    OBJECTIVES,
    KEY_RESULTS
  }

  private final PlanStructure structure;
  private final Keys keys;

  /** The keys' positions in the structure, ascending; null when every position is a key. */
  private final int @Nullable [] positions;

  /** The figure of the key in slot i is figures[from + i]. */
  private final double[] figures;

  private final int from;
  private final int size;
  private final EntrySet entries = new EntrySet();

  private FigureMap(
      PlanStructure structure,
      Keys keys,
      int @Nullable [] positions,
      double[] figures,
      int from,
      int size) {
    this.structure = structure;
    this.keys = keys;
    this.positions = positions;
    this.figures = figures;
    this.from = from;
    this.size = size;
  }

  /**
   * Every owner, objective or key result of the structure, position {@code i} with figure {@code
   * figures[from + i]}; the array is not copied and must not change.
   */
  static FigureMap all(PlanStructure structure, Keys keys, double[] figures, int from) {
    int size =
        keys == Keys.OWNERS
            ? structure.ownerCount()
            : keys == Keys.OBJECTIVES ? structure.objectiveCount() : structure.keyResultCount();
    return new FigureMap(structure, keys, null, figures, from, size);
  }

  /**
   * The owners, objectives or key results at ascending {@code positions}, each with the figure of
   * the same index; the arrays are not copied and must not change.
   */
  static FigureMap some(PlanStructure structure, Keys keys, int[] positions, double[] figures) {
    return new FigureMap(structure, keys, positions, figures, 0, positions.length);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return slotOf(key) >= 0;
  }

  @Override
  public @Nullable Double get(@Nullable Object key) {
    int slot = slotOf(key);
    return slot < 0 ? null : figures[from + slot];
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return entries;
  }

  /** The slot of a key, or -1. */
  private int slotOf(@Nullable Object key) {
    if (!(key instanceof String id)) {
      return -1;
    }

    int position =
        keys == Keys.OWNERS
            ? structure.indexOfOwner(id)
            : keys == Keys.OBJECTIVES
                ? structure.indexOfObjective(id)
                : structure.indexOfKeyResult(id);
    if (position < 0 || positions == null) {
      return position;
    }
    int slot = Arrays.binarySearch(positions, position);
    return slot >= 0 ? slot : -1;
  }

  private String idAt(int slot) {
    int position = positions == null ? slot : positions[slot];
    return keys == Keys.OWNERS
        ? structure.ownerId(position)
        : keys == Keys.OBJECTIVES
            ? structure.objectiveId(position)
            : structure.measuredId(position);
  }

  /** The entries in slot order, made as they are read. */
  private final class EntrySet extends AbstractSet<Map.Entry<String, Double>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      if (!(o instanceof Map.Entry)) {
        return false;
      }
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      int slot = slotOf(e.getKey());
      return slot >= 0 && Double.valueOf(figures[from + slot]).equals(e.getValue());
    }

    @Override
    public Iterator<Map.Entry<String, Double>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<String, Double> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          int slot = next++;
          return new AbstractMap.SimpleImmutableEntry<>(idAt(slot), figures[from + slot]);
        }
      };
    }
  }
}

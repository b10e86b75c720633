package org.okrkit.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * The position of each id in a sequence of distinct ids: an immutable open-addressing table of
 * {@code long}s, so that a plan of a million parts needs one compact index instead of a map per
 * kind with an entry object per id.
 *
 * <p>The table is at most three quarters full and probed linearly; the hash of each id is mixed
 * first, so that ids that differ only in their last characters (as generated ids do) spread over
 * the table, and each cell keeps the hash beside the position, so that a probe compares strings
 * only when the hashes match.
 */
public final class IdIndex {
  private final String[] ids;

  /**
   * Each table cell: the mixed hash of its id in the high half, the id's position plus one in the
   * low half; 0 for an empty cell. With the hash beside the position, a probe compares strings only
   * when the hashes match.
   */
  private final long[] table;

  private final int mask;

  private IdIndex(String[] ids, long[] table) {
    this.ids = ids;
    this.table = table;
    this.mask = table.length - 1;
  }

  /** Told of an id that occurs again: its position, and that of its first occurrence. */
  public interface Repeats {
    void repeated(int position, int first);
  }

  /**
   * An index of the ids of these lists, one after the other: the first id of the second list has
   * position {@code lists[0].size()}, and so on.
   *
   * @throws IllegalArgumentException if an id occurs twice
   */
  public static IdIndex of(Function<Object, String> id, List<?>... lists) {
    return of(
        id,
        (position, first) -> {
          throw new IllegalArgumentException(
              "id at position " + position + " occurs twice, first at position " + first);
        },
        lists);
  }

  /**
   * An index of the ids of these lists, one after the other, in which an id that occurs again is
   * reported to {@code repeats} and found at its first position.
   */
  public static IdIndex of(Function<Object, String> id, Repeats repeats, List<?>... lists) {
    int n = 0;
    for (List<?> list : lists) {
      n += list.size();
    }
    String[] ids = new String[n];
    // the smallest power of two that keeps the table at most three quarters full
    int capacity = 2;
    while (capacity * 3L < n * 4L) {
      capacity <<= 1;
    }
    long[] table = new long[capacity];
    int mask = capacity - 1;
    int p = 0;
    for (List<?> list : lists) {
      for (int i = 0, size = list.size(); i < size; i++) {
        String s = requireNonNull(id.apply(list.get(i)), "id");
        ids[p] = s;
        int h = mix(s.hashCode());
        int cell = h & mask;
        long entry;
        while ((entry = table[cell]) != 0
            && !((int) (entry >>> 32) == h && ids[(int) entry - 1].equals(s))) {
          cell = (cell + 1) & mask;
        }
        if (entry == 0) {
          table[cell] = ((long) h << 32) | (p + 1);
        } else {
          repeats.repeated(p, (int) entry - 1);
        }
        p++;
      }
    }
    return new IdIndex(ids, table);
  }

  /** The position of {@code id}, or -1 if it is not in the index. */
  public int find(String id) {
    int h = mix(id.hashCode());
    int cell = h & mask;
    long[] t = table;
    while (true) {
      long entry = t[cell];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h && ids[(int) entry - 1].equals(id)) {
        return (int) entry - 1;
      }
      cell = (cell + 1) & mask;
    }
  }

  /** The id at {@code position}; an id that occurs again has each of its positions. */
  public String id(int position) {
    return ids[position];
  }

  /** How many ids the index holds. */
  public int size() {
    return ids.length;
  }

  private static int mix(int h) {
    // the finaliser of MurmurHash3: every bit of the input affects every bit of the output
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}

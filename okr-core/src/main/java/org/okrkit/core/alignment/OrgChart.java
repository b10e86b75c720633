package org.okrkit.core.alignment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.okrkit.core.Level;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.PlanStructure;

/**
 * The owner hierarchy compiled for constant-time questions: is one owner part of another's
 * subtree, which unit does an owner belong to, which owners lie between two levels above an owner.
 * Built in linear time without recursion, so an org chart of any depth is safe.
 */
final class OrgChart {
  private static final int LEVELS = Level.values().length;

  /** The plan's structure, which numbers the owners. */
  private final PlanStructure index;
  private final String[] ids;
  private final Level[] levels;
  /** Preorder position and subtree size: b is in a's subtree iff pre[a] <= pre[b] < pre[a] + size[a]. */
  private final int[] pre;
  private final int[] size;
  private final int[] unit;
  /** nearest[level][owner]: the owner's nearest strict ancestor at that level, or -1. */
  private final int[][] nearest;

  private OrgChart(
      PlanStructure index,
      String[] ids,
      Level[] levels,
      int[] pre,
      int[] size,
      int[] unit,
      int[][] nearest) {
    this.index = index;
    this.ids = ids;
    this.levels = levels;
    this.pre = pre;
    this.size = size;
    this.unit = unit;
    this.nearest = nearest;
  }

  /**
   * The chart of a valid plan's owners: every parent exists and the hierarchy has no cycle. An
   * owner's position is its position in the plan's index of ids, where owners come first.
   */
  static OrgChart of(Plan plan) {
    List<Owner> owners = plan.owners();
    int n = owners.size();
    PlanStructure index = plan.structure();
    String[] ids = new String[n];
    Level[] levels = new Level[n];
    for (int i = 0; i < n; i++) {
      ids[i] = owners.get(i).id();
      levels[i] = owners.get(i).level();
    }
    int[] parent = new int[n];
    int[] childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      parent[i] = index.ownerParent(i);
      if (parent[i] >= 0) {
        childStart[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    int[] children = new int[Math.max(0, childStart[n])];
    int[] fill = childStart.clone();
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      }
    }

    // preorder with an explicit stack: roots and children in plan order
    int[] pre = new int[n];
    int[] order = new int[n];
    int[] stack = new int[n];
    int top = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (parent[i] < 0) {
        stack[top++] = i;
      }
    }
    int visited = 0;
    while (top > 0) {
      int x = stack[--top];
      pre[x] = visited;
      order[visited++] = x;
      for (int c = childStart[x + 1] - 1; c >= childStart[x]; c--) {
        stack[top++] = children[c];
      }
    }
    if (visited != n) {
      throw new IllegalStateException("the owner hierarchy of a valid plan has a cycle");
    }

    int[] size = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      size[x]++;
      if (parent[x] >= 0) {
        size[parent[x]] += size[x];
      }
    }

    int[] unit = new int[n];
    int[][] nearest = new int[LEVELS][n];
    for (int i = 0; i < n; i++) {
      int x = order[i];
      int p = parent[x];
      unit[x] = levels[x] != Level.INDIVIDUAL || p < 0 ? x : unit[p];
      for (int level = 0; level < LEVELS; level++) {
        nearest[level][x] = p < 0 ? -1 : levels[p].ordinal() == level ? p : nearest[level][p];
      }
    }
    return new OrgChart(index, ids, levels, pre, size, unit, nearest);
  }

  int indexOf(String ownerId) {
    int i = index.indexOfOwner(ownerId);
    if (i < 0 || i >= ids.length) {
      throw new UnknownIdException(ownerId, "owner");
    }
    return i;
  }

  /** Whether owner {@code owner} lies in the subtree of owner {@code unitIndex}, by position. */
  boolean isPartOf(int owner, int unitIndex) {
    return pre[unitIndex] <= pre[owner] && pre[owner] < pre[unitIndex] + size[unitIndex];
  }

  /** The position of the unit of the owner at {@code owner}. */
  int unit(int owner) {
    return unit[owner];
  }

  String id(int owner) {
    return ids[owner];
  }

  /** {@link #between(String, Level)} by position. */
  ImmutableList<String> between(int lower, Level upper) {
    ImmutableList.Builder<String> found = ImmutableList.builder();
    for (int level = levels[lower].ordinal() - 1; level > upper.ordinal(); level--) {
      int a = nearest[level][lower];
      if (a >= 0) {
        found.add(ids[a]);
      }
    }
    return found.build();
  }

  boolean isPartOf(String ownerId, String unitId) {
    int owner = indexOf(ownerId);
    int unitIndex = indexOf(unitId);
    return pre[unitIndex] <= pre[owner] && pre[owner] < pre[unitIndex] + size[unitIndex];
  }

  String unitOf(String ownerId) {
    return ids[unit[indexOf(ownerId)]];
  }

  Level level(String ownerId) {
    return levels[indexOf(ownerId)];
  }

  /**
   * The owners above {@code lowerId} whose levels lie strictly between its level and {@code
   * upper}'s: for each such level the nearest ancestor at it, the lowest level first. Empty when the
   * levels are fewer than two apart or the chart has nobody at the levels in between.
   */
  ImmutableList<String> between(String lowerId, Level upper) {
    return between(indexOf(lowerId), upper);
  }
}

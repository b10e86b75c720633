package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import org.okrkit.core.Level;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.UnknownIdException;

/**
 * The owner hierarchy compiled for constant-time questions: is one owner part of another's subtree,
 * which unit does an owner belong to, which owners lie between two levels above an owner. Built in
 * linear time without recursion, so an org chart of any depth is safe.
 */
// levels index dense arrays by their order in the org chart, which Level declares top down
@SuppressWarnings("EnumOrdinal")
final class OrgChart {
  private static final int LEVELS = Level.values().length;

  /** The plan's structure, which numbers the owners. */
  private final PlanStructure structure;

  private final Level[] levels;

  /**
   * Preorder position and subtree size: b is in a's subtree iff pre[a] <= pre[b] < pre[a] +
   * size[a].
   */
  private final int[] pre;

  private final int[] size;
  private final int[] unit;

  /** nearest[level][owner]: the owner's nearest strict ancestor at that level, or -1. */
  private final int[][] nearest;

  private OrgChart(
      PlanStructure structure, Level[] levels, int[] pre, int[] size, int[] unit, int[][] nearest) {
    this.structure = structure;
    this.levels = levels;
    this.pre = pre;
    this.size = size;
    this.unit = unit;
    this.nearest = nearest;
  }

  /**
   * The chart of a valid plan's owners: every parent exists and the hierarchy has no cycle. An
   * owner's position is its position in the plan's structure.
   */
  static OrgChart of(Plan plan) {
    List<Owner> owners = plan.owners();
    int n = owners.size();
    PlanStructure structure = plan.structure();
    Level[] levels = new Level[n];
    for (int i = 0; i < n; i++) {
      levels[i] = owners.get(i).level();
    }

    // preorder with an explicit stack: roots and children in plan order
    int[] pre = new int[n];
    int[] order = new int[n];
    int[] stack = new int[n];
    int top = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (structure.ownerParent(i) < 0) {
        stack[top++] = i;
      }
    }
    int visited = 0;
    while (top > 0) {
      int x = stack[--top];
      pre[x] = visited;
      order[visited++] = x;
      ImmutableIntArray children = structure.ownersBelow(x);
      for (int c = children.length() - 1; c >= 0; c--) {
        stack[top++] = children.get(c);
      }
    }
    if (visited != n) {
      throw new IllegalStateException("the owner hierarchy of a valid plan has a cycle");
    }

    int[] size = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      size[x]++;
      int p = structure.ownerParent(x);
      if (p >= 0) {
        size[p] += size[x];
      }
    }

    int[] unit = new int[n];
    int[][] nearest = new int[LEVELS][n];
    for (int i = 0; i < n; i++) {
      int x = order[i];
      int p = structure.ownerParent(x);
      unit[x] = levels[x] != Level.INDIVIDUAL || p < 0 ? x : unit[p];
      for (int level = 0; level < LEVELS; level++) {
        nearest[level][x] = p < 0 ? -1 : levels[p].ordinal() == level ? p : nearest[level][p];
      }
    }
    return new OrgChart(structure, levels, pre, size, unit, nearest);
  }

  int indexOf(String ownerId) {
    int i = structure.indexOfOwner(ownerId);
    if (i < 0) {
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
    return structure.ownerId(owner);
  }

  /** The level of the owner at {@code owner}. */
  Level level(int owner) {
    return levels[owner];
  }

  /**
   * Whether the chart has an owner above {@code lower} at a level strictly between its own and
   * {@code upper}: whether {@link #between(int, Level)} is not empty, without building it.
   */
  boolean anyBetween(int lower, Level upper) {
    for (int level = levels[lower].ordinal() - 1; level > upper.ordinal(); level--) {
      if (nearest[level][lower] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link #between(String, Level)} by position: the owners' positions. */
  ImmutableIntArray between(int lower, Level upper) {
    ImmutableIntArray.Builder found = ImmutableIntArray.builder(2);
    for (int level = levels[lower].ordinal() - 1; level > upper.ordinal(); level--) {
      int a = nearest[level][lower];
      if (a >= 0) {
        found.add(a);
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
    return id(unit[indexOf(ownerId)]);
  }

  Level level(String ownerId) {
    return levels[indexOf(ownerId)];
  }

  /**
   * The owners above {@code lowerId} whose levels lie strictly between its level and {@code
   * upper}'s: for each such level the nearest ancestor at it, the lowest level first. Empty when
   * the levels are fewer than two apart or the chart has nobody at the levels in between.
   */
  ImmutableList<String> between(String lowerId, Level upper) {
    ImmutableIntArray owners = between(indexOf(lowerId), upper);
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(owners.length());
    for (int i = 0; i < owners.length(); i++) {
      ids.add(id(owners.get(i)));
    }
    return ids.build();
  }
}

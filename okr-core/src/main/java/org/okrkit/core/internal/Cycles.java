package org.okrkit.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Cycles in a graph where every node has at most one successor (a parent), found by walking the
 * chains iteratively: linear time, constant stack depth whatever the chain length.
 */
final class Cycles {
  private Cycles() {}

  /**
   * Every cycle once, each listed from the node that comes first in {@code order}, following
   * successors.
   *
   * @param order the nodes, in the order that decides where each cycle is reported
   * @param next the successor of a node, or null
   */
  static List<List<String>> find(List<String> order, Function<String, @Nullable String> next) {
    Map<String, Integer> walkOf = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    List<List<String>> cycles = new ArrayList<>();
    int walk = 0;
    for (String start : order) {
      if (walkOf.containsKey(start)) {
        continue;
      }
      walk++;
      List<String> path = new ArrayList<>();
      String node = start;
      while (node != null && !walkOf.containsKey(node)) {
        walkOf.put(node, walk);
        path.add(node);
        node = next.apply(node);
      }
      // the walk stopped at the end of a chain (null) or at a node already walked: in this walk, a
      // cycle
      Integer walkedIn = node == null ? null : walkOf.get(node);
      if (walkedIn != null && walkedIn == walk) {
        List<String> cycle = path.subList(path.indexOf(node), path.size());
        cycles.add(rotateToFirst(cycle, position));
      }
    }
    return cycles;
  }

  /** How many steps a cycle may have and still be spelt out in full. */
  static final int LISTED = 10;

  /**
   * The steps of a cycle as {@code A -> B -> C -> A}; of a long one, its first four and last two
   * steps: {@code A -> B -> C -> D -> ... -> Y -> Z -> A}.
   */
  static String chain(List<String> cycle) {
    if (cycle.size() <= LISTED) {
      return String.join(" -> ", cycle) + " -> " + cycle.get(0);
    }
    return String.join(" -> ", cycle.subList(0, 4))
        + " -> ... -> "
        + String.join(" -> ", cycle.subList(cycle.size() - 2, cycle.size()))
        + " -> "
        + cycle.get(0);
  }

  /** Where {@code node} is in the order; every node of a cycle was reached from the order. */
  private static int positionOf(String node, Map<String, Integer> position) {
    Integer at = position.get(node);
    if (at == null) {
      throw new IllegalArgumentException(
          Checks.format("successor %s is not one of the nodes in order", node));
    }
    return at;
  }

  private static List<String> rotateToFirst(List<String> cycle, Map<String, Integer> position) {
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (positionOf(cycle.get(i), position) < positionOf(cycle.get(first), position)) {
        first = i;
      }
    }
    List<String> rotated = new ArrayList<>(cycle.size());
    for (int i = 0; i < cycle.size(); i++) {
      rotated.add(cycle.get((first + i) % cycle.size()));
    }
    return rotated;
  }
}

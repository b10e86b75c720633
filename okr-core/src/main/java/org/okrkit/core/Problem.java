package org.okrkit.core;

import org.immutables.value.Value;

/**
 * One thing wrong with a plan: where ({@linkplain #location() location}, as data) and what
 * ({@linkplain #message() message}, in English), such as {@code keyResults[KR2].target: stretch 90
 * lies below target 120 for an INCREASE measure}.
 */
@Value.Immutable
public abstract sealed class Problem permits ImmutableProblem {

  Problem() {}

  /** Where the problem is: the part (by collection, id and position) and the field. */
  @Value.Parameter
  public abstract Location location();

  /** What is wrong and what was expected. */
  @Value.Parameter
  public abstract String message();

  /**
   * Where the problem is, as people read it: the collection, the element's id in brackets (or
   * {@code #index} when the id itself is unusable) and the field: {@code
   * kpis[K1].contributions[KR9]}, {@code checkIns[12].date}.
   */
  public final String path() {
    return location().path();
  }

  /** A problem at {@code location}. */
  public static Problem of(Location location, String message) {
    return ImmutableProblem.of(location, message);
  }

  /** {@code path: message}. */
  @Override
  public final String toString() {
    return path() + ": " + message();
  }
}

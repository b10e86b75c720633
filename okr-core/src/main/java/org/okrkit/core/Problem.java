package org.okrkit.core;

import org.immutables.value.Value;

/**
 * One thing wrong with a plan: where ({@linkplain #path() path}) and what ({@linkplain #message()
 * message}), such as {@code keyResults[KR2].target: stretch 90 lies below target 120 for an
 * INCREASE measure}.
 */
@Value.Immutable
public abstract sealed class Problem permits ImmutableProblem {

  Problem() {}

  /**
   * Where the problem is: the collection, the element's id in brackets (or {@code #index} when the
   * id itself is unusable) and the field: {@code kpis[K1].contributions[KR9]}, {@code
   * checkIns[12].date}.
   */
  @Value.Parameter
  public abstract String path();

  /** What is wrong and what was expected. */
  @Value.Parameter
  public abstract String message();

  /** A problem. */
  public static Problem of(String path, String message) {
    return ImmutableProblem.of(path, message);
  }

  /** {@code path: message}. */
  @Override
  public final String toString() {
    return path() + ": " + message();
  }
}

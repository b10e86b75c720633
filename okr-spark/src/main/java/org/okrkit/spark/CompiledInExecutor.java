package org.okrkit.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The simulations (a {@code Simulation} or a {@code WorkforceSimulation}) an executor's JVM has
 * compiled for the tasks of a job, so that the tasks of one spec that run there make and compile it
 * once rather than once each: making a spec from its source and compiling it can cost more than the
 * trials of a small task. A key names a spec within one run ({@code run id:cell}), so an entry
 * serves the tasks of one job only; the last few entries are kept and older ones dropped. Tasks
 * that ask for a spec being compiled wait for it. A compiled simulation is immutable and
 * thread-safe, so sharing it changes no result.
 */
final class CompiledInExecutor {
  /** How many compiled simulations an executor keeps: a few, since one may be large. */
  private static final int CAPACITY = 4;

  private static final Map<String, FutureTask<?>> COMPILED = new HashMap<>();
  private static final Deque<String> ORDER = new ArrayDeque<>();

  private CompiledInExecutor() {}

  /**
   * The simulation compiled under {@code key} in this JVM, compiled now by {@code compile}. A key
   * names one kind of simulation: a run's keys are all of one kind.
   */
  static <T> T get(String key, Supplier<T> compile) {
    FutureTask<T> mine = new FutureTask<>(compile::get);
    FutureTask<?> task;
    synchronized (COMPILED) {
      FutureTask<?> known = COMPILED.get(key);
      if (known == null) {
        COMPILED.put(key, mine);
        ORDER.addLast(key);
        while (ORDER.size() > CAPACITY) {
          COMPILED.remove(ORDER.removeFirst());
        }
        task = mine;
      } else {
        task = known;
      }
    }
    // runs the compilation unless another task already runs or ran it
    task.run();
    try {
      // the key's first task put it there with the same kind of compile
      @SuppressWarnings("unchecked")
      T compiled = (T) task.get();
      return compiled;
    } catch (ExecutionException e) {
      synchronized (COMPILED) {
        if (COMPILED.remove(key, task)) {
          ORDER.remove(key);
        }
      }
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a compiled simulation", e);
    }
  }
}

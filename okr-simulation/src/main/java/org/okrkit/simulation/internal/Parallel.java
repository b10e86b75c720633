package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered tasks (trials, replications) on several threads in blocks, and folds each block's
 * results in task order once it is done: within a block, workers take task numbers from a counter
 * and write each task's results into that task's slot, so neither the number of threads nor their
 * timing changes what is folded.
 */
final class Parallel {
  private Parallel() {}

  /** Runs one task: worker {@code worker} (its own working arrays) runs task {@code task}. */
  @FunctionalInterface
  interface Task {
    void run(int worker, int task, int slot);
  }

  /** Folds the results of tasks {@code first} to {@code end - 1}, kept in slots from 0. */
  @FunctionalInterface
  interface Fold {
    void fold(int first, int end);
  }

  /** How many threads to use for {@code tasks} tasks at {@code parallelism} (0: all processors). */
  static int threads(int parallelism, int tasks) {
    int threads = parallelism == 0 ? Runtime.getRuntime().availableProcessors() : parallelism;
    return Math.max(1, Math.min(threads, tasks));
  }

  /**
   * Runs tasks 0 to {@code tasks - 1} on {@code threads} workers, {@code block} at a time, folding
   * each block in order.
   */
  static void run(int tasks, int threads, int block, Task task, Fold fold) {
    ExecutorService executor =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "okr-simulation");
                  t.setDaemon(true);
                  return t;
                });
    try {
      for (int start = 0; start < tasks; start += block) {
        int first = start;
        int end = Math.min(tasks, start + block);
        if (executor == null) {
          for (int t = first; t < end; t++) {
            task.run(0, t, t - first);
          }
        } else {
          AtomicInteger next = new AtomicInteger(first);
          List<Callable<Void>> calls = new ArrayList<>();
          for (int w = 0; w < threads; w++) {
            int worker = w;
            calls.add(
                () -> {
                  for (int t = next.getAndIncrement(); t < end; t = next.getAndIncrement()) {
                    task.run(worker, t, t - first);
                  }
                  return null;
                });
          }
          for (Future<Void> f : executor.invokeAll(calls)) {
            join(f);
          }
        }
        fold.fold(first, end);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the simulation was interrupted", e);
    } finally {
      if (executor != null) {
        executor.shutdownNow();
      }
    }
  }

  private static void join(Future<Void> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}

package org.okrkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.okrkit.simulation.Simulation;

/**
 * An executor compiles a spec once per key however many tasks ask for it at once, keeps a few, and
 * does not keep a compilation that failed.
 */
class CompiledInExecutorTest {
  private static final Simulation SMALL = Simulation.compile(Studies.study(1, 5));

  @Test
  void tasksAskingAtOnceShareOneCompilation() throws Exception {
    AtomicInteger compiled = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Simulation>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(
            pool.submit(
                () ->
                    CompiledInExecutor.get(
                        "shared",
                        () -> {
                          compiled.incrementAndGet();
                          return SMALL;
                        })));
      }
      for (Future<Simulation> f : asked) {
        assertSame(SMALL, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, compiled.get());
  }

  @Test
  void aFailedCompilationIsNotKeptAndOldKeysAreDropped() {
    AtomicInteger compiled = new AtomicInteger();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                CompiledInExecutor.get(
                    "failing",
                    () -> {
                      throw new IllegalStateException("no spec here");
                    }));
    assertEquals("no spec here", e.getMessage());
    assertSame(
        SMALL,
        CompiledInExecutor.get(
            "failing",
            () -> {
              compiled.incrementAndGet();
              return SMALL;
            }));
    for (int i = 0; i < 4; i++) {
      CompiledInExecutor.get("other " + i, () -> SMALL);
    }
    CompiledInExecutor.get(
        "failing",
        () -> {
          compiled.incrementAndGet();
          return SMALL;
        });
    assertEquals(2, compiled.get());
  }
}

package org.okrkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;

/**
 * Tells on stderr what a command is doing, when that takes more than a moment: a step that runs
 * longer than {@link #DELAY_MILLIS}, or that works on a large file, is announced ({@code okr:
 * reading big.yaml (12.4 MB) ...}) and its end is reported with the time it took. Quick steps say
 * nothing, so that stderr stays empty on small plans and stdout only ever holds the result. A
 * command calls {@link #done()} when it has written its result.
 *
 * <p>Thread-safe: the announcement of a slow step comes from a timer thread, which {@link #close()}
 * stops.
 */
final class Progress implements AutoCloseable {
  /** How long a step runs before it is announced. */
  static final long DELAY_MILLIS = 1000;

  /** Input of at least this size (1 MiB) is announced at once. */
  static final long LARGE_BYTES = 1L << 20;

  /** When progress is shown. */
  enum When {
    /** Steps that take longer than a second, or work on a large file (the default). */
    AUTO,
    /** Every step, at once: for logs, and for tests. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  private final PrintWriter err;
  private final When when;
  private final Texts texts;
  private @Nullable ScheduledExecutorService timer;

  // the current step, guarded by this
  private @Nullable String step;
  private long started;
  private boolean shown;
  private long generation;
  private @Nullable ScheduledFuture<?> pending;

  Progress(PrintWriter err, When when, Texts texts) {
    this.err = err;
    this.when = when;
    this.texts = texts;
  }

  /** What okr says, in its language: the steps are told in it. */
  Texts texts() {
    return texts;
  }

  /** Starts the step the phrase {@code key} of okr's messages names, filled with {@code args}. */
  void step(String key, Arguments args) {
    step(texts.get(key, args), false);
  }

  /** Starts a step of ordinary size, ending the one before. */
  void step(String what) {
    step(what, false);
  }

  /**
   * Starts a step, ending the one before; a {@code large} step is announced at once unless progress
   * is {@link When#NEVER never} shown.
   */
  synchronized void step(String what, boolean large) {
    done();
    step = what;
    started = System.nanoTime();
    shown = false;
    long current = ++generation;
    if (when == When.ALWAYS || (when == When.AUTO && large)) {
      announce();
    } else if (when == When.AUTO) {
      pending = timer().schedule(() -> announceLate(current), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Ends the current step, if any; a step that was announced reports the time it took. */
  synchronized void done() {
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    if (step != null && shown) {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.println(
          texts.get(
              "progress.took",
              Arguments.of()
                  .text("step", step)
                  .text("seconds", String.format(Locale.US, "%.1f", seconds))));
      err.flush();
    }
    step = null;
  }

  /**
   * Stops the timer. A step still running is abandoned without a word: the command failed, and what
   * went wrong is what stderr should end with.
   */
  @Override
  public synchronized void close() {
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    step = null;
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  /** The size of a file for people: {@code 812 bytes}, {@code 12.4 MB}. */
  static String size(long bytes, Texts texts) {
    if (bytes < 1000) {
      return texts.get("progress.bytes", Arguments.of().number("bytes", (double) bytes));
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.US, "%.1f kB", bytes / 1e3);
    }
    return String.format(Locale.US, "%.1f MB", bytes / 1e6);
  }

  private synchronized void announceLate(long of) {
    // the step may have ended, and another begun, while this waited for the lock
    if (of == generation && step != null && !shown) {
      announce();
    }
  }

  private void announce() {
    shown = true;
    err.println(texts.get("progress.announce", Arguments.of().text("step", String.valueOf(step))));
    err.flush();
  }

  private ScheduledExecutorService timer() {
    if (timer == null) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "okr-progress");
                t.setDaemon(true);
                return t;
              });
    }
    return timer;
  }
}

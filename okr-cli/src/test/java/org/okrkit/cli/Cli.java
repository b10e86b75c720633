package org.okrkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Runs okr in-process, as the shell would, with stdout, stderr and the exit code captured. */
final class Cli {
  /**
   * The seed plans, as the tests name them: they run in okr-examples, which holds the seed's plan
   * files and the malformed samples, so that every recorded command names its files as a user in
   * that folder would.
   */
  static final Path PLANS = Path.of("plans");

  /** Malformed files in okr-examples, each with the kind of mistake its name says. */
  static final Path BAD = Path.of("src", "test", "resources", "bad");

  /** This module's build folder, for what the tests leave behind (screenshots). */
  static final Path TARGET = Path.of(System.getProperty("okr.cli.target", "../okr-cli/target"));

  /** The clock that {@code --as-of today} reads in tests: 15 June 2026. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

  /** A progress line, in English or Chinese: a step announced, or the time it took. */
  static final String PROGRESS = "okr: .*( \\.\\.\\.|took \\d+(\\.\\d+)? s|用时 \\d+(\\.\\d+)? 秒)";

  private Cli() {}

  /** What a run left: its exit code and everything it wrote. */
  record Result(int code, String out, String err) {
    /**
     * Stderr without progress lines ({@code okr: reading plan x.yaml (2.1 kB) ...}, then the time
     * it took), which a step shows only when it takes more than a second: on a busy machine, and
     * not on another.
     */
    String problems() {
      StringBuilder kept = new StringBuilder();
      for (String line : err.split("\n", -1)) {
        if (!line.matches(PROGRESS)) {
          kept.append(line).append('\n');
        }
      }
      return kept.substring(0, kept.length() - 1);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * The lines without progress lines ({@code okr: simulating ... took 20.3 s}), which okr prints on
   * stderr for work that takes more than a second, so on one machine and not on another, or on a
   * loaded machine and not on a quiet one.
   */
  static List<String> withoutProgress(List<String> lines) {
    return lines.stream().filter(line -> !line.matches(PROGRESS)).toList();
  }

  /** Runs {@code okr args} in an environment that names no language: okr speaks English. */
  static Result okr(String... args) {
    return okrWith(Map.of(), args);
  }

  /** Runs {@code okr args} with the environment variables {@code env}, such as {@code LANG}. */
  static Result okrWith(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Okr.run(CLOCK, env, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A seed plan's file, as a string argument: {@code plans/marketing.yaml}. */
  static String plan(String name) {
    return PLANS.resolve(name + ".yaml").toString();
  }

  /** Lines joined with {@code \n}, ending with one. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}

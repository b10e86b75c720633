package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two notations of plan and policy files. Both hold the same data in the same shape. */
public enum Format {
  /** JSON (RFC 8259), UTF-8; written with two-space indentation. */
  JSON,
  /**
   * YAML 1.1 as SnakeYAML reads it, UTF-8; written in block style. Anchors and aliases may be used
   * to repeat a value; explicit tags ({@code !!str}, {@code !Foo}) and merge keys ({@code <<}) are
   * rejected.
   */
  YAML;

  /**
   * The version of okrkit's file formats (plans, policies, simulation specs), the same in either
   * notation: written as a document's {@code version} field, which a document may leave out; one
   * stating another version is refused.
   */
  public static final int VERSION = 1;

  /**
   * The format a file's name implies: {@code .json} is JSON, {@code .yaml} and {@code .yml} are
   * YAML, whatever their case; empty for any other name.
   */
  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The format a file's name implies, as {@link #of(Path)} tells it, for a file about to be
   * written.
   *
   * @throws IllegalArgumentException if the name implies no format, naming the file and the names
   *     expected
   */
  public static Format ofName(Path file) {
    return of(requireNonNull(file, "file"))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot tell the format of "
                        + file
                        + " from its name; expected a name ending in .json, .yaml or .yml"));
  }
}

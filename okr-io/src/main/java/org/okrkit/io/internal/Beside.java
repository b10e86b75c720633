package org.okrkit.io.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.io.RecordFormat;

/**
 * The files that go with a plan file by name, in its folder: {@code q3.policy.yaml} (or {@code
 * .yml}, {@code .json}) and {@code q3.checkins.csv} (or {@code .jsonl}) beside {@code q3.yaml}.
 */
public final class Beside {
  /** The suffixes of a policy file beside a plan, in the order they are looked for. */
  public static final List<String> POLICY_SUFFIXES =
      List.of(".policy.yaml", ".policy.yml", ".policy.json");

  /** What a check-in log beside a plan adds to the plan's stem, before its format's extension. */
  public static final String LOG_INFIX = ".checkins";

  private Beside() {}

  /** A file's name without its format's extension: {@code q3} for {@code q3.yaml}. */
  public static String stem(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".yaml", ".yml", ".json")) {
      if (lower.endsWith(ext)) {
        return text.substring(0, text.length() - ext.length());
      }
    }
    return text;
  }

  /** The policy file beside {@code plan}, named after it, if there is one. */
  public static Optional<Path> policy(Path plan) {
    String stem = stem(plan);
    for (String suffix : POLICY_SUFFIXES) {
      Path candidate = plan.resolveSibling(stem + suffix);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The path of the check-in log in {@code format} beside {@code plan}, whether it exists or not.
   */
  public static Path log(Path plan, RecordFormat format) {
    return plan.resolveSibling(stem(plan) + LOG_INFIX + format.extension());
  }

  /** The check-in logs that lie beside {@code plan}, in the order of {@link RecordFormat}. */
  public static List<Path> logs(Path plan) {
    List<Path> found = new ArrayList<>();
    for (RecordFormat f : RecordFormat.values()) {
      Path candidate = log(plan, f);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    return found;
  }
}

package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.simulation.SimulationSpec;

/**
 * Reads {@link SimulationSpec}s from JSON or YAML files: the population (a plan file, or generated
 * sizes), the outcome model, the behaviour rules, and the arms, each a name with a policy file, a
 * policy written in place or the default policy, and optionally a forced-distribution rating.
 * Files the spec names are read relative to the spec's own directory, within the default {@link
 * ReadLimits}. The format is described in the okr-io module's {@code FORMAT.md}.
 *
 * <p>Reading either returns a spec or throws a {@link PlanFileException} listing every problem
 * with its line, column and path. A spec holding a host's own noise shape is built in code, not
 * read. All methods are safe to call from several threads at once.
 */
public final class SimulationFiles {
  private SimulationFiles() {}

  /**
   * Reads a spec file in the format its name implies, within the default limits.
   *
   * @throws PlanFileException if the file is not a valid spec, names a plan or policy file that is
   *     not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SimulationSpec read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a spec file in the format its name implies, within {@code limits} (the plan and policy
   * files it names are read within the default limits).
   *
   * @throws PlanFileException if the file is not a valid spec, breaks a limit, names a plan or
   *     policy file that is not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SimulationSpec read(Path file, ReadLimits limits) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    Path base = file.toAbsolutePath().getParent();
    return reading(base).read(file, limits);
  }

  /**
   * Reads a spec from text, resolving the files it names against {@code base}, within the default
   * limits.
   *
   * @throws PlanFileException if the text is not a valid spec or names a file that is not valid
   */
  public static SimulationSpec read(String text, Format format, Path base) {
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    requireNonNull(base, "base");
    return reading(base).read(text, format, ReadLimits.defaults());
  }

  private static DocumentReader<SimulationSpec> reading(Path base) {
    return new DocumentReader<>(
        "simulation spec", (root, problems) -> SimulationDecoder.decode(root, problems, base));
  }
}

package org.okrkit.simulation.io;

import java.io.IOException;
import java.nio.file.Path;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;
import org.okrkit.simulation.WorkforceSpec;

/**
 * Reads and writes {@link WorkforceSpec}s as JSON or YAML files ({@code kind: workforce}): the
 * population, outcome model and behaviour rules as a policy comparison's spec gives them ({@link
 * SimulationFiles}), and the arms, each a name, a rating (plain, or by a policy file or a policy
 * written in place) and its personnel rule. The format is described in the okr-io module's {@code
 * FORMAT.md}.
 *
 * <p>The plan and policy files a spec names are read as {@link SimulationFiles} reads them: within
 * the default {@link ReadLimits}, where a {@link SpecFileResolver} says (by default the spec's own
 * folder and below). Reading either returns a spec or throws a {@link PlanFileException} listing
 * every problem with its line, column and path. Writing then reading gives an equal spec; a written
 * spec names no file. What a file cannot hold is refused when writing: a host's own noise shape, a
 * policy holding a host's strategy, aggregation or pace without a spec, and a parallelism above
 * 4096.
 *
 * <pre>{@code
 * WorkforceFiles.write(spec, Path.of("forced-ranking.simulation.yaml"));
 * WorkforceSpec again = WorkforceFiles.read(Path.of("forced-ranking.simulation.yaml"));
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class WorkforceFiles {
  private WorkforceFiles() {}

  /**
   * Reads a spec file in the format its name implies, within the default limits, with the plan and
   * policy files it names read from its own folder and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid workforce spec, names a plan or policy
   *     file that is not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static WorkforceSpec read(Path file) throws IOException {
    return SPECS.read(file, ReadLimits.defaults());
  }

  /**
   * Reads a spec file in the format its name implies, within {@code limits}, with the plan and
   * policy files it names read where {@code files} says.
   *
   * @throws PlanFileException if the file is not a valid workforce spec, breaks a limit, names a
   *     plan or policy file that {@code files} refuses or that is not valid, or its name implies no
   *     format
   * @throws IOException if the file cannot be read
   */
  public static WorkforceSpec read(Path file, ReadLimits limits, SpecFileResolver files)
      throws IOException {
    return SPECS.read(file, limits, files);
  }

  /**
   * Reads a spec from text, within the default limits, with the plan and policy files it names read
   * from {@code folder} and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the text is not a valid workforce spec or names a file that is not
   *     allowed or not valid
   */
  public static WorkforceSpec read(String text, Format format, Path folder) {
    return SPECS.read(text, format, folder);
  }

  /**
   * Reads a spec from text, within {@code limits}, with the plan and policy files it names read
   * where {@code files} says.
   *
   * @throws PlanFileException if the text is not a valid workforce spec, breaks a limit, or names a
   *     file that {@code files} refuses or that is not valid
   */
  public static WorkforceSpec read(
      String text, Format format, ReadLimits limits, SpecFileResolver files) {
    return SPECS.read(text, format, limits, files);
  }

  /**
   * The spec as a document in {@code format}, ending with a line break.
   *
   * @throws IllegalArgumentException if the spec holds what a file cannot (see above), naming where
   */
  public static String write(WorkforceSpec spec, Format format) {
    return SPECS.write(spec, format);
  }

  /**
   * Writes the spec to a file in the format its name implies, replacing the file if it exists. The
   * document is made in full before the file is opened, so a spec that cannot be written leaves the
   * file untouched.
   *
   * @throws IllegalArgumentException if the name implies no format, or the spec holds what a file
   *     cannot
   * @throws IOException if the file cannot be written
   */
  public static void write(WorkforceSpec spec, Path file) throws IOException {
    SPECS.write(spec, file);
  }

  private static final SpecDocuments<WorkforceSpec> SPECS =
      new SpecDocuments<>(
          "workforce spec", "spec", WorkforceDecoder::decode, WorkforceEncoder::encode);
}

package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.simulation.SimulationSpec;

/**
 * Reads and writes {@link SimulationSpec}s as JSON or YAML files: the population (a plan file, a
 * plan written in place, or generated sizes), the outcome model, the behaviour rules, and the arms,
 * each a name with a policy file, a policy written in place or the default policy, and optionally a
 * forced-distribution rating. The format is described in the okr-io module's {@code FORMAT.md}.
 *
 * <p>The plan and policy files a spec names are read within the default {@link ReadLimits}, where a
 * {@link SpecFileResolver} says: by default from the spec's own folder and below, so that a spec
 * cannot lead its reader to other files ({@code ../../x.yaml} and {@code /abs/x.yaml} are refused,
 * at the field that names them); {@link SpecFileResolver#anyPath(Path)} reads any path, for a
 * command line.
 *
 * <p>A policy comparison's spec has no {@code kind}, or {@code kind: comparison}; a workforce study
 * ({@code kind: workforce}) is read by {@link WorkforceFiles}, and {@link #kind(Path)} tells which
 * a file holds. Reading either returns a spec or throws a {@link PlanFileException} listing every
 * problem with its line, column and path. Writing then reading gives an equal spec. A written spec
 * names no file: a plan population's plan and every policy but the default are written in place, so
 * that it can be read anywhere. What a file cannot hold is refused when writing: a host's own noise
 * shape, a policy holding a host's strategy, aggregation or pace without a spec ({@link
 * org.okrkit.scoring.ScoringPolicy#checkPortable()}), and a parallelism above 4096.
 *
 * <pre>{@code
 * SimulationFiles.write(spec, Path.of("experiment.simulation.yaml"));
 * SimulationSpec again = SimulationFiles.read(Path.of("experiment.simulation.yaml"));
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class SimulationFiles {
  private SimulationFiles() {}

  /**
   * Reads a spec file in the format its name implies, within the default limits, with the plan and
   * policy files it names read from its own folder and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid spec, names a plan or policy file that is
   *     not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SimulationSpec read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a spec file in the format its name implies, within {@code limits} (the plan and policy
   * files it names are read within the default limits), with those files read from its own folder
   * and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid spec, breaks a limit, names a plan or
   *     policy file that is not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SimulationSpec read(Path file, ReadLimits limits) throws IOException {
    return SPECS.read(file, limits);
  }

  /** The folder a file is in; a root, which is in no folder, stands for itself. */
  static Path folderOf(Path file) {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    return folder == null ? absolute : folder;
  }

  /**
   * Reads a spec file in the format its name implies, within {@code limits}, with the plan and
   * policy files it names read where {@code files} says.
   *
   * @throws PlanFileException if the file is not a valid spec, breaks a limit, names a plan or
   *     policy file that {@code files} refuses or that is not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SimulationSpec read(Path file, ReadLimits limits, SpecFileResolver files)
      throws IOException {
    return SPECS.read(file, limits, files);
  }

  /**
   * Reads a spec from text, within the default limits, with the plan and policy files it names read
   * from {@code folder} and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the text is not a valid spec or names a file that is not allowed
   *     or not valid
   */
  public static SimulationSpec read(String text, Format format, Path folder) {
    return SPECS.read(text, format, folder);
  }

  /**
   * Reads a spec from text, within {@code limits}, with the plan and policy files it names read
   * where {@code files} says.
   *
   * @throws PlanFileException if the text is not a valid spec, breaks a limit, or names a file that
   *     {@code files} refuses or that is not valid
   */
  public static SimulationSpec read(
      String text, Format format, ReadLimits limits, SpecFileResolver files) {
    return SPECS.read(text, format, limits, files);
  }

  /**
   * The spec as a document in {@code format}, ending with a line break.
   *
   * @throws IllegalArgumentException if the spec holds what a file cannot (see above), naming where
   */
  public static String write(SimulationSpec spec, Format format) {
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
  public static void write(SimulationSpec spec, Path file) throws IOException {
    SPECS.write(spec, file);
  }

  /**
   * The kind of spec a file holds, from its top-level {@code kind}: {@link SpecKind#COMPARISON}
   * when it has none, so that a host can read it with this class or with {@link WorkforceFiles}.
   * Only the kind is checked; reading the spec reports anything else.
   *
   * @throws PlanFileException if the file is not a document within the default limits, its root is
   *     not an object, its kind is not one of {@code comparison}, {@code workforce} and {@code
   *     sweep}, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SpecKind kind(Path file) throws IOException {
    return KINDS.read(requireNonNull(file, "file"), ReadLimits.defaults());
  }

  /**
   * The kind of spec a text holds; see {@link #kind(Path)}.
   *
   * @throws PlanFileException if the text is not a document within the default limits, its root is
   *     not an object, or its kind is not one of {@code comparison}, {@code workforce} and {@code
   *     sweep}
   */
  public static SpecKind kind(String text, Format format) {
    return KINDS.read(
        requireNonNull(text, "text"), requireNonNull(format, "format"), ReadLimits.defaults());
  }

  private static final DocumentReader<SpecKind> KINDS =
      new DocumentReader<>(
          "simulation spec",
          (root, problems) -> {
            if (root == null || root.type() != Node.Type.OBJECT) {
              problems.add(
                  root == null ? 0 : root.line(),
                  root == null ? 0 : root.column(),
                  "",
                  SimulationProblems.TEMPLATES,
                  root == null ? "simulation.emptySpec" : "simulation.notSpec",
                  root == null ? Map.of() : Map.of("got", Problems.got(root)));
              throw problems.exception();
            }
            Node at = root.value("kind");
            SpecKind kind =
                at == null || at.type() == Node.Type.NULL
                    ? SpecKind.COMPARISON
                    : SimulationDecoder.kindOf(at, "kind", problems);
            problems.throwIfAny();
            return kind == null ? SpecKind.COMPARISON : kind;
          });

  private static final SpecDocuments<SimulationSpec> SPECS =
      new SpecDocuments<>(
          "simulation spec", "spec", SimulationDecoder::decode, SimulationEncoder::encode);
}

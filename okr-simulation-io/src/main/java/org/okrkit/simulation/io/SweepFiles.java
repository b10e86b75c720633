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
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.WorkforceSweep;

/**
 * Reads and writes {@link Sweep}s and {@link WorkforceSweep}s as JSON or YAML files ({@code kind:
 * sweep}): the fields of a simulation spec file ({@link SimulationFiles}) but {@code seed}, and the
 * sweep's {@code settings} (each a name and the outcome-model fields it changes from the spec's
 * {@code model}) and {@code seeds}. A sweep of a workforce study says {@code study: workforce} and
 * has the fields of a workforce spec file ({@link WorkforceFiles}) but {@code seed}; each of its
 * settings may also give the {@code arms} its cells run instead of the study's. {@link
 * #study(Path)} tells which a file holds, {@link #read(Path)} reads a policy sweep and {@link
 * #readWorkforce(Path)} a workforce sweep. The format is described in the okr-io module's {@code
 * FORMAT.md}.
 *
 * <p>The plan and policy files a sweep names are read as a simulation spec's are, where a {@link
 * SpecFileResolver} says: by default from the file's own folder and below. Reading returns a sweep
 * or throws a {@link PlanFileException} listing every problem with its line, column and path
 * ({@code settings[1].model.effortElasticity}, {@code seeds[2]}). Writing then reading gives an
 * equal sweep; a written sweep names no file and gives each setting's whole model. What a file
 * cannot hold is refused when writing, as {@link SimulationFiles} refuses it, naming the setting.
 *
 * <pre>{@code
 * Sweep sweep = SweepFiles.read(Path.of("noise.sweep.yaml"));
 * SweepResult result = sweep.run(0);
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class SweepFiles {
  private SweepFiles() {}

  /**
   * Reads a sweep file in the format its name implies, within the default limits, with the plan and
   * policy files it names read from its own folder and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid sweep, names a plan or policy file that is
   *     not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static Sweep read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a sweep file in the format its name implies, within {@code limits}, with the plan and
   * policy files it names read from its own folder and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid sweep, breaks a limit, names a plan or
   *     policy file that is not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static Sweep read(Path file, ReadLimits limits) throws IOException {
    return SWEEPS.read(file, limits);
  }

  /**
   * Reads a sweep file in the format its name implies, within {@code limits}, with the plan and
   * policy files it names read where {@code files} says.
   *
   * @throws PlanFileException if the file is not a valid sweep, breaks a limit, names a plan or
   *     policy file that {@code files} refuses or that is not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static Sweep read(Path file, ReadLimits limits, SpecFileResolver files)
      throws IOException {
    return SWEEPS.read(file, limits, files);
  }

  /**
   * Reads a sweep from text, within the default limits, with the plan and policy files it names
   * read from {@code folder} and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the text is not a valid sweep or names a file that is not allowed
   *     or not valid
   */
  public static Sweep read(String text, Format format, Path folder) {
    return SWEEPS.read(text, format, folder);
  }

  /**
   * Reads a sweep from text, within {@code limits}, with the plan and policy files it names read
   * where {@code files} says.
   *
   * @throws PlanFileException if the text is not a valid sweep, breaks a limit, or names a file
   *     that {@code files} refuses or that is not valid
   */
  public static Sweep read(String text, Format format, ReadLimits limits, SpecFileResolver files) {
    return SWEEPS.read(text, format, limits, files);
  }

  /**
   * The sweep as a document in {@code format}, ending with a line break.
   *
   * @throws IllegalArgumentException if the sweep holds what a file cannot, naming where
   */
  public static String write(Sweep sweep, Format format) {
    return SWEEPS.write(sweep, format);
  }

  /**
   * Writes the sweep to a file in the format its name implies, replacing the file if it exists. The
   * document is made in full before the file is opened, so a sweep that cannot be written leaves
   * the file untouched.
   *
   * @throws IllegalArgumentException if the name implies no format, or the sweep holds what a file
   *     cannot
   * @throws IOException if the file cannot be written
   */
  public static void write(Sweep sweep, Path file) throws IOException {
    SWEEPS.write(sweep, file);
  }

  /**
   * The study a sweep file's cells run, from its top-level {@code study}: {@link
   * SpecKind#COMPARISON} when it has none (read the file with {@link #read(Path)}), or {@link
   * SpecKind#WORKFORCE} ({@link #readWorkforce(Path)}). Only the study is checked; reading the
   * sweep reports anything else.
   *
   * @throws PlanFileException if the file is not a document within the default limits, its root is
   *     not an object, its study is not one of {@code comparison} and {@code workforce}, or its
   *     name implies no format
   * @throws IOException if the file cannot be read
   */
  public static SpecKind study(Path file) throws IOException {
    return STUDIES.read(requireNonNull(file, "file"), ReadLimits.defaults());
  }

  /**
   * The study a sweep text's cells run; see {@link #study(Path)}.
   *
   * @throws PlanFileException if the text is not a document within the default limits, its root is
   *     not an object, or its study is not one of {@code comparison} and {@code workforce}
   */
  public static SpecKind study(String text, Format format) {
    return STUDIES.read(
        requireNonNull(text, "text"), requireNonNull(format, "format"), ReadLimits.defaults());
  }

  /**
   * Reads a workforce sweep file ({@code study: workforce}) in the format its name implies, within
   * the default limits, with the plan and policy files it names read from its own folder and below
   * ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid workforce sweep, names a plan or policy
   *     file that is not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static WorkforceSweep readWorkforce(Path file) throws IOException {
    return readWorkforce(file, ReadLimits.defaults());
  }

  /**
   * Reads a workforce sweep file in the format its name implies, within {@code limits}, with the
   * plan and policy files it names read from its own folder and below ({@link
   * SpecFileResolver#within}).
   *
   * @throws PlanFileException if the file is not a valid workforce sweep, breaks a limit, names a
   *     plan or policy file that is not allowed or not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static WorkforceSweep readWorkforce(Path file, ReadLimits limits) throws IOException {
    return WORKFORCE_SWEEPS.read(file, limits);
  }

  /**
   * Reads a workforce sweep file in the format its name implies, within {@code limits}, with the
   * plan and policy files it names read where {@code files} says.
   *
   * @throws PlanFileException if the file is not a valid workforce sweep, breaks a limit, names a
   *     plan or policy file that {@code files} refuses or that is not valid, or its name implies no
   *     format
   * @throws IOException if the file cannot be read
   */
  public static WorkforceSweep readWorkforce(Path file, ReadLimits limits, SpecFileResolver files)
      throws IOException {
    return WORKFORCE_SWEEPS.read(file, limits, files);
  }

  /**
   * Reads a workforce sweep from text, within the default limits, with the plan and policy files it
   * names read from {@code folder} and below ({@link SpecFileResolver#within}).
   *
   * @throws PlanFileException if the text is not a valid workforce sweep or names a file that is
   *     not allowed or not valid
   */
  public static WorkforceSweep readWorkforce(String text, Format format, Path folder) {
    return WORKFORCE_SWEEPS.read(text, format, folder);
  }

  /**
   * Reads a workforce sweep from text, within {@code limits}, with the plan and policy files it
   * names read where {@code files} says.
   *
   * @throws PlanFileException if the text is not a valid workforce sweep, breaks a limit, or names
   *     a file that {@code files} refuses or that is not valid
   */
  public static WorkforceSweep readWorkforce(
      String text, Format format, ReadLimits limits, SpecFileResolver files) {
    return WORKFORCE_SWEEPS.read(text, format, limits, files);
  }

  /**
   * The workforce sweep as a document in {@code format} ({@code study: workforce}), ending with a
   * line break. Writing then reading ({@link #readWorkforce}) gives an equal sweep.
   *
   * @throws IllegalArgumentException if the sweep holds what a file cannot (a host's own noise
   *     shape, a policy holding a host's strategy, aggregation or pace without a spec, a
   *     parallelism above 4096), naming where
   */
  public static String write(WorkforceSweep sweep, Format format) {
    return WORKFORCE_SWEEPS.write(sweep, format);
  }

  /**
   * Writes the workforce sweep to a file in the format its name implies, replacing the file if it
   * exists. The document is made in full before the file is opened, so a sweep that cannot be
   * written leaves the file untouched.
   *
   * @throws IllegalArgumentException if the name implies no format, or the sweep holds what a file
   *     cannot
   * @throws IOException if the file cannot be written
   */
  public static void write(WorkforceSweep sweep, Path file) throws IOException {
    WORKFORCE_SWEEPS.write(sweep, file);
  }

  private static final DocumentReader<SpecKind> STUDIES =
      new DocumentReader<>(
          "sweep",
          (root, problems) -> {
            if (root == null || root.type() != Node.Type.OBJECT) {
              problems.add(
                  root == null ? 0 : root.line(),
                  root == null ? 0 : root.column(),
                  "",
                  SimulationProblems.TEMPLATES,
                  root == null ? "sweep.empty" : "simulation.notSpec",
                  root == null ? Map.of() : Map.of("got", Problems.got(root)));
              throw problems.exception();
            }
            SpecKind study = SweepDecoder.study(root, problems);
            problems.throwIfAny();
            return study == null ? SpecKind.COMPARISON : study;
          });

  private static final SpecDocuments<WorkforceSweep> WORKFORCE_SWEEPS =
      new SpecDocuments<>("sweep", "sweep", SweepDecoder::decodeWorkforce, SweepEncoder::encode);

  private static final SpecDocuments<Sweep> SWEEPS =
      new SpecDocuments<>("sweep", "sweep", SweepDecoder::decode, SweepEncoder::encode);
}

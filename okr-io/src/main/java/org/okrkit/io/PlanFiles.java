package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.internal.FileLogs;
import org.okrkit.io.internal.GeneratorWriter;
import org.okrkit.io.internal.PlanDecoder;
import org.okrkit.io.internal.PlanEncoder;

/**
 * Reads and writes {@link Plan}s as JSON or YAML files. The format is described in the okr-io
 * module's {@code FORMAT.md} and by {@link #jsonSchema()}. In short: the plan's {@code name} and
 * {@code period}, then {@code owners}, {@code objectives} holding their {@code keyResults}, and
 * {@code kpis}; key results and KPIs give their original definitions, with their {@code revisions}
 * (dated changes of target, weight or contributions) and the {@code checkIns} that report on them.
 *
 * <p>Writing then reading gives an equal plan: the same original definitions, revisions, and
 * check-ins of each element in the same order of arrival. Reading either returns a valid plan or
 * throws a {@link PlanFileException} listing every problem with its line, column and path; nothing
 * half-read is ever returned. A plan read from a file reads the check-in logs that go with it as
 * well ({@link CheckInLogs}); the plan written holds every check-in in place. Reading is bounded by
 * {@link ReadLimits}, {@link ReadLimits#defaults()} unless given.
 *
 * <pre>{@code
 * Plan plan = PlanFiles.read(Path.of("plans/marketing.yaml"));
 * String json = PlanFiles.write(plan, Format.JSON);
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class PlanFiles {
  private static final DocumentReader<Plan> READING =
      new DocumentReader<>("plan", PlanDecoder::decode);
  private static final String SCHEMA = "plan.schema.json";

  private PlanFiles() {}

  /**
   * Reads a plan file in the format its name implies ({@code .json}, {@code .yaml} or {@code
   * .yml}), with its check-in logs, within the default limits.
   *
   * @throws PlanFileException if the file is not a valid plan, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static Plan read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a plan file in the format its name implies, with its check-in logs, within {@code
   * limits}, which each log is held to on its own. The check-ins of the log beside the plan (see
   * {@link CheckInLogs}) and of the logs its {@code checkInLogs} names count as if they were
   * written in the plan's own {@code checkIns}, after those, in the order of the logs and of their
   * records; a problem in a log is reported at its line and column in the log.
   *
   * @throws PlanFileException if the file is not a valid plan, breaks a limit, or its name implies
   *     no format
   * @throws IOException if the file cannot be read
   */
  public static Plan read(Path file, ReadLimits limits) throws IOException {
    return read(file, limits, new FileLogs(file, limits));
  }

  /** Reads a plan file with the check-in logs {@code logs} finds, which remembers them. */
  static Plan read(Path file, ReadLimits limits, FileLogs logs) throws IOException {
    return new DocumentReader<>(
            "plan", (root, problems) -> PlanDecoder.decode(root, problems, logs))
        .read(file, limits);
  }

  /**
   * Reads a plan from text, within the default limits. A plan read from text has no folder: it
   * reads no check-in log, and one that names logs is refused.
   *
   * @throws PlanFileException if the text is not a valid plan
   */
  public static Plan read(String text, Format format) {
    return read(text, format, ReadLimits.defaults());
  }

  /**
   * Reads a plan from text, within {@code limits}.
   *
   * @throws PlanFileException if the text is not a valid plan or breaks a limit
   */
  public static Plan read(String text, Format format, ReadLimits limits) {
    return READING.read(text, format, limits);
  }

  /**
   * Reads a plan from a stream of UTF-8, within {@code limits}: at most one byte more than {@link
   * ReadLimits#maxBytes()} is read. The stream is not closed.
   *
   * @throws PlanFileException if the input is not a valid plan or breaks a limit
   * @throws IOException if the stream cannot be read
   */
  public static Plan read(InputStream in, Format format, ReadLimits limits) throws IOException {
    return READING.read(in, format, limits);
  }

  /** The plan as a document in {@code format}, ending with a line break. */
  public static String write(Plan plan, Format format) {
    return PlanEncoder.encode(requireNonNull(plan, "plan"), requireNonNull(format, "format"));
  }

  /**
   * Writes the plan to a file in the format its name implies, replacing the file if it exists. The
   * document is made in full before the file is opened.
   *
   * @throws IllegalArgumentException if the name implies no format
   * @throws IOException if the file cannot be written
   */
  public static void write(Plan plan, Path file) throws IOException {
    Format format = Format.ofName(file);
    Files.writeString(file, write(plan, format), StandardCharsets.UTF_8);
  }

  /**
   * Reads a plan written in place inside another document, as the object a plan file holds: every
   * problem of shape, and the plan's own validation mapped back to where its elements stand, is
   * reported to {@code problems} under {@code path}.
   *
   * @param node the plan's object
   * @param path where {@code node} stands in the document, for messages: {@code "population.plan"}
   * @return the plan, or null when there is any problem with it (each one reported)
   */
  public static @Nullable Plan decode(Node node, String path, Problems problems) {
    return PlanDecoder.inline(
        requireNonNull(node, "node"),
        requireNonNull(path, "path"),
        requireNonNull(problems, "problems"));
  }

  /**
   * Writes the plan in place into a document being written, as a value: the object a plan file
   * holds. {@link #decode(Node, String, Problems)} reads it back equal.
   */
  public static void write(Plan plan, DocumentWriter out) {
    requireNonNull(plan, "plan");
    try {
      PlanEncoder.write(GeneratorWriter.generator(requireNonNull(out, "out")), plan);
    } catch (IOException e) {
      throw GeneratorWriter.failure(e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the plan format, as text. It describes the JSON form; a YAML
   * file has the same shape, where plain scalars may stand for text.
   */
  public static String jsonSchema() {
    return resource(SCHEMA);
  }

  /** A text resource of this package in okr-io's jar, such as a schema. */
  static String resource(String name) {
    try (InputStream in = PlanFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the okr-io jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

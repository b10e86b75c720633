package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.internal.Beside;
import org.okrkit.io.internal.GeneratorWriter;
import org.okrkit.io.internal.PolicyDecoder;
import org.okrkit.io.internal.PolicyEncoder;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringPolicy;

/**
 * Reads and writes {@link ScoringPolicy}s as JSON or YAML files: every setting of the policy by its
 * name, the built-in strategies, aggregations and pace by type name and parameters ({@code linear},
 * {@code {type: linear, cap: 1.2, roundToTenths: true}}). Settings left out keep their defaults.
 * The format is described in the okr-io module's {@code FORMAT.md}.
 *
 * <p>Writing then reading gives an equal policy. Built-in strategies, aggregations and paces are
 * written by kind and parameters; one of a named kind (such as a formula strategy) by its name and
 * parameters, and reading rebuilds it through the {@link PolicyExtensions} of the modules that
 * provide it ({@link PolicyExtensions#loaded()} unless given). A policy holding a host's strategy,
 * aggregation or pace without a spec cannot be written ({@link ScoringPolicy#checkPortable()}).
 * Reading is bounded by {@link ReadLimits}, and either returns a policy or throws a {@link
 * PlanFileException} listing every problem. Whether a policy fits a plan (the ids and tags it
 * names) is checked when it scores one.
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class PolicyFiles {
  /** Reads with the strategies, aggregations and paces of the modules that provide them. */
  private static DocumentReader<ScoringPolicy> reading(PolicyExtensions extensions) {
    return new DocumentReader<>(
        "scoring policy", (root, problems) -> PolicyDecoder.decode(root, problems, extensions));
  }

  private PolicyFiles() {}

  /**
   * The JSON Schema (draft 2020-12) of the policy format, as text, with the {@code $id} {@code
   * urn:okrkit:schema:policy:1}. It describes the JSON form; a YAML file has the same shape. A
   * strategy, aggregation or pace of a kind that a module provides is described as an object with
   * its {@code type} and plain parameters: the schema cannot know which kinds are present, and what
   * such a kind's parameters mean is checked by its module when the policy is read. okr-formula's
   * {@code formula} strategy is the exception: its parameters ({@code expression}, {@code
   * directions}, {@code cap}) have a definition of their own, though only that module checks the
   * expression. Likewise the checks that span settings (tolerances in order, composite weights not
   * both 0, a curve's points rising) are the reader's, not the schema's.
   */
  public static String jsonSchema() {
    return PlanFiles.resource("policy.schema.json");
  }

  /**
   * The policy file that lies beside a plan file and is named after it, if there is one: {@code
   * plans/q3.policy.yaml}, else {@code .policy.yml}, else {@code .policy.json}, for {@code
   * plans/q3.yaml} (or {@code .yml}, {@code .json}). The convention by which a tool finds the
   * policy of a plan it is given alone; nothing here reads it.
   */
  public static Optional<Path> besidePlan(Path plan) {
    return Beside.policy(requireNonNull(plan, "plan"));
  }

  /**
   * Reads a policy file in the format its name implies, within the default limits.
   *
   * @throws PlanFileException if the file is not a valid policy, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static ScoringPolicy read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a policy file in the format its name implies, within {@code limits}.
   *
   * @throws PlanFileException if the file is not a valid policy, breaks a limit, or its name
   *     implies no format
   * @throws IOException if the file cannot be read
   */
  public static ScoringPolicy read(Path file, ReadLimits limits) throws IOException {
    return read(file, limits, PolicyExtensions.loaded());
  }

  /**
   * Reads a policy file in the format its name implies, within {@code limits}, rebuilding named
   * strategies, aggregations and paces with {@code extensions} only.
   *
   * @throws PlanFileException if the file is not a valid policy, names a kind {@code extensions}
   *     does not provide, breaks a limit, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static ScoringPolicy read(Path file, ReadLimits limits, PolicyExtensions extensions)
      throws IOException {
    return reading(requireNonNull(extensions, "extensions")).read(file, limits);
  }

  /**
   * Reads a policy from text, within the default limits.
   *
   * @throws PlanFileException if the text is not a valid policy
   */
  public static ScoringPolicy read(String text, Format format) {
    return read(text, format, ReadLimits.defaults());
  }

  /**
   * Reads a policy from text, within {@code limits}.
   *
   * @throws PlanFileException if the text is not a valid policy or breaks a limit
   */
  public static ScoringPolicy read(String text, Format format, ReadLimits limits) {
    return read(text, format, limits, PolicyExtensions.loaded());
  }

  /**
   * Reads a policy from text, within {@code limits}, rebuilding named strategies, aggregations and
   * paces with {@code extensions} only.
   *
   * @throws PlanFileException if the text is not a valid policy, names a kind {@code extensions}
   *     does not provide, or breaks a limit
   */
  public static ScoringPolicy read(
      String text, Format format, ReadLimits limits, PolicyExtensions extensions) {
    return reading(requireNonNull(extensions, "extensions")).read(text, format, limits);
  }

  /**
   * Reads a policy from a stream of UTF-8, within {@code limits}. The stream is not closed.
   *
   * @throws PlanFileException if the input is not a valid policy or breaks a limit
   * @throws IOException if the stream cannot be read
   */
  public static ScoringPolicy read(InputStream in, Format format, ReadLimits limits)
      throws IOException {
    return reading(PolicyExtensions.loaded()).read(in, format, limits);
  }

  /**
   * Reads a policy written in place inside another document, as the object a policy file holds,
   * reporting every problem to {@code problems} under {@code path}; named strategies, aggregations
   * and paces are rebuilt with {@code extensions} only ({@link PolicyExtensions#loaded()} for those
   * of the modules present).
   *
   * @param node the policy's object
   * @param path where {@code node} stands in the document, for messages: {@code "arms[1].policy"}
   * @return the policy, or null when there is any problem with it (each one reported)
   */
  public static @Nullable ScoringPolicy decode(
      Node node, String path, Problems problems, PolicyExtensions extensions) {
    return PolicyDecoder.inline(
        requireNonNull(node, "node"),
        requireNonNull(path, "path"),
        requireNonNull(problems, "problems"),
        requireNonNull(extensions, "extensions"));
  }

  /**
   * Writes the policy in place into a document being written, as a value: the object a policy file
   * holds. {@link #decode(Node, String, Problems, PolicyExtensions)} reads it back equal.
   *
   * @throws IllegalArgumentException if the policy holds a strategy, aggregation or pace without a
   *     spec, naming each setting and its value; nothing is written then
   */
  public static void write(ScoringPolicy policy, DocumentWriter out) {
    requireNonNull(policy, "policy");
    try {
      PolicyEncoder.write(GeneratorWriter.generator(requireNonNull(out, "out")), policy);
    } catch (IOException e) {
      throw GeneratorWriter.failure(e);
    }
  }

  /**
   * The policy as a document in {@code format}, ending with a line break.
   *
   * @throws IllegalArgumentException if the policy holds a strategy, aggregation or pace without a
   *     spec (a host's lambda, say), naming each setting and its value
   */
  public static String write(ScoringPolicy policy, Format format) {
    return PolicyEncoder.encode(requireNonNull(policy, "policy"), requireNonNull(format, "format"));
  }

  /**
   * Writes the policy to a file in the format its name implies, replacing the file if it exists.
   * The document is made in full before the file is opened, so a policy that cannot be written
   * leaves the file untouched.
   *
   * @throws IllegalArgumentException if the name implies no format, or the policy holds a strategy,
   *     aggregation or pace without a spec
   * @throws IOException if the file cannot be written
   */
  public static void write(ScoringPolicy policy, Path file) throws IOException {
    Format format = Format.ofName(file);
    Files.writeString(file, write(policy, format), StandardCharsets.UTF_8);
  }
}

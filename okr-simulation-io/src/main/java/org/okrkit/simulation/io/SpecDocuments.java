package org.okrkit.simulation.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;

/**
 * How a kind of document that names plan and policy files (a simulation spec, a workforce spec, a
 * policy or a workforce sweep) is read and written: what the public read and write methods of
 * {@link SimulationFiles}, {@link WorkforceFiles} and {@link SweepFiles} do, written once. Each
 * checks its arguments for null in the order those methods name them.
 */
final class SpecDocuments<T> {
  /** Decodes a document's root, reading the files it names where {@code files} says. */
  @FunctionalInterface
  interface Decoder<T> {
    T decode(@Nullable Node root, Problems problems, SpecFileResolver files);
  }

  private final String what;
  private final String name;
  private final Decoder<T> decoder;
  private final BiFunction<T, Format, String> encoder;

  /**
   * @param what what a document holds, as problems name it ({@code sweep})
   * @param name the name of the written value's parameter ({@code sweep})
   */
  SpecDocuments(
      String what, String name, Decoder<T> decoder, BiFunction<T, Format, String> encoder) {
    this.what = what;
    this.name = name;
    this.decoder = decoder;
    this.encoder = encoder;
  }

  /** Reads a file, with the files it names read from its own folder and below. */
  T read(Path file, ReadLimits limits) throws IOException {
    requireNonNull(file, "file");
    return read(file, limits, SpecFileResolver.within(SimulationFiles.folderOf(file)));
  }

  /** Reads a file, with the files it names read where {@code files} says. */
  T read(Path file, ReadLimits limits, SpecFileResolver files) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    return reading(requireNonNull(files, "files")).read(file, limits);
  }

  /** Reads text within the default limits, with the files it names read from {@code folder}. */
  T read(String text, Format format, Path folder) {
    requireNonNull(folder, "folder");
    return read(text, format, ReadLimits.defaults(), SpecFileResolver.within(folder));
  }

  /** Reads text, with the files it names read where {@code files} says. */
  T read(String text, Format format, ReadLimits limits, SpecFileResolver files) {
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    requireNonNull(limits, "limits");
    return reading(requireNonNull(files, "files")).read(text, format, limits);
  }

  /** The value as a document in {@code format}. */
  String write(T value, Format format) {
    return encoder.apply(requireNonNull(value, name), requireNonNull(format, "format"));
  }

  /**
   * Writes the value to a file in the format its name implies, made in full before it is opened.
   */
  void write(T value, Path file) throws IOException {
    requireNonNull(value, name);
    Format format = Format.ofName(file);
    Files.writeString(file, write(value, format), StandardCharsets.UTF_8);
  }

  private DocumentReader<T> reading(SpecFileResolver files) {
    return new DocumentReader<>(what, (root, problems) -> decoder.decode(root, problems, files));
  }
}

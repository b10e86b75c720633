package org.okrkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;

/** The steps every read takes: bounded input, the document tree, then the decoder. */
public final class Reading<T> {
  private final String what;
  private final BiFunction<@Nullable Node, Problems, T> decoder;

  /**
   * Reads documents with a decoder.
   *
   * @param what what the documents hold, for messages: {@code "plan"}
   */
  public Reading(String what, BiFunction<@Nullable Node, Problems, T> decoder) {
    this.what = what;
    this.decoder = decoder;
  }

  /** Reads a file, in the format its name implies unless {@code format} is given. */
  public T read(Path file, @Nullable Format format, ReadLimits limits) throws IOException {
    Problems problems = new Problems(file.toString(), what);
    try {
      Format f = format != null ? format : Format.of(file).orElse(null);
      if (f == null) {
        throw problems.stop(
            0,
            0,
            "",
            "cannot tell the format from the file name; expected a name ending in .json, .yaml"
                + " or .yml");
      }
      String text = Input.of(file, limits.maxBytes(), problems);
      return decoder.apply(TreeReader.read(text, f, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /** Reads a stream. */
  public T read(InputStream in, Format format, ReadLimits limits) throws IOException {
    Problems problems = new Problems(null, what);
    try {
      String text = Input.of(in, limits.maxBytes(), problems);
      return decoder.apply(TreeReader.read(text, format, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /** Reads text. */
  public T read(String text, Format format, ReadLimits limits) {
    Problems problems = new Problems(null, what);
    try {
      String checked = Input.of(text, limits.maxBytes(), problems);
      return decoder.apply(TreeReader.read(checked, format, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }
}

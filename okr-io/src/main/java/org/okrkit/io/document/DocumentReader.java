package org.okrkit.io.document;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.RecordFormat;

/**
 * Reads documents of one kind, in the steps every okrkit file takes: the input is brought into
 * memory within {@link ReadLimits#maxBytes()}, parsed into a tree of {@link Node}s that keep their
 * line and column (within the other limits), and handed to a {@link Decoder}, which turns it into a
 * value and reports what is wrong to {@link Problems}. Reading either returns that value or throws
 * a {@link PlanFileException} listing every problem with its file, line, column and path.
 *
 * <pre>{@code
 * DocumentReader<Budget> budgets = new DocumentReader<>("budget", (root, problems) -> {
 *   if (root == null) {
 *     problems.add(0, 0, "", "the document is empty; expected an object with an amount");
 *     throw problems.exception();
 *   }
 *   Fields f = Fields.of(root, "", problems, "a budget", Fields.names("version", "amount"));
 *   Double amount = f == null ? null : f.number("amount", true);
 *   if (f != null) {
 *     f.version();
 *   }
 *   problems.throwIfAny();
 *   return new Budget(amount);
 * });
 * Budget b = budgets.read(Path.of("q3.budget.yaml"), ReadLimits.defaults());
 * }</pre>
 *
 * <p>A reader is immutable; it is safe to use from several threads at once when its decoder is,
 * since each read gets {@link Problems} of its own.
 *
 * @param <T> what the documents describe
 */
public final class DocumentReader<T> {
  /**
   * Turns a document tree into a value, reporting every problem it finds.
   *
   * @param <T> what the documents describe
   */
  @FunctionalInterface
  public interface Decoder<T> {
    /**
     * The value the document describes. A decoder reports every problem it finds to {@code
     * problems} and then throws {@link Problems#exception()} ({@link Problems#throwIfAny()});
     * should it return after reporting one, the reader throws it.
     *
     * @param root the document, or null when the input holds none (it is empty or a comment)
     * @param problems the problems of this read, to report to
     * @throws PlanFileException listing every problem, when there is any
     */
    T decode(@Nullable Node root, Problems problems);
  }

  private final String what;
  private final Decoder<T> decoder;

  /**
   * A reader of documents that {@code decoder} decodes.
   *
   * @param what what the documents hold, for the exception's message ({@code "invalid budget file
   *     q3.budget.yaml: 2 problems"}): {@code "budget"}
   */
  public DocumentReader(String what, Decoder<T> decoder) {
    this.what = requireNonNull(what, "what");
    this.decoder = requireNonNull(decoder, "decoder");
  }

  /**
   * Reads a file in the format its name implies ({@link Format#of(Path)}), within {@code limits}.
   * Problems name the file as it is given here.
   *
   * @throws PlanFileException if the file's name implies no format, it breaks a limit, or it is not
   *     a valid document of this kind
   * @throws IOException if the file cannot be read
   */
  public T read(Path file, ReadLimits limits) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    Problems problems = new Problems(file.toString(), what);
    try {
      Format f = Format.of(file).orElse(null);
      if (f == null) {
        throw problems.stop(0, 0, "", "document.unknownFormat", Map.of());
      }
      String text = Input.of(file, limits.maxBytes(), problems);
      return decode(TreeReader.read(text, f, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * Reads a stream of UTF-8 within {@code limits}: at most one byte more than {@link
   * ReadLimits#maxBytes()} is read. The stream is not closed.
   *
   * @throws PlanFileException if the input breaks a limit or is not a valid document of this kind
   * @throws IOException if the stream cannot be read
   */
  public T read(InputStream in, Format format, ReadLimits limits) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(format, "format");
    requireNonNull(limits, "limits");
    Problems problems = new Problems(null, what);
    try {
      String text = Input.of(in, limits.maxBytes(), problems);
      return decode(TreeReader.read(text, format, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * Reads text within {@code limits}.
   *
   * @throws PlanFileException if the text breaks a limit or is not a valid document of this kind
   */
  public T read(String text, Format format, ReadLimits limits) {
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    requireNonNull(limits, "limits");
    Problems problems = new Problems(null, what);
    try {
      String checked = Input.of(text, limits.maxBytes(), problems);
      return decode(TreeReader.read(checked, format, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * Reads a record file, CSV or JSON Lines as its name implies ({@link RecordFormat#of(Path)}),
   * within {@code limits}: the decoder is given a list holding an object per record, as {@link
   * Records} reads them. Problems name the file as it is given here.
   *
   * @param allowed the fields a record may have: in CSV the columns the header may name
   * @param required the fields every record has: in CSV the columns the header must name
   * @throws PlanFileException if the file's name implies no record format, it breaks a limit, or it
   *     is not a valid file of this kind
   * @throws IOException if the file cannot be read
   */
  public T readRecords(Path file, List<String> allowed, List<String> required, ReadLimits limits)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(limits, "limits");
    Problems problems = new Problems(file.toString(), what);
    try {
      return decode(Records.read(file, allowed, required, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * Reads record text in {@code format} within {@code limits}, as {@link #readRecords(Path, List,
   * List, ReadLimits)} reads a file.
   *
   * @throws PlanFileException if the text breaks a limit or is not valid
   */
  public T readRecords(
      String text,
      RecordFormat format,
      List<String> allowed,
      List<String> required,
      ReadLimits limits) {
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    requireNonNull(limits, "limits");
    Problems problems = new Problems(null, what);
    try {
      return decode(Records.read(text, format, allowed, required, limits, problems), problems);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  private T decode(@Nullable Node root, Problems problems) {
    T value = decoder.decode(root, problems);
    problems.throwIfAny();
    return value;
  }
}

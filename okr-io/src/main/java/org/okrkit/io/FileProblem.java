package org.okrkit.io;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a plan or policy file: the file, the line and column, the path of the
 * element in the file ({@code objectives[0].keyResults[1].target}) and what is wrong and expected.
 */
@Value.Immutable
public abstract sealed class FileProblem permits ImmutableFileProblem {

  FileProblem() {}

  /** The file as it was named to the reader; empty when the input was not a file. */
  public abstract Optional<String> file();

  /** The line, from 1; 0 when the problem concerns the whole input, such as its size. */
  public abstract int line();

  /** The column, from 1, counted in UTF-16 characters; 0 when {@link #line()} is 0. */
  public abstract int column();

  /**
   * Where in the document, as a path of field names and list positions from the top-level object:
   * {@code objectives[0].keyResults[1].target}; empty for the document as a whole.
   */
  public abstract String path();

  /** What is wrong, and what was expected. */
  public abstract String message();

  /** A problem. */
  public static FileProblem of(
      Optional<String> file, int line, int column, String path, String message) {
    return ImmutableFileProblem.builder()
        .file(file)
        .line(line)
        .column(column)
        .path(path)
        .message(message)
        .build();
  }

  /**
   * The problem as compilers print theirs: {@code plan.yaml:12:9:
   * objectives[0].keyResults[1].target: stretch 90 lies below target 120 for an INCREASE measure};
   * parts that are absent are left out.
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    file().ifPresent(f -> text.append(f).append(':'));
    if (line() > 0) {
      text.append(line()).append(':').append(column()).append(':');
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    if (!path().isEmpty()) {
      text.append(path()).append(": ");
    }
    return text.append(message()).toString();
  }

  @Value.Check
  final void check() {
    com.google.common.base.Preconditions.checkArgument(
        line() >= 0 && column() >= 0 && (line() > 0 || column() == 0),
        "line and column must be at least 1, or both 0, got %s and %s",
        line(),
        column());
  }
}

package org.okrkit.io;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.ProblemTemplates;

/**
 * One thing wrong with a plan or policy file: the file, the line and column, the path of the
 * element in the file ({@code objectives[0].keyResults[1].target}) and what is wrong and expected.
 *
 * <p>The problems okrkit's readers report also carry what is wrong as data: a {@linkplain #code()
 * code} and its {@linkplain #arguments() arguments}, with the {@linkplain #templates() table} that
 * writes the code's message: {@link #FILE_PROBLEMS} for the problems of a file's shape, {@link
 * ProblemTemplates#core()} for a problem of plan validation (the code and arguments of its {@link
 * org.okrkit.core.Problem}), a module's own table for the files it reads. So {@link
 * #message(Locale)} and {@link #render(Locale)} write the problem in another language: {@code
 * plan.yaml:12:9: objectives[0].keyResults[1].target: 挑战值 90 低于目标值 120（指标越高越好）}.
 */
@Value.Immutable
public abstract sealed class FileProblem implements org.okrkit.core.text.Localizable
    permits ImmutableFileProblem {

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

  /** What is wrong, and what was expected, in English. */
  public abstract String message();

  /**
   * The key of the message in {@link #templates()}, such as {@code field.missing}; empty for a
   * problem made with its message only. Not part of {@code equals}: two problems are equal when
   * their files, positions, paths and English messages are.
   */
  @Value.Auxiliary
  public abstract Optional<String> code();

  /**
   * The names and figures the message is filled with, by name, in the order given, of the kinds
   * {@link ProblemTemplates} describes; empty for a problem without a code. Not part of {@code
   * equals}.
   */
  @Value.Auxiliary
  public abstract ImmutableMap<String, Object> arguments();

  /**
   * The table that writes the message of {@link #code()}; empty for a problem without a code. Not
   * part of {@code equals}.
   */
  @Value.Auxiliary
  public abstract Optional<ProblemTemplates> templates();

  /**
   * The messages of the problems okr-io reports about a file's shape and syntax: the bundle {@code
   * org/okrkit/io/problems}.
   */
  public static final ProblemTemplates FILE_PROBLEMS =
      ProblemTemplates.load("problems", name -> FileProblem.class.getResourceAsStream(name));

  /** A problem with its English message only: no code, no arguments. */
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
   * A problem of {@code code}, a key of {@code templates}, its message filled with {@code
   * arguments}.
   *
   * @throws IllegalArgumentException if the table has no such code, an argument is of a kind it
   *     cannot show, or line and column are out of range
   */
  public static FileProblem of(
      Optional<String> file,
      int line,
      int column,
      String path,
      ProblemTemplates templates,
      String code,
      Map<String, ?> arguments) {
    ImmutableMap<String, Object> data = ProblemTemplates.data(arguments);
    return ImmutableFileProblem.builder()
        .file(file)
        .line(line)
        .column(column)
        .path(path)
        .message(templates.message(code, data, Locale.ROOT))
        .code(code)
        .arguments(data)
        .templates(templates)
        .build();
  }

  /**
   * What is wrong in {@code locale}: the code's message in that locale's translation of {@link
   * #templates()}, English where it has none; {@link #message()} for a problem without a code.
   */
  public final String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Optional<String> code = code();
    Optional<ProblemTemplates> templates = templates();
    return code.isPresent() && templates.isPresent()
        ? templates.get().message(code.get(), arguments(), locale)
        : message();
  }

  /**
   * The problem as {@link #toString()} writes it, with the message in {@code locale}: {@code
   * plan.yaml:12:9: objectives[0].keyResults[1].target: 挑战值 90 低于目标值 120（指标越高越好）}. The file,
   * position and path stay as they are.
   */
  public final String render(Locale locale) {
    return render(message(locale));
  }

  /**
   * The same as {@link #render(Locale)}: a problem of a file that another file names reads so in
   * the other file's problem.
   */
  @Override
  public final String localized(Locale locale) {
    return render(locale);
  }

  /**
   * The problem as compilers print theirs: {@code plan.yaml:12:9:
   * objectives[0].keyResults[1].target: stretch 90 lies below target 120 for an INCREASE measure};
   * parts that are absent are left out.
   */
  @Override
  public final String toString() {
    return render(message());
  }

  private String render(String message) {
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
    return text.append(message).toString();
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

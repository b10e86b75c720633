package org.okrkit.io.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Problem;
import org.okrkit.core.ProblemException;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.io.FileProblem;
import org.okrkit.io.PlanFileException;

/**
 * Collects the problems of one document, in the order found, each with its line, column and path;
 * {@link #exception()} lists them by position. {@link DocumentReader} makes one per read and hands
 * it to the decoder; it is not for sharing between threads.
 *
 * <p>A document may bring other files with it, such as the check-in logs a plan reads: {@link
 * #forFile(String)} gives the problems of such a file, collected with the document's own and listed
 * after them, file by file.
 */
public final class Problems {
  /** Stops reading at a problem after which nothing more can be learnt: a syntax error, a limit. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final Optional<String> file;
  private final String what;
  private final List<FileProblem> problems;

  /** The files problems are reported in, the document's own first: the order they are listed in. */
  private final List<Optional<String>> files;

  /**
   * Problems of a document.
   *
   * @param file the file as named to the reader, or null
   * @param what what is read, for the exception's message: {@code "plan"}
   */
  Problems(@Nullable String file, String what) {
    this(Optional.ofNullable(file), what, new ArrayList<>(), new ArrayList<>());
    files.add(this.file);
  }

  private Problems(
      Optional<String> file,
      String what,
      List<FileProblem> problems,
      List<Optional<String>> files) {
    this.file = file;
    this.what = what;
    this.problems = problems;
    this.files = files;
  }

  /**
   * The problems of another file read as part of this document (a check-in log a plan names, say):
   * what is added to them is added to this document's problems, named after {@code file}, and
   * counted by {@link #count()} on either; {@link #exception()} lists them after the document's
   * own, file by file in the order the files were first given here.
   *
   * @param file the other file as messages name it
   */
  public Problems forFile(String file) {
    Optional<String> other = Optional.of(file);
    if (!files.contains(other)) {
      files.add(other);
    }
    return new Problems(other, what, problems, files);
  }

  /**
   * Adds a problem at a position: line and column from 1, or both 0 for the whole input.
   *
   * @param path where in the document, as {@link FileProblem#path()} gives it; empty for the
   *     document as a whole
   * @param message what is wrong, and what was expected
   * @throws IllegalArgumentException if line or column is negative, or only one of them is 0
   */
  public void add(int line, int column, String path, String message) {
    problems.add(FileProblem.of(file, line, column, path, message));
  }

  /** Adds a problem at a value. */
  public void add(Node at, String path, String message) {
    add(at.line(), at.column(), path, message);
  }

  /** Adds a problem at a value, spelling its path out. */
  public void add(Node at, DocumentPath path, String message) {
    add(at.line(), at.column(), path.toString(), message);
  }

  /**
   * Adds a problem of {@code code}, a key of {@code templates}, at a position: line and column from
   * 1, or both 0 for the whole input.
   *
   * @param path where in the document, as {@link FileProblem#path()} gives it
   * @throws IllegalArgumentException if the table has no such code, an argument is of a kind it
   *     cannot show, or line or column is out of range
   */
  public void add(
      int line,
      int column,
      String path,
      ProblemTemplates templates,
      String code,
      Map<String, ?> arguments) {
    problems.add(FileProblem.of(file, line, column, path, templates, code, arguments));
  }

  /** Adds a problem of {@code code}, a key of {@link FileProblem#FILE_PROBLEMS}, at a position. */
  public void add(int line, int column, String path, String code, Map<String, ?> arguments) {
    add(line, column, path, FileProblem.FILE_PROBLEMS, code, arguments);
  }

  /** Adds a problem of {@code code}, a key of {@code templates}, at a value. */
  public void add(
      Node at, String path, ProblemTemplates templates, String code, Map<String, ?> arguments) {
    add(at.line(), at.column(), path, templates, code, arguments);
  }

  /** Adds a problem of {@code code}, a key of {@link FileProblem#FILE_PROBLEMS}, at a value. */
  public void add(Node at, String path, String code, Map<String, ?> arguments) {
    add(at.line(), at.column(), path, FileProblem.FILE_PROBLEMS, code, arguments);
  }

  /** Adds a problem of {@code code}, a key of {@link FileProblem#FILE_PROBLEMS}, at a value. */
  public void add(Node at, DocumentPath path, String code, Map<String, ?> arguments) {
    add(at, path.toString(), code, arguments);
  }

  /**
   * Adds what a value type or builder said when it refused {@code e}, at a position: from the code
   * and arguments of the {@link ProblemException} it is or wraps ({@link ProblemException#of}), so
   * that it reads in any language; else as the problem {@code code} of {@link
   * FileProblem#FILE_PROBLEMS}, with the exception's message as its argument {@code detail}.
   */
  public void refused(int line, int column, String path, String code, RuntimeException e) {
    refused(line, column, path, FileProblem.FILE_PROBLEMS, code, e);
  }

  /**
   * Adds what a value type or builder said when it refused {@code e}, at a position: as its {@link
   * ProblemException} says it, else as the problem {@code code} of {@code templates} with the
   * exception's message as its argument {@code detail}.
   */
  public void refused(
      int line,
      int column,
      String path,
      ProblemTemplates templates,
      String code,
      RuntimeException e) {
    Optional<ProblemException> problem = ProblemException.of(e);
    if (problem.isPresent()) {
      add(
          line,
          column,
          path,
          problem.get().templates(),
          problem.get().code(),
          problem.get().arguments());
    } else {
      add(line, column, path, templates, code, Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  /** Adds what a value type or builder said when it refused {@code e}, at a value. */
  public void refused(Node at, String path, String code, RuntimeException e) {
    refused(at.line(), at.column(), path, code, e);
  }

  /** Adds what a value type or builder said when it refused {@code e}, at a value. */
  public void refused(
      Node at, String path, ProblemTemplates templates, String code, RuntimeException e) {
    refused(at.line(), at.column(), path, templates, code, e);
  }

  /**
   * Adds a problem of a model's validation at a position: with its code and arguments, rendered by
   * {@link ProblemTemplates#core()}, when it has a code; with its message otherwise.
   */
  public void add(int line, int column, String path, Problem problem) {
    if (problem.code().isPresent()) {
      add(line, column, path, ProblemTemplates.core(), problem.code().get(), problem.arguments());
    } else {
      add(line, column, path, problem.message());
    }
  }

  /**
   * A value as a problem's argument says what was found instead of what was expected: a record (see
   * {@link ProblemTemplates}) of the phrase {@code got.TEXT} ({@code text 'abc'}), {@code
   * got.NUMBER} ({@code the number 3}), {@code got.BOOLEAN} ({@code true}) or {@code got.OBJECT},
   * {@code got.LIST}, {@code got.NULL} ({@code an object}, {@code a list}, {@code null}). {@link
   * FileProblem#FILE_PROBLEMS} has these phrases; a module's own table that fills its messages with
   * such a record has them too. {@link Node#describe()} is its English.
   */
  public static Map<String, Object> got(Node v) {
    return switch (v.type()) {
      case TEXT, NUMBER, BOOLEAN ->
          com.google.common.collect.ImmutableMap.of(
              ProblemTemplates.PHRASE, "got." + v.type().name(), "value", Texts.shorten(v.text()));
      default ->
          com.google.common.collect.ImmutableMap.of(
              ProblemTemplates.PHRASE, "got." + v.type().name());
    };
  }

  /** Adds a problem and stops reading. */
  Stop stop(int line, int column, String path, String code, Map<String, ?> arguments) {
    add(line, column, path, code, arguments);
    return new Stop();
  }

  /** How many problems there are so far. */
  public int count() {
    return problems.size();
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The exception listing every problem, by file and position (problems of the whole input first).
   *
   * @throws IllegalArgumentException if there is no problem
   */
  public PlanFileException exception() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.<FileProblem>comparingInt(p -> files.indexOf(p.file()))
            .thenComparingInt(FileProblem::line)
            .thenComparingInt(FileProblem::column));
    return new PlanFileException(what, files.get(0), sorted);
  }

  /** Throws {@link #exception()} if there is any problem. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }
}

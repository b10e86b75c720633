package org.okrkit.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.FileProblem;
import org.okrkit.io.PlanFileException;

/** Collects the problems of one document, in the order found; sorted by position when thrown. */
public final class Problems {
  /** Stops reading at a problem after which nothing more can be learnt: a syntax error, a limit. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final Optional<String> file;
  private final String what;
  private final List<FileProblem> problems = new ArrayList<>();

  /**
   * Problems of a document.
   *
   * @param file the file as named to the reader, or null
   * @param what what is read, for the exception's message: {@code "plan"}
   */
  public Problems(@Nullable String file, String what) {
    this.file = Optional.ofNullable(file);
    this.what = what;
  }

  /** Adds a problem at a position; line and column 0 for the whole input. */
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

  /** Adds a problem and stops reading. */
  public Stop stop(int line, int column, String path, String message) {
    add(line, column, path, message);
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

  /** The exception listing every problem, by position (problems of the whole input first). */
  public PlanFileException exception() {
    List<FileProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return new PlanFileException(what, sorted);
  }

  /** Throws {@link #exception()} if there is any problem. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }
}

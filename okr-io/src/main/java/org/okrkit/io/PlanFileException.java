package org.okrkit.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a plan or policy file cannot be read: it is too large or too deep, it is not valid
 * JSON or YAML, its values have the wrong shape, or the plan or policy it describes is invalid.
 * Carries every problem found, each with its file, line, column and path.
 *
 * <p>A syntax error or a broken limit stops reading at once, so it comes alone (after any problem
 * found before it). Problems of shape (wrong types, unknown or missing fields, duplicate ids) are
 * collected over the whole document; when there are none, the model's own validation runs and its
 * problems are mapped back to where the elements sit in the file.
 */
public final class PlanFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 50;

  private final ImmutableList<FileProblem> problems;
  private final String what;
  private final Optional<String> file;

  /**
   * An exception for the given problems.
   *
   * @param what what was being read, for the message: {@code "plan"}, {@code "scoring policy"}
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PlanFileException(String what, List<FileProblem> problems) {
    this(what, problems.isEmpty() ? Optional.empty() : problems.get(0).file(), problems);
  }

  /**
   * An exception for the given problems of a document read from {@code file}, which may lie in
   * other files that the document brings with it (the check-in logs a plan reads).
   *
   * @param what what was being read, for the message: {@code "plan"}
   * @param file the document's file as named to the reader; empty when it was not read from a file
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PlanFileException(String what, Optional<String> file, List<FileProblem> problems) {
    super(message(what, file, problems));
    this.problems = ImmutableList.copyOf(problems);
    this.what = what;
    this.file = file;
  }

  /**
   * What was being read, in English, as the constructor was told: {@code plan}, {@code scoring
   * policy}, {@code simulation spec}; for a caller that words the summary in another language.
   */
  public String what() {
    return what;
  }

  /** The document's file as named to the reader; empty when it was not read from a file. */
  public Optional<String> file() {
    return file;
  }

  /** Every problem, in the order of their positions in the file. */
  public ImmutableList<FileProblem> problems() {
    return problems;
  }

  /**
   * Every problem as {@link FileProblem#render(Locale)} writes it in {@code locale}, in the order
   * of {@link #problems()}: {@code plan.yaml:12:9: objectives[0].keyResults[1].target: 挑战值 90 低于目标值
   * 120（指标越高越好）}. The exception's own message stays English.
   */
  public ImmutableList<String> render(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return problems.stream().map(p -> p.render(locale)).collect(ImmutableList.toImmutableList());
  }

  private static String message(String what, Optional<String> file, List<FileProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PlanFileException needs at least one problem");
    }
    StringBuilder text =
        new StringBuilder("invalid ")
            .append(what)
            .append(" file")
            .append(file.map(f -> " " + f).orElse(""))
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (FileProblem p : problems.subList(0, Math.min(LISTED, problems.size()))) {
      text.append("\n  ").append(p);
    }
    if (problems.size() > LISTED) {
      text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}

package org.okrkit.tables;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plan tables that do not make the plan asked for: every problem, each at its row. Its message
 * lists them in English; {@link #getMessage(Locale)} in another language.
 */
public final class PlanTablesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Problems beyond this many are counted in the message, not listed. */
  private static final int LISTED = 20;

  @SuppressWarnings("serial") // an immutable list of immutable problems; not meant to be serialised
  private final ImmutableList<TableProblem> problems;

  /** An exception listing {@code problems}, of which there is at least one. */
  public PlanTablesException(List<TableProblem> problems) {
    super(text(ImmutableList.copyOf(problems), Locale.ROOT));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public ImmutableList<TableProblem> problems() {
    return problems;
  }

  /** The message with each problem in {@code locale}. */
  public String getMessage(Locale locale) {
    return text(problems, locale);
  }

  private static String text(ImmutableList<TableProblem> problems, Locale locale) {
    StringBuilder out =
        new StringBuilder(
            TableProblem.TABLE_PROBLEMS.message(
                "exception.problems", Map.of("count", (long) problems.size()), locale));
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      out.append("\n  ").append(problems.get(i).render(locale));
    }
    if (problems.size() > LISTED) {
      out.append("\n  ")
          .append(
              TableProblem.TABLE_PROBLEMS.message(
                  "exception.more", Map.of("count", (long) (problems.size() - LISTED)), locale));
    }
    return out.toString();
  }
}

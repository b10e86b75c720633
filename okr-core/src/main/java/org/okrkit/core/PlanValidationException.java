package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/** Thrown when a plan would be invalid; carries every problem found, not just the first. */
public final class PlanValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 50;

  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PlanValidationException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in the order found: per collection in plan order, then across elements. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Every problem as {@link Problem#render(Locale)} writes it in {@code locale}, in the order of
   * {@link #problems()}. The exception's own message stays English.
   */
  public ImmutableList<String> render(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return problems.stream().map(p -> p.render(locale)).collect(ImmutableList.toImmutableList());
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PlanValidationException needs at least one problem");
    }
    StringBuilder text =
        new StringBuilder("invalid plan: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems.subList(0, Math.min(LISTED, problems.size()))) {
      text.append("\n  ").append(p);
    }
    if (problems.size() > LISTED) {
      text.append("\n  ... and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}

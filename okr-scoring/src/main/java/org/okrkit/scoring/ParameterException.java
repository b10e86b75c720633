package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import org.okrkit.core.ProblemException;

/**
 * Thrown by a {@link StrategyProvider}, {@link AggregationProvider} or {@link PaceProvider} when
 * one parameter of a named spec is refused: the message says what is wrong with it and what was
 * expected, and {@link #parameter()} names it, so that a reader of policy files reports the problem
 * at the line and column of that parameter's value rather than at the whole spec.
 */
public class ParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String parameter;

  /**
   * A refused parameter.
   *
   * @param kind the kind of the spec, such as {@code formula}
   * @param parameter the name of the parameter refused, such as {@code expression}
   * @param message what is wrong and what was expected
   */
  public ParameterException(String kind, String parameter, String message) {
    super(requireNonNull(message, "message"));
    this.kind = requireNonNull(kind, "kind");
    this.parameter = requireNonNull(parameter, "parameter");
  }

  /**
   * A refused parameter, with what is wrong as data: {@code problem} gives the message and is the
   * cause, so that a reader of policy files can show it in any language ({@link
   * ProblemException#of}).
   *
   * @param kind the kind of the spec, such as {@code formula}
   * @param parameter the name of the parameter refused, such as {@code expression}
   * @param problem what is wrong and what was expected
   */
  public ParameterException(String kind, String parameter, ProblemException problem) {
    this(kind, parameter, String.valueOf(requireNonNull(problem, "problem").getMessage()));
    initCause(problem);
  }

  /** The kind of the spec whose parameter is refused. */
  public String kind() {
    return kind;
  }

  /** The name of the parameter refused. */
  public String parameter() {
    return parameter;
  }
}

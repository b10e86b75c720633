package org.okrkit.alignment;

/**
 * Thrown by an {@link AlignmentAnalyzer} built with {@linkplain AlignmentAnalyzer.Builder#failFast
 * failFast} when one of its rules throws: names the rule and carries what it threw as its cause.
 */
public final class AlignmentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  /**
   * An exception for the rule named {@code rule}, which threw {@code cause}.
   *
   * @param rule the rule's name, as its {@code toString()} gives it
   */
  public AlignmentException(String rule, RuntimeException cause) {
    super("alignment rule " + rule + " failed: " + cause, cause);
    this.rule = rule;
  }

  /** The name of the rule that failed, as its {@code toString()} gives it. */
  public String rule() {
    return rule;
  }
}

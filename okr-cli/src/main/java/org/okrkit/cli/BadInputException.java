package org.okrkit.cli;

/**
 * Input a command cannot work with, other than a plan or policy file's own problems: a file that
 * cannot be read, an id the plan does not have, a policy that does not fit the plan. The message
 * says what, where and what was expected; {@code okr} prints it on stderr and exits with {@link
 * Okr#BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}

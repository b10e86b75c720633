package org.okrkit.cli;

import java.util.Locale;
import org.okrkit.core.ProblemException;
import org.okrkit.core.text.Arguments;

/**
 * Input a command cannot work with, other than a plan or policy file's own problems: a file that
 * cannot be read, an id the plan does not have, a policy that does not fit the plan. The message
 * says what, where and what was expected; {@code okr} prints it on stderr, in its language ({@link
 * #message(Texts)}), and exits with {@link Okr#BAD_INPUT}. The exception's own message is English.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A message in the language of the texts it is given. */
  @FunctionalInterface
  interface Message {
    /** The message in the language of {@code texts}. */
    String in(Texts texts);
  }

  private final transient Message message;

  /** The problem {@code message} says. */
  BadInputException(Message message) {
    super(message.in(Texts.of(Locale.ROOT)));
    this.message = message;
  }

  /** The problem the phrase {@code key} of {@code messages.properties} says, filled in. */
  BadInputException(String key, Arguments arguments) {
    this(texts -> texts.get(key, arguments));
  }

  /** The message in the language of {@code texts}. */
  String message(Texts texts) {
    return message.in(texts);
  }

  /**
   * What the library said of {@code e}, in the language of {@code texts} when it said it as data (a
   * {@link ProblemException}, or an exception caused by one), else in its own English words.
   */
  static String why(Exception e, Texts texts) {
    return ProblemException.of(e)
        .map(p -> p.message(texts.locale()))
        .orElseGet(() -> String.valueOf(e.getMessage()));
  }
}

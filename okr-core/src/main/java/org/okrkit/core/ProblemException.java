package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Thrown when a value refuses its settings, with what is wrong as data: the {@linkplain #code()
 * code} of a message in a {@linkplain #templates() table} and its {@linkplain #arguments()
 * arguments}. Its own message is the English one; a reader of files reports the problem from the
 * code and arguments, so that it can be shown in another language ({@link #message(Locale)}).
 *
 * <p>The code, arguments and table are not serialized: a deserialized exception keeps its English
 * message only.
 */
public final class ProblemException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemTemplates templates;
  private final transient String code;
  private final transient ImmutableMap<String, Object> arguments;

  /**
   * An exception for the problem {@code code} of {@code templates}, filled with {@code arguments}.
   *
   * @throws IllegalArgumentException if the table has no such code, or an argument is of a kind it
   *     cannot show
   */
  public ProblemException(ProblemTemplates templates, String code, Map<String, ?> arguments) {
    this(templates, code, ProblemTemplates.data(arguments));
  }

  private ProblemException(
      ProblemTemplates templates, String code, ImmutableMap<String, Object> arguments) {
    super(templates.message(code, arguments, Locale.ROOT));
    this.templates = requireNonNull(templates, "templates");
    this.code = code;
    this.arguments = arguments;
  }

  /** The table that writes the message of {@link #code()}. */
  public ProblemTemplates templates() {
    return templates;
  }

  /** The key of the message in {@link #templates()}. */
  public String code() {
    return code;
  }

  /** The names and figures the message is filled with (see {@link ProblemTemplates}). */
  public ImmutableMap<String, Object> arguments() {
    return arguments;
  }

  /** The message in {@code locale}; {@link #getMessage()} is the English. */
  public String message(Locale locale) {
    return templates.message(code, arguments, locale);
  }

  /**
   * The problem {@code e} says as data: {@code e} itself when it is a {@code ProblemException},
   * else the nearest one among its causes (an exception that wraps a problem, such as a refused
   * parameter of a spec, keeps it as its cause); empty when there is none.
   */
  public static Optional<ProblemException> of(Throwable e) {
    Throwable t = requireNonNull(e, "e");
    // a cause chain is short; the bound keeps a chain that loops from looping here
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++) {
      if (t instanceof ProblemException problem) {
        return Optional.of(problem);
      }
      t = t.getCause();
    }
    return Optional.empty();
  }

  /** How deep {@link #of} looks among the causes of an exception. */
  private static final int MAX_CAUSES = 16;
}

package org.okrkit.core;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a plan: where ({@linkplain #location() location}, as data) and what
 * ({@linkplain #message() message}, in English), such as {@code keyResults[KR2].target: stretch 90
 * lies below target 120 for an INCREASE measure}.
 *
 * <p>The problems of plan validation also carry what is wrong as data: a {@linkplain #code() code},
 * the key of its message in {@link ProblemTemplates#core()} (such as {@code
 * target.stretchBelowTarget}), and the {@linkplain #arguments() arguments} that message is filled
 * with, so that {@link #message(Locale)} writes it in another language: {@code 挑战值 90 低于目标值
 * 120（指标越高越好）}. A problem made with {@link #of(Location, String)} has its English message only.
 */
@Value.Immutable
public abstract sealed class Problem implements org.okrkit.core.text.Localizable
    permits ImmutableProblem {

  Problem() {}

  /** Where the problem is: the part (by collection, id and position) and the field. */
  public abstract Location location();

  /** What is wrong and what was expected, in English. */
  public abstract String message();

  /**
   * The key of the message in {@link ProblemTemplates#core()}, such as {@code
   * target.stretchBelowTarget}; empty for a problem made with its message only. Not part of {@code
   * equals}: two problems are equal when their locations and English messages are.
   */
  @Value.Auxiliary
  public abstract Optional<String> code();

  /**
   * The names and figures the message is filled with, by name, in the order given: texts ({@code
   * String}), numbers ({@code Long} or {@code Double}), enum constants (such as a {@link
   * Direction}), immutable lists of these, and records (see {@link ProblemTemplates}). Empty for a
   * problem without a code. Not part of {@code equals}.
   */
  @Value.Auxiliary
  public abstract ImmutableMap<String, Object> arguments();

  /**
   * Where the problem is, as people read it: the collection, the element's id in brackets (or
   * {@code #index} when the id itself is unusable) and the field: {@code
   * kpis[K1].contributions[KR9]}, {@code checkIns[12].date}.
   */
  public final String path() {
    return location().path();
  }

  /**
   * What is wrong in {@code locale}: the message of the code in that locale's translation of {@link
   * ProblemTemplates#core()}, English where it has none; {@link #message()} for a problem without a
   * code. {@code Locale.ROOT} and {@code Locale.ENGLISH} give {@link #message()}.
   */
  public final String message(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return code().isEmpty()
        ? message()
        : ProblemTemplates.core().message(code().get(), arguments(), locale);
  }

  /**
   * {@code path: message} with the message in {@code locale}, as {@link #toString()} writes it in
   * English: {@code keyResults[KR2].target: 挑战值 90 低于目标值 120（指标越高越好）}.
   */
  public final String render(Locale locale) {
    return path() + ": " + message(locale);
  }

  /** The same as {@link #render(Locale)}: a problem quoted in another message reads so. */
  @Override
  public final String localized(Locale locale) {
    return render(locale);
  }

  /** A problem at {@code location} with its English message only: no code, no arguments. */
  public static Problem of(Location location, String message) {
    return ImmutableProblem.builder().location(location).message(message).build();
  }

  /**
   * A problem at {@code location} of {@code code}, a key of {@link ProblemTemplates#core()}, its
   * message filled with {@code arguments}.
   *
   * @throws IllegalArgumentException if the table has no such code, or an argument is of a kind it
   *     cannot show
   */
  public static Problem of(Location location, String code, Map<String, ?> arguments) {
    ImmutableMap<String, Object> data = ProblemTemplates.data(arguments);
    return ImmutableProblem.builder()
        .location(location)
        .code(code)
        .arguments(data)
        .message(ProblemTemplates.core().message(code, data, Locale.ROOT))
        .build();
  }

  /** {@code path: message}, in English. */
  @Override
  public final String toString() {
    return path() + ": " + message();
  }
}

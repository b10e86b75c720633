package org.okrkit.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.FormatMethod;
import java.util.Locale;
import java.util.Objects;

/** Argument checks and message formatting shared by every okrkit module. */
public final class Checks {

  /** What a valid id or tag looks like, for messages: {@link org.okrkit.core.Ids#SYNTAX}. */
  public static final String ID_SYNTAX = org.okrkit.core.Ids.SYNTAX;

  private Checks() {}

  /** Formats with {@link Locale#US}, so that messages read the same on every host. */
  @FormatMethod
  public static String format(String template, @org.jspecify.annotations.Nullable Object... args) {
    return String.format(Locale.US, template, args);
  }

  /** Throws {@link IllegalArgumentException} with a formatted message unless {@code condition}. */
  @FormatMethod
  public static void requireArgument(
      boolean condition, String template, @org.jspecify.annotations.Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /** Returns {@code value} unless it is null, naming the parameter. */
  @CanIgnoreReturnValue
  public static <T> T requireNonNull(@org.jspecify.annotations.Nullable T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** Whether {@code text} is a valid id or tag: see {@link org.okrkit.core.Ids}. */
  public static boolean isValidId(String text) {
    return org.okrkit.core.Ids.isValid(text);
  }

  /** A number as people write it: see {@link org.okrkit.core.Numbers#plain}. */
  public static String number(double value) {
    return org.okrkit.core.Numbers.plain(value);
  }
}

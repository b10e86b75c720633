package org.okrkit.core.internal;

import com.google.errorprone.annotations.FormatMethod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks and message formatting shared by every okrkit module. */
public final class Checks {
  /**
   * Ids and tags: a letter or digit, then up to 127 letters, digits or {@code _ - . :}. Unicode
   * letters are allowed so that hosts can use their own codes.
   */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:\\-]{0,127}");

  /** What a valid id or tag looks like, for messages. */
  public static final String ID_SYNTAX =
      "1 to 128 letters, digits, '_', '-', '.' or ':', starting with a letter or digit";

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
  public static <T> T requireNonNull(@org.jspecify.annotations.Nullable T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** Whether {@code text} is a valid id or tag. */
  public static boolean isValidId(String text) {
    return ID.matcher(text).matches();
  }

  /**
   * A number as people write it: {@code 120} rather than {@code 120.0}, {@code 0.3} rather than
   * {@code 0.30000000000000004}'s full expansion only when the double really is that.
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

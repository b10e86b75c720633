package org.okrkit.core.internal;

import com.google.errorprone.annotations.FormatMethod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** Argument checks and message formatting shared by every okrkit module. */
public final class Checks {

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

  /**
   * Whether {@code text} is a valid id or tag: a letter or digit, then up to 127 letters, digits or
   * {@code _ - . :}. Unicode letters and digits are allowed so that hosts can use their own codes.
   */
  public static boolean isValidId(String text) {
    int length = text.length();
    if (length == 0 || length > 128) {
      return false;
    }
    for (int i = 0; i < length; ) {
      int c = text.codePointAt(i);
      // ASCII first: nearly every id is plain ASCII
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '_' || c == '.' || c == ':' || c == '-'))
              || (c > 127 && (Character.isLetter(c) || isNumber(c)));
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Whether {@code c} is a number in Unicode's sense: a digit, a letter number or another number. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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

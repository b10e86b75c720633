package org.okrkit.core;

/**
 * What okrkit accepts as an id (of an owner, objective, key result or KPI) or a tag: a letter or
 * digit, then up to 127 letters, digits or {@code _ - . :}. Unicode letters and digits are allowed
 * so that hosts can use their own codes. Hosts can check ids before building a plan; a plan reports
 * an invalid one with {@link #SYNTAX}.
 */
public final class Ids {
  /** What a valid id or tag looks like, as messages say it. */
  public static final String SYNTAX =
      "1 to 128 letters, digits, '_', '-', '.' or ':', starting with a letter or digit";

  private Ids() {}

  /** Whether {@code text} is a valid id or tag. */
  public static boolean isValid(String text) {
    java.util.Objects.requireNonNull(text, "text");
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

  /**
   * Whether {@code c} is a number in Unicode's sense: a digit, a letter number or another number.
   */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}

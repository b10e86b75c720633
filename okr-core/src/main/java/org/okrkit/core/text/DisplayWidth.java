package org.okrkit.core.text;

import static java.util.Objects.requireNonNull;

/**
 * How many columns of a terminal or monospaced table a text takes, and padding and cutting by that
 * width: what text tables align by, since a Chinese character takes two columns where a Latin
 * letter takes one.
 *
 * <table>
 *   <caption>Columns per character</caption>
 *   <tr><th>columns</th><th>characters</th></tr>
 *   <tr><td>2</td><td>East Asian wide and full-width characters ({@code 目标}, {@code ＡＢ}, most
 *       emoji), and the CJK ideograph blocks even where Unicode has not yet assigned a character
 *       </td></tr>
 *   <tr><td>0</td><td>combining marks (the accent of a decomposed {@code é}), format characters
 *       such as the zero-width joiner (but not the soft hyphen), Hangul medial vowels and final
 *       consonants, control characters, and the zero-width space</td></tr>
 *   <tr><td>1</td><td>everything else, East Asian ambiguous characters such as {@code —} and
 *       {@code …} among them, as a terminal outside a legacy East Asian mode shows them</td></tr>
 * </table>
 *
 * <p>The table is generated from the Unicode Character Database (version {@value
 * DisplayWidthTable#UNICODE_VERSION}) by {@code okr-core/src/build/display-width.py} and pinned in
 * the source: the JDK has no East Asian width property, and okrkit's core takes no ICU dependency.
 * A text is measured by code points, so a surrogate pair is one character; an unpaired surrogate
 * counts one column.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** The columns {@code codePoint} takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7F) {
      return 1;
    }
    if (in(DisplayWidthTable.WIDE, codePoint)) {
      return 2;
    }
    return in(DisplayWidthTable.ZERO, codePoint) ? 0 : 1;
  }

  /** The columns {@code text} takes: the sum of its code points' widths. */
  public static int of(CharSequence text) {
    requireNonNull(text, "text");
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      width += of(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * {@code text} followed by as many spaces as make it {@code width} columns wide; {@code text}
   * itself when it is that wide or wider (it is never cut: see {@link #truncate}).
   *
   * @throws IllegalArgumentException if {@code width} is negative
   */
  public static String padRight(String text, int width) {
    int missing = missing(text, width);
    return missing == 0 ? text : text + " ".repeat(missing);
  }

  /**
   * {@code text} preceded by as many spaces as make it {@code width} columns wide, for numbers
   * aligned to the right; {@code text} itself when it is that wide or wider.
   *
   * @throws IllegalArgumentException if {@code width} is negative
   */
  public static String padLeft(String text, int width) {
    int missing = missing(text, width);
    return missing == 0 ? text : " ".repeat(missing) + text;
  }

  /**
   * {@code text} if it fits in {@code width} columns; otherwise its longest beginning that fits
   * together with {@code ellipsis}, followed by {@code ellipsis}. The cut falls between characters,
   * never inside a surrogate pair, and a combining mark stays with the character before it. When
   * not even the ellipsis fits, the ellipsis cut to the width.
   *
   * @param ellipsis what marks the cut, such as {@code "…"} (one column) or {@code ""}
   * @throws IllegalArgumentException if {@code width} is negative
   */
  public static String truncate(String text, int width, String ellipsis) {
    requireNonNull(ellipsis, "ellipsis");
    if (missing(text, width) > 0 || of(text) <= width) {
      return text;
    }
    int room = width - of(ellipsis);
    if (room < 0) {
      return truncate(ellipsis, width, "");
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int w = of(codePoint);
      if (used + w > room) {
        break;
      }
      used += w;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end) + ellipsis;
  }

  /** The Unicode version of the pinned table, such as {@code 14.0.0}. */
  public static String unicodeVersion() {
    return DisplayWidthTable.UNICODE_VERSION;
  }

  private static int missing(String text, int width) {
    requireNonNull(text, "text");
    if (width < 0) {
      throw new IllegalArgumentException("width must be at least 0 columns, got " + width);
    }
    return Math.max(0, width - of(text));
  }

  /** Whether {@code codePoint} lies in one of {@code ranges}' (first, last) pairs. */
  private static boolean in(int[] ranges, int codePoint) {
    if (codePoint < ranges[0] || codePoint > ranges[ranges.length - 1]) {
      return false;
    }
    // the pairs are ascending and disjoint: search the firsts
    int low = 0;
    int high = ranges.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (ranges[2 * mid] > codePoint) {
        high = mid - 1;
      } else if (ranges[2 * mid + 1] < codePoint) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}

package org.okrkit.io.document;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for the messages of decoders, so that every okrkit format words its problems alike:
 * values shortened to one line, "did you mean" suggestions, lists of what is allowed.
 */
public final class Texts {
  private static final int SHOWN = 40;

  private Texts() {}

  /** {@code text} on one line and at most 40 characters, cut with an ellipsis. */
  public static String shorten(String text) {
    String line = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 3) + "...";
  }

  /**
   * The candidate closest to {@code given} when it is a likely typo: at most two edits away (one
   * for short names), or equal but for case; null otherwise.
   */
  public static @Nullable String suggest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equalsIgnoreCase(given)) {
        return c;
      }
      int d = distance(given, c, 3);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = given.length() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance, or {@code limit} when it is at least that; texts are short here. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64 || b.length() > 64) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost =
            Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1))
                ? 0
                : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(limit, previous[b.length()]);
  }

  /** {@code a, b, c} in the given order. */
  public static String list(Collection<String> names) {
    return String.join(", ", names);
  }
}

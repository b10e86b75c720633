package org.okrkit.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.core.text.Arguments;

/** "Did you mean" for ids: the closest known id, when one is close enough to be a typo. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code given} by edit distance, ignoring case, if it lies within a
   * third of the given id's length (at least 2 edits); the first of equally close candidates.
   */
  static Optional<String> closest(String given, Iterable<String> candidates) {
    String g = given.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, g.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(g, c.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * What follows a message about the unknown id {@code given}: {@code ; did you mean 'KR-2'?} when
   * one of {@code known} is close, else {@code ; expected one of a, b, c} when there are at most
   * {@code listed} of them, else nothing.
   */
  static String suffix(Texts texts, String given, List<String> known, int listed) {
    Optional<String> near = closest(given, known);
    if (near.isPresent()) {
      return texts.get("suggest.didYouMean", Arguments.of().text("id", near.get()));
    }
    if (known.size() <= listed) {
      return texts.get("suggest.expectedOneOf", Arguments.of().list("ids", known));
    }
    return "";
  }

  /** Levenshtein distance, in two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

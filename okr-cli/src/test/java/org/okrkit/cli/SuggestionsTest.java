package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> IDS =
      List.of("KR-partners", "KR-mentions", "KR-forums", "K-campaigns");

  @Test
  void aTypoFindsTheId() {
    assertEquals(Optional.of("KR-partners"), Suggestions.closest("KR-partner", IDS));
    assertEquals(Optional.of("KR-forums"), Suggestions.closest("kr-froums", IDS));
  }

  @Test
  void somethingElseFindsNothing() {
    assertEquals(Optional.empty(), Suggestions.closest("O-growth", IDS));
    assertEquals(Optional.empty(), Suggestions.closest("", IDS));
  }

  @Test
  void distanceCountsEdits() {
    assertEquals(0, Suggestions.distance("abc", "abc"));
    assertEquals(3, Suggestions.distance("", "abc"));
    assertEquals(2, Suggestions.distance("froums", "forums"));
  }
}

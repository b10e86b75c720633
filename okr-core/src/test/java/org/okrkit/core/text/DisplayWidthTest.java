package org.okrkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void chineseAndFullWidthCharactersTakeTwoColumns() {
    assertEquals(4, DisplayWidth.of("目标"));
    assertEquals(8, DisplayWidth.of("关键结果"));
    assertEquals(8, DisplayWidth.of("KPI 权重"));
    assertEquals(4, DisplayWidth.of("ＡＢ")); // full-width Latin letters
    assertEquals(2, DisplayWidth.of("，")); // full-width comma
    assertEquals(2, DisplayWidth.of("한")); // a Hangul syllable
    assertEquals(2, DisplayWidth.of("カ")); // katakana
    assertEquals(2, DisplayWidth.of("\uD83D\uDE00")); // an emoji outside the BMP: one character
    assertEquals(2, DisplayWidth.of("\uD840\uDC00")); // U+20000, CJK extension B
  }

  @Test
  void ambiguousCharactersTakeOneColumnAndMarksNone() {
    assertEquals(1, DisplayWidth.of("—"));
    assertEquals(1, DisplayWidth.of("…"));
    assertEquals(1, DisplayWidth.of("±"));
    assertEquals(1, DisplayWidth.of("e\u0301")); // e and a combining acute accent
    assertEquals(0, DisplayWidth.of("\u200D")); // zero-width joiner
    assertEquals(0, DisplayWidth.of("\u200B")); // zero-width space
    assertEquals(1, DisplayWidth.of("\u00AD")); // the soft hyphen shows
    assertEquals(0, DisplayWidth.of("\t"));
    assertEquals(3, DisplayWidth.of("abc"));
    assertEquals(0, DisplayWidth.of(""));
    assertEquals(1, DisplayWidth.of("\uD800")); // an unpaired surrogate
  }

  @Test
  void paddingFillsToTheDisplayWidth() {
    assertEquals("目标  ", DisplayWidth.padRight("目标", 6));
    assertEquals("  目标", DisplayWidth.padLeft("目标", 6));
    assertEquals("目标", DisplayWidth.padRight("目标", 3));
    assertEquals("ab  ", DisplayWidth.padRight("ab", 4));
    assertEquals(
        "width must be at least 0 columns, got -1",
        assertThrows(IllegalArgumentException.class, () -> DisplayWidth.padLeft("a", -1))
            .getMessage());
  }

  @Test
  void truncationCutsBetweenCharactersAtTheWidth() {
    assertEquals("提升品牌…", DisplayWidth.truncate("提升品牌知名度", 9, "…"));
    // an odd width cannot take half a character: the cut falls a column early
    assertEquals("提升…", DisplayWidth.truncate("提升品牌知名度", 6, "…"));
    assertEquals("提升品牌知名度", DisplayWidth.truncate("提升品牌知名度", 14, "…"));
    assertEquals("ab\uD83D\uDE00", DisplayWidth.truncate("ab\uD83D\uDE00cd", 4, ""));
    assertEquals("ab", DisplayWidth.truncate("ab\uD83D\uDE00cd", 3, ""));
    assertEquals("e\u0301", DisplayWidth.truncate("e\u0301f", 1, ""));
    assertEquals(".", DisplayWidth.truncate("abcdef", 1, "..."));
    assertEquals("", DisplayWidth.truncate("abc", 0, "…"));
  }

  @Test
  void theGeneratedTableIsOrderedAndDisjoint() {
    for (int[] ranges : new int[][] {DisplayWidthTable.WIDE, DisplayWidthTable.ZERO}) {
      assertEquals(0, ranges.length % 2);
      for (int i = 0; i < ranges.length; i += 2) {
        assertTrue(ranges[i] <= ranges[i + 1], "range " + i / 2);
        assertTrue(i == 0 || ranges[i] > ranges[i - 1] + 1, "ranges " + i / 2 + " merged");
      }
    }
    assertTrue(DisplayWidth.unicodeVersion().matches("\\d+\\.\\d+\\.\\d+"));
  }
}

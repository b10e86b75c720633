package org.okrkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of display width on texts mixing Latin, Chinese, full-width, combining and supplementary
 * characters: width adds up, padding reaches the width without cutting, and truncation fits, keeps
 * a beginning of the text, takes as much as fits and never splits a character.
 */
class DisplayWidthProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().ofMaxLength(3),
            Arbitraries.of("目标", "关键结果", "权重", "ＡＢ", "，", "—", "…", "\u0301", "\u200D"),
            Arbitraries.of("\uD83D\uDE00", "\uD840\uDC00", "\uD835\uDC00"),
            Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMaxLength(3));
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  @Property
  void widthAddsUp(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertEquals(DisplayWidth.of(a) + DisplayWidth.of(b), DisplayWidth.of(a + b));
  }

  @Property
  void paddingReachesTheWidthAndKeepsTheText(
      @ForAll("texts") String text, @ForAll @IntRange(max = 40) int width) {
    String right = DisplayWidth.padRight(text, width);
    String left = DisplayWidth.padLeft(text, width);
    int expected = Math.max(width, DisplayWidth.of(text));
    assertEquals(expected, DisplayWidth.of(right));
    assertEquals(expected, DisplayWidth.of(left));
    assertTrue(right.startsWith(text) && left.endsWith(text));
  }

  @Property
  void truncationFitsKeepsABeginningAndTakesAllThatFits(
      @ForAll("texts") String text,
      @ForAll @IntRange(max = 30) int width,
      @ForAll("ellipses") String ellipsis) {
    String cut = DisplayWidth.truncate(text, width, ellipsis);
    assertTrue(DisplayWidth.of(cut) <= width, cut);
    if (DisplayWidth.of(text) <= width) {
      assertEquals(text, cut);
      return;
    }
    if (DisplayWidth.of(ellipsis) > width) {
      return;
    }
    assertTrue(cut.endsWith(ellipsis));
    String kept = cut.substring(0, cut.length() - ellipsis.length());
    assertTrue(text.startsWith(kept));
    // never inside a surrogate pair
    assertTrue(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
    // the next character would not have fitted
    int next = text.codePointAt(kept.length());
    assertTrue(DisplayWidth.of(kept) + DisplayWidth.of(next) + DisplayWidth.of(ellipsis) > width);
  }

  @Provide
  Arbitrary<String> ellipses() {
    return Arbitraries.of("", "…", "...", "⋯⋯");
  }
}

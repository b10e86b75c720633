package org.okrkit.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PlainDateProperties {

  /** The fast path reads exactly what {@link LocalDate#parse} reads, and nothing it refuses. */
  @Property(tries = 3000)
  void agreesWithTheGeneralParserOnEveryPlainDate(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    assertEquals(expected, Fields.plainDate(text), text);
  }

  @Property(tries = 500)
  void leavesAnythingElseToTheGeneralParser(@ForAll @StringLength(max = 12) String text) {
    LocalDate plain = Fields.plainDate(text);
    if (plain != null) {
      assertEquals(LocalDate.parse(text), plain);
    }
  }

  @Property(tries = 1)
  void refusesSignsAndSpaces() {
    assertNull(Fields.plainDate("+2026-01-01"));
    assertNull(Fields.plainDate("2026-1-01 "));
    assertNull(Fields.plainDate("2026-0a-01"));
    assertNull(Fields.plainDate("2026-02-30"));
  }
}

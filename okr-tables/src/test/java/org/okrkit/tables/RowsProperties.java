package org.okrkit.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The texts a column of numbers, whole numbers or dates accepts are those of the grammar FORMAT.md
 * gives (written here as the regular expressions the reader once used), and read to the same
 * values.
 */
class RowsProperties {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,19}");
  private static final PlanKey KEY = PlanKey.of("acme", "2026-Q2");

  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.strings().withChars("0123456789+-.eE x").ofMaxLength(22);
  }

  @Provide
  Arbitrary<String> dateish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789-").ofMinLength(8).ofMaxLength(11),
        Arbitraries.integers()
            .between(0, 9999)
            .flatMap(
                y ->
                    Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(
                            m ->
                                Arbitraries.integers()
                                    .between(0, 32)
                                    .map(d -> String.format("%04d-%02d-%02d", y, m, d)))));
  }

  @Property
  void decimalsAreTheGrammarsNumbers(@ForAll("numberish") String text) {
    assertEquals(DECIMAL.matcher(text).matches(), Rows.isDecimal(text), text);
  }

  @Property
  void wholeNumbersAreTheGrammars(@ForAll("numberish") String text) {
    assertEquals(WHOLE.matcher(text).matches(), Rows.isWhole(text), text);
  }

  @Property
  void numbersReadAsTheyParse(@ForAll("numberish") String text) {
    Object expected =
        DECIMAL.matcher(text.trim()).matches() && Double.isFinite(Double.parseDouble(text.trim()))
            ? Double.parseDouble(text.trim())
            : null;
    assertEquals(Optional.ofNullable(expected), read("weight", text), text);
  }

  @Property
  void datesReadAsTheFormatterReadsThem(@ForAll("dateish") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeException e) {
      expected = null;
    }
    assertEquals(Optional.ofNullable(expected), read("due", text), text);
  }

  @Example
  void wholeNumbersBeyondALongAreRefused() {
    assertEquals(Optional.of(9_223_372_036_854_775_807L), read("position", "9223372036854775807"));
    assertEquals(Optional.empty(), read("position", "9223372036854775808"));
    assertEquals(Optional.of(-42L), read("position", " -42 "));
  }

  /** The value a milestone row holds in {@code column} when given {@code text}, if it reads. */
  private static Optional<Object> read(String column, String text) {
    Row row =
        Row.builder(Table.MILESTONES)
            .key(KEY)
            .set("element", "k1")
            .set("name", "m")
            .set(column, text)
            .build();
    Rows.Parsed p = Rows.parse(row, KEY, TableLimits.defaults());
    @Nullable Object v = p.ok() ? p.value(column) : null;
    return Optional.ofNullable(v);
  }
}

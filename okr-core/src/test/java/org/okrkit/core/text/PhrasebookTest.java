package org.okrkit.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PhrasebookTest {
  static final Map<String, String> FILES =
      Map.of(
          "t.properties",
          "quoted='{@text}'\n"
              + "list.separator=, \n"
              + "list.last=\\ and \n"
              + "list.more={@list} and {more} more\n"
              + "number.none=none\n"
              + "greeting=hello {@name}\n"
              + "only.root=root\n",
          "t_zh.properties",
          "greeting=你好 {@name}\n",
          "t_zh_CN.properties",
          "quoted=“{@text}”\n");

  static Phrasebook book(Locale locale) {
    return Phrasebook.load(
        "t",
        locale,
        name ->
            FILES.containsKey(name)
                ? new ByteArrayInputStream(FILES.get(name).getBytes(UTF_8))
                : null);
  }

  static final Phrasebook EN = book(Locale.ROOT);

  @Test
  void placeholdersFillAsTheTableSays() {
    Arguments a =
        Arguments.of()
            .number("x", 0.1 + 0.2)
            .number("whole", 3)
            .text("id", "K1")
            .list("ids", List.of("a", "b", "c"));
    assertEquals("0.3 3 0.3 K1 'K1'", EN.fillPattern("{x} {whole} {x:3} {@id} {@id:'}", a));
    assertEquals(
        "a, b and c / 'a', 'b' and 'c' / a;b;c / a - b - c",
        EN.fillPattern("{@ids:*} / {@ids:*'} / {@ids:;} / {@ids: - }", a));
    assertEquals(
        "0.483 0.483", EN.fillPattern("{v:3} {v:score}", Arguments.of().number("v", 0.4833333)));
  }

  @Test
  void whatIsNotAPlaceholderOrHasNoArgumentStaysVisible() {
    Arguments none = Arguments.of();
    assertEquals(
        "{@missing} none {} {1x} {x:abc} { y }",
        EN.fillPattern("{@missing} {n} {} {1x} {x:abc} { y }", none));
    // a text given as a number, or a number as a text, is missing too
    assertEquals(
        "{@n} none", EN.fillPattern("{@n} {t}", Arguments.of().number("n", 1).text("t", "x")));
  }

  @Test
  void listsReadAsSentencesAndSayHowManyMoreThereAre() {
    List<String> items = new ArrayList<>();
    List<String> expected = List.of("", "i1", "i1 and i2", "i1, i2 and i3");
    for (int n = 0; n < expected.size(); n++) {
      assertEquals(
          expected.get(n), EN.fillPattern("{@l:*}", Arguments.of().list("l", List.copyOf(items))));
      items.add("i" + (n + 1));
    }
    List<String> twelve = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      twelve.add("i" + i);
    }
    assertEquals(
        "i1, i2, i3, i4, i5, i6, i7, i8, i9, i10 and 2 more",
        EN.fillPattern("{@l:*}", Arguments.of().list("l", twelve)));
  }

  @Test
  void lazyArgumentsAreMadeOnlyWhenAsked() {
    AtomicInteger made = new AtomicInteger();
    Arguments a =
        Arguments.of()
            .text("used", () -> "u" + made.incrementAndGet())
            .text("unused", () -> "x" + made.incrementAndGet())
            .list("later", () -> List.of("l" + made.incrementAndGet()));
    assertEquals("u1", EN.fillPattern("{@used}", a));
    assertEquals(1, made.get());
    // a later value of a name wins
    assertEquals("v", EN.fillPattern("{@used}", a.text("used", "v")));
  }

  @Test
  void aLocaleFallsBackKeyByKeyToTheRootAndNeverToTheDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(
          "hello ann", book(Locale.ROOT).fill("greeting", Arguments.of().text("name", "ann")));
      assertEquals(
          "hello ann", book(Locale.FRENCH).fill("greeting", Arguments.of().text("name", "ann")));
    } finally {
      Locale.setDefault(before);
    }
    Phrasebook zh = book(Locale.SIMPLIFIED_CHINESE);
    assertEquals("你好 ann", zh.fill("greeting", Arguments.of().text("name", "ann")));
    assertEquals("“K1”", zh.fillPattern("{@k:'}", Arguments.of().text("k", "K1")));
    assertEquals("root", zh.phrase("only.root"));
    // the JDK's candidates for Chinese also try the script (zh_CN_#Hans); the default never appears
    List<Locale> candidates = Phrasebook.candidates("t", Locale.SIMPLIFIED_CHINESE);
    assertEquals(
        List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ROOT),
        candidates.subList(candidates.size() - 3, candidates.size()));
    assertEquals(
        List.of(Locale.GERMANY, Locale.GERMAN, Locale.ROOT),
        Phrasebook.candidates("t", Locale.GERMANY));
    assertEquals("Phrasebook[t, zh_CN]", zh.toString());
    assertEquals("Phrasebook[t, root]", EN.toString());
  }

  @Test
  void aMissingKeyOrRootIsADefectThatNamesIt() {
    assertEquals(
        "the t phrases have no 'nope'",
        assertThrows(IllegalStateException.class, () -> EN.fill("nope", Arguments.of()))
            .getMessage());
    assertEquals(
        "the t phrases have no 'nope'",
        assertThrows(IllegalStateException.class, () -> EN.phrase("nope")).getMessage());
    assertEquals(
        "the phrases u.properties are missing; expected the English root of the bundle beside its"
            + " translations",
        assertThrows(
                IllegalStateException.class, () -> Phrasebook.load("u", Locale.ROOT, name -> null))
            .getMessage());
  }

  /** A natural list names every item once, in order, whatever the items. */
  @Property
  void aListNamesEveryItemInOrder(
      @ForAll @Size(max = 10) List<@AlphaChars @NotBlank @StringLength(max = 6) String> items) {
    String text = EN.fillPattern("{@l:*}", Arguments.of().list("l", items));
    int from = 0;
    for (String item : items) {
      int at = text.indexOf(item, from);
      assertTrue(at >= from, () -> item + " in " + text);
      from = at + item.length();
    }
    if (items.size() >= 2) {
      assertTrue(text.contains(" and " + items.get(items.size() - 1)), text);
    }
    assertEquals(text, EN.fillPattern("{@l:*}", Arguments.of().list("l", items)));
  }
}

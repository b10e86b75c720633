package org.okrkit.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseTablesTest {
  private final List<String> opened = new ArrayList<>();

  private Phrasebook.Resources files(Map<String, String> files) {
    return name -> {
      opened.add(name);
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(UTF_8));
    };
  }

  @Test
  void eachLocaleIsReadOnceAndFallsBackToEnglishKeyByKey() {
    PhraseTables tables =
        PhraseTables.of(
            "t", files(Map.of("t.properties", "a=one\nb=two\n", "t_zh_CN.properties", "a=一\n")));
    assertEquals("t", tables.bundle());
    assertSame(tables.english(), tables.in(Locale.ROOT));
    assertEquals("one", tables.english().phrase("a"));
    Phrasebook zh = tables.in(Locale.SIMPLIFIED_CHINESE);
    assertEquals("一", zh.phrase("a"));
    assertEquals("two", zh.phrase("b"));
    int reads = opened.size();
    assertSame(zh, tables.in(Locale.SIMPLIFIED_CHINESE));
    assertEquals(reads, opened.size());
  }

  @Test
  void aMissingRootFailsWhenTheTablesAreMade() {
    assertThrows(IllegalStateException.class, () -> PhraseTables.of("t", files(Map.of())));
  }
}

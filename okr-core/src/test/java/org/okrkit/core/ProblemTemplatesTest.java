package org.okrkit.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;

/** A table of problem messages of a host's own, and the kinds of argument it shows. */
class ProblemTemplatesTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static Phrasebook.Resources files(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(UTF_8));
    };
  }

  static final ProblemTemplates TABLE =
      ProblemTemplates.load(
          "t",
          files(
              Map.of(
                  "t.properties",
                  String.join(
                      "\n",
                      "list.separator=, ",
                      "list.last=\\ and ",
                      "level.TEAM=TEAM",
                      "span={@from} to {@to}",
                      "owners=owners {@ids:*} at {@level} and {@direction}",
                      "figure=got {@n} and {@m} over {@span}",
                      ""),
                  "t_zh_CN.properties",
                  String.join(
                      "\n",
                      "list.separator=、",
                      "list.last=和",
                      "level.TEAM=团队",
                      "span={@from} 至 {@to}",
                      "owners=负责人 {@ids:*}，层级{@level}，{@direction}",
                      "figure=实际为 {@n} 和 {@m}，区间 {@span}",
                      ""))));

  @Test
  void listsEnumsAndRecordsReadInEachLanguage() {
    Map<String, Object> arguments =
        ImmutableMap.of(
            "ids", List.of("a", "b", "c"), "level", Level.TEAM, "direction", Direction.INCREASE);
    assertEquals(
        "owners a, b and c at TEAM and INCREASE", TABLE.message("owners", arguments, Locale.ROOT));
    // an enum constant without a phrase reads as its name
    assertEquals("负责人 a、b和c，层级团队，INCREASE", TABLE.message("owners", arguments, ZH));
    Map<String, Object> figures =
        ImmutableMap.of(
            "n", 3, "m", 0.30000000000000004, "span", Map.of("phrase", "span", "from", 1, "to", 2));
    assertEquals(
        "got 3 and 0.30000000000000004 over 1 to 2",
        TABLE.message("figure", figures, Locale.ENGLISH));
    assertEquals("实际为 3 和 0.30000000000000004，区间 1 至 2", TABLE.message("figure", figures, ZH));
  }

  @Test
  void argumentsAreKeptAsData() {
    ImmutableMap<String, Object> data =
        ProblemTemplates.data(
            ImmutableMap.of(
                "i",
                3,
                "l",
                Long.MAX_VALUE,
                "s",
                (short) 2,
                "f",
                1.5f,
                "list",
                Arrays.asList(1, "x"),
                "record",
                Map.of("phrase", "span")));
    assertEquals(
        ImmutableMap.of(
            "i",
            3L,
            "l",
            Long.MAX_VALUE,
            "s",
            2L,
            "f",
            1.5,
            "list",
            List.of(1L, "x"),
            "record",
            Map.of("phrase", "span")),
        data);
    assertEquals(
        "9223372036854775807",
        TABLE.message("span", Map.of("from", Long.MAX_VALUE, "to", 1), Locale.ROOT).split(" ")[0]);
  }

  @Test
  void argumentsOfOtherKindsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ProblemTemplates.data(Map.of("x", new Object())));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProblemTemplates.data(Map.of("x", List.of(List.of("nested")))));
    assertThrows(
        IllegalArgumentException.class, () -> ProblemTemplates.data(Map.of("x", Map.of("a", 1))));
    assertThrows(
        NullPointerException.class,
        () -> ProblemTemplates.data(java.util.Collections.singletonMap("x", null)));
    assertThrows(
        IllegalArgumentException.class, () -> TABLE.message("no.such", Map.of(), Locale.ROOT));
  }

  @Test
  void aLocaleTableIsReadOnceAndEnglishIsTheRoot() {
    assertSame(TABLE.phrasebook(ZH), TABLE.phrasebook(ZH));
    assertSame(TABLE.phrasebook(Locale.ROOT), TABLE.phrasebook(Locale.ENGLISH));
    assertEquals(Locale.ROOT, TABLE.phrasebook(Locale.ENGLISH).locale());
    assertEquals("t", TABLE.bundle());
    assertEquals("ProblemTemplates[t]", TABLE.toString());
    assertEquals(true, TABLE.has("span"));
    assertEquals(false, TABLE.has("nothing"));
    assertThrows(
        IllegalStateException.class, () -> ProblemTemplates.load("missing", files(Map.of())));
  }

  @Test
  void aProblemExceptionKeepsItsCodeAndEnglishMessage() {
    ProblemException e = new ProblemException(TABLE, "span", ImmutableMap.of("from", 1, "to", 2));
    assertEquals("1 to 2", e.getMessage());
    assertEquals("1 至 2", e.message(ZH));
    assertEquals("span", e.code());
    assertSame(TABLE, e.templates());
    assertEquals(ImmutableMap.of("from", 1L, "to", 2L), e.arguments());
  }
}

package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every code of okr-io's file problems, filled with arbitrary arguments, and broken plan files: the
 * English of {@code Locale.ROOT} is the problem's message, the Chinese is written out with no
 * placeholder left, and the file, line, column and path read the same in both.
 */
class FileProblemMessagesProperties {
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(@)([A-Za-z][A-Za-z0-9]*)(:[^{}]*)?}|\\{()([A-Za-z][A-Za-z0-9]*)(:(?:[0-9]{1,2}|score))?}");

  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String key : FileProblem.FILE_PROBLEMS.phrasebook(Locale.ROOT).phrases().keySet()) {
      if (FileProblemMessagesTest.DYNAMIC.stream().noneMatch(key::startsWith)
          && !key.startsWith("logs.why.")) {
        codes.add(key);
      }
    }
    return codes;
  }

  /** The name of the placeholder {@code m} found. */
  static String name(Matcher m) {
    return m.group(2) != null ? m.group(2) : m.group(5);
  }

  record Case(String code, Map<String, Object> arguments) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
    return Arbitraries.of(codes())
        .flatMap(
            code -> {
              String pattern = FileProblem.FILE_PROBLEMS.phrasebook(Locale.ROOT).phrase(code);
              Map<String, Boolean> names = new LinkedHashMap<>();
              Matcher m = PLACEHOLDER.matcher(pattern);
              while (m.find()) {
                names.putIfAbsent(name(m), m.group(3) != null);
              }
              List<Arbitrary<Object>> values = new ArrayList<>();
              names.forEach(
                  (name, list) ->
                      values.add(
                          list
                              ? word.list().ofMinSize(1).ofMaxSize(4).map(l -> (Object) l)
                              : Arbitraries.oneOf(
                                  word.map(s -> (Object) s),
                                  Arbitraries.longs().map(l -> (Object) l),
                                  Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d))));
              List<String> order = new ArrayList<>(names.keySet());
              return Combinators.combine(values)
                  .as(
                      filled -> {
                        Map<String, Object> arguments = new LinkedHashMap<>();
                        for (int i = 0; i < order.size(); i++) {
                          arguments.put(order.get(i), filled.get(i));
                        }
                        return new Case(code, arguments);
                      });
            });
  }

  @Property(tries = 300)
  void theRootIsTheMessageAndChineseIsFilledIn(@ForAll("cases") Case c) {
    FileProblem p =
        FileProblem.of(
            Optional.of("plan.yaml"),
            3,
            7,
            "objectives[0]",
            FileProblem.FILE_PROBLEMS,
            c.code(),
            c.arguments());
    assertEquals(p.message(), p.message(Locale.ROOT));
    String zh = p.message(Locale.SIMPLIFIED_CHINESE);
    assertFalse(zh.isBlank(), c::toString);
    assertFalse(PLACEHOLDER.matcher(zh).find(), () -> c + " left a placeholder in " + zh);
    assertEquals("plan.yaml:3:7: objectives[0]: " + zh, p.render(Locale.SIMPLIFIED_CHINESE));
  }

  @Provide
  Arbitrary<String> brokenPlans() {
    return Arbitraries.of(
            "stretch: 90",
            "stretch: 一百",
            "owner: 销售部",
            "level: 部门",
            "title: [1, 2]",
            "baseline: 100",
            "period: 2026-Q9")
        .flatMap(
            fault ->
                Arbitraries.of(FileProblemMessagesTest.PLAN.lines().toList())
                    .map(line -> breakAt(line, fault)));
  }

  private static String breakAt(String line, String fault) {
    String key = fault.substring(0, fault.indexOf(':'));
    String plan = FileProblemMessagesTest.PLAN;
    int at = line.indexOf(key + ":");
    if (at < 0) {
      return plan;
    }
    int end = line.indexOf(',', at);
    int close = line.indexOf('}', at);
    int stop = end >= 0 ? end : close >= 0 ? close : line.length();
    return plan.replace(line, line.substring(0, at) + fault + line.substring(stop));
  }

  @Property(tries = 60)
  void brokenPlansReadInBothLanguages(@ForAll("brokenPlans") String yaml) {
    // every plan made here keeps a fault: the stretch below the target, or the one put in
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(yaml, Format.YAML));
    for (FileProblem p : e.problems()) {
      assertEquals(p.toString(), p.render(Locale.ROOT));
      String zh = p.render(Locale.SIMPLIFIED_CHINESE);
      String where = p.toString().substring(0, p.toString().length() - p.message().length());
      assertEquals(where, zh.substring(0, where.length()));
      assertFalse(PLACEHOLDER.matcher(zh).find(), zh);
    }
  }
}

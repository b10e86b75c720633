package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.ProblemException;
import org.okrkit.core.ProblemTemplates;

/**
 * Every code of the scoring problems, filled with arbitrary arguments: the English of {@code
 * Locale.ROOT} is the exception's message, and the Chinese is written out with no placeholder left.
 */
class ScoringProblemsProperties {
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(@)([A-Za-z][A-Za-z0-9]*)(:[^{}]*)?}|\\{()([A-Za-z][A-Za-z0-9]*)(:(?:[0-9]{1,2}|score))?}");

  /** The codes: every key but the phrases of arguments. */
  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String key : PolicyProblems.TEMPLATES.phrasebook(Locale.ROOT).phrases().keySet()) {
      if (!key.startsWith("extension.what.")) {
        codes.add(key);
      }
    }
    return codes;
  }

  record Case(String code, Map<String, Object> arguments) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<Object> what =
        Arbitraries.of("strategy", "aggregation", "pace")
            .map(w -> (Object) Map.of(ProblemTemplates.PHRASE, "extension.what." + w));
    return Arbitraries.of(codes())
        .flatMap(
            code -> {
              String pattern = PolicyProblems.TEMPLATES.phrasebook(Locale.ROOT).phrase(code);
              Map<String, Boolean> names = new LinkedHashMap<>();
              Matcher m = PLACEHOLDER.matcher(pattern);
              while (m.find()) {
                names.putIfAbsent(m.group(2) != null ? m.group(2) : m.group(5), m.group(3) != null);
              }
              List<Arbitrary<Object>> values = new ArrayList<>();
              names.forEach(
                  (name, list) ->
                      values.add(
                          list
                              ? word.list().ofMinSize(1).ofMaxSize(4).map(l -> (Object) l)
                              : name.equals("what")
                                  ? what
                                  : Arbitraries.oneOf(
                                      word.map(s -> (Object) s),
                                      Arbitraries.longs().map(l -> (Object) l),
                                      Arbitraries.doubles()
                                          .between(-1e6, 1e6)
                                          .map(d -> (Object) d))));
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
    ProblemException e = PolicyProblems.problem(c.code(), c.arguments());
    assertEquals(e.getMessage(), e.message(Locale.ROOT));
    String zh = e.message(Locale.SIMPLIFIED_CHINESE);
    assertFalse(zh.isBlank(), c::toString);
    assertFalse(PLACEHOLDER.matcher(zh).find(), () -> c + " left a placeholder in " + zh);
    assertFalse(PLACEHOLDER.matcher(e.getMessage()).find(), () -> c + " left " + e.getMessage());
  }
}

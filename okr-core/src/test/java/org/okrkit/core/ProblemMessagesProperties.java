package org.okrkit.core;

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

/**
 * Every code of plan validation, filled with arbitrary arguments: the English of {@code
 * Locale.ROOT} is the problem's message, and the Chinese is written out, with no placeholder left.
 */
class ProblemMessagesProperties {
  /** A placeholder as Phrasebook reads it: {@code {@name}}, {@code {@name:*}}, {@code {name}}. */
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(@)([A-Za-z][A-Za-z0-9]*)(:[^{}]*)?}|\\{()([A-Za-z][A-Za-z0-9]*)(:(?:[0-9]{1,2}|score))?}");

  /** The codes: every key but the phrases of arguments. */
  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String key : ProblemTemplates.core().phrasebook(Locale.ROOT).phrases().keySet()) {
      if (ProblemMessagesTest.DYNAMIC.stream().noneMatch(key::startsWith)
          && !key.startsWith("period.named")
          && !key.startsWith("period.dates")
          && !key.startsWith("figure.")) {
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
    return Arbitraries.of(codes())
        .flatMap(
            code -> {
              String pattern = ProblemTemplates.core().phrasebook(Locale.ROOT).phrase(code);
              List<String> names = new ArrayList<>();
              Matcher m = PLACEHOLDER.matcher(pattern);
              while (m.find()) {
                if (!names.contains(name(m))) {
                  names.add(name(m));
                }
              }
              Arbitrary<Object> value =
                  Arbitraries.oneOf(
                      Arbitraries.strings()
                          .alpha()
                          .numeric()
                          .ofMinLength(1)
                          .ofMaxLength(12)
                          .map(s -> (Object) s),
                      Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                      Arbitraries.longs().map(l -> (Object) l),
                      Arbitraries.of(Direction.class).map(d -> (Object) d),
                      Arbitraries.of(Level.class).map(l -> (Object) l));
              return Combinators.combine(value.list().ofSize(names.size()), Arbitraries.just(code))
                  .as(
                      (values, c) -> {
                        Map<String, Object> arguments = new LinkedHashMap<>();
                        for (int i = 0; i < names.size(); i++) {
                          arguments.put(names.get(i), values.get(i));
                        }
                        return new Case(c, arguments);
                      });
            });
  }

  @Property(tries = 300)
  void theRootIsTheMessageAndChineseIsFilledIn(@ForAll("cases") Case c) {
    Problem p = Problem.of(Location.field("period"), c.code(), c.arguments());
    assertEquals(p.message(), p.message(Locale.ROOT));
    String zh = p.message(Locale.SIMPLIFIED_CHINESE);
    assertFalse(zh.isBlank(), c::toString);
    assertFalse(PLACEHOLDER.matcher(zh).find(), () -> c + " left a placeholder in " + zh);
    assertFalse(PLACEHOLDER.matcher(p.message()).find(), () -> c + " left " + p.message());
  }
}

package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.ProblemException;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.ParameterException;
import org.okrkit.scoring.StrategySpec;
import org.okrkit.testing.BundleChecks;

/**
 * The formulas refused, as data: a {@link ParameterException} caused by a {@link ProblemException}
 * whose English is the message and whose Chinese frames CEL's own text in a Chinese sentence.
 */
class FormulaProblemsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/formula", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  /**
   * Keys built from data: the phrases of a measure's direction ({@code "direction." +
   * direction.name()}) and the codes of a compile error, with or without its position and the count
   * of further problems ({@code "formula.compile" + ...}).
   */
  static final List<String> DYNAMIC = List.of("direction.", "formula.compile");

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(@)([A-Za-z][A-Za-z0-9]*)(:[^{}]*)?}|\\{()([A-Za-z][A-Za-z0-9]*)(:(?:[0-9]{1,2}|score))?}");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  static ProblemException refused(String expression) {
    ParameterException e =
        assertThrows(
            ParameterException.class,
            () -> FormulaStrategies.formula(expression, EnumSet.of(Direction.INCREASE)));
    return ProblemException.of(e).orElseThrow();
  }

  @Test
  void theZhCnTranslationIsComplete() {
    BundleChecks.checkComplete("problems", FILES, ZH);
  }

  @Test
  void everyKeyIsUsed() {
    BundleChecks.checkUsed("problems", FILES, Path.of("src/main/java"), DYNAMIC);
  }

  @Test
  void aCompileErrorKeepsCelsTextInAChineseSentence() {
    ProblemException e = refused("actual / targt");
    assertEquals("formula.compileAt", e.code());
    assertEquals(
        "the formula does not compile: at column 10 of the expression: undeclared reference to"
            + " 'targt' (in container '')",
        e.getMessage());
    assertEquals(
        "公式无法编译：表达式第 10 列：undeclared reference to 'targt' (in container '')", e.message(ZH));
    ProblemException lines = refused("actual /\n  x");
    assertEquals(
        "公式无法编译：表达式第 2 行第 3 列：undeclared reference to 'x' (in container '')", lines.message(ZH));
  }

  @Test
  void typeAndParameterProblemsReadInChinese() {
    List<ProblemException> problems =
        List.of(
            refused("actual > target"),
            refused(" "),
            ProblemException.of(
                    assertThrows(
                        ParameterException.class,
                        () ->
                            FormulaStrategies.of(
                                StrategySpec.Named.of(
                                    "formula",
                                    Map.of("expression", "actual", "directions", "sideways")))))
                .orElseThrow());
    assertEquals("公式的值类型为 bool；应为数字（double 或 int）", problems.get(0).message(ZH));
    for (ProblemException p : problems) {
      String rest =
          p.message(ZH)
              .replaceAll("actual / target|increase、decrease|range|sideways|double|int|bool", " ");
      Set<String> words = new java.util.TreeSet<>();
      Matcher m = WORD.matcher(rest);
      while (m.find()) {
        words.add(m.group());
      }
      assertEquals(Set.of(), words, p::getMessage);
      assertEquals(p.getMessage(), p.message(Locale.ROOT));
    }
  }

  @Test
  void aBrokenLawIsToldInChinese() {
    ProblemException monotone = refused("actual > target ? 0.0 : 0.5");
    assertEquals("law.monotone", monotone.code());
    assertTrue(
        monotone.message(ZH).startsWith("公式违反了评分方法的约定：更好的值得分不能更低；指标方向：越高越好，"),
        monotone.message(ZH));
    ProblemException range = refused("1.0 - actual / target");
    assertEquals("law.broken", range.code());
    assertTrue(range.message(ZH).startsWith("公式违反了评分方法的约定（指标方向：越高越好，"), range.message(ZH));
    assertTrue(range.message(ZH).contains("得分应为 0 至上限 1 之间的有限数"), range.message(ZH));
    assertEquals(range.getMessage(), range.message(Locale.ROOT));
  }

  @Test
  void everyCodeRendersInBothLanguagesWithNoPlaceholderLeft() {
    for (String code : FormulaProblems.TEMPLATES.phrasebook(Locale.ROOT).phrases().keySet()) {
      if (code.startsWith("direction.")) {
        continue;
      }
      String pattern = FormulaProblems.TEMPLATES.phrasebook(Locale.ROOT).phrase(code);
      Map<String, Object> arguments = new LinkedHashMap<>();
      Matcher m = PLACEHOLDER.matcher(pattern);
      while (m.find()) {
        String name = m.group(2) != null ? m.group(2) : m.group(5);
        arguments.put(
            name,
            m.group(3) != null
                ? List.of("a", "b")
                : name.equals("direction")
                    ? Direction.RANGE
                    : name.equals("why")
                        ? Map.of("phrase", "law.cannotEvaluate", "detail", "x")
                        : (Object) "v1");
      }
      ProblemException e = new ProblemException(FormulaProblems.TEMPLATES, code, arguments);
      assertEquals(e.getMessage(), e.message(Locale.ROOT));
      List<String> left = new ArrayList<>();
      Matcher zh = PLACEHOLDER.matcher(e.message(ZH));
      while (zh.find()) {
        left.add(zh.group());
      }
      assertEquals(List.of(), left, code);
    }
  }
}

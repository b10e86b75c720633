package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The syntax errors of the YAML and JSON parsers, the settings a policy file's values refuse and a
 * period that ends before it starts: worded by okrkit in Chinese, with the parser's line and
 * column, and in English exactly as the parser says it.
 */
class ChineseSyntaxErrorsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  /**
   * Words a Chinese reader of a syntax error sees as symbols: formats, literals and field names.
   */
  private static final Set<String> SYMBOLS =
      Set.of("YAML", "JSON", "null", "true", "false", "TAB", "owners", "level", "period", "a", "b");

  static Set<String> englishWords(String text) {
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(text.replaceAll("<[a-z ]+>", " "));
    while (m.find()) {
      if (!SYMBOLS.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static FileProblem problem(String text, Format format) {
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(text, format));
    return e.problems().get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "owners: [{id: a, level: X: y}]\n",
        "owners: [a, b\n",
        "period: 2026-Q2\n owners: x\nfoo: bar\n",
        "owners:\n  - a\n b: c\n",
        "a:\n\t- b\n",
        "a: \"abc\n",
        "a: \"ab\\qc\"\n",
        "- a\nb: c\n",
        "{a: 1}}\n",
        "a: @x\n"
      })
  void commonYamlSyntaxErrorsReadInChinese(String yaml) {
    FileProblem p = problem(yaml, Format.YAML);
    assertNotEquals(Optional.of("syntax.yaml"), p.code(), p::toString);
    assertTrue(p.code().orElseThrow().startsWith("syntax.yaml."), p::toString);
    assertTrue(p.message().startsWith("YAML syntax error: "), p::toString);
    String zh = p.render(ZH);
    assertTrue(zh.startsWith(p.line() + ":" + p.column() + ":"), zh);
    assertTrue(p.message(ZH).startsWith("YAML 语法错误："), zh);
    assertEquals(Set.of(), englishWords(p.message(ZH)), zh);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": ]}",
        "{\"a\": 1 \"b\": 2}",
        "[1 2]",
        "{a: 1}",
        "{\"a\" 1}",
        "{\"a\": tru}",
        "{\"a\": 1",
        "[1, 2",
        "{\"a\": [1}",
        "{\"a\": \"abc",
        "{\"a\": 01}",
        "{\"a\": \"a\tb\"}",
        "{\"a",
        "{\"a\": \"\\q\"}"
      })
  void commonJsonSyntaxErrorsReadInChinese(String json) {
    FileProblem p = problem(json, Format.JSON);
    assertTrue(p.code().orElseThrow().startsWith("syntax.json."), p::toString);
    assertTrue(p.message().startsWith("JSON syntax error: "), p::toString);
    assertTrue(p.message(ZH).startsWith("JSON 语法错误："), p::toString);
    assertEquals(Set.of(), englishWords(p.message(ZH).replaceAll("“[^”]*”", " ")), p::toString);
  }

  @Test
  void theEnglishIsTheParsersOwnSentence() {
    FileProblem p = problem("owners: [{id: a, level: X: y}]\n", Format.YAML);
    assertEquals(
        "1:26: owners[0].level: YAML syntax error: expected ',' or '}', but got : (while parsing a"
            + " flow mapping)",
        p.toString());
    assertEquals(Map.of("token", ":"), p.arguments());
    assertEquals("1:26: owners[0].level: YAML 语法错误：花括号 {} 内的映射中应为“,”或“}”，实际为 :", p.render(ZH));
    FileProblem json = problem("{\"a\": 1 \"b\": 2}", Format.JSON);
    assertEquals(
        "JSON syntax error: Unexpected character ('\"' (code 34)): was expecting comma to separate"
            + " Object entries",
        json.message());
    assertEquals("JSON 语法错误：意外的字符“\"”（编码 34）；对象的各项之间应以逗号分隔", json.message(ZH));
  }

  @Test
  void anUnknownKindQuotesTheParserInAChineseSentence() {
    FileProblem p = problem("{\"a\": -}", Format.JSON);
    assertEquals(Optional.of("syntax.json"), p.code());
    assertTrue(p.message(ZH).startsWith("JSON 语法错误：Unexpected character"), p::toString);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsReadsInChinese() {
    FileProblem p = problem("period: 2026-05-09..2026-04-10\n", Format.YAML);
    assertEquals(Optional.of("period.endBeforeStart"), p.code());
    assertEquals(
        "1:9: period: period end 2026-04-10 lies before its start 2026-05-09", p.toString());
    assertEquals("1:9: period: 周期的结束日期 2026-04-10 早于开始日期 2026-05-09", p.render(ZH));
  }

  @Test
  void aRefusedPolicySettingReadsInChinese() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                PolicyFiles.read(
                    String.join(
                        "\n",
                        "version: 1",
                        "pace: {type: byDates, points: [{date: 2026-05-01, expected: 0.6},"
                            + " {date: 2026-06-01, expected: 0.4}]}",
                        "paceTolerance: {type: ratio, onTrack: 0.5, atRisk: 0.8}",
                        "statusRule: {type: shareOnTrack, share: 0}",
                        ""),
                    Format.YAML));
    List<String> zh = e.problems().stream().map(p -> p.render(ZH)).toList();
    assertEquals(
        List.of(
            "2:7: pace: 预期进度不能下降：0.4 排在 0.6 之后",
            "3:16: paceTolerance: 比例容差须满足 0 <= atRisk <= onTrack，实际 atRisk 为 0.8、onTrack 为 0.5",
            "4:13: statusRule: 状态正常的下级所占比例必须在 (0, 1] 之内，实际为 0"),
        zh);
    assertEquals(
        "2:7: pace: expected progress must not fall: 0.4 follows 0.6",
        e.problems().get(0).toString());
  }
}

package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.BAD;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

/**
 * What a policy or plan file's problems say under {@code --lang zh-CN}: Chinese sentences, never an
 * English one inside a Chinese frame, with file:line:column and exit code 2; in English as before.
 */
class ChineseProblemsTest {
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  /**
   * The English words of {@code text}, besides file names, the command, KPI and the texts given.
   */
  static Set<String> englishWords(String text, String... allowed) {
    // file names, and the command that speaks (okr score:)
    String rest = text.replaceAll("\\S*\\.(yaml|yml|json)\\b", " ").replaceAll("okr [a-z]+:", " ");
    for (String word : allowed) {
      rest = rest.replace(word, " ");
    }
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      if (!m.group().equals("KPI")) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static String policy(Path dir, String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "version: 1\n" + yaml);
    return file.toString();
  }

  @Test
  void aRefusedPaceIsToldInChineseWithItsPlace(@TempDir Path dir) throws IOException {
    String f = policy(dir, "pace.policy.yaml", "pace: {type: frontLoaded, power: 0.5}\n");
    Result zh = okr("score", plan("marketing"), "--policy", f, "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code(), zh::toString);
    assertEquals("", zh.out());
    assertEquals(
        f
            + ":2:7: pace: 前快后慢或前慢后快节奏的幂次必须是不小于 1 的有限数，实际为 0.5\n"
            + "okr score: 评分策略文件 "
            + f
            + " 无效：1 个问题\n",
        zh.err(),
        zh::toString);
    // the field's name is the file's own
    assertEquals(Set.of(), englishWords(zh.err(), ": pace:"));
    Result en = okr("score", plan("marketing"), "--policy", f);
    assertEquals(Okr.BAD_INPUT, en.code(), en::toString);
    assertTrue(
        en.err()
            .startsWith(
                f
                    + ":2:7: pace: the power of a front- or back-loaded pace must be a finite"
                    + " number of at least 1, got 0.5\n"),
        en::toString);
  }

  @Test
  void bandsOutOfOrderAreToldInChinese(@TempDir Path dir) throws IOException {
    String f = policy(dir, "bands.policy.yaml", "bands: {yellowFrom: 0.8, greenFrom: 0.5}\n");
    Result zh = okr("validate", plan("marketing"), "--policy", f, "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code(), zh::toString);
    assertTrue(
        zh.err()
            .startsWith(
                f
                    + ":2:8: bands: 等级须满足 0 <= yellowFrom <= greenFrom 且均为有限数，实际"
                    + " yellowFrom 为 0.8、greenFrom 为 0.5\n"),
        zh::toString);
    assertEquals(Set.of(), englishWords(zh.err(), "yellowFrom", "greenFrom", ": bands:"));
  }

  @Test
  void aPolicyThatDoesNotFitSaysWhyInChinese(@TempDir Path dir) throws IOException {
    String f =
        policy(
            dir,
            "misfit.policy.yaml",
            "elementStrategies: {K-nowhere: binary}\ntagStrategies: {nowhere: binary}\n");
    Result zh = okr("score", plan("marketing"), "--policy", f, "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code(), zh::toString);
    assertEquals(
        "okr score: 评分策略 "
            + f
            + " 与计划 plans/marketing.yaml 不符：未知的元素标识“K-nowhere”；计划中没有元素带有标签“nowhere”\n",
        zh.err(),
        zh::toString);
    Result en = okr("score", plan("marketing"), "--policy", f);
    assertEquals(
        "okr score: the scoring policy "
            + f
            + " does not fit the plan plans/marketing.yaml: unknown element id 'K-nowhere'; no"
            + " element of the plan carries tag 'nowhere'\n",
        en.err(),
        en::toString);
  }

  @Test
  void aYamlSyntaxErrorIsToldInChineseWithItsPlace() {
    String f = BAD.resolve("syntax.yaml").toString();
    Result zh = okr("validate", f, "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code(), zh::toString);
    assertEquals("", zh.out());
    assertEquals(
        f
            + ":6:11: owners[0].level: YAML 语法错误：花括号 {} 内的映射中应为“,”或“}”，实际为 :\n"
            + "okr validate: 计划文件 "
            + f
            + " 无效：1 个问题\n",
        zh.err(),
        zh::toString);
    assertEquals(Set.of(), englishWords(zh.err(), "YAML", "owners[0].level"));
  }

  @Test
  void aJsonSyntaxErrorIsToldInChineseWithItsPlace() {
    String f = BAD.resolve("syntax.json").toString();
    Result zh = okr("score", f, "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, zh.code(), zh::toString);
    assertEquals(
        f
            + ":6:3: owners[1]: JSON 语法错误：意外的字符“]”（编码 93）；应为有效的值（JSON 字符串、数字、数组、对象，或"
            + " null、true、false）\n"
            + "okr score: 计划文件 "
            + f
            + " 无效：1 个问题\n",
        zh.err(),
        zh::toString);
    assertEquals(Set.of(), englishWords(zh.err(), "JSON", "null", "true", "false", "owners[1]"));
  }
}

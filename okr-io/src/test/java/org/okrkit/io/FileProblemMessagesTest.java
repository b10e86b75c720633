package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/**
 * The problems of a broken file, in English as before and in Simplified Chinese, with the file,
 * line and column as they are.
 */
class FileProblemMessagesTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /**
   * Keys of the bundle built from data rather than written out: the phrases of a value's kind
   * ({@code got.TEXT}) and of what an object is ({@code thing.aKeyResult}), and the list phrases
   * {@link Phrasebook} itself reads ({@code quoted}, {@code list.last}...).
   */
  static final List<String> DYNAMIC = List.of("got.", "thing.", "quoted", "list.");

  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/io", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  /** A plan in Chinese, with the stretch of its key result below its target. */
  static final String PLAN =
      String.join(
          "\n",
          "period: 2026-Q2",
          "owners:",
          "  - {id: mkt, name: 市场部, level: DEPARTMENT}",
          "objectives:",
          "  - id: O1",
          "    title: 提升品牌影响力",
          "    owner: mkt",
          "    keyResults:",
          "      - id: KR1",
          "        title: 新增销售线索",
          "        measure: {name: 线索数, unit: COUNT, direction: INCREASE}",
          "        target: {baseline: 100, value: 120, stretch: 90}",
          "");

  static List<String> rendered(PlanFileException e, Locale locale) {
    return e.problems().stream().map(p -> p.render(locale)).toList();
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
  void aStretchBelowTargetInAChinesePlanFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PLAN);
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(file));
    String name = file.toString();
    assertEquals(
        List.of(
            name
                + ":12:9: objectives[0].keyResults[0].target: stretch 90 lies below target 120"
                + " for an INCREASE measure"),
        rendered(e, Locale.ROOT));
    assertEquals(
        List.of(name + ":12:9: objectives[0].keyResults[0].target: 挑战值 90 低于目标值 120（指标越高越好）"),
        rendered(e, ZH));
    assertEquals(rendered(e, ZH), e.render(ZH));
    FileProblem p = e.problems().get(0);
    assertEquals(Optional.of("target.stretchBelowTarget"), p.code());
    assertEquals(Optional.of(ProblemTemplates.core()), p.templates());
    assertEquals(p.toString(), p.render(Locale.ROOT));
    assertEquals(p.toString(), p.render(Locale.ENGLISH));
  }

  @Test
  void anUnknownIdABadNumberAndAMissingField() {
    String yaml =
        String.join(
            "\n",
            "period: 2026-Q2",
            "owners:",
            "  - {id: mkt, name: 市场部, level: DEPARTMENT}",
            "objectives:",
            "  - id: O1",
            "    title: 提升品牌影响力",
            "    owner: mkt",
            "    keyResults:",
            "      - id: KR1",
            "        measure: {name: 线索数, unit: COUNT, direction: INCREASE}",
            "        target: {baseline: 一百, value: 120}",
            "");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(yaml, Format.YAML));
    assertEquals(
        List.of(
            "9:9: objectives[0].keyResults[0]: missing required field 'title'",
            "11:28: objectives[0].keyResults[0].target.baseline: expected a number, got text"
                + " '一百'"),
        rendered(e, Locale.ROOT));
    assertEquals(
        List.of(
            "9:9: objectives[0].keyResults[0]: 缺少必填字段“title”",
            "11:28: objectives[0].keyResults[0].target.baseline: 应为数字，实际为文本“一百”"),
        rendered(e, ZH));
  }

  @Test
  void anUnknownOwnerOfAChineseObjective() {
    String yaml = PLAN.replace("owner: mkt", "owner: 销售部").replace("stretch: 90", "stretch: 130");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(yaml, Format.YAML));
    assertEquals(
        List.of("7:5: objectives[0].owner: unknown owner '销售部'"), rendered(e, Locale.ROOT));
    assertEquals(List.of("7:5: objectives[0].owner: 未知的负责人“销售部”"), rendered(e, ZH));
  }

  @Test
  void anUnknownFieldWithAHintNamesWhatTakesIt() {
    String yaml = PLAN.replace("    title: 提升品牌影响力", "    titel: 提升品牌影响力");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(yaml, Format.YAML));
    FileProblem unknown =
        e.problems().stream()
            .filter(p -> p.code().equals(Optional.of("field.unknownHint")))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "6:5: objectives[0].titel: 未知字段“titel”（是否应为“title”？）；目标的字段为 "
            + unknown.arguments().get("allowed"),
        unknown.render(ZH));
  }

  @Test
  void aSettingThePolicyRefusesReadsInChineseAtItsLine() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () -> PolicyFiles.read("kpiStrategy: binary\nkeyResultKpiShare: 1.5\n", Format.YAML));
    assertEquals(
        List.of("2:1: keyResultKpiShare: keyResultKpiShare must lie from 0 to 1, got 1.5"),
        rendered(e, Locale.ROOT));
    assertEquals(
        List.of("2:1: keyResultKpiShare: keyResultKpiShare（关键结果中 KPI 的占比）必须在 0 至 1 之间，实际为 1.5"),
        rendered(e, ZH));
  }

  @Test
  void aYamlSyntaxErrorKeepsItsPosition() {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read("period: &\n", Format.YAML));
    FileProblem p = e.problems().get(0);
    // a kind of syntax error okrkit does not word itself quotes the parser's text
    assertEquals(Optional.of("syntax.yaml"), p.code());
    assertEquals(p.toString().replace("YAML syntax error: ", "YAML 语法错误："), p.render(ZH));
  }

  @Test
  void aProblemWithoutACodeKeepsItsMessage() {
    FileProblem p = FileProblem.of(Optional.of("a.yaml"), 3, 4, "x", "host's own words");
    assertEquals("a.yaml:3:4: x: host's own words", p.render(ZH));
    assertEquals(Map.of(), p.arguments());
  }

  @Test
  void problemsAreEqualByPositionAndEnglishMessage() {
    FileProblem coded =
        FileProblem.of(
            Optional.empty(),
            1,
            1,
            "",
            FileProblem.FILE_PROBLEMS,
            "field.missing",
            Map.of("field", "period"));
    assertEquals(
        FileProblem.of(Optional.empty(), 1, 1, "", "missing required field 'period'"), coded);
    assertEquals("1:1: 缺少必填字段“period”", coded.render(ZH));
  }
}

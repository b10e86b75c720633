package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.testing.BundleChecks;

/** The problems of spec files in Simplified Chinese, and the bundle they come from. */
class SimulationProblemsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  /**
   * Keys built from data: the kinds of file a spec names ({@code file.plan}) and of the value found
   * instead of the one expected ({@code got.TEXT}, named by {@code Problems.got}).
   */
  static final List<String> DYNAMIC = List.of("file.", "got.");

  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/simulation/io", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  static List<String> rendered(String yaml, Locale locale) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> SimulationFiles.read(yaml, Format.YAML, PLANS));
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
  void aSpecWithoutArmsInEachLanguage() {
    assertEquals(
        List.of("1:7: arms: expected at least one arm, got an empty list"),
        rendered("arms: []", Locale.ROOT));
    assertEquals(List.of("1:7: arms: 至少需要一个方案，实际为空列表"), rendered("arms: []", ZH));
    assertEquals(List.of("1:1: 缺少必填字段“arms”"), rendered("version: 1", ZH));
  }

  @Test
  void aPlanOfTheWrongShapeSaysWhatWasFound() {
    assertEquals(
        List.of("1:20: population.plan: 应为计划文件名，或直接写入的计划（对象），实际为列表"),
        rendered("population: {plan: [1]}\narms: [{name: a}]\n", ZH));
  }

  @Test
  void aMissingPlanFileInEachLanguage() {
    String yaml = "population: {plan: 没有.yaml}\narms: [{name: a}]\n";
    assertEquals(
        List.of("1:20: population.plan: cannot read the plan file '没有.yaml': no such file"),
        rendered(yaml, Locale.ROOT));
    assertEquals(List.of("1:20: population.plan: 无法读取计划文件“没有.yaml”：文件不存在"), rendered(yaml, ZH));
  }
}

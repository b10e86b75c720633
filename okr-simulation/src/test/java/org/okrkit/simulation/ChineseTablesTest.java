package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.simulation.internal.Exports;
import org.okrkit.testing.BundleChecks;

/**
 * The simulation and workforce tables in Simplified Chinese: Chinese labels, the same rows as the
 * English tables, and columns that line up by display width; and the bundle they read.
 */
class ChineseTablesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final SimulationResult SIMULATION =
      Simulation.run(SimulationTest.everything(5).withTrials(20));

  private static final WorkforceResult WORKFORCE =
      WorkforceSimulation.run(
          WorkforceSimulationTest.everything(3).withReplications(4).withPeriods(2));

  /**
   * The rows of a table (from its header to the line before the next blank line or the end), each
   * as its cells' right edges in terminal columns: the columns line up when every row of a table
   * has the same edges.
   */
  private static List<List<Integer>> edges(List<String> table) {
    List<List<Integer>> rows = new ArrayList<>();
    for (String line : table) {
      if (line.startsWith("---")) {
        continue;
      }
      List<Integer> ends = new ArrayList<>();
      // a cell ends where two spaces or the line's end follow a non-space
      Matcher m = Pattern.compile("\\S(?=  |$)").matcher(line);
      while (m.find()) {
        ends.add(DisplayWidth.of(line.substring(0, m.end())));
      }
      rows.add(ends);
    }
    return rows;
  }

  /** The tables of a render: runs of lines after a header line, each with its rule. */
  private static List<List<String>> tables(String render) {
    List<List<String>> tables = new ArrayList<>();
    String[] lines = render.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].startsWith("---")) {
        List<String> table = new ArrayList<>();
        table.add(lines[i - 1]);
        for (int j = i; j < lines.length && !lines[j].isEmpty(); j++) {
          table.add(lines[j]);
        }
        tables.add(table);
      }
    }
    return tables;
  }

  /**
   * Every table of {@code render} lines up by display width: its columns after the first end at the
   * same terminal column in every row, and no row is wider than the rule below the header.
   */
  static void assertAligned(String render) {
    List<List<String>> tables = tables(render);
    assertFalse(tables.isEmpty(), render);
    for (List<String> table : tables) {
      List<List<Integer>> edges = edges(table);
      // the first column is left-aligned: its right edge varies, the others' do not
      for (List<Integer> row : edges) {
        List<Integer> expected = edges.get(0);
        assertEquals(
            expected.subList(1, expected.size()),
            row.subList(row.size() - (expected.size() - 1), row.size()),
            () -> "a row out of line:\n" + String.join("\n", table));
      }
      int width = DisplayWidth.of(table.get(1));
      for (String line : table) {
        assertTrue(
            DisplayWidth.of(line) <= width,
            () -> "a row wider than the rule:\n" + String.join("\n", table));
      }
    }
  }

  @Test
  void theSimulationTableReadsInChineseAndLinesUpByDisplayWidth() {
    String table = SIMULATION.render(ZH);
    assertTrue(table.startsWith(SIMULATION.people() + " 人，"), table);
    assertTrue(table.contains("次试验，随机种子 5；均值及其 95% 置信区间"), table);
    String[] lines = table.split("\n");
    assertTrue(lines[1].startsWith("指标  "), table);
    assertTrue(table.contains("\n平均得分  "), table);
    assertTrue(table.contains("\n效度（与潜在绩效的秩相关）"), table);
    assertTrue(table.contains("\n误判比例  "), table);
    assertFalse(table.contains("mean score"), table);
    assertAligned(table);
    // the same rows as the English table
    assertEquals(SIMULATION.render().split("\n").length, lines.length);
    assertAligned(SIMULATION.render());
  }

  @Test
  void theWorkforceTablesReadInChineseAndLineUpByDisplayWidth() {
    String tables = WORKFORCE.render(ZH);
    assertTrue(
        tables.startsWith(WORKFORCE.people() + " 人，4 家公司，2 个周期，随机种子 3；各公司均值及其 95% 置信区间；"), tables);
    assertTrue(
        tables.contains(
            "\nplain：评分方式 plain(validity=0.6)；淘汰 forced(0.9, 0.1)；"
                + "turnover(rate=0.1, ratingEffect=-0.5)；selection(validity=0.4, ratio=0.3)\n"),
        tables);
    assertTrue(tables.contains("\nbinary：按其评分策略评分；淘汰 forced("), tables);
    assertTrue(tables.contains("\n周期  "), tables);
    assertTrue(tables.contains("平均能力"), tables);
    assertTrue(tables.contains("累计淘汰人数"), tables);
    assertFalse(tables.contains("mean ability"), tables);
    assertAligned(tables);
    assertEquals(WORKFORCE.render().split("\n").length, tables.split("\n").length);
    assertAligned(WORKFORCE.render());
  }

  @Test
  void anArmIsDescribedInChinese() {
    WorkforceArm arm = WorkforceArm.of("a", WorkforceRating.plain(1));
    assertEquals(
        "评分方式 plain(validity=1)；不淘汰；无主动离职；selection(validity=0, ratio=1)", arm.describe(ZH));
    assertEquals(arm.describe(), arm.describe(Locale.ROOT));
    assertEquals(
        "按其评分策略评分；淘汰 belowScore(0.5)；probation(periods=1, share=0)；"
            + "turnover(rate=0.1, ratingEffect=0)；selection(validity=0.5, ratio=0.2)",
        arm.withRating(WorkforceRating.policy(ScoringPolicy.defaults()))
            .withDismissal(Dismissal.belowScore(0.5))
            .withProbation(Probation.of(1, 0))
            .withTurnover(Turnover.of(0.1))
            .withSelection(Selection.of(0.5, 0.2))
            .describe(ZH));
  }

  @Test
  void theEnglishTablesAreTheSameWithOrWithoutALocaleAndWhateverTheDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertEquals(SIMULATION.render(), SIMULATION.render(Locale.ROOT));
      assertEquals(SIMULATION.render(), SIMULATION.render(Locale.ENGLISH));
      assertEquals(WORKFORCE.render(), WORKFORCE.render(Locale.FRENCH));
      assertTrue(SIMULATION.render().contains("\nmean score  "));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aWideArmNameKeepsTheColumnsInLine() {
    SimulationResult named =
        SimulationResult.builder()
            .from(SIMULATION)
            .arms(
                List.of(
                    ArmResult.builder().from(SIMULATION.arms().get(0)).name("二元达标").build(),
                    ArmResult.builder().from(SIMULATION.arms().get(1)).name("ｆｕｌｌ宽").build(),
                    ArmResult.builder().from(SIMULATION.arms().get(2)).name("mixé 分级").build()))
            .build();
    assertAligned(named.render(ZH));
    assertAligned(named.render());
  }

  @Test
  void theChineseTranslationIsCompleteAndEveryPhraseIsUsed() {
    BundleChecks.checkComplete(Exports.BUNDLE, Exports.RESOURCES, ZH);
    // keys built from a metric's name: metric.MEAN_SCORE, workforceMetric.MEAN_ABILITY
    BundleChecks.checkUsed(
        Exports.BUNDLE,
        Exports.RESOURCES,
        Path.of("src", "main", "java"),
        List.of("metric.", "workforceMetric."));
    for (Metric metric : Metric.values()) {
      assertTrue(Exports.phrases(ZH).has("metric." + metric.name()), metric.name());
    }
    for (WorkforceMetric metric : WorkforceMetric.values()) {
      assertTrue(Exports.phrases(ZH).has("workforceMetric." + metric.name()), metric.name());
    }
  }
}

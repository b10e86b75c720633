package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.io.ExportFormat;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.testing.BundleChecks;

/** Markdown and charts for people in Simplified Chinese; JSON and CSV the same in every locale. */
class ChineseExportsTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static final SimulationResult SIMULATION = SimulationExportsTest.result();

  private static final WorkforceResult WORKFORCE = WorkforceExportsTest.result(2);

  @Test
  void theSimulationMarkdownReadsInChinese() {
    String markdown = SimulationExports.result(SIMULATION, ExportFormat.MARKDOWN, ZH);
    assertTrue(markdown.startsWith(SIMULATION.summary(ZH)), markdown);
    assertTrue(markdown.contains("置信区间"), markdown);
    assertTrue(markdown.contains("\n| 指标 |"), markdown);
    assertTrue(markdown.contains("\n| 平均得分 |"), markdown);
    assertFalse(markdown.contains("mean score"), markdown);
    String english = SimulationExports.result(SIMULATION, ExportFormat.MARKDOWN);
    assertEquals(english, SimulationExports.result(SIMULATION, ExportFormat.MARKDOWN, Locale.ROOT));
    assertEquals(english.split("\n").length, markdown.split("\n").length);
  }

  @Test
  void theWorkforceMarkdownReadsInChinese() {
    String markdown = SimulationExports.workforce(WORKFORCE, ExportFormat.MARKDOWN, ZH);
    assertTrue(markdown.contains("家公司"), markdown);
    assertTrue(markdown.contains("\n| 周期 | 平均能力 | 能力标准差 |"), markdown);
    assertTrue(markdown.contains("评分方式 plain("), markdown);
    assertFalse(markdown.contains("mean ability"), markdown);
    String english = SimulationExports.workforce(WORKFORCE, ExportFormat.MARKDOWN);
    assertEquals(
        english, SimulationExports.workforce(WORKFORCE, ExportFormat.MARKDOWN, Locale.ROOT));
    assertEquals(english.split("\n").length, markdown.split("\n").length);
  }

  @Test
  void jsonAndCsvAreTheSameInEveryLocale() {
    for (ExportFormat format : List.of(ExportFormat.JSON, ExportFormat.CSV)) {
      assertEquals(
          SimulationExports.result(SIMULATION, format),
          SimulationExports.result(SIMULATION, format, ZH));
      assertEquals(
          SimulationExports.workforce(WORKFORCE, format),
          SimulationExports.workforce(WORKFORCE, format, ZH));
    }
  }

  @Test
  void theChartsLabelTheirAxesInChinese() {
    String chart =
        SimulationExports.workforceChart(WORKFORCE, WorkforceMetric.MEAN_ABILITY, "平均能力", ZH);
    assertTrue(chart.contains(">周期（平均能力，"), chart);
    assertTrue(chart.contains("置信带）</text>"), chart);
    assertEquals(
        SimulationExports.workforceChart(WORKFORCE, WorkforceMetric.MEAN_ABILITY, "t"),
        SimulationExports.workforceChart(
            WORKFORCE, WorkforceMetric.MEAN_ABILITY, "t", Locale.ROOT));
    String histogram =
        SimulationExports.histogram(SIMULATION.arms().get(0).histogram(), "得分分布", ZH);
    assertTrue(histogram.contains(">得分（"), histogram);
    assertTrue(histogram.contains(" 至 "), histogram);
    assertFalse(histogram.contains("people-trials"), histogram);
  }

  @Test
  void theChineseTranslationIsCompleteAndEveryPhraseIsUsed() {
    BundleChecks.checkComplete(Words.BUNDLE, Words.RESOURCES, ZH);
    BundleChecks.checkUsed(
        Words.BUNDLE, Words.RESOURCES, Path.of("src", "main", "java"), List.of());
  }
}

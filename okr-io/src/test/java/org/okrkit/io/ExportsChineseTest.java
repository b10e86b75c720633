package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/** Markdown exports in Simplified Chinese; JSON and CSV the same in every locale. */
class ExportsChineseTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static final Plan PLAN = HtmlReportChineseTest.marketing();
  private static final Scorecard CARD = ScoringPolicy.defaults().score(PLAN, SeedPlans.AS_OF);
  private static final AlignmentReport ALIGNMENT = AlignmentAnalyzer.defaults().analyze(PLAN);

  @Test
  void theScorecardInChineseMarkdown() {
    String md = Exports.scorecard(CARD, ExportFormat.MARKDOWN, ZH);
    for (String seen :
        new String[] {
          "# 计分卡：市场部，2026-Q2，截至 2026-05-31\n",
          "\n## 各项得分\n",
          "\n| 类型 | 标识 | 标题 | 负责人 | 得分 | 等级 | 状态 |",
          "\n| 目标 | O-influence | 提升公司的市场影响力 | marketing | 0.55 | 黄色 | 有风险 |",
          "\n| KPI | K-campaigns | 每月开展 5 次品牌推广活动 |",
          "\n## 负责人\n",
          "\n| marketing-manager | 市场经理 | 个人 | 0 | 红色 | 有风险 |",
          "| 未知 |\n"
        }) {
      assertTrue(md.contains(seen), () -> "the Markdown lacks " + seen + ":\n" + md);
    }
    for (String english : List.of("Scorecard", "Elements", "OBJECTIVE", "AT_RISK", "unknown")) {
      assertFalse(md.contains(english), () -> english + " in\n" + md);
    }
    String en = Exports.scorecard(CARD, ExportFormat.MARKDOWN);
    assertEquals(en, Exports.scorecard(CARD, ExportFormat.MARKDOWN, Locale.ROOT));
    assertEquals(en.split("\n").length, md.split("\n").length);
  }

  @Test
  void theAlignmentReportInChineseMarkdown() {
    String md = Exports.alignment(ALIGNMENT, ExportFormat.MARKDOWN, ZH);
    assertTrue(md.startsWith("# 对齐报告：市场部，2026-Q2\n"), md);
    assertTrue(md.contains("\n| 计划 | | 市场部 | 33.3% |\n"), md);
    assertTrue(md.contains("\n| 代码 | 级别 | 相关项 | 说明 | 建议 |\n"), md);
    assertTrue(md.contains("\n| ALN003 | 警告 | O-influence | "), md);
    String en = Exports.alignment(ALIGNMENT, ExportFormat.MARKDOWN);
    assertEquals(en, Exports.alignment(ALIGNMENT, ExportFormat.MARKDOWN, Locale.ENGLISH));
    assertEquals(en.split("\n").length, md.split("\n").length);
  }

  @Test
  void theHistoryInChineseMarkdown() {
    ScoreHistory history =
        ScoreHistory.of(
            ScoringPolicy.defaults(), PLAN, SeedPlans.AS_OF, List.of("KR-partners", "marketing"));
    String md = Exports.history(history, ExportFormat.MARKDOWN, ZH);
    assertTrue(md.startsWith("# 得分历史：市场部，2026-Q2，截至 2026-05-31\n"), md);
    assertTrue(md.contains("\n## 各次进展更新时的得分\n"), md);
    assertTrue(md.contains(" | 关键结果 | KR-partners | 本季度新增 20 家合作企业 | "), md);
  }

  @Test
  void aDiffInChineseMarkdown() {
    Kpi campaigns = PLAN.kpi("K-campaigns").orElseThrow();
    Plan after =
        PLAN.withKpi(campaigns.withWeight(2).withContributions(List.of())).without("KR-forums");
    PlanDiff diff = PlanDiff.between(PLAN, after);
    String md = Exports.diff(diff, ExportFormat.MARKDOWN, ZH);
    assertTrue(md.startsWith("# 计划变更\n"), md);
    assertTrue(md.contains("\n| 变更 | 对象 | 标识 | 字段 | 变更前 | 变更后 |\n"), md);
    assertTrue(md.contains("\n| 删除 | 关键结果 | KR-forums | | 举办至少 5 场高质量的行业论坛 | |\n"), md);
    assertTrue(md.contains("\n| 移除关联 | | K-campaigns | 支撑 | KR-mentions（权重 1） | |\n"), md);
    assertEquals(
        Exports.diff(diff, ExportFormat.MARKDOWN),
        Exports.diff(diff, ExportFormat.MARKDOWN, Locale.ROOT));
    assertEquals(Exports.diff(diff, ExportFormat.CSV), Exports.diff(diff, ExportFormat.CSV, ZH));
    // an empty table reads as none, in the language of the export
    assertTrue(
        Exports.diff(PlanDiff.between(PLAN, PLAN), ExportFormat.MARKDOWN, ZH)
            .endsWith("\n## 变更\n\n无。\n"));
  }

  @Test
  void jsonAndCsvAreTheSameInEveryLocale() {
    for (ExportFormat format : List.of(ExportFormat.JSON, ExportFormat.CSV)) {
      assertEquals(Exports.scorecard(CARD, format), Exports.scorecard(CARD, format, ZH));
      assertEquals(Exports.alignment(ALIGNMENT, format), Exports.alignment(ALIGNMENT, format, ZH));
    }
  }
}

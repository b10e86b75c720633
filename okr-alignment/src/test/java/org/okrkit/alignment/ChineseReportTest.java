package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.ChinesePlans;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/** The alignment report and what-ifs of a plan with Chinese titles, in zh-CN. */
class ChineseReportTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Plan PLAN = ChinesePlans.marketing();

  @Test
  void theReportReadsInChinese() {
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(PLAN);
    String indent = " ".repeat(18);
    assertEquals(
        String.join(
            "\n",
            "对齐报告：市场部，2026-Q2（2026-04-01 至 2026-06-30）",
            "",
            "覆盖率（由 KPI 支撑的关键结果权重占比）：33.3%",
            "  目标：",
            "     33.3%  O-influence  提升公司的市场影响力",
            "  负责人：",
            "     33.3%  marketing  市场部",
            "",
            "检查结果：共 3 项（0 个错误，3 个警告，0 个提示）",
            "  警告    ALN002  关键结果“KR-forums”没有任何 KPI 支撑，无论是直接支撑，还是通过与它对齐的目标",
            indent + "建议：将该关键结果分解为至少一个支撑它的 KPI，或让一个关键结果有 KPI 支撑的目标与它对齐",
            "  警告    ALN002  关键结果“KR-partners”没有任何 KPI 支撑，无论是直接支撑，还是通过与它对齐的目标",
            indent + "建议：将该关键结果分解为至少一个支撑它的 KPI，或让一个关键结果有 KPI 支撑的目标与它对齐",
            "  警告    ALN003  目标“O-influence”的关键结果权重中有 33.3% 由 KPI 支撑；应至少为 50%",
            indent + "建议：用 KPI 支撑该目标中尚无支撑的关键结果",
            ""),
        report.render(ZH));
    assertEquals(report.render().split("\n", -1).length, report.render(ZH).split("\n", -1).length);
  }

  @Test
  void levelsAndSeveritiesReadInChinese() {
    // the company owns the KPI that supports the department's key result: ALN006
    Plan inverted =
        PLAN.withKpi(
            org.okrkit.core.Kpi.builder()
                .from(PLAN.kpi("K-campaigns").orElseThrow())
                .ownerId("acme")
                .build());
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(inverted);
    String text = report.render(ZH);
    assertTrue(
        text.contains(
            "  警告    ALN006  公司“acme”的 KPI“K-campaigns”支撑部门“marketing”的关键结果“KR-mentions”"),
        text);
    assertTrue(
        text.contains("  提示    ALN008  “acme”的 KPI“K-campaigns”支撑“marketing”的关键结果“KR-mentions”"),
        text);
    assertTrue(text.contains("检查结果：共 5 项（0 个错误，4 个警告，1 个提示）"), text);
  }

  @Test
  void aWhatIfReadsInChinese() {
    Scorecard card = ScoringPolicy.defaults().score(PLAN, SeedPlans.AS_OF);
    assertEquals(
        "假如 K-campaigns 达成或未达成：\n  O-influence：当前 0.55，达成时 0.55，未达成时 0.55；影响权重 0.333\n",
        WhatIf.of(card, "K-campaigns").render(ZH));
  }

  @Test
  void aChineseDefaultLocaleLeavesEnglishRendersAsTheyWere() {
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(PLAN);
    WhatIf whatIf = WhatIf.of(ScoringPolicy.defaults().score(PLAN, SeedPlans.AS_OF), "K-campaigns");
    String english = report.render();
    String what = whatIf.render();
    assertTrue(english.contains("  WARNING ALN002  key result 'KR-forums'"), english);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertEquals(english, report.render());
      assertEquals(english, report.render(Locale.ENGLISH));
      assertEquals(what, whatIf.render());
      assertEquals(what, whatIf.render(Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}

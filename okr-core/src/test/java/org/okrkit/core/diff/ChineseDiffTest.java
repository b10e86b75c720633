package org.okrkit.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** A diff of two plans with Chinese titles, written in zh-CN, and the same diff in English. */
class ChineseDiffTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** A small marketing plan, and its next quarter with a level, a KPI and a link changed. */
  static Plan plan(boolean later) {
    return Plan.builder()
        .name("市场部")
        .period(later ? SeedPlans.QUARTER.next() : SeedPlans.QUARTER)
        .addOwners(
            Owner.of("acme", "某公司", Level.COMPANY),
            Owner.of("marketing", "市场部", later ? Level.TEAM : Level.DEPARTMENT, "acme"))
        .addObjectives(Objective.of("O-influence", "提升公司的市场影响力", "marketing"))
        .addKeyResults(
            KeyResult.of(
                "KR-partners",
                "O-influence",
                "本季度新增 20 家合作企业",
                Measure.increasing("新增合作企业", Unit.COUNT),
                Target.increase(0, 20)))
        .addKpis(
            Kpi.builder()
                .id("K-campaigns")
                .ownerId("marketing")
                .title(later ? "每周开展品牌推广活动" : "每月开展 5 次品牌推广活动")
                .measure(
                    later
                        ? Measure.decreasing("品牌推广活动", Unit.COUNT)
                        : Measure.increasing("品牌推广活动", Unit.COUNT))
                .target(later ? Target.decrease(5, 2) : Target.increase(0, 5))
                .frequency(later ? Frequency.WEEKLY : Frequency.MONTHLY)
                .weight(later ? 0.5 : 1)
                .addContribution(
                    later ? Contribution.support("KR-partners") : Contribution.to("KR-partners"))
                .build())
        .build();
  }

  @Test
  void fieldsAndTheirWordsReadInChinese() {
    PlanDiff diff = PlanDiff.between(plan(false), plan(true));
    assertEquals(
        String.join(
            "\n",
            "计划：周期 2026-Q2 => 2026-Q3",
            "修改（6）：",
            "  ~ 负责人 marketing 层级：部门 => 团队",
            "  ~ KPI K-campaigns 标题：每月开展 5 次品牌推广活动 => 每周开展品牌推广活动",
            "  ~ KPI K-campaigns 指标：品牌推广活动（COUNT，越高越好） => 品牌推广活动（COUNT，越低越好）",
            "  ~ KPI K-campaigns 目标值：0 -> 5 => 5 -> 2",
            "  ~ KPI K-campaigns 汇报频率：每月 => 每周",
            "  ~ KPI K-campaigns 与 KR-partners 的关联：计分 => 仅关联（不计分）",
            "权重调整（1）：",
            "  ~ KPI K-campaigns 权重：1 => 0.5",
            ""),
        diff.render(ZH));
    assertEquals(
        String.join(
            "\n",
            "Plan: period 2026-Q2 => 2026-Q3",
            "Changed (6):",
            "  ~ owner marketing level: DEPARTMENT => TEAM",
            "  ~ KPI K-campaigns title: 每月开展 5 次品牌推广活动 => 每周开展品牌推广活动",
            "  ~ KPI K-campaigns measure: 品牌推广活动 (COUNT, INCREASE) => 品牌推广活动 (COUNT,"
                + " DECREASE)",
            "  ~ KPI K-campaigns target: 0 -> 5 => 5 -> 2",
            "  ~ KPI K-campaigns frequency: MONTHLY => WEEKLY",
            "  ~ KPI K-campaigns link to KR-partners: counted => support-only",
            "Weights re-tuned (1):",
            "  ~ KPI K-campaigns weight: 1 => 0.5",
            ""),
        diff.render());
  }

  @Test
  void targetsOfEveryKindReadInChineseAndKeepTheirEnglish() {
    Plan relative =
        plan(false)
            .withKpi(
                plan(false)
                    .kpi("K-campaigns")
                    .orElseThrow()
                    .withTarget(Target.increaseByPercent(200, 30).withThreshold(10)));
    Plan range =
        plan(false)
            .withKpi(
                plan(false)
                    .kpi("K-campaigns")
                    .orElseThrow()
                    .withMeasure(Measure.range("品牌推广活动", Unit.COUNT))
                    .withTarget(Target.range(3, 5).withBaseline(8)));
    PlanDiff diff = PlanDiff.between(relative, range);
    assertEquals(
        "  ~ KPI K-campaigns 目标值：基线值 200 的 +30%（260），门槛值 +10%（220） => 3 至 5（基线值 8）",
        diff.render(ZH).lines().filter(l -> l.contains("目标值")).findFirst().orElseThrow());
    assertEquals(
        "  ~ KPI K-campaigns target: +30 % of 200 (260), threshold +10 % (220) => 3 to 5 (from 8)",
        diff.render().lines().filter(l -> l.contains("target")).findFirst().orElseThrow());
    FieldChange change =
        diff.changed().stream().filter(c -> c.field().equals("target")).findFirst().orElseThrow();
    assertEquals("+30 % of 200 (260), threshold +10 % (220)", change.before());
    assertEquals("3 to 5 (from 8)", change.after());
  }

  @Test
  void twoTargetsThatReadAlikeShowTheirKinds() {
    FieldChange change =
        FieldChange.worded(
            Subject.KPI,
            "K1",
            "target",
            "ABSOLUTE 3 to 5",
            "RANGE 3 to 5",
            FieldChange.Wording.targets(Target.of(4), Target.range(3, 5), true));
    assertEquals("KPI K1 目标值：绝对值 4 => 区间 3 至 5", DiffPhrases.field(DiffPhrases.of(ZH), change));
    assertEquals("KPI K1 target: ABSOLUTE 3 to 5 => RANGE 3 to 5", change.toString());
  }

  @Test
  void addedRemovedAndTiesReadInChinese() {
    Plan before = plan(false);
    Plan after =
        before.toBuilder()
            .addObjectives(Objective.of("O-brand", "打造品牌", "acme"))
            .name("市场部 2")
            .build();
    assertEquals(
        String.join("\n", "计划：名称 市场部 => 市场部 2", "新增（1）：", "  + 目标 O-brand“打造品牌”", ""),
        PlanDiff.between(before, after).render(ZH));
    assertEquals(
        String.join("\n", "计划：名称 市场部 2 => 市场部", "移除（1）：", "  - 目标 O-brand“打造品牌”", ""),
        PlanDiff.between(after, before).render(ZH));
    assertEquals("没有变化\n", PlanDiff.between(before, before).render(ZH));
    assertEquals(
        "K1 支撑 KR1（权重 0.5）", DiffPhrases.link(DiffPhrases.of(ZH), Link.supports("K1", "KR1", 0.5)));
    assertEquals(
        "O1 属于 KR1", DiffPhrases.link(DiffPhrases.of(ZH), Link.of(Link.Kind.PART_OF, "O1", "KR1")));
  }

  @Test
  void aChineseDefaultLocaleLeavesTheEnglishDiffAsItWas() {
    PlanDiff diff = PlanDiff.between(plan(false), plan(true));
    String english = diff.render();
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertEquals(english, diff.render());
      assertEquals(english, diff.render(Locale.ENGLISH));
      assertEquals(english, diff.render(Locale.ROOT));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aChangeMadeElsewhereReadsAsWritten() {
    FieldChange own = FieldChange.of(Subject.KPI, "K1", "colour", "red", "blue");
    assertEquals("KPI K1 colour：red => blue", DiffPhrases.field(DiffPhrases.of(ZH), own));
    assertEquals(own, FieldChange.of(Subject.KPI, "K1", "colour", "red", "blue"));
  }
}

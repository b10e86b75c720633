package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Frequency;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.ChinesePlans;
import org.okrkit.core.testing.SeedPlans;

/** Explanations, scorecards and score histories of a plan with Chinese titles, in zh-CN. */
class ChineseRenderTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Plan PLAN = ChinesePlans.marketing();
  static final Scorecard CARD = ScoringPolicy.defaults().score(PLAN, SeedPlans.AS_OF);

  @Test
  void anExplanationReadsInChinese() {
    assertEquals(
        String.join(
            "\n",
            "KR-partners“本季度新增 20 家合作企业”：0.65，黄色，正常",
            "  规则：线性评分(上限=1)，关键结果的默认评分方法",
            "  公式：(13 - 0) / (20 - 0) = 0.65",
            "  输入：实际值 13（2026-05-31）；目标值 0 -> 20（新增合作企业）；指标越高越好；进度 0.65；"
                + "预期进度 0.67（2026-Q2 共 91 天，已过 61 天，线性节奏）",
            ""),
        CARD.explain("KR-partners").render(ZH));
    String owner = CARD.explain("marketing-manager").render(ZH);
    assertTrue(owner.startsWith("marketing-manager“市场经理”：0，红色，有风险\n"), owner);
    assertTrue(owner.contains("  规则：KPI 得分（权重 0.7）与 OKR 得分（权重 0.3）的综合得分\n"), owner);
    assertTrue(owner.contains("    - marketing-manager 的 KPI：0，红色，有风险（权重 0.7）\n"), owner);
    assertTrue(owner.contains("公式：4 >= 5？否 -> 0\n"), owner);
    assertTrue(owner.contains("按每月汇报，每次均应完全达成"), owner);
    String objective = CARD.explain("O-influence").render(ZH);
    assertTrue(objective.contains("目标类型：挑战型"), objective);
    assertTrue(objective.contains("目标值 基线值 200 的 +30%（260）（品牌媒体曝光量）"), objective);
  }

  @Test
  void theWordsOfRulesInputsAndFormulasReadInChinese() {
    assertEquals("KPI 得分（权重 0.7）与 OKR 得分（权重 0.3）的综合得分", new Rule.Composite(0.7, 0.3).render(ZH));
    assertEquals("层级：部门", new Input.Level(Level.DEPARTMENT).render(ZH));
    assertEquals("按每季度汇报，每次均应完全达成", new Input.ExpectedInFull(Frequency.QUARTERLY).render(ZH));
    assertEquals(
        "没有可汇总的得分：未评分",
        Formula.of(Formula.Kind.NOTHING_TO_AGGREGATE, java.util.Map.of()).render(ZH));
    // English stays as it was, by default and when asked for
    assertEquals("level DEPARTMENT", new Input.Level(Level.DEPARTMENT).render());
    assertEquals("level DEPARTMENT", new Input.Level(Level.DEPARTMENT).render(Locale.ENGLISH));
  }

  @Test
  void theScorecardReadsInChineseAndLinesUpByDisplayWidth() {
    String text = CARD.render(ZH);
    assertEquals(
        String.join(
            "\n",
            "市场部 2026-Q2，截至 2026-05-31 的得分",
            "",
            "负责人",
            "  acme                     -                           KPI -      OKR -",
            "  marketing                0.55     黄色    有风险     KPI -      OKR 0.55",
            "  marketing-manager        0        红色    有风险     KPI 0      OKR -",
            "",
            "目标、关键结果和 KPI",
            "  O-influence              0.55     黄色    有风险     提升公司的市场影响力",
            "  KR-partners              0.65     黄色    正常       本季度新增 20 家合作企业",
            "  KR-mentions              0.6      黄色    正常       品牌媒体曝光量提升 30%",
            "  KR-forums                0.4      黄色    落后       举办至少 5 场高质量的行业论坛",
            "  K-campaigns              0        红色    有风险     每月开展 5 次品牌推广活动",
            ""),
        text);
    assertEquals(CARD.render().split("\n", -1).length, text.split("\n", -1).length);
  }

  @Test
  void theHistoryReadsInChinese() {
    ScoreHistory history = ScoreHistory.of(ScoringPolicy.defaults(), PLAN, SeedPlans.AS_OF);
    String text = history.render(ZH);
    assertTrue(text.startsWith("市场部 2026-Q2，截至 2026-05-31 每次进展更新时的得分\n"), text);
    assertTrue(text.contains("\nKR-partners  本季度新增 20 家合作企业\n"), text);
    assertTrue(text.contains("\n  2026-05-31  0.65     黄色    正常       实际值 13\n"), text);
    assertTrue(text.contains("\n  2026-04-30  0        红色    落后\n"), text);
    assertTrue(text.contains("\nacme  某公司（负责人）\n"), text);
    assertEquals(history.render().split("\n", -1).length, text.split("\n", -1).length);
    assertEquals(
        "市场部 2026-Q2，截至 2026-04-01 每次进展更新时的得分\n\n截至 2026-04-01 没有进展更新\n",
        ScoreHistory.of(ScoringPolicy.defaults(), PLAN, LocalDate.of(2026, 4, 1)).render(ZH));
  }

  @Test
  void aChineseDefaultLocaleLeavesEnglishRendersAsTheyWere() {
    ScoreHistory history = ScoreHistory.of(ScoringPolicy.defaults(), PLAN, SeedPlans.AS_OF);
    List<Supplier<String>> plain =
        List.of(
            CARD::render,
            history::render,
            () -> CARD.explain("O-influence").render(),
            () -> CARD.explain("marketing-manager").render(),
            () -> new Input.Level(Level.TEAM).render(),
            () -> new Rule.Composite(0.7, 0.3).render(),
            () -> Formula.of(Formula.Kind.NOTHING_TO_COMBINE, java.util.Map.of()).render());
    List<Supplier<String>> english =
        List.of(
            () -> CARD.render(Locale.ENGLISH),
            () -> history.render(Locale.ENGLISH),
            () -> CARD.explain("O-influence").render(Locale.ENGLISH),
            () -> CARD.explain("marketing-manager").render(Locale.ROOT),
            () -> new Input.Level(Level.TEAM).render(Locale.ENGLISH),
            () -> new Rule.Composite(0.7, 0.3).render(Locale.US),
            () ->
                Formula.of(Formula.Kind.NOTHING_TO_COMBINE, java.util.Map.of())
                    .render(Locale.ENGLISH));
    List<String> before = new ArrayList<>();
    plain.forEach(s -> before.add(s.get()));
    assertTrue(before.get(0).contains("YELLOW"), before.get(0));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      for (int i = 0; i < plain.size(); i++) {
        assertEquals(before.get(i), plain.get(i).get());
        assertEquals(before.get(i), english.get(i).get());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aChineseRenderHasNoEnglishWordsBesidesIdsAndCodes() {
    // what may stay ASCII: the plan's ids, KPI and OKR
    String ascii =
        "marketing-manager|marketing|acme|O-influence|KR-partners|KR-mentions|KR-forums"
            + "|K-campaigns|KPI|OKR";
    List<String> texts = new ArrayList<>();
    for (String id : List.of("O-influence", "KR-mentions", "marketing", "marketing-manager")) {
      texts.add(CARD.explain(id).render(ZH));
    }
    texts.add(CARD.render(ZH));
    texts.add(ScoreHistory.of(ScoringPolicy.defaults(), PLAN, SeedPlans.AS_OF).render(ZH));
    for (String text : texts) {
      String words = text.replaceAll(ascii, "");
      assertFalse(words.matches("(?s).*[A-Za-z]{2,}.*"), words);
    }
  }
}

package org.okrkit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.Scorecard;

/** Calibration flags and rollovers written in zh-CN; English as it was under a zh_CN default. */
class LifecycleInChineseTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static List<Plan> ratchet() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(CalibrationTest.kpi(i, Measure.increasing("m", Unit.COUNT), Target.of(10), 15));
    }
    return plans;
  }

  static List<Plan> teams() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      plans.add(CalibrationTest.team(i, 9.5, 9.5, 5).build());
    }
    return plans;
  }

  @Test
  void calibrationFlagsReadInChinese() {
    assertEquals(
        "KPI 目标值应上调 t K：KPI “K”的达成度为 2025-Q1 1.5、2025-Q2 1.5、2025-Q3 1.5：每次都超出目标值至少"
            + " 20%；应上调目标值\n",
        Calibration.defaults().render(CalibrationTest.cards(ratchet()), ZH));
    String teams = Calibration.defaults().render(CalibrationTest.cards(teams()), ZH);
    assertTrue(
        teams.contains(
            "挑战型目标过易 t：“t”的挑战型 OKR 得分为 2025-Q1 0.95、2025-Q2 0.95、2025-Q3 0.95：每次都不低于" + " 0.9；"),
        teams);
    assertTrue(teams.contains("承诺型目标未达成 t：“t”的承诺型 OKR 得分为 2025-Q1 0.5、"), teams);
    assertEquals("0 个周期中没有校准标记\n", Calibration.defaults().render(List.of(), ZH));
    // the flags themselves, worded in a language: the same flags, each message as render says it
    List<Scorecard> cards = CalibrationTest.cards(teams());
    List<CalibrationFlag> english = Calibration.defaults().flags(cards);
    List<CalibrationFlag> chinese = Calibration.defaults().flags(cards, ZH);
    assertEquals(english, Calibration.defaults().flags(cards, java.util.Locale.ROOT));
    assertEquals(english.size(), chinese.size());
    for (int i = 0; i < english.size(); i++) {
      assertEquals(english.get(i).figures(), chinese.get(i).figures());
      assertTrue(teams.contains(chinese.get(i).message()), chinese.get(i)::message);
      assertTrue(chinese.get(i).message().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    }
  }

  @Test
  void aRolloverReadsInChinese() {
    Rollover.Result r = RolloverTest.productQuarter().apply();
    String text = r.render(ZH);
    assertTrue(text.startsWith("结转 2026-Q2 -> 2026-Q3\n"), text);
    assertTrue(text.contains("\n  关闭 O-line：目标“Expand the product line”，最终得分 0.6667\n"), text);
    assertTrue(text.contains("\n  停用 K-launches：KPI“Number of product launches”\n"), text);
    assertTrue(
        text.contains("\n  新增 K-satisfaction：KPI“User satisfaction score of at least 4.5”\n"),
        text);
    assertTrue(text.contains("\n拟定的 KPI 权重：\n"), text);
    assertEquals(r.render().split("\n", -1).length, text.split("\n", -1).length);
  }

  @Test
  void aChineseDefaultLocaleLeavesEnglishRendersAsTheyWere() {
    Rollover.Result r = RolloverTest.productQuarter().apply();
    String rollover = r.render();
    String calibration = Calibration.defaults().render(CalibrationTest.cards(teams()));
    assertTrue(
        calibration.startsWith("ASPIRATIONAL_TOO_EASY t: aspirational OKRs of 't'"), calibration);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertEquals(rollover, r.render());
      assertEquals(rollover, r.render(Locale.ENGLISH));
      assertEquals(calibration, Calibration.defaults().render(CalibrationTest.cards(teams())));
      assertEquals(
          calibration,
          Calibration.defaults().render(CalibrationTest.cards(teams()), Locale.ENGLISH));
    } finally {
      Locale.setDefault(saved);
    }
  }
}

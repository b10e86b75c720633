package org.okrkit.core.testing;

import java.time.LocalDate;
import org.okrkit.core.CheckIn;
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

/**
 * The seed's marketing case typed in Chinese, as a Chinese user writes it: ids ASCII, words not;
 * for the tests of every module's renders in zh-CN.
 */
public final class ChinesePlans {
  private ChinesePlans() {}

  /** A day of 2026. */
  public static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  /** 提升公司市场影响力: three key results and the marketing manager's monthly campaign KPI. */
  public static Plan marketing() {
    return Plan.builder()
        .name("市场部")
        .period(SeedPlans.QUARTER)
        .addOwners(
            Owner.of("acme", "某公司", Level.COMPANY),
            Owner.of("marketing", "市场部", Level.DEPARTMENT, "acme"),
            Owner.of("marketing-manager", "市场经理", Level.INDIVIDUAL, "marketing"))
        .addObjectives(Objective.of("O-influence", "提升公司的市场影响力", "marketing"))
        .addKeyResults(
            KeyResult.of(
                "KR-partners",
                "O-influence",
                "本季度新增 20 家合作企业",
                Measure.increasing("新增合作企业", Unit.COUNT),
                Target.increase(0, 20)),
            KeyResult.of(
                "KR-mentions",
                "O-influence",
                "品牌媒体曝光量提升 30%",
                Measure.increasing("品牌媒体曝光量", Unit.COUNT),
                Target.increaseByPercent(200, 30)),
            KeyResult.of(
                "KR-forums",
                "O-influence",
                "举办至少 5 场高质量的行业论坛",
                Measure.increasing("举办的行业论坛", Unit.COUNT),
                Target.increase(0, 5)))
        .addKpis(
            Kpi.builder()
                .id("K-campaigns")
                .ownerId("marketing-manager")
                .title("每月开展 5 次品牌推广活动")
                .measure(Measure.increasing("每月品牌推广活动", Unit.COUNT))
                .target(Target.increase(0, 5))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-mentions"))
                .build())
        .addCheckIns(
            CheckIn.of("KR-partners", day(4, 30), 6),
            CheckIn.of("KR-partners", day(5, 31), 13),
            CheckIn.of("KR-mentions", day(4, 30), 215),
            CheckIn.of("KR-mentions", day(5, 31), 236),
            CheckIn.of("KR-forums", day(5, 20), 2),
            CheckIn.of("K-campaigns", day(4, 30), 5),
            CheckIn.of("K-campaigns", day(5, 31), 4))
        .build();
  }
}

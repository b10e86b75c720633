package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/**
 * The messages of plan validation as data: codes and arguments, the English message as before and
 * the same problem in Simplified Chinese.
 */
class ProblemMessagesTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /**
   * Keys of the bundle built from data rather than written out: the phrases of enum constants
   * ({@code direction.INCREASE}) and of the target's kinds and figures by name.
   */
  static final List<String> DYNAMIC =
      List.of("direction.", "level.", "frequency.", "kind.", "aTarget.", "targetField.");

  /** The bundle's files as the sources hold them. */
  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/core", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  static final Owner CO = Owner.of("co", "总公司", Level.COMPANY);
  static final Owner MARKETING = Owner.of("mkt", "市场部", Level.DEPARTMENT, "co");
  static final Objective O1 = Objective.of("O1", "提升品牌影响力", "mkt");

  static KeyResult kr(String id, Target target) {
    return KeyResult.of(id, "O1", "新增线索数量", Measure.increasing("线索", Unit.COUNT), target);
  }

  static Plan.Builder base() {
    return Plan.builder()
        .period(Period.quarter(2026, 2))
        .addOwners(CO, MARKETING)
        .addObjectives(O1);
  }

  static Problem only(Plan.Builder plan) {
    List<Problem> problems = plan.problems();
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
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
  void aStretchBelowTargetCarriesItsCodeAndFigures() {
    Problem p = only(base().addKeyResults(kr("KR1", Target.increase(100, 120).withStretch(90))));
    assertEquals(Optional.of("target.stretchBelowTarget"), p.code());
    assertEquals(Map.of("stretch", 90.0, "target", 120.0), p.arguments());
    assertEquals("stretch 90 lies below target 120 for an INCREASE measure", p.message());
    assertEquals(p.message(), p.message(Locale.ROOT));
    assertEquals(p.message(), p.message(Locale.ENGLISH));
    assertEquals("挑战值 90 低于目标值 120（指标越高越好）", p.message(ZH));
    assertEquals("keyResults[KR1].target", p.path());
    assertEquals("keyResults[KR1].target: 挑战值 90 低于目标值 120（指标越高越好）", p.render(ZH));
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () ->
                base().addKeyResults(kr("KR1", Target.increase(100, 120).withStretch(90))).build());
    assertEquals(List.of(p.render(ZH)), e.render(ZH));
    assertEquals(List.of(p.toString()), e.render(Locale.ROOT));
  }

  @Test
  void aRelativeFigureReadsInEachLanguage() {
    Target t =
        Target.builder().kind(Target.Kind.RELATIVE).baseline(150).value(20).threshold(30).build();
    Problem p = only(base().addKeyResults(kr("KR1", t)));
    assertEquals(
        "threshold +30 % (195) lies above target +20 % (180) for an INCREASE measure", p.message());
    assertEquals("门槛值 +30%（195） 高于目标值 +20%（180）（指标越高越好）", p.message(ZH));
  }

  @Test
  void anUnknownOwnerAndABlankTitle() {
    Objective orphan = Objective.of("O2", " ", "nobody");
    List<Problem> problems = base().addObjectives(orphan).problems();
    assertEquals(
        List.of("标题不能为空", "未知的负责人“nobody”"), problems.stream().map(p -> p.message(ZH)).toList());
    assertEquals(
        List.of("title must not be blank", "unknown owner 'nobody'"),
        problems.stream().map(Problem::message).toList());
  }

  @Test
  void anIdOfAnotherKindOfPart() {
    Objective o2 = Objective.of("O2", "扩大渠道", "O1");
    Problem p = only(base().addObjectives(o2));
    assertEquals("'O1' is objectives[O1], expected an owner", p.message());
    assertEquals("“O1”是 objectives[O1]，应为负责人", p.message(ZH));
  }

  @Test
  void anInvalidIdSaysTheSyntaxOfIds() {
    Problem p = only(base().addOwners(Owner.of("bad id", "坏", Level.TEAM, "co")));
    assertEquals("id 'bad id' is invalid; expected " + Ids.SYNTAX, p.message());
    assertTrue(p.message(ZH).startsWith("id“bad id”无效；应为 1 至 128 个字母"), p.message(ZH));
  }

  @Test
  void aParentBelowItsChildNamesTheLevelsInChinese() {
    Owner team = Owner.of("team", "品牌组", Level.TEAM, "mkt");
    Owner dept = Owner.of("dept", "渠道部", Level.DEPARTMENT, "team");
    Problem p = only(base().addOwners(team, dept));
    assertEquals(
        "parent 'team' is at level TEAM, below this DEPARTMENT owner; expected a parent at the"
            + " same level or higher",
        p.message());
    assertEquals("上级“team”的层级为团队，低于本部门负责人；应为同级或更高层级的上级", p.message(ZH));
  }

  @Test
  void aCheckInOutsideThePeriodNamesThePeriodInChinese() {
    KeyResult kr1 = kr("KR1", Target.increase(0, 10));
    Problem p =
        only(base().addKeyResults(kr1).addCheckIns(CheckIn.of("KR1", LocalDate.of(2026, 7, 1), 3)));
    assertEquals(
        "date 2026-07-01 lies outside the plan period 2026-Q2 (2026-04-01 to 2026-06-30)",
        p.message());
    assertEquals("日期 2026-07-01 不在计划周期 2026-Q2（2026-04-01 至 2026-06-30）之内", p.message(ZH));
  }

  @Test
  void aLongCycleIsShortenedInEachLanguage() {
    Plan.Builder b = Plan.builder().period(Period.quarter(2026, 2));
    b.addOwners(Owner.of("u0", "单元 0", Level.TEAM, "u11"));
    for (int i = 1; i < 12; i++) {
      b.addOwners(Owner.of("u" + i, "单元 " + i, Level.TEAM, "u" + (i - 1)));
    }
    Problem p = only(b);
    assertEquals(
        "the owner hierarchy has a cycle: u0 -> u11 -> u10 -> u9 -> ... -> u2 -> u1 -> u0 (12"
            + " steps)",
        p.message());
    assertEquals(
        "负责人的上下级关系存在循环：u0 -> u11 -> u10 -> u9 -> ... -> u2 -> u1 -> u0（共 12 步）", p.message(ZH));
  }

  @Test
  void aProblemWithoutACodeKeepsItsMessageInEveryLanguage() {
    Problem p = Problem.of(Location.field("period"), "host's own words");
    assertEquals(Optional.empty(), p.code());
    assertEquals(Map.of(), p.arguments());
    assertEquals("host's own words", p.message(ZH));
  }

  @Test
  void problemsAreEqualByLocationAndEnglishMessage() {
    Problem coded = Problem.of(Location.field("period"), "plan.noPeriod", Map.of());
    assertEquals(Problem.of(Location.field("period"), "a plan needs a period"), coded);
    assertEquals("计划缺少周期", coded.message(ZH));
  }

  @Test
  void aCodeTheTableLacksIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Problem.of(Location.field("period"), "no.such.code", Map.of()));
  }

  @Test
  void theDefaultLocaleDoesNotLeakIntoEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      Problem p = only(base().addKeyResults(kr("KR1", Target.increase(100, 120).withStretch(90))));
      assertEquals("stretch 90 lies below target 120 for an INCREASE measure", p.message());
      assertEquals(p.message(), p.message(Locale.ROOT));
    } finally {
      Locale.setDefault(before);
    }
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.ProblemException;
import org.okrkit.core.testing.SeedPlans;

/**
 * The settings of paces, tolerances, bands, specs and extensions that okr-scoring refuses, and the
 * reasons a policy does not fit a plan: as data, in English as before and in Chinese without an
 * English sentence.
 */
class ScoringProblemsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  /** The English words of {@code text} besides the texts given (ids, setting names). */
  static Set<String> englishWords(String text, String... allowed) {
    String rest = text;
    for (String a : allowed) {
      rest = rest.replace(a, " ");
    }
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      if (!m.group().equals("KPI")) {
        words.add(m.group());
      }
    }
    return words;
  }

  @Test
  void aDateOutsideThePeriodIsAProblemInBothLanguages() {
    Pace pace = Pace.byDates(List.of(LocalDate.of(2026, 7, 15)), List.of(0.5));
    ProblemException e =
        assertThrows(
            ProblemException.class, () -> pace.resolve(Period.quarter(2026, 2), Optional.empty()));
    assertEquals("pace.dateOutside", e.code());
    assertEquals(
        "the pace's date 2026-07-15 lies outside the period 2026-Q2 (2026-04-01 to 2026-06-30)",
        e.getMessage());
    assertEquals("节奏的日期 2026-07-15 不在周期 2026-Q2（2026-04-01 至 2026-06-30）之内", e.message(ZH));
  }

  @Test
  void pointsAndPowersOfPacesAreRefusedInChinese() {
    ProblemException falls =
        assertThrows(
            ProblemException.class,
            () -> Pace.of(new double[] {0, 0.5, 1}, new double[] {0, 0.6, 0.4}));
    assertEquals("expected progress must not fall: 0.4 follows 0.6", falls.getMessage());
    assertEquals("预期进度不能下降：0.4 排在 0.6 之后", falls.message(ZH));
    ProblemException power = assertThrows(ProblemException.class, () -> Pace.backLoaded(0.5));
    assertEquals(Set.of(), englishWords(power.message(ZH)));
  }

  @Test
  void tolerancesBandsAndStatusRulesAreRefusedInChinese() {
    List<ProblemException> problems =
        List.of(
            assertThrows(ProblemException.class, () -> PaceTolerance.ratio(0.5, 0.8)),
            assertThrows(ProblemException.class, () -> PaceTolerance.difference(0.3, 0.1)),
            assertThrows(
                ProblemException.class,
                () -> Bands.builder().committedYellowFrom(0.9).committedGreenFrom(0.8).build()),
            assertThrows(ProblemException.class, () -> StatusRule.shareOnTrack(1.5)),
            assertThrows(ProblemException.class, () -> Aggregations.allMustPass(-1)));
    for (ProblemException p : problems) {
      assertEquals(p.getMessage(), p.message(Locale.ROOT));
      assertEquals(
          Set.of(),
          englishWords(
              p.message(ZH), "onTrack", "atRisk", "yellowFrom", "greenFrom", "allMustPass"),
          p::getMessage);
    }
    assertEquals(
        "committed bands need 0 <= yellowFrom <= greenFrom, both finite, got yellowFrom 0.9 and"
            + " greenFrom 0.8",
        problems.get(2).getMessage());
  }

  @Test
  void specsWithBadKindsOrParametersAreRefusedInChinese() {
    ProblemException kind =
        assertThrows(ProblemException.class, () -> StrategySpec.Named.of("no good", Map.of()));
    assertEquals("spec.strategyKind", kind.code());
    assertTrue(kind.message(ZH).startsWith("评分方法类型“no good”无效；应为 "), kind.message(ZH));
    ProblemException parameter =
        assertThrows(
            ProblemException.class, () -> StrategySpec.Named.of("mine", Map.of("cap", Double.NaN)));
    assertEquals(
        "parameter 'cap' of 'mine' must be a finite number, got NaN", parameter.getMessage());
    assertEquals("“mine”的参数“cap”必须是有限数，实际为 NaN", parameter.message(ZH));
  }

  @Test
  void builtInStrategiesRefuseTheirParametersInChinese() {
    ProblemException cap =
        assertThrows(ProblemException.class, () -> Strategies.linear(0.5, false));
    assertEquals("linear cap must be a finite number of at least 1, got 0.5", cap.getMessage());
    assertEquals("linear（线性）评分方法的上限必须是不小于 1 的有限数，实际为 0.5", cap.message(ZH));
    ProblemException tolerance = assertThrows(ProblemException.class, () -> Strategies.range(-1));
    assertEquals(Set.of(), englishWords(tolerance.message(ZH), "range"));
  }

  @Test
  void anUnknownKindIsToldInChinese() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                PolicyExtensions.builder()
                    .build()
                    .strategy(StrategySpec.Named.of("formula", Map.of())));
    assertEquals(
        "no strategy of kind 'formula' is registered; strategies of kind 'formula' need the"
            + " okr-formula module on the class or module path",
        e.getMessage());
    assertEquals(
        "没有注册类型为“formula”的评分方法；类型为“formula”的评分方法需要类路径或模块路径上的 okr-formula 模块", e.message(ZH));
  }

  @Test
  void aPolicyThatDoesNotFitGivesEachReasonAsData() {
    Plan plan = SeedPlans.marketing();
    ScoringPolicy p =
        ScoringPolicy.builder()
            .putElementStrategy("KR-nope", Strategies.binary())
            .putTagStrategy("moonshot", Strategies.tiered())
            .putElementPace(
                "O-influence", Pace.byDates(List.of(LocalDate.of(2026, 7, 1)), List.of(1.0)))
            .build();
    PolicyException e = assertThrows(PolicyException.class, () -> p.checkFits(plan));
    assertEquals(PolicyException.MISFIT, e.code());
    assertEquals(
        List.of("fit.elementPace", "fit.unknownId", "fit.unknownTag"),
        e.reasons().stream().map(ProblemException::code).toList());
    assertEquals(e.getMessage(), e.message(Locale.ROOT));
    assertEquals(
        List.of(
            "“O-influence”的节奏不适用：节奏的日期 2026-07-01 不在周期 2026-Q2（2026-04-01 至 2026-06-30）之内",
            "未知的元素标识“KR-nope”",
            "计划中没有元素带有标签“moonshot”"),
        e.reasons().stream().map(r -> r.message(ZH)).toList());
    assertTrue(
        e.getMessage()
            .endsWith(
                ": the pace of 'O-influence' does not fit: the pace's date 2026-07-01 lies outside"
                    + " the period 2026-Q2 (2026-04-01 to 2026-06-30); unknown element id"
                    + " 'KR-nope'; no element of the plan carries tag 'moonshot'"),
        e.getMessage());
  }

  @Test
  void weightsThatLeaveNothingAreToldInChinese() {
    ScoringPolicy remainder =
        ScoringPolicy.builder().unassignedWeight(UnassignedWeight.REMAINDER).build();
    PolicyException e =
        assertThrows(
            PolicyException.class,
            () -> remainder.score(UnassignedWeightTest.marketing(1), SeedPlans.AS_OF));
    String zh = e.message(ZH);
    assertTrue(zh.startsWith("评分策略与计划 Plan["), zh);
    assertTrue(zh.endsWith("目标“O-influence”中已设权重的关键结果合计 1，没有为其余 2 个未设权重的关键结果留下权重；各权重之和应小于 1"), zh);
  }
}

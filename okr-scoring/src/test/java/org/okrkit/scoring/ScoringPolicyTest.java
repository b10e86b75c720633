package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

class ScoringPolicyTest {
  final Plan plan = taggedMarketing();

  static Plan taggedMarketing() {
    Plan p = SeedPlans.marketing();
    KeyResult forums = p.keyResult("KR-forums").orElseThrow();
    KeyResult partners = p.keyResult("KR-partners").orElseThrow();
    return p.withKeyResult(forums.withTags("innovation"))
        .withKeyResult(partners.withTags("execution", "innovation"));
  }

  @Test
  void defaultsAreGradedKeyResultsAndBinaryKpis() {
    ScoringPolicy p = ScoringPolicy.defaults();
    assertEquals(Strategies.linear(), p.keyResultStrategy());
    assertEquals(Strategies.binary(), p.kpiStrategy());
    assertEquals(Aggregations.weightedMean(), p.objectiveAggregation());
    assertEquals(0.7, p.compositeKpiWeight());
    assertEquals(0.3, p.compositeOkrWeight());
    assertEquals(MissingValue.ZERO, p.missingValue());
    assertEquals(Pace.linear(), p.pace());
  }

  @Test
  void overridesApplyByIdThenTagThenLevelThenKind() {
    ScoringPolicy p =
        ScoringPolicy.builder()
            .putElementStrategy("KR-partners", Strategies.percentOfTarget())
            .putTagStrategy("innovation", Strategies.tiered())
            .putTagStrategy("execution", Strategies.binary())
            .putLevelStrategy(Level.INDIVIDUAL, Strategies.range(1))
            .build();
    KeyResult partners = plan.keyResult("KR-partners").orElseThrow();
    KeyResult forums = plan.keyResult("KR-forums").orElseThrow();
    KeyResult mentions = plan.keyResult("KR-mentions").orElseThrow();
    Kpi campaigns = plan.kpi("K-campaigns").orElseThrow();
    assertEquals(Strategies.percentOfTarget(), p.strategyFor(plan, partners));
    assertEquals(Strategies.tiered(), p.strategyFor(plan, forums));
    assertEquals(Strategies.linear(), p.strategyFor(plan, mentions));
    assertEquals(Strategies.range(1), p.strategyFor(plan, campaigns));
    Scorecard card = p.score(plan, SeedPlans.AS_OF);
    assertEquals(
        "percentOfTarget(cap=1), set for KR-partners", card.explain("KR-partners").rule().render());
    assertEquals(
        "tiered(floor=0.5, ceiling=1.5), set for tag 'innovation'",
        card.explain("KR-forums").rule().render());
    assertEquals(
        "range(tolerance=1), set for owners at level INDIVIDUAL",
        card.explain("K-campaigns").rule().render());
    // the policy's tag order decides: 'innovation' comes first even though the element lists
    // 'execution' first
    ScoringPolicy reordered =
        ScoringPolicy.builder()
            .putTagStrategy("execution", Strategies.binary())
            .putTagStrategy("innovation", Strategies.tiered())
            .build();
    assertEquals(Strategies.binary(), reordered.strategyFor(plan, partners));
  }

  @Test
  void aPolicyNamingUnknownIdsOrTagsIsRejectedNamingThem() {
    ScoringPolicy p =
        ScoringPolicy.builder()
            .putElementStrategy("KR-nope", Strategies.binary())
            .putElementStrategy("O-influence", Strategies.binary())
            .putTagStrategy("innovation", Strategies.tiered())
            .putTagStrategy("moonshot", Strategies.tiered())
            .build();
    PolicyException e = assertThrows(PolicyException.class, () -> p.score(plan, SeedPlans.AS_OF));
    assertEquals(List.of("KR-nope", "O-influence"), e.unknownIds());
    assertEquals(List.of("moonshot"), e.unknownTags());
    assertEquals(
        "the scoring policy does not fit Plan[2026-Q2 \"Marketing\": 3 owners, 1 objective, 3 key"
            + " results, 1 KPI, 7 check-ins]: unknown element id 'KR-nope'; 'O-influence' is not a"
            + " key result or KPI of the plan; strategies score key results and KPIs; no element of"
            + " the plan carries tag 'moonshot'",
        e.getMessage());
  }

  @Test
  void policiesAreComparableData() {
    new EqualsTester()
        .addEqualityGroup(
            ScoringPolicy.defaults(),
            ScoringPolicy.builder().keyResultStrategy(Strategies.linear(1, false)).build())
        .addEqualityGroup(ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build())
        .addEqualityGroup(ScoringPolicy.builder().compositeOkrWeight(0).build())
        .addEqualityGroup(ScoringPolicy.builder().putTagStrategy("x", Strategies.tiered()).build())
        .testEquals();
    ScoringPolicy graded = ScoringPolicy.defaults().withKpiStrategy(Strategies.linear());
    assertNotEquals(ScoringPolicy.defaults(), graded);
    assertEquals(
        "ScoringPolicy{keyResultStrategy=linear(cap=1), kpiStrategy=binary, elementStrategies={},"
            + " tagStrategies={}, levelStrategies={}, objectiveAggregation=weightedMean,"
            + " childObjectiveWeight=1.0, keyResultKpiShare=0.0, kpiAggregation=weightedMean,"
            + " okrAggregation=weightedMean, compositeKpiWeight=0.7, compositeOkrWeight=0.3,"
            + " bands=Bands{yellowFrom=0.4, greenFrom=0.7, committedYellowFrom=0.7,"
            + " committedGreenFrom=1.0}, missingValue=ZERO, targetRule=IN_FORCE, unassignedWeight=ONE, pace=linear pace,"
            + " elementPaces={},"
            + " statusRule=weightedScore, onTrackTolerance=0.1, atRiskTolerance=0.25}",
        ScoringPolicy.defaults().toString());
  }

  @Test
  void settingsAreCheckedSayingWhatWasExpected() {
    assertEquals(
        "keyResultKpiShare must lie from 0 to 1, got 1.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoringPolicy.builder().keyResultKpiShare(1.5).build())
            .getMessage());
    assertEquals(
        "composite weights must be finite, at least 0 and not both 0, got KPI 0 and OKR 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoringPolicy.builder().compositeKpiWeight(0).compositeOkrWeight(0).build())
            .getMessage());
    assertEquals(
        "tolerances need 0 <= onTrackTolerance <= atRiskTolerance, both finite, got 0.3 and 0.25",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoringPolicy.builder().onTrackTolerance(0.3).build())
            .getMessage());
    assertEquals(
        "bands need 0 <= yellowFrom <= greenFrom, both finite, got yellowFrom 0.8 and greenFrom 0.7",
        assertThrows(IllegalArgumentException.class, () -> Bands.builder().yellowFrom(0.8).build())
            .getMessage());
    assertEquals(
        "a pace runs from elapsed 0 to elapsed 1, got 0.1 to 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> Pace.of(new double[] {0.1, 1}, new double[] {0, 1}))
            .getMessage());
  }

  @Test
  void bandsUseTheirLimitsWithARoundingMargin() {
    Bands b = Bands.defaults();
    assertEquals(Band.RED, b.of(0.39, false));
    assertEquals(Band.YELLOW, b.of(0.4, false));
    assertEquals(Band.GREEN, b.of(0.6999999999999999, false));
    assertEquals(Band.YELLOW, b.of(0.9, true));
    assertEquals(Band.GREEN, b.of(1.0, true));
    assertEquals(Band.RED, b.of(0.6, true));
  }
}

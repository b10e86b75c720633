package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** The settings of a policy at and beyond their limits: paces, bands, tolerances, rules. */
class PolicySettingsTest {

  static String refused(Runnable make) {
    return assertThrows(IllegalArgumentException.class, make::run).getMessage();
  }

  @Test
  void aPaceCurveInterpolatesBetweenItsPointsAndIsFlatOutsideThePeriod() {
    Pace late = Pace.of(new double[] {0, 0.5, 0.8, 1}, new double[] {0, 0.2, 0.6, 1});
    assertEquals(0.0, late.expected(0));
    assertEquals(0.1, late.expected(0.25), 1e-12);
    assertEquals(0.2, late.expected(0.5), 1e-12);
    assertEquals(0.4, late.expected(0.65), 1e-12);
    assertEquals(0.6, late.expected(0.8), 1e-12);
    assertEquals(0.8, late.expected(0.9), 1e-12);
    assertEquals(1.0, late.expected(1));
    assertEquals(0.0, late.expected(-0.5));
    assertEquals(1.0, late.expected(1.5));
    assertEquals("pace(0 -> 0, 0.5 -> 0.2, 0.8 -> 0.6, 1 -> 1)", late.toString());
    // a flat stretch is allowed: nothing more is expected for a while
    Pace flat = Pace.of(new double[] {0, 0.5, 1}, new double[] {0.5, 0.5, 0.9});
    assertEquals(0.5, flat.expected(0.25));
    assertEquals(0.7, flat.expected(0.75), 1e-12);
    assertEquals("linear", Pace.linear().spec().orElseThrow().kind());
  }

  @Test
  void aPaceCurveRisesFromZeroToOneAndExpectsFromZeroToOne() {
    assertEquals(
        "a pace needs at least two points and as many expected values as elapsed ones, got 1 and 1",
        refused(() -> Pace.of(new double[] {0}, new double[] {0})));
    assertEquals(
        "a pace needs at least two points and as many expected values as elapsed ones, got 2 and 3",
        refused(() -> Pace.of(new double[] {0, 1}, new double[] {0, 0.5, 1})));
    assertEquals(
        "a pace runs from elapsed 0 to elapsed 1, got 0 to 0.9",
        refused(() -> Pace.of(new double[] {0, 0.9}, new double[] {0, 1})));
    assertEquals(
        "expected progress 1.1 lies outside [0, 1]",
        refused(() -> Pace.of(new double[] {0, 1}, new double[] {0, 1.1})));
    assertEquals(
        "expected progress -0.1 lies outside [0, 1]",
        refused(() -> Pace.of(new double[] {0, 1}, new double[] {-0.1, 1})));
    assertEquals(
        "pace points must rise in elapsed time: 0.5 follows 0.5",
        refused(() -> Pace.of(new double[] {0, 0.5, 0.5, 1}, new double[] {0, 0.2, 0.3, 1})));
    assertEquals(
        "expected progress must not fall: 0.4 follows 0.5",
        refused(() -> Pace.of(new double[] {0, 0.5, 1}, new double[] {0, 0.5, 0.4})));
  }

  @Test
  void bandsAndTolerancesMayMeetTheirLimits() {
    Bands edges =
        Bands.builder()
            .yellowFrom(0)
            .greenFrom(0)
            .committedYellowFrom(1)
            .committedGreenFrom(1)
            .build();
    assertEquals(Band.GREEN, edges.of(0, false));
    assertEquals(Band.RED, edges.of(0.5, true));
    assertEquals(
        "committed bands need 0 <= yellowFrom <= greenFrom, both finite, got yellowFrom 1.1 and"
            + " greenFrom 1",
        refused(() -> Bands.builder().committedYellowFrom(1.1).build()));
    assertEquals(
        "bands need 0 <= yellowFrom <= greenFrom, both finite, got yellowFrom -0.1 and greenFrom"
            + " 0.7",
        refused(() -> Bands.builder().yellowFrom(-0.1).build()));
    ScoringPolicy zero = ScoringPolicy.builder().onTrackTolerance(0).atRiskTolerance(0).build();
    assertEquals(0.0, zero.onTrackTolerance());
    assertEquals(0.0, zero.atRiskTolerance());
    assertEquals(
        "childObjectiveWeight must be a finite number of at least 0, got -1",
        refused(() -> ScoringPolicy.builder().childObjectiveWeight(-1).build()));
    assertEquals(
        0.0, ScoringPolicy.builder().childObjectiveWeight(0).build().childObjectiveWeight());
  }

  @Test
  void rulesCheckTheirShareAndWeight() {
    ScoringStrategy linear = Strategies.linear();
    assertEquals(
        OptionalDouble.of(0),
        new Rule.Strategy(linear, Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.of(0))
            .kpiShare());
    assertEquals(
        OptionalDouble.of(1),
        new Rule.Strategy(linear, Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.of(1))
            .kpiShare());
    assertEquals(
        "kpiShare must lie from 0 to 1, got OptionalDouble[1.5]",
        refused(
            () ->
                new Rule.Strategy(
                    linear, Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.of(1.5))));
    Aggregation mean = Aggregations.weightedMean();
    assertEquals(
        "childObjectiveWeight must be finite and above 0, got OptionalDouble[0.0]",
        refused(() -> new Rule.Objective(mean, OptionalDouble.of(0), false)));
    assertEquals(
        "childObjectiveWeight must be finite and above 0, got OptionalDouble[Infinity]",
        refused(
            () -> new Rule.Objective(mean, OptionalDouble.of(Double.POSITIVE_INFINITY), false)));
    assertEquals(
        OptionalDouble.of(0.5),
        new Rule.Objective(mean, OptionalDouble.of(0.5), true).childObjectiveWeight());
  }

  @Test
  void aPolicyMustFitThePlanItScores() {
    Plan plan = SeedPlans.marketing();
    // ids alone, tags alone: each is checked
    PolicyException ids =
        assertThrows(
            PolicyException.class,
            () ->
                ScoringPolicy.builder()
                    .putElementStrategy("marketing", Strategies.binary())
                    .build()
                    .compile(plan));
    assertEquals(List.of("marketing"), ids.unknownIds());
    assertEquals(
        "the scoring policy does not fit "
            + plan
            + ": 'marketing' is not a key result or KPI of the plan; strategies score key results"
            + " and KPIs",
        ids.getMessage());
    PolicyException tags =
        assertThrows(
            PolicyException.class,
            () ->
                ScoringPolicy.builder()
                    .putTagStrategy("moonshot", Strategies.binary())
                    .build()
                    .score(plan, SeedPlans.AS_OF));
    assertEquals(List.of("moonshot"), tags.unknownTags());
    // ids and tags of the plan fit
    ScoringPolicy fits =
        ScoringPolicy.builder()
            .putElementStrategy("KR-partners", Strategies.binary())
            .putElementStrategy("K-campaigns", Strategies.linear())
            .putLevelStrategy(Level.TEAM, Strategies.tiered())
            .build();
    fits.checkFits(plan);
    assertEquals(
        Strategies.binary(), fits.strategyFor(plan, plan.keyResult("KR-partners").orElseThrow()));
    KeyResult stranger =
        KeyResult.of(
            "KR-stranger", "O-influence", "S", Measure.increasing("m", Unit.COUNT), Target.of(1));
    assertEquals(
        "key result 'KR-stranger' is not part of " + plan,
        refused(() -> fits.strategyFor(plan, stranger)));
  }

  @Test
  void aCompiledPolicyChecksAPlanOfAnotherShapeAgainstThePolicy() {
    Plan plan = SeedPlans.marketing();
    CompiledPolicy compiled =
        ScoringPolicy.builder()
            .putElementStrategy("KR-partners", Strategies.binary())
            .build()
            .compile(plan);
    Plan without = plan.without("KR-partners");
    assertThrows(PolicyException.class, () -> compiled.score(without, SeedPlans.AS_OF));
    // a plan of another shape the policy fits is compiled afresh
    Plan fewer = plan.without("KR-forums");
    assertEquals(
        compiled.policy().score(fewer, SeedPlans.AS_OF), compiled.score(fewer, SeedPlans.AS_OF));
    assertEquals(
        "CompiledPolicy[" + plan.structure() + " under " + compiled.policy() + "]",
        compiled.toString());
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;

class PolicySpecTest {

  /** {@code value} in Java serialization. */
  static byte[] bytes(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} written with Java serialization and read back. */
  static Object serialized(Object value) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes(value)))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** A policy with a setting of each host kind, and every other setting away from its default. */
  static ScoringPolicy everySetting() {
    return ScoringPolicy.builder()
        .keyResultStrategy(Strategies.linear(1.2, true))
        .kpiStrategy(StrategySpec.Named.of("share", Map.of("share", 0.4)).strategy(HostKinds.ALL))
        .putElementStrategy("KR-1", Strategies.stepped(Point.of(0.5, 0.3), Point.of(1, 1)))
        .putTagStrategy("sales", Strategies.range(2))
        .putTagStrategy("ops", Strategies.tiered(0.3, 1.2))
        .putLevelStrategy(Level.TEAM, Strategies.percentOfTarget(1.5))
        .objectiveAggregation(Aggregations.allMustPass(0.6))
        .childObjectiveWeight(0.5)
        .keyResultKpiShare(0.25)
        .kpiAggregation(AggregationSpec.Named.of("top", Map.of()).aggregation(HostKinds.ALL))
        .okrAggregation(Aggregations.minimum())
        .compositeKpiWeight(0.6)
        .compositeOkrWeight(0.4)
        .bands(
            Bands.builder()
                .yellowFrom(0.3)
                .greenFrom(0.6)
                .committedYellowFrom(0.8)
                .committedGreenFrom(0.9)
                .build())
        .missingValue(MissingValue.UNSCORED)
        .targetRule(TargetRule.ORIGINAL)
        .unassignedWeight(UnassignedWeight.REMAINDER)
        .pace(Pace.frontLoaded(2))
        .putElementPace("O-1", Pace.byDates(List.of(LocalDate.of(2026, 5, 15)), List.of(0.2)))
        .putElementPace(
            "KR-2", PaceSpec.Named.of("late", Map.of("days", List.of(1, 2))).pace(HostKinds.ALL))
        .paceTolerance(PaceTolerance.ratio(0.9, 0.6))
        .statusRule(StatusRule.shareOnTrack(0.5))
        .onTrackTolerance(0.05)
        .atRiskTolerance(0.2)
        .build();
  }

  @Test
  void everySettingTravelsAndComesBackEqual() {
    ScoringPolicy policy = everySetting();
    PolicySpec spec = PolicySpec.of(policy);
    PolicySpec read = (PolicySpec) serialized(spec);
    for (PolicySpec s : List.of(spec, read)) {
      ScoringPolicy rebuilt = s.policy(HostKinds.ALL);
      assertEquals(policy, rebuilt);
      // the tags keep their order: the first that applies wins
      assertEquals(List.of("sales", "ops"), List.copyOf(rebuilt.tagStrategies().keySet()));
      assertEquals(policy.paceTolerance(), rebuilt.paceTolerance());
    }
    assertEquals(
        "PolicySpec[keyResultStrategy=linear(cap=1.2, rounded to tenths), kpiStrategy=share(share=0.4),"
            + " elementStrategies={KR-1=stepped(0.5 -> 0.3, 1 -> 1)}, tagStrategies={sales=range(tolerance=2),"
            + " ops=tiered(floor=0.3, ceiling=1.2)}, levelStrategies={TEAM=percentOfTarget(cap=1.5)},"
            + " objectiveAggregation=allMustPass(passMark=0.6), childObjectiveWeight=0.5,"
            + " keyResultKpiShare=0.25, kpiAggregation=top(), okrAggregation=minimum,"
            + " compositeKpiWeight=0.6, compositeOkrWeight=0.4, bands=[0.3, 0.6], committedBands=[0.8,"
            + " 0.9], missingValue=UNSCORED, targetRule=ORIGINAL, unassignedWeight=REMAINDER,"
            + " pace=frontLoaded(power=2), elementPaces={O-1=pace(2026-05-15 -> 0.2),"
            + " KR-2=late(days=[1, 2])}, onTrackTolerance=0.05, atRiskTolerance=0.2,"
            + " paceTolerance=ratio(onTrack=0.9, atRisk=0.6), statusRule=shareOnTrack(share=0.5)]",
        spec.toString());
  }

  @Test
  void theDefaultPolicyTravelsAndComesBackEqualWithoutExtensions() {
    ScoringPolicy policy = ScoringPolicy.defaults();
    PolicySpec spec = PolicySpec.of(policy);
    assertEquals(policy, spec.policy());
    PolicySpec read = (PolicySpec) serialized(spec);
    assertEquals(policy, read.policy(PolicyExtensions.none()));
    assertEquals(
        "PolicySpec[keyResultStrategy=linear(cap=1), kpiStrategy=binary, elementStrategies={},"
            + " tagStrategies={}, levelStrategies={}, objectiveAggregation=weightedMean,"
            + " childObjectiveWeight=1, keyResultKpiShare=0, kpiAggregation=weightedMean,"
            + " okrAggregation=weightedMean, compositeKpiWeight=0.7, compositeOkrWeight=0.3,"
            + " bands=[0.4, 0.7], committedBands=[0.7, 1], missingValue=ZERO,"
            + " targetRule=IN_FORCE, unassignedWeight=ONE, pace=linear pace, elementPaces={},"
            + " onTrackTolerance=0.1, atRiskTolerance=0.25, paceTolerance=default,"
            + " statusRule=weightedScore]",
        read.toString());
  }

  @Test
  void aToleranceSetToTheDefaultStaysSet() {
    ScoringPolicy set =
        ScoringPolicy.builder().paceTolerance(PaceTolerance.difference(0.1, 0.25)).build();
    assertNotEquals(ScoringPolicy.defaults(), set);
    PolicySpec spec = (PolicySpec) serialized(PolicySpec.of(set));
    assertEquals(set, spec.policy(PolicyExtensions.none()));
    assertNotEquals(PolicySpec.of(ScoringPolicy.defaults()), spec);
  }

  @Test
  void specsAreEqualWhenTheirPoliciesAre() {
    ScoringPolicy defaults = ScoringPolicy.defaults();
    new EqualsTester()
        .addEqualityGroup(
            PolicySpec.of(defaults),
            PolicySpec.of(ScoringPolicy.builder().build()),
            serialized(PolicySpec.of(defaults)))
        .addEqualityGroup(PolicySpec.of(everySetting()), serialized(PolicySpec.of(everySetting())))
        .addEqualityGroup(PolicySpec.of(defaults.withKpiStrategy(Strategies.linear())))
        .addEqualityGroup(PolicySpec.of(defaults.withBands(Bands.builder().greenFrom(0.8).build())))
        .addEqualityGroup(
            PolicySpec.of(defaults.withBands(Bands.builder().committedGreenFrom(0.9).build())))
        .addEqualityGroup(PolicySpec.of(defaults.withElementPaces(Map.of("KR-1", Pace.linear()))))
        .addEqualityGroup(PolicySpec.of(defaults.withCompositeKpiWeight(0.5)))
        .addEqualityGroup(PolicySpec.of(defaults.withUnassignedWeight(UnassignedWeight.REMAINDER)))
        .testEquals();
    // hash codes tell specs apart: eight different ones do not all share one
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (double weight = 0.1; weight < 0.9; weight += 0.1) {
      hashes.add(PolicySpec.of(defaults.withCompositeKpiWeight(weight)).hashCode());
    }
    assertTrue(hashes.size() > 1, hashes.toString());
  }

  @Test
  void aPolicyWithAHostLambdaIsRefusedNamingEverySettingWithoutASpec() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .kpiStrategy(input -> 1.0)
            .putTagStrategy("sales", input -> 0.5)
            .okrAggregation((scores, weights) -> 0.5)
            .putElementPace("KR-1", elapsed -> elapsed)
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.of(policy));
    assertEquals(
        assertThrows(IllegalArgumentException.class, policy::checkPortable).getMessage(),
        e.getMessage());
    String message = e.getMessage();
    assertTrue(
        message.startsWith(
            "the scoring policy cannot be written or shipped: kpiStrategy is a host strategy without"
                + " a spec ("),
        message);
    for (String setting :
        List.of(
            "; tagStrategies.sales is a host strategy without a spec (",
            "; okrAggregation is a host aggregation without a spec (",
            "; elementPaces.KR-1 is a host pace without a spec (")) {
      assertTrue(message.contains(setting), message);
    }
    assertTrue(
        message.endsWith(
            "; use a built-in, or give each a spec through a provider (see PolicyExtensions)"),
        message);
  }

  @Test
  void aKindTheReceivingSideLacksIsRefusedNamingIt() {
    PolicySpec spec = (PolicySpec) serialized(PolicySpec.of(everySetting()));
    assertEquals(
        "no strategy of kind 'share' is registered; add the module that provides it, or register"
            + " a provider for it in PolicyExtensions",
        assertThrows(IllegalArgumentException.class, () -> spec.policy(PolicyExtensions.none()))
            .getMessage());
    assertEquals(
        "no aggregation of kind 'top' is registered; add the module that provides it, or register"
            + " a provider for it in PolicyExtensions",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    spec.policy(
                        PolicyExtensions.builder().add(HostKinds.strategies("share")).build()))
            .getMessage());
    assertEquals(
        "no pace of kind 'late' is registered (registered: other); add the module that provides"
            + " it, or register a provider for it in PolicyExtensions",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    spec.policy(
                        PolicyExtensions.builder()
                            .add(HostKinds.strategies("share"))
                            .add(HostKinds.TOP)
                            .add(
                                new PaceProvider() {
                                  @Override
                                  public String kind() {
                                    return "other";
                                  }

                                  @Override
                                  public Pace pace(PaceSpec.Named named) {
                                    return new HostKinds.Late(named);
                                  }
                                })
                            .build()))
            .getMessage());
  }

  @Test
  void aFormulaWithoutTheFormulaModuleIsRefusedNamingTheModule() {
    // a formula of the formula module's kind, made here by a stand-in provider
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .putElementStrategy(
                "KR-1",
                StrategySpec.Named.of("formula", Map.of("expression", "1.0"))
                    .strategy(
                        PolicyExtensions.builder().add(HostKinds.strategies("formula")).build()))
            .build();
    PolicySpec spec = (PolicySpec) serialized(PolicySpec.of(policy));
    assertEquals(
        "no strategy of kind 'formula' is registered; strategies of kind 'formula' need the"
            + " okr-formula module on the class or module path",
        assertThrows(IllegalArgumentException.class, () -> spec.policy(PolicyExtensions.none()))
            .getMessage());
  }
}

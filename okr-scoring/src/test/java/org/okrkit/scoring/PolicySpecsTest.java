package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicySpecsTest {

  @Test
  void everyBuiltInIsItsOwnSpecWithItsKindAndParameters() {
    List<ScoringStrategy> strategies =
        List.of(
            Strategies.binary(),
            Strategies.milestones(),
            Strategies.linear(1.2, true),
            Strategies.tiered(),
            Strategies.stepped(Point.of(1, 1)),
            Strategies.curve(Point.of(0, 0), Point.of(1, 1)),
            Strategies.percentOfTarget(1.5),
            Strategies.range(2));
    List<String> kinds =
        List.of(
            "binary",
            "milestones",
            "linear",
            "tiered",
            "stepped",
            "curve",
            "percentOfTarget",
            "range");
    for (int i = 0; i < strategies.size(); i++) {
      ScoringStrategy s = strategies.get(i);
      assertEquals(Optional.of(s), s.spec());
      assertEquals(kinds.get(i), s.spec().orElseThrow().kind());
      assertSame(s, s.spec().orElseThrow().strategy(PolicyExtensions.none()));
    }
    assertEquals(new BuiltInStrategy.Linear(1.2, true), Strategies.linear(1.2, true));
    assertEquals(1.2, ((BuiltInStrategy.Linear) Strategies.linear(1.2, true)).cap());
    List<Aggregation> aggregations =
        List.of(
            Aggregations.weightedMean(),
            Aggregations.minimum(),
            Aggregations.geometricMean(),
            Aggregations.allMustPass(0.5),
            Aggregations.cappedWeightedSum(1.2));
    for (Aggregation a : aggregations) {
      assertEquals(Optional.of(a), a.spec());
      assertTrue(BuiltInAggregation.KINDS.contains(a.spec().orElseThrow().kind()));
    }
    assertEquals("allMustPass", Aggregations.allMustPass(0.5).spec().orElseThrow().kind());
    assertEquals(Optional.of(Pace.linear()), Pace.linear().spec());
    Pace curve = Pace.of(new double[] {0, 1}, new double[] {0, 1});
    assertEquals("curve", curve.spec().orElseThrow().kind());
  }

  @Test
  void aHostLambdaHasNoSpecAndMakesAPolicyThatCannotBeShipped() {
    ScoringStrategy lambda = input -> 1.0;
    assertEquals(Optional.empty(), lambda.spec());
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .kpiStrategy(lambda)
            .okrAggregation((scores, weights) -> 0.5)
            .build();
    assertFalse(policy.isPortable());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, policy::checkPortable);
    assertTrue(
        e.getMessage()
            .startsWith(
                "the scoring policy cannot be written or shipped: kpiStrategy is a host strategy without a"
                    + " spec ("),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("; okrAggregation is a host aggregation without a spec ("),
        e.getMessage());
    assertTrue(ScoringPolicy.defaults().isPortable());
  }

  /** A named kind: the linear grade scaled by a factor. */
  private static final StrategyProvider SCALED =
      new StrategyProvider() {
        @Override
        public String kind() {
          return "scaled";
        }

        @Override
        public ScoringStrategy strategy(StrategySpec.Named spec) {
          double factor = (Double) spec.parameters().get("factor");
          return new ScoringStrategy() {
            @Override
            public double score(ScoringInput input) {
              return factor * Strategies.linear().score(input);
            }

            @Override
            public double maxScore() {
              return Math.max(1, factor);
            }

            @Override
            public Optional<StrategySpec> spec() {
              return Optional.of(spec);
            }
          };
        }
      };

  @Test
  void aNamedSpecIsRebuiltByTheProviderOfItsKind() {
    PolicyExtensions extensions = PolicyExtensions.builder().add(SCALED).build();
    StrategySpec.Named spec = StrategySpec.Named.of("scaled", Map.of("factor", 2));
    assertEquals(Map.of("factor", 2.0), spec.parameters());
    assertEquals("scaled(factor=2)", spec.toString());
    ScoringStrategy strategy = spec.strategy(extensions);
    assertEquals(Optional.of(spec), strategy.spec());
    assertTrue(ScoringPolicy.builder().kpiStrategy(strategy).build().isPortable());
    assertEquals(
        "no strategy of kind 'scaled' is registered; add the module that provides it, or register a"
            + " provider for it in PolicyExtensions",
        assertThrows(IllegalArgumentException.class, () -> spec.strategy(PolicyExtensions.none()))
            .getMessage());
    assertEquals(List.of("scaled"), List.copyOf(extensions.strategyKinds()));
  }

  @Test
  void providersMayNotClaimABuiltInsKindOrOneTwice() {
    StrategyProvider linear =
        new StrategyProvider() {
          @Override
          public String kind() {
            return "linear";
          }

          @Override
          public ScoringStrategy strategy(StrategySpec.Named spec) {
            return Strategies.linear();
          }
        };
    assertEquals(
        "strategy provider kind 'linear' is the name of a built-in strategy",
        assertThrows(IllegalArgumentException.class, () -> PolicyExtensions.builder().add(linear))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> PolicyExtensions.builder().add(SCALED).add(SCALED))
            .getMessage()
            .startsWith("two strategy providers claim kind 'scaled': "));
  }

  @Test
  void namedParametersArePlainValues() {
    assertEquals(
        "parameter 'when' of 'scaled' must be a string, a boolean, a number or a list of them, got"
            + " java.lang.Object",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategySpec.Named.of("scaled", Map.of("when", new Object())))
            .getMessage());
    assertEquals(
        "parameter 'factor' of 'scaled' must be a finite number, got NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategySpec.Named.of("scaled", Map.of("factor", Double.NaN)))
            .getMessage());
    assertEquals(
        "strategy kind 'a kind' is invalid; expected " + org.okrkit.core.Ids.SYNTAX,
        assertThrows(
                IllegalArgumentException.class, () -> StrategySpec.Named.of("a kind", Map.of()))
            .getMessage());
    new EqualsTester()
        .addEqualityGroup(
            StrategySpec.Named.of("scaled", Map.of("factor", 2)),
            StrategySpec.Named.of("scaled", Map.of("factor", 2.0)))
        .addEqualityGroup(StrategySpec.Named.of("scaled", Map.of("factor", 3)))
        .addEqualityGroup(StrategySpec.Named.of("scaled", Map.of("factor", List.of(1, "x", true))))
        .testEquals();
  }
}

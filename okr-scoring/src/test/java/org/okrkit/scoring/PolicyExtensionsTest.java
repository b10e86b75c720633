package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Extensions for aggregations and paces of a host's own kinds, and the specs that name them; and a
 * policy whose every setting is a host's, without a spec.
 */
class PolicyExtensionsTest {

  /** The highest score, whatever the weights, named "top". */
  static final class Top implements Aggregation {
    @Override
    public double aggregate(double[] scores, double[] weights) {
      double max = 0;
      for (double s : scores) {
        max = Math.max(max, s);
      }
      return max;
    }

    @Override
    public String toString() {
      return "top";
    }
  }

  static final AggregationProvider TOP =
      new AggregationProvider() {
        @Override
        public String kind() {
          return "top";
        }

        @Override
        public Aggregation aggregation(AggregationSpec.Named spec) {
          return new Top();
        }
      };

  /** A pace that expects progress to land late: the square of the time elapsed. */
  static final PaceProvider LATE =
      new PaceProvider() {
        @Override
        public String kind() {
          return "late";
        }

        @Override
        public Pace pace(PaceSpec.Named spec) {
          return elapsed -> elapsed * elapsed;
        }
      };

  @Test
  void aggregationsAndPacesOfRegisteredKindsAreRebuiltFromTheirSpecs() {
    PolicyExtensions extensions = PolicyExtensions.builder().add(TOP).add(LATE).build();
    assertEquals(Set.of("top"), extensions.aggregationKinds());
    assertEquals(Set.of("late"), extensions.paceKinds());
    assertEquals(Set.of(), extensions.strategyKinds());
    assertEquals(
        "PolicyExtensions[strategies=[], aggregations=[top], paces=[late]]", extensions.toString());
    Aggregation top = AggregationSpec.Named.of("top", Map.of()).aggregation(extensions);
    assertEquals(0.8, top.aggregate(new double[] {0.2, 0.8, 0.5}, new double[] {1, 1, 1}));
    Pace late = PaceSpec.Named.of("late", Map.of()).pace(extensions);
    assertEquals(0.25, late.expected(0.5));
    assertEquals(
        "no aggregation of kind 'bottom' is registered (registered: top); add the module that"
            + " provides it, or register a provider for it in PolicyExtensions",
        assertThrows(
                IllegalArgumentException.class,
                () -> AggregationSpec.Named.of("bottom", Map.of()).aggregation(extensions))
            .getMessage());
    assertEquals(
        "no pace of kind 'early' is registered (registered: late); add the module that provides"
            + " it, or register a provider for it in PolicyExtensions",
        assertThrows(
                IllegalArgumentException.class,
                () -> PaceSpec.Named.of("early", Map.of()).pace(extensions))
            .getMessage());
    assertEquals(
        "no pace of kind 'late' is registered; add the module that provides it, or register a"
            + " provider for it in PolicyExtensions",
        assertThrows(
                IllegalArgumentException.class,
                () -> PaceSpec.Named.of("late", Map.of()).pace(PolicyExtensions.none()))
            .getMessage());
  }

  @Test
  void providerKindsAreIdsAndNotABuiltInsName() {
    assertEquals(
        "pace provider kind 'curve' is the name of a built-in pace",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PolicyExtensions.builder()
                        .add(
                            new PaceProvider() {
                              @Override
                              public String kind() {
                                return "curve";
                              }

                              @Override
                              public Pace pace(PaceSpec.Named spec) {
                                return Pace.linear();
                              }
                            }))
            .getMessage());
    assertEquals(
        "aggregation provider kind 'a kind' is invalid; expected " + org.okrkit.core.Ids.SYNTAX,
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PolicyExtensions.builder()
                        .add(
                            new AggregationProvider() {
                              @Override
                              public String kind() {
                                return "a kind";
                              }

                              @Override
                              public Aggregation aggregation(AggregationSpec.Named spec) {
                                return new Top();
                              }
                            }))
            .getMessage());
  }

  @Test
  void namedSpecsCheckTheirKindAndShowTheirParameters() {
    assertEquals(
        "aggregation kind 'a kind' is invalid; expected " + org.okrkit.core.Ids.SYNTAX,
        assertThrows(
                IllegalArgumentException.class, () -> AggregationSpec.Named.of("a kind", Map.of()))
            .getMessage());
    assertEquals(
        "pace kind 'a kind' is invalid; expected " + org.okrkit.core.Ids.SYNTAX,
        assertThrows(IllegalArgumentException.class, () -> PaceSpec.Named.of("a kind", Map.of()))
            .getMessage());
    Map<String, Object> parameters =
        ImmutableMap.of("share", 0.25, "at", List.of(1, 2.5, "end", true), "label", "late");
    assertEquals(
        "late(share=0.25, at=[1, 2.5, end, true], label=late)",
        PaceSpec.Named.of("late", parameters).toString());
    assertEquals("top()", AggregationSpec.Named.of("top", Map.of()).toString());
    assertEquals(
        "parameter name 'the share' of 'late' is invalid; expected " + org.okrkit.core.Ids.SYNTAX,
        assertThrows(
                IllegalArgumentException.class,
                () -> PaceSpec.Named.of("late", Map.of("the share", 1)))
            .getMessage());
    assertEquals(
        "parameter 'at' of 'late' may hold a list of values, not of lists",
        assertThrows(
                IllegalArgumentException.class,
                () -> PaceSpec.Named.of("late", Map.of("at", List.of(List.of(1)))))
            .getMessage());
  }

  /** A host's strategy without a spec, of a class with a stable name. */
  static final class Host implements ScoringStrategy {
    @Override
    public double score(ScoringInput input) {
      return 1;
    }

    @Override
    public String toString() {
      return "host";
    }
  }

  @Test
  void everySettingWithoutASpecIsNamed() {
    ScoringStrategy host = new Host();
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .keyResultStrategy(host)
            .kpiStrategy(host)
            .putElementStrategy("KR-1", host)
            .putTagStrategy("growth", host)
            .putLevelStrategy(org.okrkit.core.Level.TEAM, host)
            .objectiveAggregation(new Top())
            .kpiAggregation(new Top())
            .okrAggregation(new Top())
            .pace(elapsed -> elapsed)
            .build();
    String message =
        assertThrows(IllegalArgumentException.class, policy::checkPortable).getMessage();
    String strategy = " is a host strategy without a spec (" + Host.class.getName() + ": host)";
    String aggregation = " is a host aggregation without a spec (" + Top.class.getName() + ": top)";
    String expected =
        "the scoring policy cannot be written or shipped: keyResultStrategy"
            + strategy
            + "; kpiStrategy"
            + strategy
            + "; elementStrategies.KR-1"
            + strategy
            + "; tagStrategies.growth"
            + strategy
            + "; levelStrategies.TEAM"
            + strategy
            + "; objectiveAggregation"
            + aggregation
            + "; kpiAggregation"
            + aggregation
            + "; okrAggregation"
            + aggregation
            + "; pace is a host pace without a spec (";
    assertTrue(message.startsWith(expected), message);
    assertTrue(
        message.endsWith(
            "); use a built-in, or give each a spec through a provider (see PolicyExtensions)"),
        message);
  }
}

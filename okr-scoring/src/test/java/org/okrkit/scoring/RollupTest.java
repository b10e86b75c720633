package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;

class RollupTest {
  static final PlanStructure ANN = ScorecardTest.annsPlan().structure();

  /** A host aggregation that always gives {@code result}. */
  static Aggregation giving(double result) {
    return new Aggregation() {
      @Override
      public double aggregate(double[] scores, double[] weights) {
        return result;
      }

      @Override
      public String toString() {
        return "giving(" + result + ")";
      }
    };
  }

  @Test
  void aHostAggregationMustReturnAFiniteNumberOfAtLeastZeroNamingTheNode() {
    Plan plan = ScorecardTest.annsPlan();
    IllegalStateException objective =
        assertThrows(
            IllegalStateException.class,
            () ->
                ScoringPolicy.builder()
                    .objectiveAggregation(giving(-0.5))
                    .build()
                    .score(plan, ScorecardTest.AS_OF));
    assertEquals(
        "aggregation giving(-0.5) gave -0.5 for 'O-ann'; an aggregation must return a finite"
            + " number of at least 0",
        objective.getMessage());
    IllegalStateException owner =
        assertThrows(
            IllegalStateException.class,
            () ->
                ScoringPolicy.builder()
                    .kpiAggregation(giving(Double.POSITIVE_INFINITY))
                    .build()
                    .score(plan, ScorecardTest.AS_OF));
    assertEquals(
        "aggregation giving(Infinity) gave Infinity for 'ann'; an aggregation must return a finite"
            + " number of at least 0",
        owner.getMessage());
    // NaN is "nothing scored", which a host aggregation given scored children may not claim
    IllegalStateException nothing =
        assertThrows(
            IllegalStateException.class,
            () ->
                ScoringPolicy.builder()
                    .okrAggregation(giving(Double.NaN))
                    .build()
                    .score(plan, ScorecardTest.AS_OF));
    assertEquals(
        "aggregation giving(NaN) gave NaN for 'ann'; an aggregation must return a finite"
            + " number of at least 0",
        nothing.getMessage());
  }

  @Test
  void aHostAggregationAtZeroOrOverNothingScoredIsAccepted() {
    Plan plan = ScorecardTest.annsPlan();
    Scorecard zero =
        ScoringPolicy.builder()
            .objectiveAggregation(giving(0))
            .build()
            .score(plan, ScorecardTest.AS_OF);
    assertEquals(0.0, zero.score("O-ann").orElseThrow());
    // without check-ins every child is unscored, and so is the node, whatever the host would say
    Plan unmeasured =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives())
            .addAllKeyResults(plan.keyResults())
            .addAllKpis(plan.kpis())
            .build();
    Scorecard card =
        assertDoesNotThrow(
            () ->
                ScoringPolicy.builder()
                    .missingValue(MissingValue.UNSCORED)
                    .objectiveAggregation(giving(Double.NaN))
                    .kpiAggregation(giving(-1))
                    .build()
                    .score(unmeasured, ScorecardTest.AS_OF));
    assertFalse(card.score("O-ann").isPresent());
    assertFalse(card.owner("ann").orElseThrow().kpiScore().isPresent());
  }

  @Test
  void compilingWithLeavesOfTheCallersOwnChecksThem() {
    ScoringPolicy policy = ScoringPolicy.defaults();
    // two measured elements: KR-ann and K-ann
    Rollup rollup = Rollup.compile(ANN, policy, new int[] {3, 0}, 4);
    assertEquals(3, rollup.leafSlot(0));
    assertEquals(0, rollup.leafSlot(1));
    assertEquals(4, rollup.leafCount());
    assertEquals(
        "leafOfMeasured has 1 slots for 2 measured elements",
        assertThrows(
                IllegalArgumentException.class, () -> Rollup.compile(ANN, policy, new int[] {0}, 4))
            .getMessage());
    assertEquals(
        "leafOfMeasured[0] = -1 is not a free slot from 0 to 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> Rollup.compile(ANN, policy, new int[] {-1, 0}, 4))
            .getMessage());
    assertEquals(
        "leafOfMeasured[1] = 4 is not a free slot from 0 to 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> Rollup.compile(ANN, policy, new int[] {0, 4}, 4))
            .getMessage());
    assertEquals(
        "leafOfMeasured[1] = 2 is not a free slot from 0 to 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> Rollup.compile(ANN, policy, new int[] {2, 2}, 4))
            .getMessage());
  }

  @Test
  void theEvaluatorNeedsASlotForEveryStep() {
    Rollup rollup = Rollup.compile(ANN, ScoringPolicy.defaults());
    // O-ann; the team's composite; Ann's KPI score, OKR score and composite
    assertEquals("Rollup[5 steps over 2 leaves]", rollup.toString());
    assertEquals(7, rollup.slotCount());
    Rollup.Evaluator evaluator = rollup.evaluator();
    assertEquals(
        "values has 6 slots; the program needs 7",
        assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(new double[6]))
            .getMessage());
    double[] values = {0.5, 1, 0, 0, 0, 0, 0};
    evaluator.evaluate(values);
    assertEquals(0.5, values[rollup.objectiveSlot(0)]);
    assertEquals(0.85, values[rollup.compositeSlot(1)], 1e-12);
    assertEquals(Double.NaN, values[rollup.compositeSlot(0)]);
  }
}

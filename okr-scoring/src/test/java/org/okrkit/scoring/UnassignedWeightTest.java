package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;

/** A policy may weigh unweighted key results by what the weighted ones leave of 1. */
class UnassignedWeightTest {
  private static final ScoringPolicy REMAINDER =
      ScoringPolicy.builder().unassignedWeight(UnassignedWeight.REMAINDER).build();

  /** The marketing plan with KR-partners given {@code weight}; its other key results have none. */
  static Plan marketing(double weight) {
    Plan plan = SeedPlans.marketing();
    return plan.withKeyResult(plan.keyResult("KR-partners").orElseThrow().withWeight(weight));
  }

  private static double score(Scorecard card, String id) {
    return card.element(id).orElseThrow().score().orElseThrow();
  }

  @Test
  void theUnweightedKeyResultsShareWhatTheWeightedOneLeaves() {
    Plan plan = marketing(0.5);
    Scorecard card = REMAINDER.score(plan, SeedPlans.AS_OF);
    double expected =
        0.5 * score(card, "KR-partners")
            + 0.25 * score(card, "KR-mentions")
            + 0.25 * score(card, "KR-forums");
    assertEquals(expected, score(card, "O-influence"), 1e-12);
    // the explanation shows the weights the score used
    List<Double> weights =
        card.explain("O-influence").children().stream()
            .map(e -> e.weight().orElseThrow())
            .collect(Collectors.toList());
    assertEquals(List.of(0.5, 0.25, 0.25), weights);
    // by default an unweighted key result weighs 1, as before
    Scorecard one = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
    double byOne =
        (0.5 * score(one, "KR-partners") + score(one, "KR-mentions") + score(one, "KR-forums"))
            / 2.5;
    assertEquals(byOne, score(one, "O-influence"), 1e-12);
  }

  @Test
  void weightedKeyResultsThatLeaveNothingDoNotFitThePolicy() {
    PolicyException e =
        assertThrows(PolicyException.class, () -> REMAINDER.score(marketing(1), SeedPlans.AS_OF));
    assertTrue(
        e.getMessage()
            .contains(
                "objective 'O-influence' gives its weighted key results 1, leaving nothing for its"
                    + " 2 unweighted ones; expected weights that add up to less than 1"),
        e.getMessage());
    // the default rule does not mind: the others weigh 1 each
    assertTrue(
        ScoringPolicy.defaults()
            .score(marketing(1), SeedPlans.AS_OF)
            .element("O-influence")
            .orElseThrow()
            .score()
            .isPresent());
  }

  @Test
  void aPlanWithoutWeightsScoresAlikeUnderBothRules() {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp())) {
      Scorecard one = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
      Scorecard rest = REMAINDER.score(plan, SeedPlans.AS_OF);
      for (ElementScore e : one.elements()) {
        double a = e.score().orElse(-1);
        double b = rest.element(e.id()).orElseThrow().score().orElse(-1);
        assertEquals(a, b, 1e-12, e.id());
      }
    }
  }

  /** The weights of an objective add up to 1 once the remainder is shared. */
  @Property(tries = 200)
  void theSharedWeightsMakeTheWhole(@ForAll @DoubleRange(min = 0.01, max = 0.99) double given) {
    Plan plan = marketing(given);
    double[] w = KeyResultWeights.of(plan.structure(), REMAINDER);
    double sum = 0;
    for (KeyResult k : plan.keyResultsOf("O-influence")) {
      sum += w[plan.structure().indexOfKeyResult(k.id())];
    }
    assertEquals(1.0, sum, 1e-12);
    assertEquals(given, w[plan.structure().indexOfKeyResult("KR-partners")]);
    assertEquals(
        w[plan.structure().indexOfKeyResult("KR-mentions")],
        w[plan.structure().indexOfKeyResult("KR-forums")]);
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** Progress reported signed: a fall below the baseline reads as negative, scores stay at 0. */
class SignedProgressTest {
  static final LocalDate MAY = SeedPlans.AS_OF;

  static Plan plan(Measure measure, Target target, double actual) {
    return Plan.builder()
        .period(SeedPlans.QUARTER)
        .addOwners(Owner.of("team", "Team", Level.TEAM))
        .addObjectives(Objective.of("O", "Objective", "team"))
        .addKeyResults(KeyResult.of("KR", "O", "Key result", measure, target))
        .addCheckIns(CheckIn.of("KR", MAY, actual))
        .build();
  }

  static ElementScore kr(Plan plan) {
    return ScoringPolicy.defaults().score(plan, MAY).element("KR").orElseThrow();
  }

  @Test
  void aFallFromTwentyToZeroOnTheWayToAHundredIsMinusAQuarter() {
    ElementScore kr = kr(plan(Measure.increasing("m", Unit.COUNT), Target.increase(20, 100), 0));
    assertEquals(OptionalDouble.of(-0.25), kr.signedProgress());
    assertEquals(OptionalDouble.of(0), kr.progress());
    assertEquals(OptionalDouble.of(0), kr.score());
    Explanation e = ScoringPolicy.defaults().score(kr0Plan(), MAY).explain("KR");
    assertTrue(e.inputs().contains(new Input.SignedProgress(-0.25)), e.render());
    assertTrue(e.render().contains("progress 0; signed progress -0.25;"), e.render());
  }

  static Plan kr0Plan() {
    return plan(Measure.increasing("m", Unit.COUNT), Target.increase(20, 100), 0);
  }

  @Test
  void aDecreasingMeasureThatRoseIsNegativeAndOneBeyondItsTargetIsAboveOne() {
    Measure down = Measure.decreasing("m", Unit.PERCENT);
    assertEquals(
        OptionalDouble.of(-0.5), kr(plan(down, Target.decrease(4, 2), 5)).signedProgress());
    assertEquals(OptionalDouble.of(1.5), kr(plan(down, Target.decrease(4, 2), 1)).signedProgress());
    assertEquals(OptionalDouble.of(1), kr(plan(down, Target.decrease(4, 2), 1)).progress());
  }

  @Test
  void insideZeroToOneTheSignedProgressIsTheProgressAndTheExplanationSaysNothingMore() {
    Plan plan = plan(Measure.increasing("m", Unit.COUNT), Target.increase(20, 100), 60);
    ElementScore kr = kr(plan);
    assertEquals(OptionalDouble.of(0.5), kr.signedProgress());
    assertEquals(kr.progress(), kr.signedProgress());
    assertFalse(
        ScoringPolicy.defaults().score(plan, MAY).explain("KR").inputs().stream()
            .anyMatch(Input.SignedProgress.class::isInstance));
  }

  @Test
  void aValueAtTheBaselineOfADecreasingTargetIsZeroNotMinusZero() {
    ElementScore kr = kr(plan(Measure.decreasing("m", Unit.PERCENT), Target.decrease(4, 2), 4));
    assertEquals(0.0, kr.signedProgress().getAsDouble());
    assertEquals(
        Double.doubleToRawLongBits(0.0),
        Double.doubleToRawLongBits(kr.signedProgress().getAsDouble()));
  }

  @Test
  void withoutACheckInThereIsNoSignedProgressAndMissingValuesScoredZeroGiveZero() {
    Plan none =
        Plan.builder()
            .period(SeedPlans.QUARTER)
            .addOwners(Owner.of("team", "Team", Level.TEAM))
            .addObjectives(Objective.of("O", "Objective", "team"))
            .addKeyResults(
                KeyResult.of(
                    "KR",
                    "O",
                    "Key result",
                    Measure.increasing("m", Unit.COUNT),
                    Target.increase(20, 100)))
            .build();
    ElementScore unscored =
        ScoringPolicy.builder()
            .missingValue(MissingValue.UNSCORED)
            .build()
            .score(none, MAY)
            .element("KR")
            .orElseThrow();
    assertEquals(OptionalDouble.empty(), unscored.signedProgress());
    ElementScore zero =
        ScoringPolicy.builder()
            .missingValue(MissingValue.ZERO)
            .build()
            .score(none, MAY)
            .element("KR")
            .orElseThrow();
    assertEquals(OptionalDouble.of(0), zero.signedProgress());
    // objectives have no progress of their own
    assertEquals(
        OptionalDouble.empty(),
        ScoringPolicy.defaults().score(kr0Plan(), MAY).element("O").orElseThrow().signedProgress());
  }

  @Test
  void aHostStrategyGivesTheSameSignedProgressAsTheCompiledPath() {
    ScoringStrategy host = input -> Strategies.linear().score(input);
    Plan plan = kr0Plan();
    assertEquals(
        ScoringPolicy.defaults().score(plan, MAY).element("KR").orElseThrow(),
        ScoringPolicy.builder()
            .keyResultStrategy(host)
            .build()
            .score(plan, MAY)
            .element("KR")
            .orElseThrow());
  }

  @Test
  void aForcedKpiScoreIsItsSignedProgressToo() {
    Scorecard card =
        ScoringPolicy.defaults()
            .score(SeedPlans.internetCompany(), SeedPlans.AS_OF)
            .withKpiScore("K-features", 0.4);
    ElementScore k = card.element("K-features").orElseThrow();
    assertEquals(OptionalDouble.of(0.4), k.signedProgress());
    assertEquals(k.progress(), k.signedProgress());
  }

  @Test
  void signedProgressInputsAreFinite() {
    assertEquals(
        "signed progress must be finite, got NaN",
        assertThrows(IllegalArgumentException.class, () -> new Input.SignedProgress(Double.NaN))
            .getMessage());
    assertEquals("signed progress -0.25", new Input.SignedProgress(-0.25).render());
  }
}

package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.ScoreAwareRules;
import org.okrkit.alignment.Severity;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;

/**
 * The plain checks, called from plain JUnit Jupiter tests on the class path, as a host that does
 * not run jqwik calls them: okrkit's built-ins pass them, and deliberately broken strategies,
 * aggregations and rules fail them with an {@link AssertionError} naming the law, the object, the
 * sample and the seed.
 */
class ContractsTest {

  @Test
  void everyBuiltInStrategyKeepsTheStrategyLaws() {
    for (ScoringStrategy mirrored :
        List.of(
            Strategies.binary(),
            Strategies.linear(),
            Strategies.linear(1.25, true),
            Strategies.tiered(0.3, 1.8),
            Strategies.stepped(
                Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1), Point.of(1.2, 1.1)),
            Strategies.curve(Point.of(0, 0), Point.of(0.7, 0.5), Point.of(1, 1), Point.of(1.5, 2)),
            Strategies.range(2.5),
            Strategies.milestones())) {
      Contracts.checkMirrorSymmetricStrategy(mirrored);
    }
    // a ratio, not a difference: not mirror-symmetric
    Contracts.checkStrategy(Strategies.percentOfTarget(1.5));
  }

  @Test
  void everyBuiltInAggregationKeepsTheAggregationLaws() {
    for (Aggregation aggregation :
        List.of(
            Aggregations.weightedMean(),
            Aggregations.minimum(),
            Aggregations.geometricMean(),
            Aggregations.allMustPass(0.7))) {
      Contracts.checkAggregation(aggregation);
    }
    Contracts.checkAggregation(
        Aggregations.cappedWeightedSum(1.0), 1.0, 1e-9, Contracts.DEFAULT_SEED, 100);
  }

  @Test
  void theBuiltInRulesKeepTheRuleLaws() {
    AlignmentRule all =
        (context, findings) -> {
          for (AlignmentRule rule : AlignmentRules.defaults()) {
            rule.check(context, findings);
          }
        };
    AlignmentConfig strictest =
        AlignmentConfig.builder()
            .contributionWeightsSumToOne(true)
            .maxKeyResultsPerKpi(1)
            .maxObjectivesPerOwner(1)
            .maxKeyResultsPerObjective(1)
            .minimumCoverage(1)
            .build();
    Contracts.checkRule(
        AlignmentRules.named("all built-in rules", all),
        strictest,
        Contracts::defaultScorecard,
        Contracts.DEFAULT_SEED,
        100);
    for (AlignmentRule rule : ScoreAwareRules.divergence()) {
      Contracts.checkRule(rule, 7, 100);
    }
  }

  @Test
  void aScoreAboveTheMaximumFailsTheBoundsLaw() {
    String message = failure(() -> Contracts.checkStrategy(new Constant(1.5)));
    assertTrue(
        message.startsWith(
            "ScoringStrategyContract.scoresLieFromZeroToTheMaximum fails for Constant[score=1.5]"
                + " on sample 1 of 200 (seed 42): "),
        message);
    assertTrue(message.contains(": score 1.5 outside [0, 1.0], for "), message);
  }

  @Test
  void aScoreThatIsNotANumberFailsTheBoundsLaw() {
    String message =
        failure(() -> Contracts.checkMirrorSymmetricStrategy(new Constant(Double.NaN)));
    assertTrue(
        message.startsWith(
            "MirrorSymmetricStrategyContract.scoresLieFromZeroToTheMaximum fails for"
                + " Constant[score=NaN] on sample 1 of 200 (seed 42): "),
        message);
    assertTrue(message.contains(": score NaN is not finite, for "), message);
  }

  @Test
  void aStrategyThatRewardsWorseValuesFailsTheMonotonyLaw() {
    String message = failure(() -> Contracts.checkStrategy(new Backwards(), 3, 200));
    assertTrue(
        message.startsWith(
            "ScoringStrategyContract.aBetterValueNeverScoresLess fails for Backwards[] on sample "),
        message);
    assertTrue(message.contains("(seed 3): "), message);
  }

  @Test
  void aStrategyThatIsNotMirrorSymmetricFailsOnlyTheMirrorLaw() {
    // percent of target keeps every other law
    String message =
        failure(() -> Contracts.checkMirrorSymmetricStrategy(Strategies.percentOfTarget(1.5)));
    assertTrue(
        message.startsWith(
            "MirrorSymmetricStrategyContract.decreasingMeasuresMirrorIncreasingOnes fails for "),
        message);
    assertTrue(message.contains("against the increasing mirror image at"), message);
  }

  @Test
  void anAggregationAboveItsHighestScoreFailsTheBoundsLaw() {
    String message = failure(() -> Contracts.checkAggregation(new Sum()));
    assertTrue(
        message.startsWith(
            "AggregationContract.theResultLiesBetweenTheLowestAndTheHighestScore fails for Sum[]"
                + " on sample "),
        message);
    assertTrue(message.contains(" (seed 42): ["), message);
    assertTrue(message.contains(" outside ["), message);
  }

  @Test
  void anAggregationThatHeedsTheOrderFailsTheOrderLaw() {
    String message = failure(() -> Contracts.checkAggregation(new First()));
    assertTrue(
        message.startsWith(
            "AggregationContract.theOrderOfTheChildrenDoesNotMatter fails for First[] on sample "),
        message);
  }

  @Test
  void aRuleThatThrowsFailsTheNeverThrowsLawWithTheExceptionAsCause() {
    AssertionError error =
        assertThrows(AssertionError.class, () -> Contracts.checkRule(new Throwing()));
    assertTrue(
        error
            .getMessage()
            .startsWith(
                "AlignmentRuleContract.ruleNeverThrowsOnAValidPlan fails for Throwing[] on sample 1"
                    + " of 200 (seed 42): a plan of "),
        error.getMessage());
    Throwable cause = error.getCause();
    while (cause != null && !(cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    assertInstanceOf(IllegalStateException.class, cause, error::toString);
    assertEquals("a rule that breaks", cause.getMessage());
  }

  @Test
  void aRuleThatGivesOtherFindingsEachTimeFailsTheDeterminismLaw() {
    String message = failure(() -> Contracts.checkRule(new Counting(new AtomicInteger()), 5, 20));
    assertTrue(
        message.startsWith(
            "AlignmentRuleContract.ruleGivesTheSameFindingsForEqualPlans fails for Counting"),
        message);
    assertTrue(
        message.contains(" on sample 1 of 20 (seed 5): a plan of ")
            && message.contains(": the findings on an equal plan: expected <["),
        message);
  }

  @Test
  void theSameSeedChecksTheSameSamplesAndAnotherSeedOthers() {
    Consumer<Long> check = seed -> Contracts.checkStrategy(new FailsFarAway(), seed, 200);
    String first = failure(() -> check.accept(42L));
    assertEquals(first, failure(() -> check.accept(42L)));
    assertNotEquals(first, failure(() -> check.accept(43L)));
  }

  @Test
  void atLeastOneTryIsNeeded() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Contracts.checkStrategy(Strategies.linear(), 42, 0));
    assertEquals("tries must be at least 1, got 0", e.getMessage());
  }

  private static String failure(Executable check) {
    return assertThrows(AssertionError.class, check).getMessage();
  }

  /** The same score for every input. */
  record Constant(double score) implements ScoringStrategy {
    @Override
    public double score(ScoringInput input) {
      return score;
    }
  }

  /** The OKR grade turned upside down: the further from the target, the better. */
  record Backwards() implements ScoringStrategy {
    @Override
    public double score(ScoringInput input) {
      return 1 - Strategies.linear().score(input);
    }
  }

  /** The OKR grade, except that far from the target it scores 2. */
  record FailsFarAway() implements ScoringStrategy {
    @Override
    public double score(ScoringInput input) {
      return Math.abs(input.actual()) > 2000 ? 2 : Strategies.linear().score(input);
    }
  }

  /** The sum of the scores, which exceeds the highest. */
  record Sum() implements Aggregation {
    @Override
    public double aggregate(double[] scores, double[] weights) {
      double sum = 0;
      for (double s : scores) {
        sum += s;
      }
      return sum;
    }
  }

  /** The first child's score. */
  record First() implements Aggregation {
    @Override
    public double aggregate(double[] scores, double[] weights) {
      return scores[0];
    }
  }

  /** A rule that throws on every plan. */
  record Throwing() implements AlignmentRule {
    @Override
    public void check(AlignmentContext context, java.util.function.Consumer<Finding> findings) {
      throw new IllegalStateException("a rule that breaks");
    }
  }

  /** A rule that numbers its findings across runs, so that no two runs agree. */
  record Counting(AtomicInteger runs) implements AlignmentRule {
    @Override
    public void check(AlignmentContext context, java.util.function.Consumer<Finding> findings) {
      findings.accept(
          Finding.of(
              "ACME001",
              Severity.INFO,
              List.of(),
              "run " + runs.incrementAndGet(),
              "run it again"));
    }
  }
}

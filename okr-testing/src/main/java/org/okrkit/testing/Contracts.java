package org.okrkit.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.JqwikException;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.core.Direction;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringStrategy;

/**
 * The contract kits' laws as plain checks, for a test of any framework (JUnit 4 or 5, TestNG, a
 * {@code main}): each method checks the laws of its kit on samples drawn from the kit's own
 * arbitraries with a seeded {@link Random}, and throws an {@link AssertionError} naming the law,
 * the object checked, the sample and the seed at the first law that fails; the cause is what the
 * law threw.
 *
 * <pre>{@code
 * @Test
 * void myStrategyKeepsTheContract() {
 *   Contracts.checkStrategy(new MyStrategy());
 * }
 * }</pre>
 *
 * <p>The laws are those of the jqwik kits, stated once and run by both: {@link
 * ScoringStrategyContract}, {@link MirrorSymmetricStrategyContract}, {@link AggregationContract}
 * and {@link AlignmentRuleContract}, whose Javadoc states them. A check without a seed draws
 * {@value #DEFAULT_TRIES} samples for each law from the seed {@value #DEFAULT_SEED}, so it checks
 * the same samples on every run; the overloads take another seed (a random one, say, printed by the
 * test) and another number of samples. The same seed and tries always draw the same samples, and a
 * failure names the sample's position, so that it can be run again. jqwik itself shrinks a failing
 * sample to a smaller one; a plain check does not.
 *
 * <p>jqwik's engine must be on the test's class path or module path (the {@code okr-testing}
 * artifact brings it), but nothing need run on it: a check starts a jqwik session of its own when
 * called outside one, and uses the one it is in when called from a jqwik property.
 *
 * <p>A check is given one object, so the laws that compare two objects built alike compare it with
 * itself (equal to itself, hashing and printing alike each time); the jqwik kits, given a factory,
 * compare two.
 */
public final class Contracts {
  /** The seed of the checks that are given none. */
  public static final long DEFAULT_SEED = 42L;

  /** How many samples each law is checked on by the checks that are not told. */
  public static final int DEFAULT_TRIES = 200;

  /** The generation size, as jqwik's default for a property: how large samples may grow. */
  private static final int GEN_SIZE = 1000;

  private Contracts() {}

  /**
   * Checks the laws of {@link ScoringStrategyContract} on {@link #DEFAULT_TRIES} samples from seed
   * {@link #DEFAULT_SEED}.
   *
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkStrategy(ScoringStrategy strategy) {
    checkStrategy(strategy, DEFAULT_SEED, DEFAULT_TRIES);
  }

  /**
   * Checks the laws of {@link ScoringStrategyContract} on {@code tries} samples drawn from {@code
   * seed}.
   *
   * @throws IllegalArgumentException if {@code tries} is below 1
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkStrategy(ScoringStrategy strategy, long seed, int tries) {
    Check check = new Check("ScoringStrategyContract", strategy, seed, tries);
    check.run(() -> strategyLaws(check, strategy));
  }

  /**
   * Checks the laws of {@link MirrorSymmetricStrategyContract}, those of {@link
   * ScoringStrategyContract} included, on {@link #DEFAULT_TRIES} samples from seed {@link
   * #DEFAULT_SEED}.
   *
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkMirrorSymmetricStrategy(ScoringStrategy strategy) {
    checkMirrorSymmetricStrategy(strategy, DEFAULT_SEED, DEFAULT_TRIES);
  }

  /**
   * Checks the laws of {@link MirrorSymmetricStrategyContract}, those of {@link
   * ScoringStrategyContract} included, on {@code tries} samples drawn from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code tries} is below 1
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkMirrorSymmetricStrategy(ScoringStrategy strategy, long seed, int tries) {
    Check check = new Check("MirrorSymmetricStrategyContract", strategy, seed, tries);
    Supplier<ScoringStrategy> under = () -> strategy;
    check.run(
        () -> {
          strategyLaws(check, strategy);
          check.forAll(
              "decreasingMeasuresMirrorIncreasingOnes",
              Combinators.combine(
                      ScoringArbitraries.absolute(Direction.DECREASE),
                      ScoringArbitraries.positions())
                  .as(Tuple::of),
              t -> StrategyLaws.decreasingMeasuresMirrorIncreasingOnes(under, t.get1(), t.get2()));
        });
  }

  /**
   * Checks the laws of {@link AggregationContract}, for an aggregation that does not cap, on {@link
   * #DEFAULT_TRIES} samples from seed {@link #DEFAULT_SEED}.
   *
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkAggregation(Aggregation aggregation) {
    checkAggregation(aggregation, DEFAULT_SEED, DEFAULT_TRIES);
  }

  /**
   * Checks the laws of {@link AggregationContract}, for an aggregation that does not cap, on {@code
   * tries} samples drawn from {@code seed}, results that should be equal allowed 1e-9 apart.
   *
   * @throws IllegalArgumentException if {@code tries} is below 1
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkAggregation(Aggregation aggregation, long seed, int tries) {
    checkAggregation(aggregation, Double.POSITIVE_INFINITY, 1e-9, seed, tries);
  }

  /**
   * Checks the laws of {@link AggregationContract} on {@code tries} samples drawn from {@code
   * seed}.
   *
   * @param cap the highest result the aggregation gives ({@link AggregationContract#cap()}),
   *     infinity if it does not cap
   * @param tolerance how far apart results that should be equal may be ({@link
   *     AggregationContract#tolerance()}), at least 0
   * @throws IllegalArgumentException if {@code tries} is below 1 or {@code tolerance} is negative
   * @throws AssertionError naming the law, the sample and the seed, if a law fails
   */
  public static void checkAggregation(
      Aggregation aggregation, double cap, double tolerance, long seed, int tries) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be at least 0, got " + tolerance);
    }
    Check check = new Check("AggregationContract", aggregation, seed, tries);
    Supplier<Aggregation> under = () -> aggregation;
    Arbitrary<double[]> scores = ScoringArbitraries.scores();
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Double> weights = ScoringArbitraries.weights();
    check.run(
        () -> {
          check.forAll(
              "theResultLiesBetweenTheLowestAndTheHighestScore",
              Combinators.combine(scores, seeds).as(Tuple::of),
              t ->
                  AggregationLaws.theResultLiesBetweenTheLowestAndTheHighestScore(
                      under, cap, tolerance, t.get1(), t.get2()));
          check.forAll(
              "equalScoresGiveBackThatScore",
              Combinators.combine(weights, Arbitraries.integers().between(1, 12), seeds)
                  .as(Tuple::of),
              t ->
                  AggregationLaws.equalScoresGiveBackThatScore(
                      under, cap, tolerance, t.get1(), t.get2(), t.get3()));
          check.forAll(
              "theOrderOfTheChildrenDoesNotMatter",
              Combinators.combine(scores, seeds).as(Tuple::of),
              t -> AggregationLaws.theOrderOfTheChildrenDoesNotMatter(under, t.get1(), t.get2()));
          check.forAll(
              "scalingEveryWeightChangesNothing",
              Combinators.combine(scores, seeds, weights).as(Tuple::of),
              t ->
                  AggregationLaws.scalingEveryWeightChangesNothing(
                      under, tolerance, t.get1(), t.get2(), t.get3()));
          check.forAll(
              "raisingAScoreNeverLowersTheResult",
              Combinators.combine(scores, seeds, weights).as(Tuple::of),
              t ->
                  AggregationLaws.raisingAScoreNeverLowersTheResult(
                      under, tolerance, t.get1(), t.get2(), t.get3()));
          check.forAll(
              "theFormulaStatesTheResultAndEveryChild",
              Combinators.combine(scores, seeds).as(Tuple::of),
              t ->
                  AggregationLaws.theFormulaStatesTheResultAndEveryChild(
                      under, t.get1(), t.get2()));
          check.once(
              "aggregationsBuiltAlikeAreEqualValues",
              () -> AggregationLaws.aggregationsBuiltAlikeAreEqualValues(aggregation, aggregation));
        });
  }

  /**
   * Checks the laws of {@link AlignmentRuleContract} with the default configuration, on {@link
   * #DEFAULT_TRIES} generated plans from seed {@link #DEFAULT_SEED}, each analysed bare and as
   * scored under the default policy 60 days into its period.
   *
   * @throws AssertionError naming the law, the plan and the seed, if a law fails
   */
  public static void checkRule(AlignmentRule rule) {
    checkRule(rule, DEFAULT_SEED, DEFAULT_TRIES);
  }

  /**
   * Checks the laws of {@link AlignmentRuleContract} with the default configuration, on {@code
   * tries} generated plans drawn from {@code seed}, each analysed bare and as scored under the
   * default policy 60 days into its period.
   *
   * @throws IllegalArgumentException if {@code tries} is below 1
   * @throws AssertionError naming the law, the plan and the seed, if a law fails
   */
  public static void checkRule(AlignmentRule rule, long seed, int tries) {
    checkRule(rule, AlignmentConfig.defaults(), Contracts::defaultScorecard, seed, tries);
  }

  /**
   * Checks the laws of {@link AlignmentRuleContract} on {@code tries} generated plans drawn from
   * {@code seed}.
   *
   * @param config the configuration to analyse with ({@link AlignmentRuleContract#config()})
   * @param scorecards the scorecard of a generated plan to check the rule with besides the bare
   *     plan ({@link AlignmentRuleContract#contractScorecard})
   * @throws IllegalArgumentException if {@code tries} is below 1
   * @throws AssertionError naming the law, the plan and the seed, if a law fails
   */
  public static void checkRule(
      AlignmentRule rule,
      AlignmentConfig config,
      Function<? super Plan, ? extends Scorecard> scorecards,
      long seed,
      int tries) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(scorecards, "scorecards");
    Check check = new Check("AlignmentRuleContract", rule, seed, tries);
    Supplier<AlignmentRule> under = () -> rule;
    Function<Plan, Scorecard> cards = scorecards::apply;
    Arbitrary<Plan> plans = PlanArbitraries.plans();
    check.run(
        () -> {
          check.forAll(
              "ruleNeverThrowsOnAValidPlan",
              plans,
              plan -> RuleLaws.ruleNeverThrowsOnAValidPlan(under, config, cards, plan));
          check.forAll(
              "ruleGivesTheSameFindingsForEqualPlans",
              plans,
              plan -> RuleLaws.ruleGivesTheSameFindingsForEqualPlans(under, config, cards, plan));
          check.forAll(
              "anAnalyzerRunsEqualRulesOnce",
              plans,
              plan -> RuleLaws.anAnalyzerRunsEqualRulesOnce(under, cards, plan));
          check.once(
              "rulesBuiltAlikeAreEqualValues",
              () -> RuleLaws.rulesBuiltAlikeAreEqualValues(rule, rule));
        });
  }

  /**
   * The scorecard the rule checks analyse besides each bare plan, unless given another: {@code
   * plan} scored under the default policy 60 days into its period, as {@link
   * AlignmentRuleContract#contractScorecard} gives by default.
   *
   * @param plan a generated plan
   */
  public static Scorecard defaultScorecard(Plan plan) {
    return RuleLaws.defaultScorecard(plan);
  }

  private static void strategyLaws(Check check, ScoringStrategy strategy) {
    Supplier<ScoringStrategy> under = () -> strategy;
    Arbitrary<ScoringArbitraries.Case> cases = ScoringArbitraries.cases();
    Arbitrary<Double> positions = ScoringArbitraries.positions();
    check.forAll(
        "scoresLieFromZeroToTheMaximum",
        Combinators.combine(cases, positions).as(Tuple::of),
        t -> StrategyLaws.scoresLieFromZeroToTheMaximum(under, t.get1(), t.get2()));
    check.forAll(
        "aBetterValueNeverScoresLess",
        Combinators.combine(cases, positions, positions).as(Tuple::of),
        t -> StrategyLaws.aBetterValueNeverScoresLess(under, t.get1(), t.get2(), t.get3()));
    check.forAll(
        "theSameInputGivesTheSameScore",
        Combinators.combine(cases, positions).as(Tuple::of),
        t -> StrategyLaws.theSameInputGivesTheSameScore(under, t.get1(), t.get2()));
    check.once(
        "strategiesBuiltAlikeAreEqualValues",
        () -> StrategyLaws.strategiesBuiltAlikeAreEqualValues(strategy, strategy));
  }

  /** One check of one object: its kit, seed and tries, and how a failing law is reported. */
  private static final class Check {
    private final String kit;
    private final Object subject;
    private final long seed;
    private final int tries;

    Check(String kit, Object subject, long seed, int tries) {
      Objects.requireNonNull(subject);
      if (tries < 1) {
        throw new IllegalArgumentException("tries must be at least 1, got " + tries);
      }
      this.kit = kit;
      this.subject = subject;
      this.seed = seed;
      this.tries = tries;
    }

    /**
     * Runs {@code laws} in a jqwik session, which the arbitraries need to make their generators: a
     * session of its own outside jqwik's lifecycle, the current property's inside it.
     */
    void run(Runnable laws) {
      boolean started = false;
      if (!JqwikSession.isActive()) {
        try {
          JqwikSession.start();
          started = true;
        } catch (JqwikException insideAProperty) {
          // called from a jqwik property or hook: its lifecycle serves
        }
      }
      try {
        laws.run();
      } finally {
        if (started) {
          JqwikSession.finish();
        }
      }
    }

    /** Checks {@code law} on {@link #tries} samples, drawn afresh from {@link #seed}. */
    <T> void forAll(String law, Arbitrary<T> samples, Consumer<T> check) {
      RandomGenerator<T> generator = samples.generator(GEN_SIZE, true);
      Random random = new Random(seed);
      for (int i = 1; i <= tries; i++) {
        T sample = generator.next(random).value();
        try {
          check.accept(sample);
        } catch (AssertionError | RuntimeException failure) {
          throw new AssertionError(
              kit
                  + "."
                  + law
                  + " fails for "
                  + subject
                  + " on sample "
                  + i
                  + " of "
                  + tries
                  + " (seed "
                  + seed
                  + "): "
                  + describe(sample)
                  + ": "
                  + reason(failure),
              failure);
        }
      }
    }

    /** Checks a law that takes no sample. */
    void once(String law, Runnable check) {
      try {
        check.run();
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError(
            kit + "." + law + " fails for " + subject + ": " + reason(failure), failure);
      }
    }

    private static String reason(Throwable failure) {
      return failure instanceof AssertionError && failure.getMessage() != null
          ? failure.getMessage()
          : failure.toString();
    }
  }

  /** A sample as a failure names it: arrays by their elements, plans by their size. */
  static String describe(Object sample) {
    if (sample instanceof Tuple tuple) {
      List<String> items = new ArrayList<>();
      for (Object item : tuple.items()) {
        items.add(describe(item));
      }
      return String.join(", ", items);
    } else if (sample instanceof double[] numbers) {
      return Arrays.toString(numbers);
    } else if (sample instanceof Plan plan) {
      return "a plan of "
          + plan.period()
          + " with "
          + plan.owners().size()
          + " owners, "
          + plan.objectives().size()
          + " objectives, "
          + plan.keyResults().size()
          + " key results, "
          + plan.kpis().size()
          + " KPIs, "
          + plan.checkIns().size()
          + " check-ins and "
          + plan.revisions().size()
          + " revisions";
    }
    return String.valueOf(sample);
  }
}

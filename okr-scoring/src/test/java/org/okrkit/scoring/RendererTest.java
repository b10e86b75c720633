package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.Frequency;
import org.okrkit.core.Level;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.core.text.Phrasebook;

/**
 * The renderer's exact English for every kind of formula, step, rule, input and target; the phrase
 * table it reads, which has no key the renderer never uses; and its independence of the JVM's
 * default locale.
 */
class RendererTest {
  static final LocalDate AS_OF = SeedPlans.AS_OF;
  static final Target RANGE = Target.range(3, 5);

  static Formula f(Formula.Kind kind, Map<String, Double> numbers) {
    return Formula.of(kind, numbers);
  }

  static Formula ranged(Formula.Kind kind, Map<String, Double> numbers) {
    return Formula.builder().kind(kind).numbers(numbers).target(RANGE).build();
  }

  static Formula.Step step(Formula.Step.Kind kind, Map<String, Double> numbers) {
    return Formula.Step.of(kind, numbers);
  }

  static Formula weighted(
      Formula.Kind kind, Map<String, Double> numbers, double[] scores, double[] weights) {
    Formula.Builder b = Formula.builder().kind(kind).numbers(numbers);
    for (int i = 0; i < scores.length; i++) {
      b.addTerm(Formula.Term.weighted(scores[i], weights[i]));
    }
    return b.build();
  }

  static final Formula PARTNERS =
      f(
          Formula.Kind.ACHIEVEMENT,
          ImmutableMap.of("actual", 13.0, "baseline", 0.0, "target", 20.0, "result", 0.65));

  /** Every kind of formula and step, with the English it renders as. */
  static Map<Formula, String> formulas() {
    Map<Formula, String> m = new LinkedHashMap<>();
    m.put(f(Formula.Kind.SCORE, Map.of("result", 0.7)), "score 0.7");
    m.put(
        f(Formula.Kind.AT_LEAST, ImmutableMap.of("actual", 4.0, "target", 5.0, "result", 0.0)),
        "4 >= 5? no -> 0");
    m.put(
        f(Formula.Kind.AT_MOST, ImmutableMap.of("actual", 131.0, "target", 120.0, "result", 0.0)),
        "131 <= 120? no -> 0");
    m.put(
        ranged(Formula.Kind.INSIDE_RANGE, ImmutableMap.of("actual", 4.0, "result", 1.0)),
        "4 inside 3 to 5? yes -> 1");
    m.put(
        f(Formula.Kind.ALL_MILESTONES_DONE, ImmutableMap.of("actual", 0.5, "result", 0.0)),
        "all milestones done (share 0.5)? no -> 0");
    // the example: a return rate from 2 % toward 1 %, at 1.4 %
    m.put(
        f(
            Formula.Kind.ACHIEVEMENT,
            ImmutableMap.of(
                "actual", 1.4, "baseline", 2.0, "target", 1.0, "result", (1.4 - 2) / (1 - 2.0))),
        "(1.4 - 2) / (1 - 2) = 0.6");
    m.put(
        f(Formula.Kind.MILESTONE_SHARE, ImmutableMap.of("actual", 0.75, "result", 0.75)),
        "share of milestones done 0.75");
    m.put(
        ranged(Formula.Kind.RANGE_INSIDE, ImmutableMap.of("actual", 4.0, "result", 1.0)),
        "4 inside 3 to 5 -> 1");
    m.put(
        Formula.builder()
            .kind(Formula.Kind.RANGE_ACHIEVEMENT)
            .numbers(
                ImmutableMap.of(
                    "actual",
                    6.0,
                    "distance",
                    1.0,
                    "baseline",
                    8.0,
                    "baselineDistance",
                    3.0,
                    "result",
                    1 - 1 / 3.0))
            .target(RANGE.withBaseline(8))
            .build(),
        "1 - 1 / 3 (distance outside 3 to 5 (from 8) now / at baseline 8) = 0.6666666667");
    m.put(
        f(Formula.Kind.WEIGHTED_MILESTONES, Map.of("result", 0.75)),
        "weighted share of milestones done = 0.75");
    m.put(
        f(
            Formula.Kind.TIERS,
            ImmutableMap.<String, Double>builder()
                .put("actual", 80.0)
                .put("threshold", 60.0)
                .put("floor", 0.5)
                .put("target", 100.0)
                .put("stretch", 120.0)
                .put("ceiling", 1.5)
                .put("result", 0.75)
                .build()),
        "actual 80 on tiers: threshold 60 -> 0.5, target 100 -> 1, stretch 120 -> 1.5; linear between = 0.75");
    m.put(
        f(
            Formula.Kind.TIERS,
            ImmutableMap.of(
                "actual", 80.0, "floor", 0.5, "target", 100.0, "ceiling", 1.5, "result", 0.0)),
        "actual 80 on tiers: threshold none -> 0.5, target 100 -> 1, stretch none -> 1.5; linear between = 0");
    m.put(
        Formula.builder()
            .kind(Formula.Kind.STEPPED)
            .basis(PARTNERS)
            .addTerm(Formula.Term.of(ImmutableMap.of("achievement", 0.5, "score", 0.5)))
            .addTerm(Formula.Term.of(ImmutableMap.of("achievement", 1.0, "score", 1.0)))
            .numbers(Map.of("result", 0.5))
            .build(),
        "achievement (13 - 0) / (20 - 0) = 0.65; step reached in [0.5 -> 0.5, 1 -> 1] -> 0.5");
    m.put(
        Formula.builder()
            .kind(Formula.Kind.CURVE)
            .basis(PARTNERS)
            .addTerm(Formula.Term.of(ImmutableMap.of("achievement", 0.0, "score", 0.0)))
            .addTerm(Formula.Term.of(ImmutableMap.of("achievement", 1.0, "score", 1.0)))
            .numbers(Map.of("result", 0.65))
            .build(),
        "achievement (13 - 0) / (20 - 0) = 0.65; on curve [0 -> 0, 1 -> 1] -> 0.65");
    m.put(f(Formula.Kind.MILESTONES_DONE, Map.of("result", 0.5)), "share of milestones done = 0.5");
    m.put(
        ranged(Formula.Kind.AGAINST_RANGE, ImmutableMap.of("actual", 6.0, "result", 5 / 6.0)),
        "actual 6 against 3 to 5 = 0.8333333333");
    m.put(
        f(Formula.Kind.RATIO, ImmutableMap.of("actual", 13.0, "target", 20.0, "result", 0.65))
            .withStep(step(Formula.Step.Kind.CLAMPED, ImmutableMap.of("cap", 1.0, "result", 0.65))),
        "13 / 20, clamped to [0, 1] = 0.65");
    m.put(
        f(Formula.Kind.INVERSE_RATIO, ImmutableMap.of("target", 1.0, "actual", 2.0, "result", 0.5))
            .withStep(step(Formula.Step.Kind.CLAMPED, ImmutableMap.of("cap", 1.0, "result", 0.5))),
        "1 / 2, clamped to [0, 1] = 0.5");
    m.put(
        f(Formula.Kind.BEST_POSSIBLE, ImmutableMap.of("actual", -3.0, "result", 1.5))
            .withStep(step(Formula.Step.Kind.CLAMPED, ImmutableMap.of("cap", 1.5, "result", 1.5))),
        "actual -3 at or below 0: best possible, clamped to [0, 1.5] = 1.5");
    m.put(
        ranged(Formula.Kind.MEETS, ImmutableMap.of("actual", 4.0, "result", 1.0)),
        "4 meets 3 to 5 -> 1");
    m.put(
        f(
            Formula.Kind.SHORTFALL,
            ImmutableMap.of("shortfall", 1.0, "tolerance", 2.0, "result", 0.5)),
        "1 - 1 short / tolerance 2 = 0.5");
    double[] three = {0.65, 0.6, 0.2};
    double[] weights = {2, 1, 1};
    m.put(
        weighted(
            Formula.Kind.WEIGHTED_MEAN,
            ImmutableMap.of("total", 4.0, "result", 0.525),
            three,
            weights),
        "(0.65*2 + 0.6*1 + 0.2*1) / 4 = 0.525");
    m.put(
        weighted(Formula.Kind.MINIMUM, Map.of("result", 0.2), three, weights),
        "min(0.65, 0.6, 0.2) = 0.2");
    m.put(
        weighted(
            Formula.Kind.GEOMETRIC_MEAN,
            ImmutableMap.of("total", 2.0, "result", Math.sqrt(0.4)),
            new double[] {0.5, 0.8},
            new double[] {1, 1}),
        "(0.5^1 * 0.8^1)^(1/2) = 0.632");
    m.put(
        weighted(
            Formula.Kind.ALL_PASS,
            ImmutableMap.of("passMark", 0.5, "total", 2.0, "result", 0.65),
            new double[] {0.6, 0.7},
            new double[] {1, 1}),
        "every child passes 0.5: (0.6*1 + 0.7*1) / 2 = 0.65");
    m.put(
        weighted(
            Formula.Kind.BELOW_PASS_MARK,
            ImmutableMap.of("lowest", 0.2, "passMark", 0.5, "result", 0.2),
            three,
            weights),
        "a child scores 0.2, below the pass mark 0.5: the lowest score 0.2");
    m.put(
        weighted(
            Formula.Kind.CAPPED_WEIGHTED_SUM,
            ImmutableMap.of("cap", 1.0, "total", 1.0, "result", 1.0),
            new double[] {1.5, 0.9},
            new double[] {0.5, 0.5}),
        "min(1, (1.5*0.5 + 0.9*0.5) / 1) = 1");
    Formula max =
        weighted(
            Formula.Kind.AGGREGATION,
            Map.of("result", 0.65),
            new double[] {0.65, 0.6},
            new double[] {2, 1});
    m.put(Formula.builder().from(max).text("max").build(), "max of 0.65*2, 0.6*1 = 0.65");
    m.put(
        Formula.builder()
            .kind(Formula.Kind.TIME_WEIGHTED)
            .addTerm(
                new Formula.Term(
                    ImmutableMap.of("days", 56.0, "score", 0.65),
                    Optional.of(Target.increase(0, 20))))
            .addTerm(
                new Formula.Term(
                    ImmutableMap.of("days", 5.0, "score", 0.52),
                    Optional.of(Target.increase(0, 25))))
            .numbers(
                ImmutableMap.of(
                    "targets", 2.0, "days", 61.0, "result", (56 * 0.65 + 5 * 0.52) / 61))
            .basis(
                f(
                    Formula.Kind.ACHIEVEMENT,
                    ImmutableMap.of(
                        "actual", 13.0, "baseline", 0.0, "target", 25.0, "result", 0.52)))
            .build(),
        "time-weighted over 2 targets: (56 days x 0.65 against 0 -> 20 + 5 days x 0.52 against 0 -> 25) / 61 days"
            + " = 0.639; now (13 - 0) / (25 - 0) = 0.52");
    Formula zero = Formula.builder().kind(Formula.Kind.NO_CHECK_IN_SCORES_ZERO).date(AS_OF).build();
    m.put(zero, "no check-in on or before 2026-05-31: scores 0 (missing values score 0)");
    Formula unscored =
        Formula.builder().kind(Formula.Kind.NO_CHECK_IN_UNSCORED).date(AS_OF).build();
    m.put(unscored, "no check-in on or before 2026-05-31: unscored (missing values are unscored)");
    m.put(f(Formula.Kind.NOTHING_TO_AGGREGATE, Map.of()), "nothing scored to aggregate: unscored");
    m.put(f(Formula.Kind.NOTHING_TO_COMBINE, Map.of()), "nothing scored to combine: unscored");
    m.put(
        f(
            Formula.Kind.COMPOSITE,
            ImmutableMap.<String, Double>builder()
                .put("kpiWeight", 0.7)
                .put("kpi", 0.5)
                .put("okrWeight", 0.3)
                .put("okr", 2 / 3.0)
                .put("total", 1.0)
                .put("result", 0.55)
                .build()),
        "(0.7*0.5 + 0.3*0.667) / 1 = 0.55");
    m.put(f(Formula.Kind.KPI_SCORE_ALONE, Map.of("result", 0.0)), "the KPI score alone = 0");
    m.put(f(Formula.Kind.OKR_SCORE_ALONE, Map.of("result", 0.85)), "the OKR score alone = 0.85");
    m.put(
        Formula.custom(
            "share {share:score} of the way, cliff {from} -> {result:score}; {nope} {@unknown} {x",
            ImmutableMap.of("share", 5 / 6.0, "from", 0.5, "result", 5 / 6.0)),
        "share 0.833 of the way, cliff 0.5 -> 0.833; none {@unknown} {x");
    // steps
    m.put(
        PARTNERS.withStep(step(Formula.Step.Kind.ROUNDED_TO_TENTHS, Map.of("result", 0.7))),
        "(13 - 0) / (20 - 0) = 0.65, rounded to tenths = 0.7");
    m.put(
        f(Formula.Kind.AT_LEAST, ImmutableMap.of("actual", 7.0, "target", 10.0, "result", 0.0))
            .withStep(step(Formula.Step.Kind.NO_BASELINE, Map.of())),
        "7 >= 10? no -> 0 (no baseline to grade from)");
    m.put(
        f(Formula.Kind.AT_LEAST, ImmutableMap.of("actual", 7.0, "target", 5.0, "result", 1.0))
            .withStep(step(Formula.Step.Kind.NOT_MILESTONES, Map.of())),
        "7 >= 5? yes -> 1 (not a milestone target)");
    m.put(
        ranged(Formula.Kind.INSIDE_RANGE, ImmutableMap.of("actual", 4.0, "result", 1.0))
            .withStep(step(Formula.Step.Kind.NO_TIERS_FOR_RANGE, Map.of())),
        "4 inside 3 to 5? yes -> 1 (no tiers for a RANGE target)");
    m.put(
        f(Formula.Kind.ALL_MILESTONES_DONE, ImmutableMap.of("actual", 1.0, "result", 1.0))
            .withStep(step(Formula.Step.Kind.NO_TIERS_FOR_MILESTONES, Map.of())),
        "all milestones done (share 1)? yes -> 1 (no tiers for a MILESTONES target)");
    m.put(
        f(Formula.Kind.AT_MOST, ImmutableMap.of("actual", 0.5, "target", 0.0, "result", 0.0))
            .withStep(step(Formula.Step.Kind.NO_RATIO, Map.of("target", 0.0))),
        "0.5 <= 0? no -> 0 (no ratio for a target of 0)");
    double measured = 170_000 / 300_000.0;
    m.put(
        f(
                Formula.Kind.ACHIEVEMENT,
                ImmutableMap.of(
                    "actual",
                    1_170_000.0,
                    "baseline",
                    1_000_000.0,
                    "target",
                    1_300_000.0,
                    "result",
                    measured))
            .withStep(
                step(
                    Formula.Step.Kind.KPI_BLEND,
                    ImmutableMap.of(
                        "share",
                        0.3,
                        "measured",
                        measured,
                        "kpis",
                        0.625,
                        "result",
                        0.7 * measured + 0.3 * 0.625))),
        "(1170000 - 1000000) / (1300000 - 1000000) = 0.5666666667; blended (1 - 0.3) * 0.567 + 0.3 * 0.625 (its KPIs) = 0.584");
    m.put(
        unscored.withStep(
            step(Formula.Step.Kind.KPIS_ALONE, ImmutableMap.of("kpis", 0.625, "result", 0.625))),
        "no check-in on or before 2026-05-31: unscored (missing values are unscored); from its KPIs alone: 0.625");
    return m;
  }

  /** Every kind of rule and source, with its English. */
  static Map<Rule, String> rules() {
    Map<Rule, String> m = new LinkedHashMap<>();
    m.put(
        new Rule.Strategy(
            Strategies.linear(), Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.empty()),
        "linear(cap=1), the default for key results");
    m.put(
        new Rule.Strategy(Strategies.binary(), Rule.Source.KPI_DEFAULT, "", OptionalDouble.empty()),
        "binary, the default for KPIs");
    m.put(
        new Rule.Strategy(
            Strategies.percentOfTarget(),
            Rule.Source.ELEMENT,
            "KR-partners",
            OptionalDouble.empty()),
        "percentOfTarget(cap=1), set for KR-partners");
    m.put(
        new Rule.Strategy(
            Strategies.tiered(), Rule.Source.TAG, "innovation", OptionalDouble.empty()),
        "tiered(floor=0.5, ceiling=1.5), set for tag 'innovation'");
    for (Level level : Level.values()) {
      m.put(
          new Rule.Strategy(
              Strategies.range(1), Rule.Source.OWNER_LEVEL, level.name(), OptionalDouble.empty()),
          "range(tolerance=1), set for owners at level " + level);
    }
    m.put(
        new Rule.Strategy(
            Strategies.linear(), Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.of(0.3)),
        "linear(cap=1), the default for key results; 30 % from the KPIs supporting it");
    m.put(
        new Rule.Objective(Aggregations.weightedMean(), OptionalDouble.empty(), false),
        "weightedMean of its key results");
    m.put(
        new Rule.Objective(Aggregations.minimum(), OptionalDouble.of(1.5), true),
        "minimum of its key results and the objectives contributing to it (weight 1.5 each); COMMITTED, so judged against 1.0");
    m.put(
        new Rule.OwnerPart(Aggregations.weightedMean(), true),
        "weightedMean of the owner's KPIs by KPI weight");
    m.put(
        new Rule.OwnerPart(Aggregations.geometricMean(), false),
        "geometricMean of the objectives the owner owns");
    m.put(
        new Rule.Composite(0.7, 0.3),
        "composite of the KPI score (weight 0.7) and the OKR score (weight 0.3)");
    return m;
  }

  /** Every kind of input and every value of the enumerations inputs show, with its English. */
  static Map<Input, String> inputs() {
    Map<Input, String> m = new LinkedHashMap<>();
    m.put(new Input.Actual(13, Optional.of(AS_OF)), "actual 13 on 2026-05-31");
    m.put(new Input.Actual(0.1 + 0.2, Optional.empty()), "actual 0.3");
    m.put(
        new Input.Target(
            Target.decreaseByPercent(150, 20).withThreshold(-10).withStretch(-30),
            "customer complaints"),
        "target -20 % of 150 (120), threshold -10 % (135), stretch -30 % (105) customer complaints");
    for (Direction d : Direction.values()) {
      m.put(new Input.Direction(d), "measure " + d);
    }
    m.put(new Input.Owner("marketing"), "owner marketing");
    for (ObjectiveKind k : ObjectiveKind.values()) {
      m.put(new Input.ObjectiveKind(k), "kind " + k);
    }
    for (Level l : Level.values()) {
      m.put(new Input.Level(l), "level " + l);
    }
    m.put(new Input.Progress(0.6000000000000001), "progress 0.6");
    m.put(
        new Input.ExpectedProgress(61 / 91.0, 61, 91, SeedPlans.QUARTER, Pace.linear()),
        "expected progress 0.67 (61 of 91 days of 2026-Q2, linear pace)");
    for (Frequency f : Frequency.values()) {
      m.put(new Input.ExpectedInFull(f), "expected in full in each " + f + " report");
    }
    m.put(
        new Input.StatusBasis(StatusRule.weakest(), PaceTolerance.ratio(0.95, 0.75)),
        "status by the weakest child, on track from 0.95 of the pace, at risk from 0.75");
    m.put(
        new Input.StatusBasis(StatusRule.shareOnTrack(0.8), PaceTolerance.difference(0.1, 0.25)),
        "status by the share of children on track, at least 0.8, on track within 0.1 of the pace,"
            + " at risk within 0.25");
    m.put(
        new Input.StatusBasis(StatusRule.weightedScore(), PaceTolerance.ratio(0.9, 0.5)),
        "status by the weighted gap, on track from 0.9 of the pace, at risk from 0.5");
    return m;
  }

  /** Targets of every shape, with their English. */
  static Map<Target, String> targets() {
    Map<Target, String> m = new LinkedHashMap<>();
    m.put(Target.increase(0, 20), "0 -> 20");
    m.put(Target.of(10), "10");
    m.put(Target.increaseByPercent(200, 30), "+30 % of 200 (260)");
    m.put(
        Target.increase(0, 100).withThreshold(60).withStretch(120),
        "0 -> 100, threshold 60, stretch 120");
    m.put(RANGE, "3 to 5");
    m.put(RANGE.withBaseline(8), "3 to 5 (from 8)");
    m.put(
        Target.milestones(
            Milestone.of("deck"),
            Milestone.of("model", 2),
            Milestone.builder().name("data-room").due(LocalDate.of(2026, 5, 1)).build()),
        "milestones: deck, model x2, data-room due 2026-05-01");
    // invalid, but a host may build it: what is missing reads as '?', as Target.describe() writes
    // it
    m.put(Target.builder().kind(Target.Kind.RELATIVE).value(30).build(), "+30 % of ? (?)");
    return m;
  }

  @Test
  void everyFormulaAndStepReadsAsBefore() {
    formulas()
        .forEach((formula, english) -> assertEquals(english, formula.render(), formula::toString));
  }

  @Test
  void everyRuleReadsAsBefore() {
    rules().forEach((rule, english) -> assertEquals(english, rule.render(), rule::toString));
  }

  @Test
  void everyInputReadsAsBefore() {
    inputs().forEach((input, english) -> assertEquals(english, input.render(), input::toString));
  }

  @Test
  void targetsReadAsTargetDescribeWritesThem() {
    targets()
        .forEach(
            (target, english) -> {
              assertEquals(english, Renderer.english().target(target));
              assertEquals(english, target.describe());
            });
    for (Plan plan : seedPlans()) {
      for (MeasuredElement e : measured(plan)) {
        assertEquals(e.target().describe(), Renderer.english().target(e.target()), e.id());
      }
    }
  }

  @Test
  void headlinesShowScoreBandStatusAndWeight() {
    ImmutableExplanation node =
        (ImmutableExplanation)
            (ImmutableExplanation.builder()
                .kind(Explanation.Kind.KEY_RESULT)
                .id("KR-x")
                .title("Do \"x\"")
                .asOf(AS_OF)
                .rule(
                    new Rule.Strategy(
                        Strategies.linear(),
                        Rule.Source.KEY_RESULT_DEFAULT,
                        "",
                        OptionalDouble.empty()))
                .formula(PARTNERS)
                .build());
    assertEquals("KR-x \"Do \"x\"\": unscored", Renderer.english().headline(node));
    assertEquals("KR-x \"Do \"x\"\": 0.65", Renderer.english().headline(node.withScore(0.65)));
    for (Band band : Band.values()) {
      for (Status status : Status.values()) {
        assertEquals(
            "KR-x: 0.6, " + band + ", " + status + " (weight 2.5)",
            Renderer.english()
                .headline(
                    node.withTitle("")
                        .withScore(0.6000000000000001)
                        .withBand(band)
                        .withStatus(status)
                        .withWeight(2.5)));
      }
    }
    assertEquals(
        "KPIs of ann: unscored",
        Renderer.english()
            .headline(node.withKind(Explanation.Kind.OWNER_KPIS).withId("ann").withTitle("")));
    assertEquals(
        "OKRs of ann: unscored",
        Renderer.english()
            .headline(node.withKind(Explanation.Kind.OWNER_OKRS).withId("ann").withTitle("")));
  }

  @Test
  void levelsDeeperThanTenAreLabelled() {
    ImmutableExplanation leaf =
        (ImmutableExplanation)
            (ImmutableExplanation.builder()
                .kind(Explanation.Kind.OBJECTIVE)
                .id("o")
                .title("")
                .asOf(AS_OF)
                .rule(
                    new Rule.Objective(Aggregations.weightedMean(), OptionalDouble.empty(), false))
                .formula(f(Formula.Kind.NOTHING_TO_AGGREGATE, Map.of()))
                .build());
    ImmutableExplanation tree = leaf;
    for (int i = 0; i < 11; i++) {
      tree = leaf.withChildren(tree.withWeight(1));
    }
    String[] lines = tree.render().split("\n");
    assertEquals(36, lines.length);
    assertEquals(" ".repeat(40) + "- [level 11] o: unscored (weight 1)", lines[33]);
    assertEquals(" ".repeat(44) + "rule: weightedMean of its key results", lines[34]);
    assertEquals(" ".repeat(44) + "formula: nothing scored to aggregate: unscored", lines[35]);
  }

  @Test
  void thePhraseTableHasNoKeyTheRendererNeverUses() {
    Set<String> used = new TreeSet<>();
    Map<String, String> table = Renderer.phrasebook(Locale.ROOT).phrases();
    Renderer recording = new Renderer(Renderer.phrasebook(Locale.ROOT), used::add);
    formulas().keySet().forEach(recording::formula);
    rules().keySet().forEach(recording::rule);
    inputs().keySet().forEach(recording::input);
    targets().keySet().forEach(recording::target);
    recording.input(new Input.ExpectedProgress(0.5, 45, 91, SeedPlans.QUARTER, Pace.milestones()));
    for (Explanation e : seedExplanations()) {
      recording.explanation(e);
    }
    ImmutableExplanation deep =
        (ImmutableExplanation)
            (ImmutableExplanation.builder()
                .kind(Explanation.Kind.OBJECTIVE)
                .id("o")
                .title("")
                .asOf(AS_OF)
                .rule(
                    new Rule.Objective(Aggregations.weightedMean(), OptionalDouble.empty(), false))
                .formula(f(Formula.Kind.NOTHING_TO_AGGREGATE, Map.of()))
                .build());
    ImmutableExplanation tree = deep;
    for (int i = 0; i < 11; i++) {
      tree = deep.withChildren(tree.withWeight(1));
    }
    recording.explanation(tree);
    for (Band band : Band.values()) {
      for (Status status : Status.values()) {
        recording.headline(deep.withScore(1).withBand(band).withStatus(status));
      }
    }
    // the phrasebook itself reads number.none for a number a formula lacks (see the formulas' test)
    used.add("number.none");
    Set<String> unused = new TreeSet<>(table.keySet());
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys no rendering looked up");
    assertEquals(table.keySet(), used);
  }

  @Test
  void aMissingPhraseIsAnErrorThatNamesItsKey() {
    Renderer empty =
        new Renderer(
            Phrasebook.load(
                "explanation", Locale.ROOT, name -> new ByteArrayInputStream(new byte[0])),
            key -> {});
    assertEquals(
        "the explanation phrases have no 'formula.SCORE'",
        assertThrows(
                IllegalStateException.class,
                () -> empty.formula(f(Formula.Kind.SCORE, Map.of("result", 1.0))))
            .getMessage());
  }

  @Test
  void renderingNeverConsultsTheDefaultLocale() {
    List<String> english = new ArrayList<>();
    seedExplanations().forEach(e -> english.add(e.render()));
    Locale before = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    try {
      for (Locale locale :
          List.of(
              Locale.SIMPLIFIED_CHINESE,
              Locale.GERMANY,
              Locale.forLanguageTag("ar-EG-u-nu-arab"))) {
        Locale.setDefault(locale);
        List<String> again = new ArrayList<>();
        seedExplanations().forEach(e -> again.add(e.render()));
        assertEquals(english, again, locale::toString);
        // a locale without a table of its own falls back to the English root, never to the default
        assertEquals(
            Renderer.phrasebook(Locale.ROOT).phrases(),
            Renderer.phrasebook(Locale.FRENCH).phrases());
        assertEquals(
            List.of(Locale.FRENCH, Locale.ROOT),
            Phrasebook.candidates("explanation", Locale.FRENCH));
        List<String> french = new ArrayList<>();
        seedExplanations().forEach(e -> french.add(Renderer.of(Locale.FRENCH).explanation(e)));
        assertEquals(english, french, "a locale without a table reads English");
      }
    } finally {
      Locale.setDefault(before);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
    }
  }

  static List<Plan> seedPlans() {
    return List.of(
        SeedPlans.marketing(),
        SeedPlans.internetCompany(),
        SeedPlans.manufacturer(),
        SeedPlans.startUp(),
        SeedPlans.techCompany());
  }

  static List<MeasuredElement> measured(Plan plan) {
    List<MeasuredElement> all = new ArrayList<>(plan.keyResults());
    all.addAll(plan.kpis());
    return all;
  }

  /** Every seed plan's owners explained under the default policy and one that uses every rule. */
  static List<Explanation> seedExplanations() {
    List<Explanation> all = new ArrayList<>();
    ScoringPolicy busy =
        ScoringPolicy.builder()
            .keyResultKpiShare(0.3)
            .putLevelStrategy(Level.TEAM, Strategies.tiered())
            .putLevelStrategy(Level.INDIVIDUAL, Strategies.percentOfTarget())
            .kpiAggregation(Aggregations.minimum())
            .missingValue(MissingValue.UNSCORED)
            .build();
    for (Plan plan : seedPlans()) {
      for (ScoringPolicy policy : List.of(ScoringPolicy.defaults(), busy)) {
        for (LocalDate date : List.of(AS_OF, LocalDate.of(2026, 4, 30))) {
          Scorecard card = policy.score(plan, date);
          plan.owners().forEach(o -> all.add(card.explain(o.id())));
        }
      }
    }
    return all;
  }
}

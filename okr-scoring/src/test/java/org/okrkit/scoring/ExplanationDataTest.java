package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Direction;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;

/** Explanations of the seed plans as data: kinds, numbers and where each rule was set. */
class ExplanationDataTest {
  static final LocalDate AS_OF = SeedPlans.AS_OF;
  static final Scorecard MARKETING = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);

  @Test
  void aKeyResultCarriesItsRuleFormulaAndInputsAsData() {
    Explanation e = MARKETING.explain("KR-partners");
    assertEquals(Explanation.Kind.KEY_RESULT, e.kind());
    assertEquals("KR-partners", e.id());
    assertEquals(AS_OF, e.asOf());
    assertEquals(
        new Rule.Strategy(
            Strategies.linear(), Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.empty()),
        e.rule());
    assertEquals(
        Formula.of(
            Formula.Kind.ACHIEVEMENT,
            ImmutableMap.of("actual", 13.0, "baseline", 0.0, "target", 20.0, "result", 0.65)),
        e.formula());
    assertEquals(
        List.of(
            new Input.Actual(13, Optional.of(AS_OF)),
            new Input.Target(Target.increase(0, 20), "new partner companies"),
            new Input.Direction(Direction.INCREASE),
            new Input.Progress(0.65),
            new Input.ExpectedProgress(61 / 91.0, 61, 91, SeedPlans.QUARTER, Pace.linear())),
        e.inputs());
  }

  @Test
  void numbersKeepTheirExactValuesWhileTheTextReadsThemRounded() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.manufacturer(), AS_OF);
    Formula f = card.explain("KR-pass-rate").formula();
    double exact = (96.8 - 95) / (98 - 95);
    assertEquals(0.5999999999999991, exact);
    assertEquals(OptionalDouble.of(exact), f.number("result"));
    assertEquals(OptionalDouble.of(exact), f.result());
    assertEquals("(96.8 - 95) / (98 - 95) = 0.6", f.render());
    // the objective aggregates the exact score
    Formula objective = card.explain("O-quality").formula();
    assertEquals(Formula.Kind.WEIGHTED_MEAN, objective.kind());
    assertEquals(Formula.Term.weighted(exact, 1), objective.terms().get(0));
    assertEquals(OptionalDouble.of(exact), objective.terms().get(0).number("score"));
    assertEquals(OptionalDouble.of(1), objective.terms().get(0).number("weight"));
    assertEquals(OptionalDouble.empty(), objective.terms().get(0).number("result"));
  }

  @Test
  void ruleSourcesSayWhereThePolicySetTheStrategy() {
    ScoringPolicy p =
        ScoringPolicy.builder()
            .putElementStrategy("KR-partners", Strategies.percentOfTarget())
            .putTagStrategy("innovation", Strategies.tiered())
            .putLevelStrategy(Level.INDIVIDUAL, Strategies.range(1))
            .build();
    Scorecard card =
        p.score(
            SeedPlans.marketing()
                .withKeyResult(
                    SeedPlans.marketing()
                        .keyResult("KR-forums")
                        .orElseThrow()
                        .withTags("innovation")),
            AS_OF);
    assertEquals(
        new Rule.Strategy(
            Strategies.percentOfTarget(),
            Rule.Source.ELEMENT,
            "KR-partners",
            OptionalDouble.empty()),
        card.explain("KR-partners").rule());
    assertEquals(
        new Rule.Strategy(
            Strategies.tiered(), Rule.Source.TAG, "innovation", OptionalDouble.empty()),
        card.explain("KR-forums").rule());
    assertEquals(
        new Rule.Strategy(
            Strategies.range(1), Rule.Source.OWNER_LEVEL, "INDIVIDUAL", OptionalDouble.empty()),
        card.explain("K-campaigns").rule());
    assertEquals(
        new Rule.Strategy(
            Strategies.linear(), Rule.Source.KEY_RESULT_DEFAULT, "", OptionalDouble.empty()),
        card.explain("KR-mentions").rule());
    Scorecard defaults = ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF);
    assertEquals(
        new Rule.Strategy(Strategies.binary(), Rule.Source.KPI_DEFAULT, "", OptionalDouble.empty()),
        defaults.explain("K-campaigns").rule());
  }

  @Test
  void anObjectiveCarriesItsAggregationOwnerAndKind() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.manufacturer(), AS_OF);
    Explanation e = card.explain("O-quality");
    assertEquals(Explanation.Kind.OBJECTIVE, e.kind());
    assertEquals(
        new Rule.Objective(Aggregations.weightedMean(), OptionalDouble.empty(), true), e.rule());
    assertEquals(Formula.Kind.WEIGHTED_MEAN, e.formula().kind());
    assertEquals(OptionalDouble.of(2), e.formula().number("total"));
    assertEquals(e.score(), e.formula().result());
    assertEquals(new Input.Owner("quality"), e.inputs().get(0));
    assertEquals(new Input.ObjectiveKind(ObjectiveKind.COMMITTED), e.inputs().get(1));
    assertEquals(
        List.of(1.0, 1.0), e.children().stream().map(c -> c.weight().getAsDouble()).toList());
  }

  @Test
  void anOwnerCarriesItsCompositeAndItsParts() {
    Explanation e = MARKETING.explain("marketing-manager");
    assertEquals(Explanation.Kind.OWNER, e.kind());
    assertEquals(new Rule.Composite(0.7, 0.3), e.rule());
    assertEquals(
        Formula.of(Formula.Kind.KPI_SCORE_ALONE, ImmutableMap.of("result", 0.0)), e.formula());
    assertEquals(List.of(new Input.Level(Level.INDIVIDUAL)), e.inputs());
    Explanation kpis = e.children().get(0);
    assertEquals(Explanation.Kind.OWNER_KPIS, kpis.kind());
    assertEquals("marketing-manager", kpis.id());
    assertEquals("", kpis.title());
    assertEquals(new Rule.OwnerPart(Aggregations.weightedMean(), true), kpis.rule());
    assertEquals(List.of(Formula.Term.weighted(0, 1)), kpis.formula().terms());
    Explanation kpi = kpis.children().get(0);
    assertEquals(Explanation.Kind.KPI, kpi.kind());
    assertEquals(Formula.Kind.AT_LEAST, kpi.formula().kind());
    assertEquals(
        ImmutableMap.of("actual", 4.0, "target", 5.0, "result", 0.0), kpi.formula().numbers());
    assertEquals(
        new Input.ExpectedInFull(Frequency.MONTHLY), kpi.inputs().get(kpi.inputs().size() - 1));

    Explanation both =
        ScoringPolicy.defaults().score(SeedPlans.marketing(), AS_OF).explain("marketing");
    assertEquals(Formula.Kind.OKR_SCORE_ALONE, both.formula().kind());
    Explanation acme = MARKETING.explain("acme");
    assertEquals(Formula.Kind.NOTHING_TO_COMBINE, acme.formula().kind());
    assertEquals(OptionalDouble.empty(), acme.formula().result());
  }

  @Test
  void aKeyResultsShareFromItsKpisIsAStepWithItsNumbers() {
    ScoringPolicy half = ScoringPolicy.builder().keyResultKpiShare(0.5).build();
    Scorecard card = half.score(SeedPlans.internetCompany(), AS_OF);
    Explanation e = card.explain("KR-mau");
    Rule.Strategy rule = (Rule.Strategy) e.rule();
    assertEquals(OptionalDouble.of(0.5), rule.kpiShare());
    Formula f = e.formula();
    assertEquals(Formula.Kind.ACHIEVEMENT, f.kind());
    Formula.Step blend = f.steps().get(f.steps().size() - 1);
    assertEquals(Formula.Step.Kind.KPI_BLEND, blend.kind());
    double measured = (1_170_000 - 1_000_000) / 300_000.0;
    double kpis = 1 / 1.6;
    assertEquals(OptionalDouble.of(0.5), blend.number("share"));
    assertEquals(measured, blend.number("measured").getAsDouble(), 1e-15);
    assertEquals(kpis, blend.number("kpis").getAsDouble(), 1e-15);
    assertEquals(e.score(), f.result());
  }

  @Test
  void aTimeWeightedBlendCarriesEachTargetAndItsDays() {
    Plan revised =
        SeedPlans.marketing()
            .revise(
                Revision.target(
                    "KR-partners",
                    LocalDate.of(2026, 5, 27),
                    Target.increase(0, 25),
                    "a partner network joined",
                    "cmo"));
    Scorecard card =
        ScoringPolicy.builder().targetRule(TargetRule.TIME_WEIGHTED).build().score(revised, AS_OF);
    Formula f = card.explain("KR-partners").formula();
    assertEquals(Formula.Kind.TIME_WEIGHTED, f.kind());
    assertEquals(OptionalDouble.of(2), f.number("targets"));
    assertEquals(OptionalDouble.of(61), f.number("days"));
    assertEquals(
        List.of(
            new Formula.Term(
                ImmutableMap.of("days", 56.0, "score", 0.65), Optional.of(Target.increase(0, 20))),
            new Formula.Term(
                ImmutableMap.of("days", 5.0, "score", 0.52), Optional.of(Target.increase(0, 25)))),
        f.terms());
    assertEquals(Formula.Kind.ACHIEVEMENT, f.basis().orElseThrow().kind());
    assertEquals(OptionalDouble.of(25), f.basis().orElseThrow().number("target"));
    assertEquals(card.score("KR-partners"), f.result());
  }

  @Test
  void aMissingCheckInNamesTheDate() {
    Plan plan =
        SeedPlans.marketing()
            .withKeyResult(
                KeyResult.of(
                    "KR-new",
                    "O-influence",
                    "New",
                    Measure.increasing("n", Unit.COUNT),
                    Target.increase(0, 4)));
    Formula zero = ScoringPolicy.defaults().score(plan, AS_OF).explain("KR-new").formula();
    assertEquals(Formula.Kind.NO_CHECK_IN_SCORES_ZERO, zero.kind());
    assertEquals(Optional.of(AS_OF), zero.date());
    Formula unscored =
        ScoringPolicy.builder()
            .missingValue(MissingValue.UNSCORED)
            .build()
            .score(plan, AS_OF)
            .explain("KR-new")
            .formula();
    assertEquals(Formula.Kind.NO_CHECK_IN_UNSCORED, unscored.kind());
  }

  @Test
  void builtInStrategiesGiveFormulasWithSteps() {
    Measure up = Measure.increasing("m", Unit.COUNT);
    Formula rounded =
        Strategies.linear(1.2, true).formula(ScoringInput.of(up, Target.increase(0, 20), 30));
    assertEquals(Formula.Kind.ACHIEVEMENT, rounded.kind());
    assertEquals(
        List.of(
            Formula.Step.of(Formula.Step.Kind.CLAMPED, ImmutableMap.of("cap", 1.2, "result", 1.2)),
            Formula.Step.of(Formula.Step.Kind.ROUNDED_TO_TENTHS, ImmutableMap.of("result", 1.2))),
        rounded.steps());
    assertEquals(OptionalDouble.of(1.5), rounded.number("result"));
    assertEquals(OptionalDouble.of(1.2), rounded.result());

    Formula stepped =
        Strategies.stepped(Point.of(0.5, 0.5), Point.of(1, 1))
            .formula(ScoringInput.of(up, Target.increase(0, 20), 13));
    assertEquals(Formula.Kind.STEPPED, stepped.kind());
    assertEquals(Formula.Kind.ACHIEVEMENT, stepped.basis().orElseThrow().kind());
    assertEquals(
        List.of(
            Formula.Term.of(ImmutableMap.of("achievement", 0.5, "score", 0.5)),
            Formula.Term.of(ImmutableMap.of("achievement", 1.0, "score", 1.0))),
        stepped.terms());

    Formula noRatio =
        Strategies.percentOfTarget()
            .formula(ScoringInput.of(Measure.decreasing("m", Unit.COUNT), Target.of(0), 0.5));
    assertEquals(Formula.Kind.AT_MOST, noRatio.kind());
    assertEquals(
        List.of(Formula.Step.of(Formula.Step.Kind.NO_RATIO, Map.of("target", 0.0))),
        noRatio.steps());
  }

  @Test
  void aHostStrategyOrAggregationGetsADefaultFormula() {
    ScoringStrategy half = in -> 0.5;
    assertEquals(
        Formula.of(Formula.Kind.SCORE, Map.of("result", 0.5)),
        half.formula(ScoringInput.of(Measure.increasing("m", Unit.COUNT), Target.of(1), 3)));
    assertEquals(
        "score 0.5",
        half.formula(ScoringInput.of(Measure.increasing("m", Unit.COUNT), Target.of(1), 3))
            .render());
    Aggregation first = (s, w) -> s[0];
    Formula f = first.formula(new double[] {0.3, 0.9}, new double[] {1, 2});
    assertEquals(Formula.Kind.AGGREGATION, f.kind());
    assertEquals(Optional.of(first.toString()), f.text());
    assertEquals(List.of(Formula.Term.weighted(0.3, 1), Formula.Term.weighted(0.9, 2)), f.terms());
    assertEquals(OptionalDouble.of(0.3), f.result());
  }

  @Test
  void everyNodeOfEverySeedPlanStatesItsScoreAsItsResult() {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp())) {
      Scorecard card = ScoringPolicy.builder().keyResultKpiShare(0.3).build().score(plan, AS_OF);
      plan.objectives().forEach(o -> checkResults(card.explain(o.id())));
      plan.owners().forEach(o -> checkResults(card.explain(o.id())));
    }
  }

  private static void checkResults(Explanation root) {
    java.util.ArrayDeque<Explanation> nodes = new java.util.ArrayDeque<>(List.of(root));
    while (!nodes.isEmpty()) {
      Explanation e = nodes.pop();
      assertEquals(root.asOf(), e.asOf());
      if (e.formula().result().isPresent()) {
        assertEquals(e.score().getAsDouble(), e.formula().result().getAsDouble(), 1e-12, e.id());
      } else {
        assertTrue(
            e.score().isEmpty() || e.formula().kind() == Formula.Kind.NO_CHECK_IN_SCORES_ZERO,
            () -> e.id() + " is scored without a result: " + e.formula());
      }
      nodes.addAll(e.children());
    }
  }
}

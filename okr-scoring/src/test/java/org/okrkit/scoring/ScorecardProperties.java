package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Element;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.testing.PlanArbitraries;

class ScorecardProperties {
  static final List<ScoringStrategy> STRATEGIES =
      List.of(
          Strategies.binary(),
          Strategies.linear(),
          Strategies.linear(1.2, true),
          Strategies.tiered(),
          Strategies.stepped(Point.of(0.5, 0.5), Point.of(1, 1)),
          Strategies.curve(Point.of(0, 0), Point.of(1, 1), Point.of(2, 1.5)),
          Strategies.percentOfTarget(1.3),
          Strategies.range(3),
          Strategies.milestones());
  static final List<Aggregation> AGGREGATIONS =
      List.of(
          Aggregations.weightedMean(),
          Aggregations.minimum(),
          Aggregations.geometricMean(),
          Aggregations.allMustPass(0.6),
          Aggregations.cappedWeightedSum(1.1));

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans(60);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    Arbitrary<ScoringStrategy> strategy = Arbitraries.of(STRATEGIES);
    Arbitrary<Aggregation> aggregation = Arbitraries.of(AGGREGATIONS);
    return Combinators.combine(
            strategy,
            strategy,
            aggregation,
            aggregation,
            Arbitraries.of(0.0, 0.3, 1.0),
            Arbitraries.of(0.0, 1.0, 2.5),
            Arbitraries.of(MissingValue.values()),
            Arbitraries.of(0.0, 0.3))
        .as(
            (kr, kpi, objectives, owners, share, child, missing, okr) ->
                ScoringPolicy.builder()
                    .keyResultStrategy(kr)
                    .kpiStrategy(kpi)
                    .objectiveAggregation(objectives)
                    .kpiAggregation(owners)
                    .okrAggregation(owners)
                    .keyResultKpiShare(share)
                    .childObjectiveWeight(child)
                    .missingValue(missing)
                    .compositeOkrWeight(okr)
                    .build());
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-10, 100);
  }

  static double highest(ScoringPolicy p) {
    double max = 1;
    for (ScoringStrategy s : STRATEGIES) {
      max = Math.max(max, s.maxScore());
    }
    return Math.max(max, Math.max(p.keyResultStrategy().maxScore(), p.kpiStrategy().maxScore()));
  }

  @Property(tries = 300)
  void everyScoreIsFiniteAndInBounds(
      @ForAll("plans") Plan plan,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll("days") int day) {
    LocalDate asOf = plan.period().start().plusDays(day);
    Scorecard card = policy.score(plan, asOf);
    double max = highest(policy);
    for (ElementScore e : card.elements()) {
      e.score().ifPresent(s -> assertTrue(s >= 0 && s <= max, () -> e.toString()));
      e.progress().ifPresent(p -> assertTrue(p >= 0 && p <= 1, () -> e.toString()));
      e.expectedProgress().ifPresent(p -> assertTrue(p >= 0 && p <= 1, () -> e.toString()));
      assertEquals(e.score().isPresent(), e.band().isPresent());
    }
    for (OwnerScore o : card.owners()) {
      o.composite().ifPresent(s -> assertTrue(s >= 0 && s <= max, () -> o.toString()));
    }
    for (MeasuredElement m : measured(plan)) {
      card.forecast(m.id())
          .ifPresent(
              f -> {
                assertTrue(Double.isFinite(f.value()) && Double.isFinite(f.slopePerDay()));
                assertTrue(f.score() >= 0 && f.score() <= max);
              });
    }
    if (policy.missingValue() == MissingValue.ZERO) {
      for (MeasuredElement m : measured(plan)) {
        assertTrue(card.element(m.id()).orElseThrow().isScored(), m::id);
      }
    }
  }

  @Property(tries = 200)
  void scoringIsDeterministicAndFollowsThePlanOrder(
      @ForAll("plans") Plan plan,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll("days") int day) {
    LocalDate asOf = plan.period().start().plusDays(day);
    Scorecard a = policy.score(plan, asOf);
    Scorecard b = policy.score(plan.toBuilder().build(), asOf);
    assertEquals(a, b);
    assertEquals(a.render(), b.render());
    List<String> order = new ArrayList<>();
    plan.objectives().forEach(o -> order.add(o.id()));
    plan.keyResults().forEach(k -> order.add(k.id()));
    plan.kpis().forEach(k -> order.add(k.id()));
    List<String> seen = new ArrayList<>();
    a.elements().forEach(e -> seen.add(e.id()));
    assertEquals(order, seen);
    for (Element e : plan.objectives()) {
      assertEquals(a.explain(e.id()).score(), a.element(e.id()).orElseThrow().score());
    }
  }

  private static List<MeasuredElement> measured(Plan plan) {
    List<MeasuredElement> all = new ArrayList<>(plan.keyResults());
    all.addAll(plan.kpis());
    return all;
  }
}

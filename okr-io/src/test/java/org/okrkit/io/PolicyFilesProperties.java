package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Level;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.MissingValue;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StatusRule;
import org.okrkit.scoring.Strategies;
import org.okrkit.scoring.TargetRule;

class PolicyFilesProperties {

  private static Arbitrary<Double> shares() {
    return Arbitraries.doubles().between(0, 1);
  }

  private static Arbitrary<ScoringStrategy> strategies() {
    Arbitrary<Double> caps = Arbitraries.doubles().between(1, 3);
    Arbitrary<List<Point>> tables =
        Arbitraries.doubles()
            .between(0.01, 0.5)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                steps -> {
                  List<Point> points = new java.util.ArrayList<>();
                  double a = -0.5;
                  double s = 0;
                  for (double d : steps) {
                    a += d;
                    s += d / 2;
                    points.add(Point.of(a, s));
                  }
                  return points;
                });
    return Arbitraries.oneOf(
        Arbitraries.of(Strategies.binary(), Strategies.milestones(), Strategies.linear()),
        Combinators.combine(caps, Arbitraries.of(true, false)).as(Strategies::linear),
        Combinators.combine(shares(), caps).as(Strategies::tiered),
        caps.map(Strategies::percentOfTarget),
        Arbitraries.doubles().between(0, 100).map(Strategies::range),
        tables.map(p -> Strategies.stepped(p.toArray(new Point[0]))),
        tables.map(p -> Strategies.curve(p.toArray(new Point[0]))));
  }

  private static Arbitrary<Aggregation> aggregations() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Aggregations.weightedMean(), Aggregations.minimum(), Aggregations.geometricMean()),
        Arbitraries.doubles().between(0, 2).map(Aggregations::allMustPass),
        Arbitraries.doubles().between(0.01, 2).map(Aggregations::cappedWeightedSum));
  }

  private static Arbitrary<Pace> paces() {
    return Arbitraries.oneOf(
        Arbitraries.just(Pace.linear()),
        Combinators.combine(shares(), shares())
            .as(
                (e, x) ->
                    Pace.of(
                        new double[] {0, Math.max(0.01, Math.min(0.99, e)), 1},
                        new double[] {0, x, 1})),
        Arbitraries.doubles().between(1, 5).map(Pace::frontLoaded),
        Arbitraries.doubles().between(1, 5).map(Pace::backLoaded),
        Arbitraries.just(Pace.milestones()),
        shares()
            .map(
                x ->
                    Pace.byDates(
                        List.of(
                            java.time.LocalDate.of(2026, 5, 15),
                            java.time.LocalDate.of(2026, 6, 1)),
                        List.of(x / 2, x))));
  }

  private static Arbitrary<StatusRule> statusRules() {
    return Arbitraries.oneOf(
        Arbitraries.of(StatusRule.weightedScore(), StatusRule.weakest()),
        shares().filter(s -> s > 0).map(StatusRule::shareOnTrack));
  }

  private static Arbitrary<PaceTolerance> tolerances() {
    return Combinators.combine(shares(), shares(), Arbitraries.of(true, false))
        .as(
            (a, b, ratio) ->
                ratio
                    ? PaceTolerance.ratio(Math.max(0.01, a), Math.max(0.01, a) * b)
                    : PaceTolerance.difference(a / 2, a));
  }

  /** {@code p} with a status rule, now and then a tolerance and a key result's own pace. */
  private static Arbitrary<ScoringPolicy> withStatus(ScoringPolicy p) {
    return Combinators.combine(statusRules(), tolerances().injectNull(0.5), paces().injectNull(0.5))
        .as(
            (rule, tolerance, pace) -> {
              ScoringPolicy.Builder b = ScoringPolicy.builder();
              b.from(p).statusRule(rule);
              if (tolerance != null) {
                b.paceTolerance(tolerance);
              }
              if (pace != null) {
                b.putElementPace("KR1", pace);
              }
              return b.build();
            });
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    Arbitrary<ScoringPolicy.Builder> strategies =
        Combinators.combine(
                strategies(),
                strategies(),
                strategies().map(s -> List.of(s)).injectNull(0.5),
                strategies().list().ofMaxSize(3),
                strategies().injectNull(0.5))
            .as(
                (kr, kpi, element, tags, level) -> {
                  ScoringPolicy.Builder b =
                      ScoringPolicy.builder().keyResultStrategy(kr).kpiStrategy(kpi);
                  if (element != null) {
                    b.putElementStrategy("KR1", element.get(0));
                  }
                  for (int i = 0; i < tags.size(); i++) {
                    b.putTagStrategy("tag-" + i, tags.get(i));
                  }
                  if (level != null) {
                    b.putLevelStrategy(Level.TEAM, level);
                  }
                  return b;
                });
    return Combinators.combine(
            strategies,
            aggregations(),
            aggregations(),
            aggregations(),
            paces(),
            shares(),
            shares(),
            Arbitraries.of(MissingValue.class)
                .flatMap(m -> Arbitraries.of(TargetRule.class).map(t -> java.util.List.of(m, t))))
        .as(
            (b, objective, kpi, okr, pace, share, tolerance, rules) ->
                b.objectiveAggregation(objective)
                    .kpiAggregation(kpi)
                    .okrAggregation(okr)
                    .pace(pace)
                    .keyResultKpiShare(share)
                    .childObjectiveWeight(share * 3)
                    .compositeKpiWeight(1 - share)
                    .compositeOkrWeight(share)
                    .onTrackTolerance(tolerance / 2)
                    .atRiskTolerance(tolerance)
                    .missingValue((MissingValue) rules.get(0))
                    .targetRule((TargetRule) rules.get(1))
                    .bands(Bands.builder().yellowFrom(tolerance / 2).greenFrom(tolerance).build())
                    .build())
        .flatMap(PolicyFilesProperties::withStatus);
  }

  @Property(tries = 200)
  void writtenPoliciesConformToTheSchema(@ForAll("policies") ScoringPolicy policy) {
    for (Format f : Format.values()) {
      String text = PolicyFiles.write(policy, f);
      assertEquals(List.of(), PolicySchemaTest.check(text, f), text);
    }
  }

  @Property(tries = 300)
  void writingThenReadingGivesAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    for (Format f : Format.values()) {
      assertEquals(policy, PolicyFiles.read(PolicyFiles.write(policy, f), f), f.toString());
    }
  }
}

package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Level;

/**
 * Random portable policies, every setting now and then away from its default and every built-in and
 * host kind among the strategies, aggregations and paces, go to specs and back.
 */
class PolicySpecProperties {

  private static Arbitrary<Double> shares() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** A named spec's parameters: a number, a string, a boolean and a list of them. */
  private static Arbitrary<Map<String, Object>> parameters() {
    return Combinators.combine(
            shares(), Arbitraries.strings().alpha().ofMaxLength(6), Arbitraries.of(true, false))
        .as(
            (share, label, flag) ->
                Map.of("share", share, "label", label, "flags", List.of(flag, share, label)));
  }

  private static Arbitrary<ScoringStrategy> strategies() {
    Arbitrary<Double> caps = Arbitraries.doubles().between(1, 3);
    Arbitrary<Point[]> tables =
        Arbitraries.doubles()
            .between(0.01, 0.5)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                steps -> {
                  List<Point> points = new ArrayList<>();
                  double a = -0.5;
                  double s = 0;
                  for (double d : steps) {
                    a += d;
                    s += d / 2;
                    points.add(Point.of(a, s));
                  }
                  return points.toArray(new Point[0]);
                });
    return Arbitraries.oneOf(
        Arbitraries.of(Strategies.binary(), Strategies.milestones(), Strategies.linear()),
        Combinators.combine(caps, Arbitraries.of(true, false)).as(Strategies::linear),
        Combinators.combine(shares(), caps).as(Strategies::tiered),
        caps.map(Strategies::percentOfTarget),
        Arbitraries.doubles().between(0, 100).map(Strategies::range),
        tables.map(Strategies::stepped),
        tables.map(Strategies::curve),
        parameters().map(p -> StrategySpec.Named.of("share", p).strategy(HostKinds.ALL)));
  }

  private static Arbitrary<Aggregation> aggregations() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            Aggregations.weightedMean(), Aggregations.minimum(), Aggregations.geometricMean()),
        Arbitraries.doubles().between(0, 2).map(Aggregations::allMustPass),
        Arbitraries.doubles().between(0.01, 2).map(Aggregations::cappedWeightedSum),
        parameters().map(p -> AggregationSpec.Named.of("top", p).aggregation(HostKinds.ALL)));
  }

  private static Arbitrary<Pace> paces() {
    return Arbitraries.oneOf(
        Arbitraries.of(Pace.linear(), Pace.milestones()),
        Combinators.combine(shares(), shares())
            .as(
                (e, x) ->
                    Pace.of(
                        new double[] {0, Math.max(0.01, Math.min(0.99, e)), 1},
                        new double[] {0, x, 1})),
        Arbitraries.doubles().between(1, 5).map(Pace::frontLoaded),
        Arbitraries.doubles().between(1, 5).map(Pace::backLoaded),
        shares()
            .map(
                x ->
                    Pace.byDates(
                        List.of(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 1)),
                        List.of(x / 2, x))),
        parameters().map(p -> PaceSpec.Named.of("late", p).pace(HostKinds.ALL)));
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

  private static Arbitrary<Bands> bands() {
    return Combinators.combine(shares(), shares(), shares(), shares())
        .as(
            (y, g, cy, cg) ->
                Bands.builder()
                    .yellowFrom(Math.min(y, g))
                    .greenFrom(Math.max(y, g))
                    .committedYellowFrom(Math.min(cy, cg))
                    .committedGreenFrom(Math.max(cy, cg))
                    .build());
  }

  /** Strategies for the defaults, for up to three ids and tags each, and for some levels. */
  private static Arbitrary<ScoringPolicy> withStrategies() {
    return Combinators.combine(
            strategies(),
            strategies(),
            strategies().list().ofMaxSize(3),
            strategies().list().ofMaxSize(3),
            Arbitraries.of(Level.class).set().ofMaxSize(4),
            strategies())
        .as(
            (kr, kpi, elements, tags, levels, level) -> {
              ScoringPolicy.Builder b =
                  ScoringPolicy.builder().keyResultStrategy(kr).kpiStrategy(kpi);
              for (int i = 0; i < elements.size(); i++) {
                b.putElementStrategy("KR" + i, elements.get(i));
              }
              // tags in falling order, so that an order kept only by sorting would show
              for (int i = tags.size() - 1; i >= 0; i--) {
                b.putTagStrategy("tag-" + i, tags.get(i));
              }
              for (Level l : levels) {
                b.putLevelStrategy(l, level);
              }
              return b.build();
            });
  }

  /** {@code p} with a status rule, now and then a tolerance, and up to two elements' own paces. */
  private static Arbitrary<ScoringPolicy> withStatus(ScoringPolicy p) {
    return Combinators.combine(
            statusRules(), tolerances().injectNull(0.5), paces().list().ofMaxSize(2))
        .as(
            (rule, tolerance, paces) -> {
              ScoringPolicy.Builder b = ScoringPolicy.builder();
              b.from(p).statusRule(rule);
              if (tolerance != null) {
                b.paceTolerance(tolerance);
              }
              for (int i = 0; i < paces.size(); i++) {
                b.putElementPace("E" + (paces.size() - i), paces.get(i));
              }
              return b.build();
            });
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Combinators.combine(
            withStrategies(),
            aggregations(),
            aggregations(),
            aggregations(),
            paces(),
            shares(),
            shares(),
            bands())
        .flatAs(
            (base, objective, kpi, okr, pace, share, tolerance, bands) ->
                Combinators.combine(
                        Arbitraries.of(MissingValue.class),
                        Arbitraries.of(TargetRule.class),
                        Arbitraries.of(UnassignedWeight.class))
                    .as(
                        (missing, target, unassigned) ->
                            ScoringPolicy.builder()
                                .from(base)
                                .objectiveAggregation(objective)
                                .kpiAggregation(kpi)
                                .okrAggregation(okr)
                                .pace(pace)
                                .keyResultKpiShare(share)
                                .childObjectiveWeight(share * 3)
                                .compositeKpiWeight(1 - share)
                                .compositeOkrWeight(share + 0.1)
                                .onTrackTolerance(tolerance / 2)
                                .atRiskTolerance(tolerance)
                                .missingValue(missing)
                                .targetRule(target)
                                .unassignedWeight(unassigned)
                                .bands(bands)
                                .build()))
        .flatMap(PolicySpecProperties::withStatus);
  }

  @Property(tries = 300)
  void aSpecRebuildsAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    PolicySpec spec = PolicySpec.of(policy);
    ScoringPolicy rebuilt = spec.policy(HostKinds.ALL);
    assertEquals(policy, rebuilt);
    assertEquals(policy.toString(), rebuilt.toString());
    assertEquals(spec, PolicySpec.of(rebuilt));
  }

  @Property(tries = 300)
  void aSerializedSpecRebuildsAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    PolicySpec spec = PolicySpec.of(policy);
    PolicySpec read = (PolicySpec) PolicySpecTest.serialized(spec);
    assertEquals(spec, read);
    assertEquals(spec.hashCode(), read.hashCode());
    assertEquals(spec.toString(), read.toString());
    ScoringPolicy rebuilt = read.policy(HostKinds.ALL);
    assertEquals(policy, rebuilt);
    assertEquals(policy.toString(), rebuilt.toString());
  }

  @Property(tries = 200)
  void equalPoliciesGiveEqualSpecsAndTheSameBytes(@ForAll("policies") ScoringPolicy policy) {
    // rebuilt: equal, but every named strategy, aggregation and pace a new object
    ScoringPolicy same = PolicySpec.of(policy).policy(HostKinds.ALL);
    PolicySpec a = PolicySpec.of(policy);
    PolicySpec b = PolicySpec.of(same);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.toString(), b.toString());
    assertArrayEquals(PolicySpecTest.bytes(a), PolicySpecTest.bytes(b));
  }
}

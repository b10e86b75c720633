package org.okrkit.scoring.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
import org.okrkit.scoring.UnassignedWeight;

/**
 * jqwik arbitraries of random portable scoring policies, for the properties that a policy goes to a
 * spec, a file or bytes and back: every setting now and then away from its default, and every
 * built-in strategy, aggregation and pace (with random parameters) among the defaults and the
 * overrides for ids, tags, levels and elements' own paces; a host's own kinds too, when given.
 */
public final class PolicyArbitraries {
  private PolicyArbitraries() {}

  /**
   * The kinds of a host's own a policy may use besides the built-in ones; each list may be empty.
   */
  public record Extensions(
      List<Arbitrary<? extends ScoringStrategy>> strategies,
      List<Arbitrary<? extends Aggregation>> aggregations,
      List<Arbitrary<? extends Pace>> paces) {
    /** No host kinds: built-in ones only. */
    public static final Extensions NONE = new Extensions(List.of(), List.of(), List.of());

    /** Copies the lists. */
    public Extensions {
      strategies = List.copyOf(strategies);
      aggregations = List.copyOf(aggregations);
      paces = List.copyOf(paces);
    }
  }

  /** Random policies of the built-in kinds only. */
  public static Arbitrary<ScoringPolicy> policies() {
    return policies(Extensions.NONE);
  }

  /** Random policies of the built-in kinds and of {@code host}'s. */
  public static Arbitrary<ScoringPolicy> policies(Extensions host) {
    return Combinators.combine(
            withStrategies(host),
            aggregations(host),
            aggregations(host),
            aggregations(host),
            paces(host),
            shares(),
            shares(),
            Arbitraries.of(0.0, 0.1))
        .flatAs(
            (base, objective, kpi, okr, pace, share, tolerance, offset) ->
                Combinators.combine(
                        Arbitraries.of(MissingValue.class),
                        Arbitraries.of(TargetRule.class),
                        Arbitraries.of(UnassignedWeight.class),
                        bands())
                    .as(
                        (missing, target, unassigned, bands) ->
                            ScoringPolicy.builder()
                                .from(base)
                                .objectiveAggregation(objective)
                                .kpiAggregation(kpi)
                                .okrAggregation(okr)
                                .pace(pace)
                                .keyResultKpiShare(share)
                                .childObjectiveWeight(share * 3)
                                .compositeKpiWeight(1 - share)
                                .compositeOkrWeight(share + offset)
                                .onTrackTolerance(tolerance / 2)
                                .atRiskTolerance(tolerance)
                                .missingValue(missing)
                                .targetRule(target)
                                .unassignedWeight(unassigned)
                                .bands(bands)
                                .build()))
        .flatMap(p -> withStatus(p, host));
  }

  /** A share from 0 to 1. */
  public static Arbitrary<Double> shares() {
    return Arbitraries.doubles().between(0, 1);
  }

  /**
   * Parameters of a host kind's spec: a number {@code share}, a string {@code label}, a boolean and
   * a list of all three {@code flags}.
   */
  public static Arbitrary<Map<String, Object>> parameters() {
    return Combinators.combine(
            shares(), Arbitraries.strings().alpha().ofMaxLength(6), Arbitraries.of(true, false))
        .as(
            (share, label, flag) ->
                Map.of("share", share, "label", label, "flags", List.of(flag, share, label)));
  }

  /** Every built-in strategy with random parameters, and {@code host}'s. */
  public static Arbitrary<ScoringStrategy> strategies(Extensions host) {
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
    return oneOf(
        List.of(
            Arbitraries.of(Strategies.binary(), Strategies.milestones(), Strategies.linear()),
            Combinators.combine(caps, Arbitraries.of(true, false)).as(Strategies::linear),
            Combinators.combine(shares(), caps).as(Strategies::tiered),
            caps.map(Strategies::percentOfTarget),
            Arbitraries.doubles().between(0, 100).map(Strategies::range),
            tables.map(Strategies::stepped),
            tables.map(Strategies::curve)),
        host.strategies());
  }

  /** Every built-in aggregation with random parameters, and {@code host}'s. */
  public static Arbitrary<Aggregation> aggregations(Extensions host) {
    return oneOf(
        List.of(
            Arbitraries.of(
                Aggregations.weightedMean(), Aggregations.minimum(), Aggregations.geometricMean()),
            Arbitraries.doubles().between(0, 2).map(Aggregations::allMustPass),
            Arbitraries.doubles().between(0.01, 2).map(Aggregations::cappedWeightedSum)),
        host.aggregations());
  }

  /** Every built-in pace with random parameters, and {@code host}'s. */
  public static Arbitrary<Pace> paces(Extensions host) {
    return oneOf(
        List.of(
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
                            List.of(x / 2, x)))),
        host.paces());
  }

  private static <T> Arbitrary<T> oneOf(
      List<Arbitrary<? extends T>> builtIn, List<Arbitrary<? extends T>> host) {
    List<Arbitrary<? extends T>> choices = new ArrayList<>(builtIn);
    choices.addAll(host);
    return Arbitraries.oneOf(choices);
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
  private static Arbitrary<ScoringPolicy> withStrategies(Extensions host) {
    return Combinators.combine(
            strategies(host),
            strategies(host),
            strategies(host).list().ofMaxSize(3),
            strategies(host).list().ofMaxSize(3),
            Arbitraries.of(Level.class).set().ofMaxSize(4),
            strategies(host))
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

  /**
   * {@code p} with a status rule, now and then a tolerance, and up to two elements' own paces (of
   * ids that may have their own strategies too).
   */
  private static Arbitrary<ScoringPolicy> withStatus(ScoringPolicy p, Extensions host) {
    return Combinators.combine(
            statusRules(), tolerances().injectNull(0.5), paces(host).list().ofMaxSize(2))
        .as(
            (rule, tolerance, paces) -> {
              ScoringPolicy.Builder b = ScoringPolicy.builder();
              b.from(p).statusRule(rule);
              if (tolerance != null) {
                b.paceTolerance(tolerance);
              }
              for (int i = 0; i < paces.size(); i++) {
                b.putElementPace("KR" + (paces.size() - i), paces.get(i));
              }
              return b.build();
            });
  }
}

package org.okrkit.scoring.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.okrkit.core.Level;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StatusRule;
import org.okrkit.scoring.Strategies;

/**
 * Valid random scoring policies from a seed, fitted to a plan: every built-in strategy and
 * aggregation with random parameters, a host aggregation now and then, a key-result share from the
 * KPIs, child-objective and composite weights, and strategies set for ids, tags and levels of the
 * plan. The same seed and plan always give the same policy.
 */
public final class RandomPolicies {
  private RandomPolicies() {}

  /** A built-in strategy with random parameters. */
  public static ScoringStrategy strategy(Random r) {
    switch (r.nextInt(9)) {
      case 0:
        return Strategies.binary();
      case 1:
        return Strategies.linear();
      case 2:
        return Strategies.linear(1 + r.nextInt(4) / 4.0, r.nextBoolean());
      case 3:
        return Strategies.tiered(r.nextInt(9) / 10.0, 1 + r.nextInt(6) / 5.0);
      case 4:
        return Strategies.stepped(
            Point.of(0.5, 0.3), Point.of(0.8, 0.6 + r.nextInt(3) / 10.0), Point.of(1, 1));
      case 5:
        return Strategies.curve(
            Point.of(0, 0), Point.of(1, 1), Point.of(1.5, 1 + r.nextInt(5) / 4.0));
      case 6:
        return Strategies.percentOfTarget(1 + r.nextInt(3) / 2.0);
      case 7:
        return Strategies.range(r.nextInt(5));
      default:
        return Strategies.milestones();
    }
  }

  /** A built-in aggregation with random parameters, or now and then a host's own. */
  public static Aggregation aggregation(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return Aggregations.weightedMean();
      case 1:
        return Aggregations.minimum();
      case 2:
        return Aggregations.geometricMean();
      case 3:
        return Aggregations.allMustPass(r.nextInt(10) / 10.0);
      case 4:
        return Aggregations.cappedWeightedSum(0.5 + r.nextInt(4) / 2.0);
      default:
        // a host aggregation: the largest score, whatever the weights
        return (scores, weights) -> {
          double max = 0;
          for (double s : scores) {
            max = Math.max(max, s);
          }
          return max;
        };
    }
  }

  /** A status rule, a pace tolerance and a pace, each now and then the default. */
  public static ScoringPolicy withStatus(Random r, ScoringPolicy policy) {
    StatusRule rule =
        switch (r.nextInt(3)) {
          case 0 -> StatusRule.weightedScore();
          case 1 -> StatusRule.weakest();
          default -> StatusRule.shareOnTrack(0.25 + r.nextInt(4) / 4.0);
        };
    PaceTolerance tolerance =
        r.nextBoolean()
            ? PaceTolerance.difference(r.nextInt(3) / 10.0, 0.3 + r.nextInt(3) / 10.0)
            : PaceTolerance.ratio(0.7 + r.nextInt(4) / 10.0, r.nextInt(7) / 10.0);
    Pace pace =
        switch (r.nextInt(4)) {
          case 0 -> Pace.linear();
          case 1 -> Pace.frontLoaded(1 + r.nextInt(3));
          case 2 -> Pace.backLoaded(1 + r.nextInt(3));
          default -> Pace.milestones();
        };
    return ScoringPolicy.builder()
        .from(policy)
        .statusRule(rule)
        .paceTolerance(tolerance)
        .pace(pace)
        .build();
  }

  /** A random policy whose overrides name ids, tags and levels of {@code plan}. */
  public static ScoringPolicy generate(Random r, Plan plan) {
    ScoringPolicy.Builder b =
        ScoringPolicy.builder()
            .keyResultStrategy(strategy(r))
            .kpiStrategy(strategy(r))
            .objectiveAggregation(aggregation(r))
            .kpiAggregation(aggregation(r))
            .okrAggregation(aggregation(r))
            .childObjectiveWeight(r.nextInt(4) / 2.0)
            .keyResultKpiShare(r.nextInt(5) / 4.0);
    double kpiWeight = r.nextInt(4) / 2.0;
    double okrWeight = kpiWeight == 0 ? 0.5 + r.nextInt(3) / 2.0 : r.nextInt(4) / 2.0;
    b.compositeKpiWeight(kpiWeight).compositeOkrWeight(okrWeight);
    List<MeasuredElement> measured = new ArrayList<>(plan.keyResults());
    measured.addAll(plan.kpis());
    if (r.nextBoolean()) {
      for (MeasuredElement e : measured) {
        if (r.nextInt(6) == 0) {
          b.putElementStrategy(e.id(), strategy(r));
        }
      }
    }
    Set<String> tags = new LinkedHashSet<>();
    for (MeasuredElement e : measured) {
      tags.addAll(e.tags());
    }
    for (String tag : tags) {
      if (r.nextBoolean()) {
        b.putTagStrategy(tag, strategy(r));
      }
    }
    for (Level level : Level.values()) {
      if (r.nextInt(4) == 0) {
        b.putLevelStrategy(level, strategy(r));
      }
    }
    return b.build();
  }
}

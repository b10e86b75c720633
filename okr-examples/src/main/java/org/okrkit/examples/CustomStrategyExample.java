package org.okrkit.examples;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Locale;
import org.okrkit.core.Direction;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Formula;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;

/**
 * Writing a custom {@link ScoringStrategy}: a "cliff" such as sales commissions use, where nothing
 * counts until a share of the way to the target is covered, and from there the share counts in
 * full. The marketing plan's KPIs and key results are scored with it, and one score is explained.
 *
 * <p>A strategy turns a measure, a target and an observed value into a score. The contract (see
 * {@link ScoringStrategy}): scores are finite and lie from 0 to {@link ScoringStrategy#maxScore()},
 * a better value never scores less, and the same input gives the same score. The tests of this
 * example check {@link Cliff} against the laws the built-ins keep, with okr-testing's {@code
 * MirrorSymmetricStrategyContract} (as jqwik properties) and {@code
 * Contracts.checkMirrorSymmetricStrategy} (from a plain test).
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.CustomStrategyExample}.
 */
public final class CustomStrategyExample {
  private CustomStrategyExample() {}

  /**
   * No credit below {@code from} of the way from the baseline to the target, then the share
   * achieved, up to 1. A record, so that it is an immutable value that prints its parameter, and a
   * policy holding it stays data that can be compared and printed.
   *
   * @param from the share of the way below which the score is 0, from 0 to 1
   */
  public record Cliff(double from) implements ScoringStrategy {
    /**
     * A cliff at {@code from}.
     *
     * @throws IllegalArgumentException if {@code from} is not from 0 to 1
     */
    public Cliff {
      if (!(from >= 0 && from <= 1)) {
        throw new IllegalArgumentException("from must lie from 0 to 1, got " + from);
      }
    }

    @Override
    public double score(ScoringInput in) {
      double share = share(in);
      return share < from ? 0 : Math.min(share, 1);
    }

    /**
     * The formula behind the score, as data: the share of the way, the cliff and the result, in
     * this strategy's own words. Explanations put the numbers in where the braces name them, {@code
     * {share:score}} rounded as scores are; a host that shows explanations in another language
     * would pick its words here by its own means.
     */
    @Override
    public Formula formula(ScoringInput in) {
      double share = share(in);
      return Formula.custom(
          share < from
              ? "share of the way {share:score} is below the cliff at {from:score} -> {result:score}"
              : "share of the way {share:score} reaches the cliff at {from:score} -> {result:score}",
          ImmutableMap.of("share", share, "from", from, "result", score(in)));
    }

    /** How far the actual value has come: 0 at the baseline, 1 at the target. */
    private static double share(ScoringInput in) {
      Target t = in.target();
      double actual = in.actual();
      switch (t.kind()) {
        case RANGE -> {
          // inside the range is the whole way, outside none of it
          return actual >= t.low().getAsDouble() && actual <= t.high().getAsDouble() ? 1 : 0;
        }
        case MILESTONES -> {
          // the actual value of a milestone target is the weighted share of milestones done
          return Math.max(0, Math.min(1, actual));
        }
        default -> {
          double target = t.absoluteValue().getAsDouble();
          boolean increase = in.measure().direction() != Direction.DECREASE;
          boolean met = increase ? actual >= target : actual <= target;
          if (t.baseline().isEmpty() || t.baseline().getAsDouble() == target) {
            // without a baseline there is no way to measure: met or not
            return met ? 1 : 0;
          }
          double baseline = t.baseline().getAsDouble();
          // (actual - baseline) / (target - baseline) works for both directions
          return Math.max(0, (actual - baseline) / (target - baseline));
        }
      }
    }
  }

  /** Prints the scores with and without the cliff, and one explanation. */
  public static void main(String[] args) {
    System.out.print(run(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF));
  }

  /** Everything {@link #main} prints. */
  public static String run(Plan plan, LocalDate asOf) {
    // A strategy plugs into a policy like a built-in: for all KPIs, all key results, or one
    // element.
    ScoringPolicy cliff =
        ScoringPolicy.builder()
            .kpiStrategy(new Cliff(0.5))
            .keyResultStrategy(new Cliff(0.5))
            .build();
    Scorecard before = ScoringPolicy.defaults().score(plan, asOf);
    Scorecard after = cliff.score(plan, asOf);
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "%-14s %-9s %s%n", "", "default", cliff.kpiStrategy()));
    for (ElementScore e : before.elements()) {
      out.append(
          String.format(
              Locale.US,
              "%-14s %-9s %s%n",
              e.id(),
              Numbers.score(e.score().orElse(0)),
              Numbers.score(after.score(e.id()).orElse(0))));
    }
    out.append('\n').append(after.explain("K-campaigns").render());
    out.append('\n').append(after.explain("KR-forums").render());
    return out.toString();
  }
}

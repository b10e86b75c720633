package org.okrkit.examples;

import java.time.LocalDate;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.scoring.lifecycle.Rollover;

/**
 * The seed's re-tuning example: "OKRs are reset every quarter, and the KPIs and their weights are
 * re-tuned in step". A tech company's second-quarter OKR was to expand the product line, measured
 * by product launches; in the third quarter it is to improve the product and grow word of mouth, so
 * the KPI "number of product launches" gives way to "user satisfaction score of at least 4.5".
 *
 * <p>{@link Rollover} closes the quarter with its final scores, carries the KPIs that stay into the
 * next one with their last values as new baselines, and records every step; {@link PlanDiff} lists
 * the same changes between the two plans.
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.RolloverExample}.
 */
public final class RolloverExample {
  private RolloverExample() {}

  /** Prints the rollover's steps and proposals, and the difference between the two quarters. */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /** The second quarter: the OKR to expand the product line, and the KPIs that served it. */
  public static Plan secondQuarter() {
    return Plan.builder()
        .name("Tech company")
        .period(Period.quarter(2026, 2))
        .addOwners(
            Owner.of("techco", "Tech company", Level.COMPANY),
            Owner.of("product", "Product team", Level.TEAM, "techco"),
            Owner.of("product-manager", "Product manager", Level.INDIVIDUAL, "product"),
            Owner.of("support", "Support team", Level.TEAM, "techco"))
        .addObjectives(Objective.of("O-line", "Expand the product line", "product"))
        .addKeyResults(
            KeyResult.of(
                "KR-launches",
                "O-line",
                "Launch 3 new products",
                Measure.increasing("products launched", Unit.COUNT),
                Target.increase(0, 3)))
        .addKpis(
            Kpi.builder()
                .id("K-launches")
                .ownerId("product-manager")
                .title("Number of product launches")
                .measure(Measure.increasing("product launches", Unit.COUNT))
                .target(Target.increase(0, 3))
                .frequency(Frequency.QUARTERLY)
                .addContribution(Contribution.to("KR-launches"))
                .build(),
            Kpi.builder()
                .id("K-tickets")
                .ownerId("support")
                .title("Answer 90 % of support tickets within a day")
                .measure(Measure.increasing("tickets answered within a day", Unit.PERCENT))
                .target(Target.increase(80, 90))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-launches", 0.5))
                .build())
        .addCheckIns(
            CheckIn.of("KR-launches", LocalDate.of(2026, 5, 31), 2),
            CheckIn.of("K-launches", LocalDate.of(2026, 5, 31), 2),
            CheckIn.of("K-tickets", LocalDate.of(2026, 4, 30), 84),
            CheckIn.of("K-tickets", LocalDate.of(2026, 5, 31), 86))
        .build();
  }

  /** The rollover into the third quarter. */
  public static Rollover.Result rollover() {
    return Rollover.from(secondQuarter())
        // the new OKR, with two key results
        .addObjectives(
            Objective.of("O-product", "Improve the product and grow word of mouth", "product"))
        .addKeyResults(
            KeyResult.of(
                    "KR-nps",
                    "O-product",
                    "Raise the net promoter score from 20 to 40",
                    Measure.increasing("net promoter score", Unit.RATING),
                    Target.increase(20, 40))
                .withWeight(2),
            KeyResult.of(
                "KR-referrals",
                "O-product",
                "Referral sign-ups +25 %",
                Measure.increasing("referral sign-ups", Unit.COUNT),
                Target.increaseByPercent(400, 25)))
        // the seed's replacement: launches out, satisfaction in
        .retire("K-launches")
        .addKpis(
            Kpi.builder()
                .id("K-satisfaction")
                .ownerId("product-manager")
                .title("User satisfaction score of at least 4.5")
                .measure(Measure.increasing("user satisfaction score", Unit.RATING))
                .target(Target.increase(4.1, 4.5))
                .frequency(Frequency.MONTHLY)
                .addContributions(Contribution.to("KR-nps"), Contribution.to("KR-referrals"))
                .build())
        // fast support answers now serve word of mouth
        .relink("K-tickets", Contribution.to("KR-nps", 0.5))
        .apply();
  }

  /** Everything {@link #main} prints. */
  public static String run() {
    Rollover.Result r = rollover();
    return "Closing "
        + r.closed().plan().period()
        + ": O-line scored "
        + Numbers.score(r.closed().score("O-line").getAsDouble())
        + "\n\n"
        + r.render()
        + "\nWhat changed between the quarters:\n"
        + PlanDiff.between(secondQuarter(), r.next()).render();
  }
}

package org.okrkit.core.testing;

import java.time.LocalDate;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * The four plans of the seed article ("How to combine OKR and KPI"), built through the public API:
 * the marketing example and the internet-company, manufacturer and start-up cases. The article's
 * figures are kept as written; where it gives no baseline, the baseline chosen here is named in a
 * comment. Each plan covers the second quarter of 2026 and carries a few check-ins from April and
 * May, so that tests can score it as of {@link #AS_OF}.
 */
public final class SeedPlans {
  /** The quarter every seed plan covers. */
  public static final Period QUARTER = Period.quarter(2026, 2);

  /** The date the seed plans' check-ins run up to. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

  private SeedPlans() {}

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  /**
   * The team-level marketing example: "raise the company's market influence" with three key
   * results, and the marketing department's individual KPI of 5 brand campaigns a month.
   */
  public static Plan marketing() {
    return Plan.builder()
        .name("Marketing")
        .period(QUARTER)
        .addOwners(
            Owner.of("acme", "Acme", Level.COMPANY),
            Owner.of("marketing", "Marketing department", Level.DEPARTMENT, "acme"),
            Owner.of("marketing-manager", "Marketing manager", Level.INDIVIDUAL, "marketing"))
        .addObjectives(
            Objective.of("O-influence", "Raise the company's market influence", "marketing"))
        .addKeyResults(
            KeyResult.of(
                "KR-partners",
                "O-influence",
                "Add 20 partner companies within the quarter",
                Measure.increasing("new partner companies", Unit.COUNT),
                Target.increase(0, 20)),
            // baseline: 200 media mentions in the previous quarter
            KeyResult.of(
                "KR-mentions",
                "O-influence",
                "Brand media mentions +30 %",
                Measure.increasing("brand media mentions", Unit.COUNT),
                Target.increaseByPercent(200, 30)),
            KeyResult.of(
                "KR-forums",
                "O-influence",
                "Run at least 5 high-quality industry forums",
                Measure.increasing("industry forums held", Unit.COUNT),
                Target.increase(0, 5)))
        .addKpis(
            Kpi.builder()
                .id("K-campaigns")
                .ownerId("marketing-manager")
                .title("Run 5 brand campaigns per month")
                .measure(Measure.increasing("brand campaigns per month", Unit.COUNT))
                .target(Target.increase(0, 5))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-mentions"))
                .build())
        .addCheckIns(
            CheckIn.of("KR-partners", day(4, 30), 6),
            CheckIn.of("KR-partners", day(5, 31), 13),
            CheckIn.of("KR-mentions", day(4, 30), 215),
            CheckIn.of("KR-mentions", day(5, 31), 236),
            CheckIn.of("KR-forums", day(5, 20), 2),
            CheckIn.of("K-campaigns", day(4, 30), 5),
            CheckIn.of("K-campaigns", day(5, 31), 4))
        .build();
  }

  /**
   * Case 1, internet company: "raise the user growth rate" by monthly active users +30 % and
   * average time per user +20 %; the product manager ships 3 to 5 activation features, the
   * operations team runs 2 growth campaigns a month.
   */
  public static Plan internetCompany() {
    return Plan.builder()
        .name("Internet company")
        .period(QUARTER)
        .addOwners(
            Owner.of("netco", "Internet company", Level.COMPANY),
            Owner.of("growth", "Growth team", Level.TEAM, "netco"),
            Owner.of("product-manager", "Product manager", Level.INDIVIDUAL, "growth"),
            Owner.of("operations", "Operations team", Level.TEAM, "netco"))
        .addObjectives(Objective.of("O-growth", "Raise the user growth rate", "growth"))
        .addKeyResults(
            // baseline: 1,000,000 monthly active users
            KeyResult.of(
                "KR-mau",
                "O-growth",
                "Monthly active users +30 %",
                Measure.increasing("monthly active users", Unit.COUNT),
                Target.increaseByPercent(1_000_000, 30)),
            // baseline: 25 minutes a day
            KeyResult.of(
                "KR-time",
                "O-growth",
                "Average time per user +20 %",
                Measure.increasing("average minutes per user per day", Unit.DURATION),
                Target.increaseByPercent(25, 20)))
        .addKpis(
            Kpi.builder()
                .id("K-features")
                .ownerId("product-manager")
                .title("Ship 3 to 5 new user-activation features this quarter")
                .measure(Measure.range("user-activation features shipped", Unit.COUNT))
                .target(Target.range(3, 5))
                .frequency(Frequency.QUARTERLY)
                .addContributions(Contribution.to("KR-mau", 0.6), Contribution.to("KR-time", 0.4))
                .build(),
            Kpi.builder()
                .id("K-growth-campaigns")
                .ownerId("operations")
                .title("Run 2 user-growth marketing campaigns per month")
                .measure(Measure.increasing("user-growth campaigns per month", Unit.COUNT))
                .target(Target.increase(0, 2))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-mau"))
                .build())
        .addCheckIns(
            CheckIn.of("KR-mau", day(4, 30), 1_080_000),
            CheckIn.of("KR-mau", day(5, 31), 1_170_000),
            CheckIn.of("KR-time", day(5, 31), 27),
            CheckIn.of("K-features", day(5, 31), 2),
            CheckIn.of("K-growth-campaigns", day(4, 30), 2),
            CheckIn.of("K-growth-campaigns", day(5, 31), 2))
        .build();
  }

  /**
   * Case 2, manufacturer: "set the industry-leading quality standard" by an inspection pass rate of
   * 98 % and a market return rate below 1 % (lower is better); the technical team raises the pass
   * rate to 97 %, customer service cuts complaints by 20 % a quarter (relative, lower is better).
   */
  public static Plan manufacturer() {
    return Plan.builder()
        .name("Manufacturer")
        .period(QUARTER)
        .addOwners(
            Owner.of("maker", "Manufacturer", Level.COMPANY),
            Owner.of("quality", "Quality department", Level.DEPARTMENT, "maker"),
            Owner.of("tech-team", "Front-line technical team", Level.TEAM, "quality"),
            Owner.of("customer-service", "Customer service", Level.TEAM, "maker"))
        .addObjectives(
            Objective.builder()
                .id("O-quality")
                .title("Set the industry-leading quality standard")
                .ownerId("quality")
                .kind(ObjectiveKind.COMMITTED)
                .build())
        .addKeyResults(
            // baseline: a pass rate of 95 %
            KeyResult.of(
                "KR-pass-rate",
                "O-quality",
                "Inspection pass rate reaches 98 %",
                Measure.increasing("inspection pass rate", Unit.PERCENT),
                Target.increase(95, 98)),
            // baseline: a return rate of 2.5 %
            KeyResult.of(
                "KR-returns",
                "O-quality",
                "Market return rate falls below 1 %",
                Measure.decreasing("market return rate", Unit.PERCENT),
                Target.decrease(2.5, 1)))
        .addKpis(
            Kpi.builder()
                .id("K-pass-rate")
                .ownerId("tech-team")
                .title("Raise the inspection pass rate to 97 %")
                .measure(Measure.increasing("inspection pass rate", Unit.PERCENT))
                .target(Target.increase(95, 97))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-pass-rate"))
                .build(),
            // baseline: 150 complaints last quarter
            Kpi.builder()
                .id("K-complaints")
                .ownerId("customer-service")
                .title("Customer complaints down 20 % each quarter")
                .measure(Measure.decreasing("customer complaints", Unit.COUNT))
                .target(Target.decreaseByPercent(150, 20))
                .frequency(Frequency.QUARTERLY)
                .addContribution(Contribution.to("KR-returns"))
                .build())
        .addCheckIns(
            CheckIn.of("KR-pass-rate", day(4, 30), 96.1),
            CheckIn.of("KR-pass-rate", day(5, 31), 96.8),
            CheckIn.of("KR-returns", day(5, 31), 1.6),
            CheckIn.of("K-pass-rate", day(5, 31), 96.8),
            CheckIn.builder()
                .elementId("K-complaints")
                .date(day(5, 31))
                .value(131)
                .confidence(0.6)
                .note("two bad batches in May")
                .build())
        .build();
  }

  /**
   * Case 3, start-up: "raise the odds of closing a funding round" by at least 10 rounds of VC
   * meetings and complete roadshow material (a milestone, not a number); the founder holds 3 VC
   * meetings a month, the marketing team issues 2 brand-endorsement PR releases a month.
   */
  public static Plan startUp() {
    return Plan.builder()
        .name("Start-up")
        .period(QUARTER)
        .addOwners(
            Owner.of("startup", "Start-up", Level.COMPANY),
            Owner.of("founder", "Founder", Level.INDIVIDUAL, "startup"),
            Owner.of("marketing-team", "Marketing team", Level.TEAM, "startup"))
        .addObjectives(
            Objective.of("O-funding", "Raise the odds of closing a funding round", "startup"))
        .addKeyResults(
            KeyResult.of(
                "KR-vc-rounds",
                "O-funding",
                "Hold no fewer than 10 rounds of VC meetings",
                Measure.increasing("VC meeting rounds", Unit.COUNT),
                Target.increase(0, 10)),
            KeyResult.of(
                "KR-roadshow",
                "O-funding",
                "Prepare complete business-plan roadshow material",
                Measure.milestones("roadshow material"),
                Target.milestone("roadshow-material-complete")))
        .addKpis(
            Kpi.builder()
                .id("K-vc-meetings")
                .ownerId("founder")
                .title("Hold 3 VC meetings per month")
                .measure(Measure.increasing("VC meetings per month", Unit.COUNT))
                .target(Target.increase(0, 3))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-vc-rounds"))
                .build(),
            Kpi.builder()
                .id("K-pr-releases")
                .ownerId("marketing-team")
                .title("Issue 2 brand-endorsement PR releases per month")
                .measure(Measure.increasing("PR releases per month", Unit.COUNT))
                .target(Target.increase(0, 2))
                .frequency(Frequency.MONTHLY)
                .addContribution(Contribution.to("KR-vc-rounds"))
                .build())
        .addCheckIns(
            CheckIn.of("KR-vc-rounds", day(4, 30), 3),
            CheckIn.of("KR-vc-rounds", day(5, 31), 7),
            CheckIn.milestone("KR-roadshow", day(5, 25), "roadshow-material-complete", true),
            CheckIn.of("K-vc-meetings", day(4, 30), 3),
            CheckIn.of("K-vc-meetings", day(5, 31), 4),
            CheckIn.of("K-pr-releases", day(4, 30), 1),
            CheckIn.of("K-pr-releases", day(5, 31), 2))
        .build();
  }

  /**
   * The seed's re-tuning example, as the quarter before the change: a tech company whose OKR is to
   * expand the product line, measured by product launches. Next quarter its OKR becomes "improve
   * the product and grow word of mouth", and the KPI "number of product launches" gives way to
   * "user satisfaction score of at least 4.5" (see the rollover tests).
   */
  public static Plan techCompany() {
    return Plan.builder()
        .name("Tech company")
        .period(QUARTER)
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
            CheckIn.of("KR-launches", day(5, 31), 2),
            CheckIn.of("K-launches", day(5, 31), 2),
            CheckIn.of("K-tickets", day(4, 30), 84),
            CheckIn.of("K-tickets", day(5, 31), 86))
        .build();
  }
}

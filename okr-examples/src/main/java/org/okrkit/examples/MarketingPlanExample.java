package org.okrkit.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Contributor;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The seed article's team-level marketing example, built in code, printed as an outline, then
 * scored under the default policy (graded key results, binary KPIs) with one explanation.
 *
 * <p>"OKR on top, KPI below": the marketing department sets the objective "raise the company's
 * market influence" with three key results, and the marketing manager's individual KPI of five
 * brand campaigns a month supports the key result on media mentions.
 *
 * <p>Run it from the repository root with {@code mvn -B -q -pl okr-examples -am test-compile
 * exec:java}.
 */
public final class MarketingPlanExample {
  /** The date the example's check-ins run up to, and the date the outline reports values at. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 5, 31);

  private MarketingPlanExample() {}

  /**
   * Prints the outline of the marketing plan, its scorecard and one explanation, as of {@link
   * #AS_OF}.
   */
  public static void main(String[] args) {
    Plan plan = plan();
    System.out.print(outline(plan, AS_OF));
    System.out.println();
    System.out.print(scores(plan, AS_OF));
  }

  /**
   * The plan scored under the default policy: graded key results ("the OKR grade"), binary KPIs
   * (met or not), objectives and owners by weighted mean; then why the objective scored what it
   * did.
   */
  public static String scores(Plan plan, LocalDate asOf) {
    Scorecard card = ScoringPolicy.defaults().score(plan, asOf);
    return card.render()
        + "\nWhy O-influence scored "
        + number(Math.round(card.score("O-influence").getAsDouble() * 1000) / 1000.0)
        + ":\n"
        + card.explain("O-influence").render();
  }

  /** The marketing plan for the second quarter of 2026, with check-ins from April and May. */
  public static Plan plan() {
    // Owners form the org chart: company, department, person.
    Owner company = Owner.of("acme", "Acme", Level.COMPANY);
    Owner marketing = Owner.of("marketing", "Marketing department", Level.DEPARTMENT, "acme");
    Owner manager =
        Owner.of("marketing-manager", "Marketing manager", Level.INDIVIDUAL, "marketing");

    // The objective is qualitative; OKRs default to ASPIRATIONAL (judged against ~0.7).
    Objective influence =
        Objective.of("O-influence", "Raise the company's market influence", "marketing");

    // Key results are measurable: a measure (what, which way is better) and a target.
    KeyResult partners =
        KeyResult.of(
            "KR-partners",
            "O-influence",
            "Add 20 partner companies within the quarter",
            Measure.increasing("new partner companies", Unit.COUNT),
            Target.increase(0, 20));
    KeyResult mentions =
        KeyResult.of(
            "KR-mentions",
            "O-influence",
            "Brand media mentions +30 %",
            Measure.increasing("brand media mentions", Unit.COUNT),
            Target.increaseByPercent(200, 30)); // +30 % on last quarter's 200 mentions
    KeyResult forums =
        KeyResult.of(
            "KR-forums",
            "O-influence",
            "Run at least 5 high-quality industry forums",
            Measure.increasing("industry forums held", Unit.COUNT),
            Target.increase(0, 5));

    // The KPI breaks the team's key result down to one person, reported monthly.
    Kpi campaigns =
        Kpi.builder()
            .id("K-campaigns")
            .ownerId("marketing-manager")
            .title("Run 5 brand campaigns per month")
            .measure(Measure.increasing("brand campaigns per month", Unit.COUNT))
            .target(Target.increase(0, 5))
            .frequency(Frequency.MONTHLY)
            .addContribution(Contribution.to("KR-mentions"))
            .build();

    // Building validates everything at once; a mistake throws PlanValidationException listing
    // every problem with its path, such as "keyResults[KR-partners].target: ...".
    return Plan.builder()
        .name("Marketing")
        .period(Period.quarter(2026, 2))
        .addOwners(company, marketing, manager)
        .addObjectives(influence)
        .addKeyResults(partners, mentions, forums)
        .addKpis(campaigns)
        .addCheckIns(
            CheckIn.of("KR-partners", LocalDate.of(2026, 4, 30), 6),
            CheckIn.of("KR-partners", LocalDate.of(2026, 5, 31), 13),
            CheckIn.of("KR-mentions", LocalDate.of(2026, 4, 30), 215),
            CheckIn.of("KR-mentions", LocalDate.of(2026, 5, 31), 236),
            CheckIn.of("KR-forums", LocalDate.of(2026, 5, 20), 2),
            CheckIn.of("K-campaigns", LocalDate.of(2026, 4, 30), 5),
            CheckIn.of("K-campaigns", LocalDate.of(2026, 5, 31), 4))
        .build();
  }

  /**
   * The plan as an indented outline: each owner in org-chart order with its objectives, their key
   * results and its KPIs, each with its target and latest value as of {@code asOf}.
   */
  public static String outline(Plan plan, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    out.append(plan.name().orElse("Plan"))
        .append(" - ")
        .append(plan.period())
        .append(" (")
        .append(plan.period().start())
        .append(" to ")
        .append(plan.period().end())
        .append("), as of ")
        .append(asOf)
        .append('\n');
    for (Owner root : plan.owners()) {
      if (root.parentId().isPresent()) {
        continue;
      }
      // subtreeOf walks the org chart breadth first, without recursion.
      for (Owner owner : plan.subtreeOf(root.id())) {
        List<Objective> objectives = plan.objectivesOf(owner.id());
        List<Kpi> kpis = plan.kpisOf(owner.id());
        if (objectives.isEmpty() && kpis.isEmpty()) {
          continue;
        }
        out.append('\n').append(owner.name()).append(" (").append(owner.level()).append(")\n");
        for (Objective o : objectives) {
          out.append("  Objective ")
              .append(o.id())
              .append(" [")
              .append(o.kind())
              .append("]: ")
              .append(o.title())
              .append('\n');
          for (KeyResult kr : plan.keyResultsOf(o.id())) {
            out.append("    ").append(kr.id()).append(": ").append(kr.title()).append('\n');
            appendProgress(out, plan, kr, asOf, "      ");
            for (Contributor c : plan.contributorsTo(kr.id())) {
              out.append("      supported by ")
                  .append(c.kpi().id())
                  .append(" (weight ")
                  .append(number(c.weight()))
                  .append(")\n");
            }
          }
        }
        for (Kpi k : kpis) {
          out.append("  KPI ")
              .append(k.id())
              .append(": ")
              .append(k.title())
              .append(" (")
              .append(k.frequency())
              .append(")\n");
          appendProgress(out, plan, k, asOf, "    ");
          for (Contribution c : k.contributions()) {
            out.append("    supports ")
                .append(c.keyResultId())
                .append(" (weight ")
                .append(number(c.weight()))
                .append(")\n");
          }
        }
      }
    }
    return out.toString();
  }

  private static void appendProgress(
      StringBuilder out, Plan plan, MeasuredElement e, LocalDate asOf, String indent) {
    out.append(indent)
        .append("target ")
        .append(e.target().describe())
        .append(' ')
        .append(e.measure().name());
    Optional<CheckIn> latest = plan.latestCheckIn(e.id(), asOf);
    if (latest.isPresent()) {
      out.append("; latest ")
          .append(number(plan.valueAsOf(e.id(), asOf).getAsDouble()))
          .append(" on ")
          .append(latest.get().date());
    } else {
      out.append("; no check-in yet");
    }
    out.append('\n');
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}

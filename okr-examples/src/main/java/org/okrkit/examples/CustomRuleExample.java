package org.okrkit.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentContext;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.Severity;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;

/**
 * Writing a custom {@link AlignmentRule}: a host's own check, run by the analyzer beside the
 * built-in rules. This one flags stale KPIs: a KPI nobody has reported on for weeks cannot tell
 * whether its key result is being served.
 *
 * <p>A rule reads the plan (and its alignment graph and configuration) from the context and passes
 * findings to a consumer. The contract (see {@link AlignmentRule}): it changes nothing, gives the
 * same findings for equal plans, is thread-safe, never throws on a valid plan, and names itself in
 * {@code toString()}. Give it codes of your own ({@code ALN} codes belong to okrkit). The tests of
 * this example check {@link StaleKpis} against the laws the built-ins keep, with okr-testing's
 * {@code AlignmentRuleContract} (as jqwik properties) and {@code Contracts.checkRule} (from a plain
 * test).
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.CustomRuleExample}.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /**
   * {@code ACME001}: a KPI whose latest check-in is more than {@code maxDays} before {@code asOf},
   * or that has none. A record: an immutable value that prints its parameters. The date is a
   * parameter because a rule never reads the clock.
   *
   * @param asOf the date the plan is looked at
   * @param maxDays the most days a KPI may go without a check-in
   */
  public record StaleKpis(LocalDate asOf, int maxDays) implements AlignmentRule {
    /** The rule's code. */
    public static final String CODE = "ACME001";

    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      Plan plan = context.plan();
      for (Kpi kpi : plan.kpis()) {
        Optional<CheckIn> latest = plan.latestCheckIn(kpi.id(), asOf);
        String who = plan.owner(kpi.ownerId()).map(o -> o.name()).orElse(kpi.ownerId());
        if (latest.isEmpty()) {
          findings.accept(
              Finding.of(
                  CODE,
                  Severity.WARNING,
                  List.of(kpi.id(), kpi.ownerId()),
                  "KPI '" + kpi.id() + "' has no check-in by " + asOf,
                  "ask " + who + " to report on '" + kpi.title() + "'"));
          continue;
        }
        long days = ChronoUnit.DAYS.between(latest.get().date(), asOf);
        if (days > maxDays) {
          findings.accept(
              Finding.of(
                  CODE,
                  Severity.WARNING,
                  List.of(kpi.id(), kpi.ownerId()),
                  "KPI '"
                      + kpi.id()
                      + "' was last reported on "
                      + latest.get().date()
                      + ", "
                      + days
                      + " days before "
                      + asOf
                      + "; expected a check-in every "
                      + maxDays
                      + " days",
                  "ask "
                      + who
                      + " for this "
                      + kpi.frequency().name().toLowerCase(java.util.Locale.ROOT)
                      + " KPI's latest figure"));
        }
      }
    }
  }

  /** Prints the findings of the default rules and the stale-KPI rule at the end of the quarter. */
  public static void main(String[] args) {
    System.out.print(run(MarketingPlanExample.plan(), LocalDate.of(2026, 6, 30)));
  }

  /** Everything {@link #main} prints. */
  public static String run(Plan plan, LocalDate asOf) {
    AlignmentReport report =
        AlignmentAnalyzer.builder()
            .addDefaultRules()
            .addRule(new StaleKpis(asOf, 14)) // added like any built-in rule
            .build()
            .analyze(plan);
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      out.append(f.severity())
          .append(' ')
          .append(f.code())
          .append(": ")
          .append(f.message())
          .append('\n')
          .append("  fix: ")
          .append(f.hint())
          .append('\n');
    }
    return out.toString();
  }
}

package org.okrkit.examples;

import java.time.LocalDate;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentConfig;
import org.okrkit.alignment.AlignmentGraph;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.Impact;
import org.okrkit.alignment.ScoreAwareRules;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * Analysing alignment: do the individual KPIs really serve the team's key results? The seed's
 * marketing plan breaks only one of its three key results down into a KPI, and the analysis says
 * so.
 *
 * <p>The analyzer runs the structural rules ({@code ALN001}-{@code ALN014}) and, given a scorecard,
 * the score-aware divergence rule ({@code ALN101}, {@code ALN102}), all of okr-alignment. Its
 * configuration sets the thresholds; a host adds rules of its own (see {@link CustomRuleExample}).
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.AlignmentExample}.
 */
public final class AlignmentExample {
  private AlignmentExample() {}

  /** Prints the report, the KPI's impact, and the report under a looser coverage threshold. */
  public static void main(String[] args) {
    System.out.print(run(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF));
  }

  /** Everything {@link #main} prints. */
  public static String run(Plan plan, LocalDate asOf) {
    // The default rules, plus the one that compares KPI scores with their key results' status;
    // analysing the scorecard (not just the plan) gives that rule the scores.
    Scorecard card = ScoringPolicy.defaults().score(plan, asOf);
    AlignmentReport report =
        AlignmentAnalyzer.builder()
            .addDefaultRules()
            .addRules(ScoreAwareRules.divergence())
            .build()
            .analyze(card);
    StringBuilder out = new StringBuilder(report.render());

    // The graph behind the figures: how much of each objective and owner one KPI carries.
    Impact impact = AlignmentGraph.of(plan).impactOf("K-campaigns");
    out.append("\nK-campaigns carries ")
        .append(Numbers.score(impact.weightIn("KR-mentions").orElse(0)))
        .append(" of KR-mentions and ")
        .append(Numbers.score(impact.weightIn("O-influence").orElse(0)))
        .append(" of O-influence\n");

    // A team that accepts a third of its key-result weight without KPIs sets a lower threshold;
    // the low-coverage finding (ALN003) goes, the unsupported key results (ALN002) stay.
    AlignmentReport looser =
        AlignmentAnalyzer.builder()
            .addDefaultRules()
            .config(AlignmentConfig.defaults().withMinimumCoverage(0.3))
            .build()
            .analyze(plan);
    out.append("\nWith a minimum coverage of 30 %:\n");
    for (Finding f : looser.findings()) {
      out.append("  ")
          .append(f.code())
          .append(' ')
          .append(f.severity())
          .append(' ')
          .append(String.join(", ", f.ids()))
          .append('\n');
    }
    return out.toString();
  }
}

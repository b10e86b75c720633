package org.okrkit.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

/**
 * Choosing and tuning a scoring policy: the seed's marketing plan scored under the default policy
 * and under one tuned for a team that wants credit for partial delivery, side by side; then the
 * tuned policy written as YAML, ready for {@code okr score --policy}.
 *
 * <p>A policy is data: strategies for key results and KPIs (overridable per element, tag or level),
 * how scores roll up, the colour bands and the pace. Two policies are equal when their settings
 * are, and a policy prints its settings.
 *
 * <p>Run it with {@code mvn -B -q -pl okr-examples -am test-compile exec:java
 * -Dexec.mainClass=org.okrkit.examples.PolicyTuningExample}.
 */
public final class PolicyTuningExample {
  private PolicyTuningExample() {}

  /** Prints the comparison and the tuned policy as YAML. */
  public static void main(String[] args) {
    System.out.print(compare(MarketingPlanExample.plan(), MarketingPlanExample.AS_OF));
  }

  /**
   * The tuned policy. Each setting answers a question a team asks when it adopts OKRs with KPIs.
   */
  public static ScoringPolicy tuned() {
    return ScoringPolicy.builder()
        // "Does overshooting a key result count?" Up to 120 %, graded in tenths like OKR grades.
        .keyResultStrategy(Strategies.linear(1.2, true))
        // "Are 4 campaigns out of 5 worth nothing?" Credit the share of the target, up to 100 %.
        .kpiStrategy(Strategies.percentOfTarget(1))
        // "Forums are hard to book": two of five already earn half, all five earn everything.
        .putElementStrategy("KR-forums", Strategies.stepped(Point.of(0.4, 0.5), Point.of(1, 1)))
        // "Should the KPIs move the key results?" 30 % of a key result comes from its KPIs.
        .keyResultKpiShare(0.3)
        // "When is a score good?" For this aspirational objective, green from 0.6.
        .bands(Bands.builder().yellowFrom(0.3).greenFrom(0.6).build())
        .build();
  }

  /**
   * Every element's score, band and status under the defaults and under {@link #tuned()}; then the
   * tuned policy as YAML, and whether it reads back equal.
   */
  public static String compare(Plan plan, LocalDate asOf) {
    Scorecard defaults = ScoringPolicy.defaults().score(plan, asOf);
    Scorecard tuned = tuned().score(plan, asOf);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US, "%-14s %-24s %s%n", "as of " + asOf, "default policy", "tuned policy"));
    for (ElementScore d : defaults.elements()) {
      ElementScore t = tuned.element(d.id()).orElseThrow();
      out.append(String.format(Locale.US, "%-14s %-24s %s%n", d.id(), cell(d), cell(t)));
    }
    // A policy is data: write it for okr score --policy, read it back, compare.
    String yaml = PolicyFiles.write(tuned(), Format.YAML);
    out.append("\nThe tuned policy as a file (it reads back ")
        .append(PolicyFiles.read(yaml, Format.YAML).equals(tuned()) ? "equal" : "DIFFERENT")
        .append("):\n")
        .append(yaml);
    return out.toString();
  }

  private static String cell(ElementScore e) {
    return Numbers.score(e.score().orElse(0))
        + " "
        + e.band().map(Enum::name).orElse("-")
        + " "
        + e.status().map(Enum::name).orElse("-");
  }
}

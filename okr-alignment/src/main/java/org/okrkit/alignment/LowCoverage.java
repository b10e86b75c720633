package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN003}: objectives whose coverage lies below {@link AlignmentConfig#minimumCoverage()}.
 * The covered share is shown in percent rounded down to one decimal, so that a figure just below
 * the minimum never reads as the minimum; the minimum is shown exactly as configured.
 */
final class LowCoverage extends BuiltInRule {
  static final LowCoverage RULE = new LowCoverage();

  private LowCoverage() {
    super("lowCoverage", AlignmentRules.LOW_COVERAGE);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    double minimum = context.config().minimumCoverage();
    double minimumPercent = BigDecimal.valueOf(minimum).movePointRight(2).doubleValue();
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    Flow.Figures figures = graph.figures();
    // objective o is node o of the flow
    for (int o = 0; o < s.objectiveCount(); o++) {
      double covered = figures.covered(o);
      if (!(covered < minimum)) {
        continue;
      }
      String id = s.objectiveId(o);
      if (graph.flow().isFed(o)) {
        double coveredPercent = Math.floor(covered * 1000 + 1e-9) / 10;
        findings.accept(
            finding(
                Severity.WARNING,
                List.of(id),
                ImmutableMap.of(
                    "objective",
                    id,
                    "coveredPercent",
                    coveredPercent,
                    "minimumPercent",
                    minimumPercent)));
      } else {
        findings.accept(
            finding(
                "unfed",
                Severity.WARNING,
                List.of(id),
                ImmutableMap.of("objective", id, "minimumPercent", minimumPercent)));
      }
    }
  }
}

package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.Period;
import org.okrkit.core.PlanStructure;

/** {@code ALN009}: KPIs whose period does not lie inside their key result's period. */
final class PeriodMismatch extends BuiltInRule {
  static final PeriodMismatch RULE = new PeriodMismatch();

  private PeriodMismatch() {
    super("periodMismatch", AlignmentRules.PERIOD_MISMATCH);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    AlignmentGraph.Supports supports = graph.supports();
    AlignmentGraph.Kpis kpis = graph.kpis();
    Period[] objectivePeriod = objectivePeriods(context);
    for (int i = 0; i < supports.size(); i++) {
      int p = supports.kpi[i];
      Period kpiPeriod = kpis.period[p];
      Period krPeriod = objectivePeriod[s.keyResultObjective(supports.keyResult[i])];
      // most KPIs and key results share the plan's period: the same instance
      if (kpiPeriod != krPeriod && !krPeriod.encloses(kpiPeriod)) {
        String k = s.measuredId(s.keyResultCount() + p);
        String kr = s.measuredId(supports.keyResult[i]);
        findings.accept(
            finding(
                Severity.WARNING,
                List.of(k, kr),
                ImmutableMap.of(
                    "kpi", k,
                    "kpiPeriod", kpiPeriod,
                    "keyResult", kr,
                    "keyResultPeriod", krPeriod,
                    "keyResultPeriodName", krPeriod.toString())));
      }
    }
  }

  /** Each objective's period, the plan's when it has none of its own. */
  static Period[] objectivePeriods(AlignmentContext context) {
    PlanStructure s = context.graph().structure();
    Period planPeriod = context.plan().period();
    Period[] periods = new Period[s.objectiveCount()];
    for (int o = 0; o < periods.length; o++) {
      periods[o] = s.objective(o).period().orElse(planPeriod);
    }
    return periods;
  }
}

package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ALN005}: KPIs spread over more than {@link AlignmentConfig#maxKeyResultsPerKpi()} key
 * results.
 */
final class KpiSpread extends BuiltInRule {
  static final KpiSpread RULE = new KpiSpread();

  private KpiSpread() {
    super("kpiSpread", AlignmentRules.KPI_SPREAD);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    int max = context.config().maxKeyResultsPerKpi();
    Flow flow = context.graph().flow();
    for (int p = 0; p < flow.structure().kpiCount(); p++) {
      int x = flow.kpiNode(p);
      int supported = flow.edgesTo(x) - flow.edgesFrom(x);
      if (supported <= max) {
        continue;
      }
      String id = flow.id(x);
      List<String> keyResults = new ArrayList<>();
      for (int e = flow.edgesFrom(x); e < flow.edgesTo(x); e++) {
        keyResults.add(flow.id(flow.target(e)));
      }
      findings.accept(
          finding(
              Severity.WARNING,
              ImmutableList.<String>builder().add(id).addAll(keyResults).build(),
              ImmutableMap.of(
                  "kpi", id, "count", supported, "keyResults", keyResults, "max", max)));
    }
  }
}

package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;

/** {@code ALN001}: KPIs that support no key result. */
final class OrphanKpis extends BuiltInRule {
  static final OrphanKpis RULE = new OrphanKpis();

  private OrphanKpis() {
    super("orphanKpis", AlignmentRules.ORPHAN_KPI);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    Flow flow = context.graph().flow();
    for (int p = 0; p < flow.structure().kpiCount(); p++) {
      int x = flow.kpiNode(p);
      if (flow.edgesFrom(x) == flow.edgesTo(x)) {
        String id = flow.id(x);
        findings.accept(finding(Severity.WARNING, List.of(id), ImmutableMap.of("kpi", id)));
      }
    }
  }
}

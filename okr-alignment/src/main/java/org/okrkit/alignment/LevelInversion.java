package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.Owner;
import org.okrkit.core.PlanStructure;

/** {@code ALN006}: KPIs supporting a key result of a lower-level owner. */
final class LevelInversion extends BuiltInRule {
  static final LevelInversion RULE = new LevelInversion();

  private LevelInversion() {
    super("levelInversion", AlignmentRules.LEVEL_INVERSION);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    OrgChart org = graph.org();
    AlignmentGraph.Supports supports = graph.supports();
    for (int i = 0; i < supports.size(); i++) {
      int kpiAt = supports.kpiOwner[i];
      int krAt = supports.keyResultOwner[i];
      if (!org.level(kpiAt).isAbove(org.level(krAt))) {
        continue;
      }
      String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
      String kr = s.measuredId(supports.keyResult[i]);
      Owner kpiOwner = s.owner(kpiAt);
      Owner krOwner = s.owner(krAt);
      findings.accept(
          finding(
              Severity.WARNING,
              List.of(k, kr, kpiOwner.id(), krOwner.id()),
              ImmutableMap.of(
                  "kpi", k,
                  "kpiOwner", kpiOwner.id(),
                  "kpiOwnerLevel", kpiOwner.level(),
                  "keyResult", kr,
                  "keyResultOwner", krOwner.id(),
                  "keyResultOwnerLevel", krOwner.level())));
    }
  }
}

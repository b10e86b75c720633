package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.function.Consumer;
import org.okrkit.core.PlanStructure;

/** {@code ALN008}: KPIs supporting a key result of a unit their owner is not part of. */
final class CrossUnitSupport extends BuiltInRule {
  static final CrossUnitSupport RULE = new CrossUnitSupport();

  private CrossUnitSupport() {
    super("crossUnitSupport", AlignmentRules.CROSS_UNIT);
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
      int unitAt = org.unit(krAt);
      if (org.isPartOf(kpiAt, unitAt)) {
        continue;
      }
      String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
      String kr = s.measuredId(supports.keyResult[i]);
      String kpiOwner = s.ownerId(kpiAt);
      String krOwner = s.ownerId(krAt);
      String unit = s.ownerId(unitAt);
      // the key result's owner is the unit itself, or lies in it
      boolean own = unitAt == krAt;
      ImmutableList.Builder<String> ids =
          ImmutableList.<String>builder().add(k, kr, kpiOwner, krOwner);
      if (!own) {
        ids.add(unit);
      }
      findings.accept(
          finding(
              own ? "" : "inUnit",
              Severity.INFO,
              ids.build(),
              ImmutableMap.of(
                  "kpi",
                  k,
                  "kpiOwner",
                  kpiOwner,
                  "keyResult",
                  kr,
                  "keyResultOwner",
                  krOwner,
                  "unit",
                  unit)));
    }
  }
}

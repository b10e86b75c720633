package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.Level;
import org.okrkit.core.Owner;
import org.okrkit.core.PlanStructure;

/** {@code ALN007}: KPIs supporting a key result two or more levels up past owners in between. */
final class SkippedLevels extends BuiltInRule {
  static final SkippedLevels RULE = new SkippedLevels();

  private SkippedLevels() {
    super("skippedLevels", AlignmentRules.SKIPPED_LEVEL);
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
      Level krLevel = org.level(krAt);
      // nearly every support bypasses nobody: ask before building the list
      if (!org.anyBetween(kpiAt, krLevel)) {
        continue;
      }
      ImmutableIntArray between = org.between(kpiAt, krLevel);
      List<String> bypassed = new ArrayList<>();
      List<ImmutableMap<String, Object>> named = new ArrayList<>();
      for (int j = 0; j < between.length(); j++) {
        Owner owner = s.owner(between.get(j));
        bypassed.add(owner.id());
        named.add(ImmutableMap.of("owner", owner.id(), "level", owner.level()));
      }
      String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
      String kr = s.measuredId(supports.keyResult[i]);
      Owner kpiOwner = s.owner(kpiAt);
      Owner krOwner = s.owner(krAt);
      findings.accept(
          finding(
              Severity.WARNING,
              ImmutableList.<String>builder()
                  .add(k, kr, kpiOwner.id(), krOwner.id())
                  .addAll(bypassed)
                  .build(),
              ImmutableMap.<String, Object>builder()
                  .put("kpi", k)
                  .put("kpiOwner", kpiOwner.id())
                  .put("kpiOwnerLevel", kpiOwner.level())
                  .put("keyResult", kr)
                  .put("keyResultOwner", krOwner.id())
                  .put("keyResultOwnerLevel", krOwner.level())
                  .put("bypassed", named)
                  .put("firstBypassed", bypassed.get(0))
                  .buildOrThrow()));
    }
  }
}

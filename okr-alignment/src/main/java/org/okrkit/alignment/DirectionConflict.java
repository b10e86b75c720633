package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN011}: KPIs moving their key result's measure in the opposite direction: measures of the
 * same name (see {@link DuplicateKpis#sameMeasureName}), {@code INCREASE} against {@code DECREASE}.
 */
final class DirectionConflict extends BuiltInRule {
  static final DirectionConflict RULE = new DirectionConflict();

  private DirectionConflict() {
    super("directionConflict", AlignmentRules.DIRECTION_CONFLICT);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    AlignmentGraph.Supports supports = graph.supports();
    AlignmentGraph.Kpis kpis = graph.kpis();
    // each key result's measure once, as the KPIs' are
    Measure[] keyResultMeasure = new Measure[s.keyResultCount()];
    for (int k = 0; k < keyResultMeasure.length; k++) {
      keyResultMeasure[k] = s.keyResult(k).measure();
    }
    for (int i = 0; i < supports.size(); i++) {
      Measure kpiMeasure = kpis.measure[supports.kpi[i]];
      Measure krMeasure = keyResultMeasure[supports.keyResult[i]];
      Direction kpiWay = kpiMeasure.direction();
      Direction krWay = krMeasure.direction();
      // the cheap test first: names are compared only for opposite directions
      if (!opposite(kpiWay, krWay)
          || !DuplicateKpis.sameMeasureName(kpiMeasure.name(), krMeasure.name())) {
        continue;
      }
      String k = s.measuredId(s.keyResultCount() + supports.kpi[i]);
      String kr = s.measuredId(supports.keyResult[i]);
      findings.accept(
          finding(
              Severity.ERROR,
              List.of(k, kr),
              ImmutableMap.of(
                  "kpi", k,
                  "kpiDirection", kpiWay,
                  "measure", kpiMeasure.name(),
                  "keyResult", kr,
                  "keyResultDirection", krWay)));
    }
  }

  static boolean opposite(Direction a, Direction b) {
    return (a == Direction.INCREASE && b == Direction.DECREASE)
        || (a == Direction.DECREASE && b == Direction.INCREASE);
  }
}

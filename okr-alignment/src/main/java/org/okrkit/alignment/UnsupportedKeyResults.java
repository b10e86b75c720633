package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.PlanStructure;

/** {@code ALN002}: key results that no KPI reaches, directly or through aligned objectives. */
final class UnsupportedKeyResults extends BuiltInRule {
  static final UnsupportedKeyResults RULE = new UnsupportedKeyResults();

  private UnsupportedKeyResults() {
    super("unsupportedKeyResults", AlignmentRules.UNSUPPORTED_KEY_RESULT);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    Flow.Figures figures = graph.figures();
    for (int k = 0; k < s.keyResultCount(); k++) {
      if (!figures.supported(graph.flow().keyResultNode(k))) {
        String id = s.measuredId(k);
        findings.accept(finding(Severity.WARNING, List.of(id), ImmutableMap.of("keyResult", id)));
      }
    }
  }
}

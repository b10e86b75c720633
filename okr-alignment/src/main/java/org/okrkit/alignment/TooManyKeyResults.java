package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN013}: objectives with more than {@link AlignmentConfig#maxKeyResultsPerObjective()} key
 * results.
 */
final class TooManyKeyResults extends BuiltInRule {
  static final TooManyKeyResults RULE = new TooManyKeyResults();

  private TooManyKeyResults() {
    super("tooManyKeyResults", AlignmentRules.TOO_MANY_KEY_RESULTS);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    PlanStructure s = context.graph().structure();
    int max = context.config().maxKeyResultsPerObjective();
    for (int o = 0; o < s.objectiveCount(); o++) {
      ImmutableIntArray keyResults = s.keyResultsOf(o);
      if (keyResults.length() <= max) {
        continue;
      }
      List<String> ids = new ArrayList<>(keyResults.length());
      keyResults.forEach(k -> ids.add(s.measuredId(k)));
      ids.sort(Comparator.naturalOrder());
      String objective = s.objectiveId(o);
      findings.accept(
          finding(
              Severity.WARNING,
              ImmutableList.<String>builder().add(objective).addAll(ids).build(),
              ImmutableMap.of(
                  "objective",
                  objective,
                  "count",
                  keyResults.length(),
                  "keyResults",
                  ids,
                  "max",
                  max)));
    }
  }
}

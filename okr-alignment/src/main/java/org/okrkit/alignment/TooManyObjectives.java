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
 * {@code ALN012}: owners setting more than {@link AlignmentConfig#maxObjectivesPerOwner()}
 * objectives.
 */
final class TooManyObjectives extends BuiltInRule {
  static final TooManyObjectives RULE = new TooManyObjectives();

  private TooManyObjectives() {
    super("tooManyObjectives", AlignmentRules.TOO_MANY_OBJECTIVES);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    PlanStructure s = context.graph().structure();
    int max = context.config().maxObjectivesPerOwner();
    for (int w = 0; w < s.ownerCount(); w++) {
      ImmutableIntArray objectives = s.objectivesOf(w);
      if (objectives.length() <= max) {
        continue;
      }
      List<String> ids = new ArrayList<>(objectives.length());
      objectives.forEach(o -> ids.add(s.objectiveId(o)));
      ids.sort(Comparator.naturalOrder());
      String owner = s.ownerId(w);
      findings.accept(
          finding(
              Severity.WARNING,
              ImmutableList.<String>builder().add(owner).addAll(ids).build(),
              ImmutableMap.of(
                  "owner", owner, "count", objectives.length(), "objectives", ids, "max", max)));
    }
  }
}

package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.okrkit.core.KeyResult;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN015}: objectives whose key-result weights do not add up to 1; silent unless {@link
 * AlignmentConfig#keyResultWeightsSumToOne()}. A key result the plan gives no weight counts as
 * nothing here: the weights given must add up to 1 when every key result has one, and to less than
 * 1 (leaving a share for the others) when some have none.
 */
final class KeyResultWeightSums extends BuiltInRule {
  static final KeyResultWeightSums RULE = new KeyResultWeightSums();

  private KeyResultWeightSums() {
    super("keyResultWeightSums", AlignmentRules.KEY_RESULT_WEIGHT_SUM);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentConfig config = context.config();
    if (!config.keyResultWeightsSumToOne()) {
      return;
    }
    PlanStructure s = context.graph().flow().structure();
    double tolerance = config.contributionWeightTolerance();
    for (int o = 0; o < s.objectiveCount(); o++) {
      int n = s.keyResultsOf(o).length();
      if (n == 0) {
        continue;
      }
      double sum = 0;
      int unweighted = 0;
      List<String> ids = new ArrayList<>();
      ids.add(s.objectiveId(o));
      for (int i = 0; i < n; i++) {
        KeyResult k = s.keyResult(s.keyResultsOf(o).get(i));
        ids.add(k.id());
        OptionalDouble w = k.assignedWeight();
        if (w.isPresent()) {
          sum += w.getAsDouble();
        } else {
          unweighted++;
        }
      }
      boolean fits = unweighted == 0 ? Math.abs(sum - 1) <= tolerance : sum < 1 - tolerance;
      if (fits) {
        continue;
      }
      ImmutableMap<String, Object> arguments =
          ImmutableMap.of(
              "objective",
              s.objectiveId(o),
              "sum",
              sum,
              "unweighted",
              (double) unweighted,
              "tolerance",
              tolerance);
      findings.accept(
          unweighted == 0
              ? finding(Severity.ERROR, ids, arguments)
              : finding("unweighted", Severity.ERROR, ids, arguments));
    }
  }
}

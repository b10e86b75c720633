package org.okrkit.scoring;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.ProblemException;

/**
 * The weight of each key result within its objective under a policy's {@link UnassignedWeight}
 * rule: what the rollup, the status and confidence roll-ups and the explanations weigh key results
 * by. Computed once per compiled structure.
 */
final class KeyResultWeights {
  private KeyResultWeights() {}

  /**
   * The weights of {@code s}'s key results, by position.
   *
   * @throws PolicyException when the rule is {@link UnassignedWeight#REMAINDER} and an objective's
   *     weighted key results leave nothing for its unweighted ones
   */
  static double[] of(PlanStructure s, ScoringPolicy policy) {
    List<ProblemException> problems = new ArrayList<>();
    double[] weight = weigh(s, policy, problems);
    if (!problems.isEmpty()) {
      throw new PolicyException("fit.remainder", Map.of(), problems, List.of(), List.of());
    }
    return weight;
  }

  /** Adds to {@code problems} each objective of {@code s} whose weights break the policy's rule. */
  static void check(PlanStructure s, ScoringPolicy policy, List<ProblemException> problems) {
    var unused = weigh(s, policy, problems);
  }

  private static double[] weigh(
      PlanStructure s, ScoringPolicy policy, List<ProblemException> problems) {
    int nk = s.keyResultCount();
    double[] weight = new double[nk];
    for (int k = 0; k < nk; k++) {
      weight[k] = s.keyResultWeight(k);
    }
    if (policy.unassignedWeight() == UnassignedWeight.ONE) {
      return weight;
    }
    for (int o = 0; o < s.objectiveCount(); o++) {
      ImmutableIntArray krs = s.keyResultsOf(o);
      double given = 0;
      int unweighted = 0;
      for (int i = 0; i < krs.length(); i++) {
        OptionalDouble w = s.keyResult(krs.get(i)).assignedWeight();
        if (w.isPresent()) {
          given += w.getAsDouble();
        } else {
          unweighted++;
        }
      }
      if (unweighted == 0) {
        continue;
      }
      if (!(given < 1)) {
        problems.add(leftNothing(s.objectiveId(o), given, unweighted));
        continue;
      }
      double share = (1 - given) / unweighted;
      for (int i = 0; i < krs.length(); i++) {
        if (s.keyResult(krs.get(i)).assignedWeight().isEmpty()) {
          weight[krs.get(i)] = share;
        }
      }
    }
    return weight;
  }

  /** The problem of an objective whose weighted key results leave nothing for the others. */
  private static ProblemException leftNothing(String objective, double given, int unweighted) {
    return PolicyProblems.problem(
        unweighted == 1 ? "fit.leftNothingForOne" : "fit.leftNothing",
        Map.of("objective", objective, "given", given, "unweighted", unweighted));
  }
}

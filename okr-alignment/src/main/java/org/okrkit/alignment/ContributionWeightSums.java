package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN004}: key results whose KPIs' contribution weights do not sum to 1; silent unless
 * {@link AlignmentConfig#contributionWeightsSumToOne()}.
 */
final class ContributionWeightSums extends BuiltInRule {
  static final ContributionWeightSums RULE = new ContributionWeightSums();

  private ContributionWeightSums() {
    super("contributionWeightSums", AlignmentRules.CONTRIBUTION_WEIGHT_SUM);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    AlignmentConfig config = context.config();
    if (!config.contributionWeightsSumToOne()) {
      return;
    }
    Flow flow = context.graph().flow();
    PlanStructure s = flow.structure();
    List<Integer> contributors = new ArrayList<>();
    for (int k = 0; k < s.keyResultCount(); k++) {
      // the KPIs among the key result's feeders, each with its contribution weight
      int x = flow.keyResultNode(k);
      contributors.clear();
      for (int at = flow.feedersFrom(x); at < flow.feedersTo(x); at++) {
        if (flow.isKpi(flow.feeder(at))) {
          contributors.add(at);
        }
      }
      if (contributors.isEmpty()) {
        continue;
      }
      contributors.sort(Comparator.comparing(at -> flow.id(flow.feeder(at))));
      double sum = 0;
      for (int at : contributors) {
        sum += flow.feederValue(at);
      }
      if (Math.abs(sum - 1) <= config.contributionWeightTolerance()) {
        continue;
      }
      String id = s.measuredId(k);
      List<String> ids = new ArrayList<>();
      List<ImmutableMap<String, Object>> contributions = new ArrayList<>();
      ids.add(id);
      for (int at : contributors) {
        String kpi = flow.id(flow.feeder(at));
        ids.add(kpi);
        contributions.add(ImmutableMap.of("kpi", kpi, "weight", flow.feederValue(at)));
      }
      findings.accept(
          finding(
              Severity.ERROR,
              ids,
              ImmutableMap.of(
                  "keyResult", id,
                  "sum", sum,
                  "contributions", contributions,
                  "tolerance", config.contributionWeightTolerance())));
    }
  }
}

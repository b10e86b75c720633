package org.okrkit.alignment;

import org.okrkit.testing.AlignmentRuleContract;

/**
 * The built-in rules keep the rule contract, with the strictest configuration that enables them
 * all.
 */
class DefaultRulesProperties implements AlignmentRuleContract {
  /** Every built-in rule, one after the other. */
  private static final AlignmentRule ALL =
      (context, findings) -> {
        for (AlignmentRule rule : AlignmentRules.defaults()) {
          rule.check(context, findings);
        }
      };

  @Override
  public AlignmentRule rule() {
    // a fresh named rule each call, equal to the others: what the equality law compares
    return AlignmentRules.named("all built-in rules", ALL);
  }

  @Override
  public AlignmentConfig config() {
    return AlignmentConfig.builder()
        .contributionWeightsSumToOne(true)
        .maxKeyResultsPerKpi(1)
        .maxObjectivesPerOwner(1)
        .maxKeyResultsPerObjective(1)
        .minimumCoverage(1)
        .build();
  }
}

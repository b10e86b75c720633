package org.okrkit.core.alignment;

/** The built-in rules keep the rule contract, with the strictest configuration that enables them all. */
class DefaultRulesProperties implements AlignmentRuleContract {

  @Override
  public AlignmentRule rule() {
    return AlignmentRules.named(
        "all built-in rules",
        (context, findings) -> {
          for (AlignmentRule rule : AlignmentRules.defaults()) {
            rule.check(context, findings);
          }
        });
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

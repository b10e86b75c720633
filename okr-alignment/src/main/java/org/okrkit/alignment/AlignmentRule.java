package org.okrkit.alignment;

import java.util.function.Consumer;

/**
 * A check of a plan's alignment: the SPI that the built-in {@link AlignmentRules} and a host's own
 * rules implement, and that an {@link AlignmentAnalyzer} runs.
 *
 * <p>A rule reads the {@linkplain AlignmentContext context} (the plan, its {@link AlignmentGraph},
 * the {@link AlignmentConfig} and, when the analysis has one, the plan's {@link
 * org.okrkit.scoring.Scorecard}) and passes each {@link Finding} to the consumer, in any order: the
 * report sorts them. A rule that needs scores reads them from {@link AlignmentContext#scorecard()},
 * so that one rule serves every plan; when there are none, it reports nothing, as the built-in
 * {@link ScoreAwareRules} do. Anything else a rule needs it takes when it is constructed.
 *
 * <p>The contract, which the built-in rules keep:
 *
 * <ul>
 *   <li>{@code check} changes nothing and gives the same findings for equal contexts;
 *   <li>it may run on several threads at once, so a rule is immutable or otherwise thread-safe;
 *   <li>it passes findings only while {@code check} runs;
 *   <li>it terminates on every valid plan and does not throw; if it does, the analyzer reports the
 *       failure as a finding ({@code ALN000}) or rethrows it, as {@linkplain
 *       AlignmentAnalyzer.Builder#failFast configured};
 *   <li>it runs in time about linear in the plan's size and never recurses as deep as the plan's
 *       hierarchies (which may be 100,000 levels deep); {@link AlignmentGraph} answers structural
 *       questions iteratively.
 * </ul>
 *
 * <p>A rule's {@code toString()} names it in reports, so a rule written as a lambda should be
 * wrapped with {@link AlignmentRules#named}. A built-in rule is an immutable value: equal rules are
 * equal, and an analyzer runs each distinct rule once.
 */
@FunctionalInterface
public interface AlignmentRule {

  /**
   * Checks the context's plan and passes every finding to {@code findings}.
   *
   * @param context the plan, its alignment graph, the configuration and any scorecard; not null
   * @param findings receives the findings; not null, and it rejects null findings
   */
  void check(AlignmentContext context, Consumer<Finding> findings);
}

package org.okrkit.alignment;

import static org.okrkit.alignment.Checks.requireArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The built-in structural alignment rules, and their finding codes. Each factory returns an
 * immutable value: equal rules are equal, and an analyzer runs each distinct rule once. The rules
 * take their thresholds from the context's {@link AlignmentConfig}.
 *
 * <p>Every finding code, the rule that reports it, its severity, and the order of its {@linkplain
 * Finding#ids() ids}:
 *
 * <table>
 *   <caption>Finding codes of the structural rules</caption>
 *   <tr><th>code</th><th>rule</th><th>severity</th><th>condition</th><th>ids</th></tr>
 *   <tr><td>ALN000</td><td>(the analyzer)</td><td>ERROR</td>
 *       <td>a rule threw; its findings may be missing</td><td>none</td></tr>
 *   <tr><td>ALN001</td><td>{@link #orphanKpis()}</td><td>WARNING</td>
 *       <td>a KPI supports no key result</td><td>KPI</td></tr>
 *   <tr><td>ALN002</td><td>{@link #unsupportedKeyResults()}</td><td>WARNING</td>
 *       <td>no KPI reaches a key result, directly or through the objectives aligned with it</td>
 *       <td>key result</td></tr>
 *   <tr><td>ALN003</td><td>{@link #lowCoverage()}</td><td>WARNING</td>
 *       <td>an objective's {@linkplain Coverage coverage} lies below {@link
 *       AlignmentConfig#minimumCoverage()}; this includes an objective with no key results and no
 *       objectives aligned with it, whose coverage is 0</td><td>objective</td></tr>
 *   <tr><td>ALN004</td><td>{@link #contributionWeightSums()}</td><td>ERROR</td>
 *       <td>when {@link AlignmentConfig#contributionWeightsSumToOne()}: the contribution weights of
 *       the KPIs supporting a key result do not sum to 1 within the tolerance</td>
 *       <td>key result, then its KPIs by id</td></tr>
 *   <tr><td>ALN005</td><td>{@link #kpiSpread()}</td><td>WARNING</td>
 *       <td>a KPI supports more than {@link AlignmentConfig#maxKeyResultsPerKpi()} key results</td>
 *       <td>KPI, then its key results in contribution order</td></tr>
 *   <tr><td>ALN006</td><td>{@link #levelInversion()}</td><td>WARNING</td>
 *       <td>a KPI's owner lies at a higher {@link org.okrkit.core.Level} than the owner of a key
 *       result it supports</td><td>KPI, key result, KPI owner, key result owner</td></tr>
 *   <tr><td>ALN007</td><td>{@link #skippedLevels()}</td><td>WARNING</td>
 *       <td>a KPI supports a key result whose owner is at least two levels above the KPI's owner,
 *       and the org chart above the KPI's owner has owners at the levels in between, which the
 *       support bypasses (see {@link AlignmentGraph#ownersBetween})</td>
 *       <td>KPI, key result, KPI owner, key result owner, bypassed owners (lowest level first)</td></tr>
 *   <tr><td>ALN008</td><td>{@link #crossUnitSupport()}</td><td>INFO</td>
 *       <td>a KPI supports a key result of a unit (see {@link AlignmentGraph#unitOf}) its owner is
 *       not {@linkplain AlignmentGraph#isPartOf part of}</td>
 *       <td>KPI, key result, KPI owner, key result owner, and the unit when it differs</td></tr>
 *   <tr><td>ALN009</td><td>{@link #periodMismatch()}</td><td>WARNING</td>
 *       <td>a KPI's {@linkplain AlignmentContext#periodOf period} does not lie inside the period of a
 *       key result it supports</td><td>KPI, key result</td></tr>
 *   <tr><td>ALN010</td><td>{@link #frequencyMismatch()}</td><td>WARNING</td>
 *       <td>a KPI's reporting {@link org.okrkit.core.Frequency} does not {@linkplain
 *       org.okrkit.core.Frequency#fitsIn fit} the period of a key result it supports; since a valid
 *       KPI's own period fits its frequency, this comes with ALN009 and says why the KPI cannot
 *       simply take the key result's period</td>
 *       <td>KPI, key result</td></tr>
 *   <tr><td>ALN011</td><td>{@link #directionConflict()}</td><td>ERROR</td>
 *       <td>a KPI and a key result it supports measure the same thing (measure names equal, ignoring
 *       case and surrounding blanks) in opposite directions ({@code INCREASE} against {@code
 *       DECREASE})</td><td>KPI, key result</td></tr>
 *   <tr><td>ALN012</td><td>{@link #tooManyObjectives()}</td><td>WARNING</td>
 *       <td>an owner sets more than {@link AlignmentConfig#maxObjectivesPerOwner()} objectives</td>
 *       <td>owner, then its objectives by id</td></tr>
 *   <tr><td>ALN013</td><td>{@link #tooManyKeyResults()}</td><td>WARNING</td>
 *       <td>an objective has more than {@link AlignmentConfig#maxKeyResultsPerObjective()} key
 *       results</td><td>objective, then its key results by id</td></tr>
 *   <tr><td>ALN014</td><td>{@link #duplicateKpis()}</td><td>WARNING</td>
 *       <td>two or more KPIs of one owner have the same measure (name as for ALN011, unit and
 *       direction) and equal targets</td><td>the KPIs by id, then their owner</td></tr>
 *   <tr><td>ALN015</td><td>{@link #keyResultWeightSums()}</td><td>ERROR</td>
 *       <td>when {@link AlignmentConfig#keyResultWeightsSumToOne()}: an objective's key-result
 *       weights do not add up to 1 within the contribution tolerance, or, when some key results
 *       have no weight, the weights given leave nothing for them</td><td>objective, then its key
 *       results in plan order</td></tr>
 * </table>
 *
 * <p>Codes up to {@code ALN099} are reserved for the structural rules, {@code ALN100} to {@code
 * ALN199} for the score-aware rules ({@link ScoreAwareRules}).
 *
 * <p>Each rule reports one code. The messages and hints are written from {@link #templates()}, the
 * table {@code org/okrkit/alignment/findings.properties}, which also names each code's arguments
 * (see {@link Finding#arguments()}).
 */
public final class AlignmentRules {
  /** A rule threw while checking a plan. */
  public static final String RULE_FAILED = "ALN000";

  /** A KPI supports no key result. */
  public static final String ORPHAN_KPI = "ALN001";

  /** No KPI reaches a key result. */
  public static final String UNSUPPORTED_KEY_RESULT = "ALN002";

  /** An objective's coverage lies below the minimum. */
  public static final String LOW_COVERAGE = "ALN003";

  /** Contribution weights into a key result do not sum to 1. */
  public static final String CONTRIBUTION_WEIGHT_SUM = "ALN004";

  /** A KPI supports too many key results. */
  public static final String KPI_SPREAD = "ALN005";

  /** A KPI of a higher level supports a key result of a lower level. */
  public static final String LEVEL_INVERSION = "ALN006";

  /** A KPI supports a key result two or more levels up, bypassing the owners in between. */
  public static final String SKIPPED_LEVEL = "ALN007";

  /** A KPI supports a key result of a unit its owner is not part of. */
  public static final String CROSS_UNIT = "ALN008";

  /** A KPI's period does not lie inside its key result's period. */
  public static final String PERIOD_MISMATCH = "ALN009";

  /** A KPI's reporting frequency does not fit its key result's period. */
  public static final String FREQUENCY_MISMATCH = "ALN010";

  /** A KPI moves its key result's measure the other way. */
  public static final String DIRECTION_CONFLICT = "ALN011";

  /** An owner sets too many objectives. */
  public static final String TOO_MANY_OBJECTIVES = "ALN012";

  /** An objective has too many key results. */
  public static final String TOO_MANY_KEY_RESULTS = "ALN013";

  /** KPIs of one owner with the same measure and target. */
  public static final String DUPLICATE_KPI = "ALN014";

  /** An objective's key-result weights do not add up to 1. */
  public static final String KEY_RESULT_WEIGHT_SUM = "ALN015";

  private static final FindingTemplates TEMPLATES =
      // a lambda of this module, so that the table is read from okr-alignment's own resources
      FindingTemplates.load("findings", name -> AlignmentRules.class.getResourceAsStream(name));

  private static final ImmutableList<AlignmentRule> DEFAULTS =
      ImmutableList.of(
          OrphanKpis.RULE,
          UnsupportedKeyResults.RULE,
          LowCoverage.RULE,
          ContributionWeightSums.RULE,
          KpiSpread.RULE,
          LevelInversion.RULE,
          SkippedLevels.RULE,
          CrossUnitSupport.RULE,
          PeriodMismatch.RULE,
          FrequencyMismatch.RULE,
          DirectionConflict.RULE,
          TooManyObjectives.RULE,
          TooManyKeyResults.RULE,
          DuplicateKpis.RULE,
          KeyResultWeightSums.RULE);

  private AlignmentRules() {}

  /**
   * The templates of every built-in finding code: the structural {@code ALN000} to {@code ALN015}
   * and the score-aware {@code ALN101} and {@code ALN102} of {@link ScoreAwareRules}, one table. To
   * write a built-in finding again in another language ({@link FindingTemplates#message(Finding,
   * java.util.Locale)}).
   */
  public static FindingTemplates templates() {
    return TEMPLATES;
  }

  /** Every built-in rule, in the order of their codes. */
  public static ImmutableList<AlignmentRule> defaults() {
    return DEFAULTS;
  }

  /** {@code ALN001}: KPIs that support no key result. */
  public static AlignmentRule orphanKpis() {
    return OrphanKpis.RULE;
  }

  /** {@code ALN002}: key results that no KPI reaches, directly or through aligned objectives. */
  public static AlignmentRule unsupportedKeyResults() {
    return UnsupportedKeyResults.RULE;
  }

  /**
   * {@code ALN003}: objectives whose coverage lies below {@link AlignmentConfig#minimumCoverage()}.
   */
  public static AlignmentRule lowCoverage() {
    return LowCoverage.RULE;
  }

  /**
   * {@code ALN004}: key results whose KPIs' contribution weights do not sum to 1; silent unless
   * {@link AlignmentConfig#contributionWeightsSumToOne()}.
   */
  public static AlignmentRule contributionWeightSums() {
    return ContributionWeightSums.RULE;
  }

  /**
   * {@code ALN005}: KPIs spread over more than {@link AlignmentConfig#maxKeyResultsPerKpi()} key
   * results.
   */
  public static AlignmentRule kpiSpread() {
    return KpiSpread.RULE;
  }

  /** {@code ALN006}: KPIs supporting a key result of a lower-level owner. */
  public static AlignmentRule levelInversion() {
    return LevelInversion.RULE;
  }

  /** {@code ALN007}: KPIs supporting a key result two or more levels up past owners in between. */
  public static AlignmentRule skippedLevels() {
    return SkippedLevels.RULE;
  }

  /** {@code ALN008}: KPIs supporting a key result of a unit their owner is not part of. */
  public static AlignmentRule crossUnitSupport() {
    return CrossUnitSupport.RULE;
  }

  /** {@code ALN009}: KPIs whose period does not lie inside their key result's period. */
  public static AlignmentRule periodMismatch() {
    return PeriodMismatch.RULE;
  }

  /** {@code ALN010}: KPIs whose reporting frequency does not fit their key result's period. */
  public static AlignmentRule frequencyMismatch() {
    return FrequencyMismatch.RULE;
  }

  /** {@code ALN011}: KPIs moving their key result's measure in the opposite direction. */
  public static AlignmentRule directionConflict() {
    return DirectionConflict.RULE;
  }

  /**
   * {@code ALN012}: owners setting more than {@link AlignmentConfig#maxObjectivesPerOwner()}
   * objectives.
   */
  public static AlignmentRule tooManyObjectives() {
    return TooManyObjectives.RULE;
  }

  /**
   * {@code ALN013}: objectives with more than {@link AlignmentConfig#maxKeyResultsPerObjective()}
   * key results.
   */
  public static AlignmentRule tooManyKeyResults() {
    return TooManyKeyResults.RULE;
  }

  /** {@code ALN014}: KPIs of one owner with the same measure and target. */
  public static AlignmentRule duplicateKpis() {
    return DuplicateKpis.RULE;
  }

  /**
   * {@code ALN015}: objectives whose key-result weights do not add up to 1; silent unless {@link
   * AlignmentConfig#keyResultWeightsSumToOne()}.
   */
  public static AlignmentRule keyResultWeightSums() {
    return KeyResultWeightSums.RULE;
  }

  /**
   * {@code rule} under a name that reports use for it, such as the {@code ALN000} finding of a rule
   * that threw. Two named rules are equal when their names and rules are.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static AlignmentRule named(String name, AlignmentRule rule) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    requireArgument(!name.isBlank(), "a rule's name must not be blank");
    return new Named(name, rule);
  }

  private static final class Named implements AlignmentRule {
    private final String name;
    private final AlignmentRule rule;

    Named(String name, AlignmentRule rule) {
      this.name = name;
      this.rule = rule;
    }

    @Override
    public void check(AlignmentContext context, Consumer<Finding> findings) {
      rule.check(context, findings);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Named named && named.name.equals(name) && named.rule.equals(rule);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, rule);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

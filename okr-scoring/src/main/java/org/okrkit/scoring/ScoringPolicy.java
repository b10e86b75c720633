package org.okrkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.okrkit.core.Element;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Plan;
import org.okrkit.core.ProblemException;

/**
 * How a plan is scored, as data: which {@link ScoringStrategy strategy} scores each key result and
 * KPI, how scores roll up into objectives and owners, how a person's composite mixes OKR and KPI
 * results, and how scores are coloured and judged against the pace of the period. Policies are
 * immutable values: equal when their settings are equal, printable, and safe to share.
 *
 * <p><b>Strategies.</b> A key result or KPI is scored by the first that applies of: the strategy
 * for its id ({@link #elementStrategies()}); for the first of the policy's tags, in the policy's
 * order, that the element carries ({@link #tagStrategies()}); for its owner's level ({@link
 * #levelStrategies()}; a key result's owner is its objective's); the default for its kind ({@link
 * #keyResultStrategy()}, graded {@link Strategies#linear()} by default, and {@link #kpiStrategy()},
 * {@link Strategies#binary()} by default).
 *
 * <p><b>Rollups.</b>
 *
 * <ul>
 *   <li>A key result's score is its measured score; with a {@link #keyResultKpiShare()} above 0,
 *       that share comes from the weighted mean of the KPIs that support it, by contribution
 *       weight.
 *   <li>An objective's score is the {@link #objectiveAggregation()} of its key results, by
 *       key-result weight, and of the objectives that contribute to it directly or through one of
 *       its key results, each with weight {@link #childObjectiveWeight()} (0 leaves them out). Each
 *       node is aggregated once from its own children, so a KPI that supports two key results of a
 *       shared ancestor enters it with its combined contribution, never as an extra input.
 *   <li>An owner's KPI score is the {@link #kpiAggregation()} of the owner's KPIs by KPI weight;
 *       its OKR score the {@link #okrAggregation()} of the objectives it owns, each of weight 1;
 *       its composite {@code (kpiWeight × kpi + okrWeight × okr) / (kpiWeight + okrWeight)} over
 *       the parts it has ({@link #compositeKpiWeight()} 0.7 and {@link #compositeOkrWeight()} 0.3
 *       by default; an OKR weight of 0 keeps OKRs out of the composite, as many firms choose).
 * </ul>
 *
 * <p>An element with nothing to aggregate, and a key result or KPI without a check-in when {@link
 * #missingValue()} is {@code UNSCORED}, is unscored: no score, band or status, and left out of its
 * parent's aggregation.
 *
 * <p><b>Time.</b> Scores are taken as of a date from the latest check-in on or before it, against
 * the definitions in force on that date ({@link org.okrkit.core.Plan#asOf}); the {@link
 * #targetRule()} can judge revised targets by the original target or a time-weighted blend instead.
 * Expected progress is the {@link #pace()} (or the element's own, {@link #elementPaces()}) of the
 * share of the element's period elapsed by then; a KPI that reports more than once in its period (a
 * monthly KPI in a quarter) states a per-interval figure, so each report is expected to meet the
 * target in full. Progress is achievement clamped to [0, 1]; the {@link #paceTolerance()} judges
 * progress against the expected progress (by default the gap {@code expected - progress} against
 * {@link #onTrackTolerance()} and {@link #atRiskTolerance()}, with the margin of {@link
 * Bands#MARGIN}); objectives and owners take their status from their children's by the {@link
 * #statusRule()}, by default the weighted mean of their inputs' gaps.
 */
@Value.Immutable
public abstract sealed class ScoringPolicy implements WithScoringPolicy
    permits ImmutableScoringPolicy {

  ScoringPolicy() {}

  /** The policy with every default. */
  public static ScoringPolicy defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoringPolicy}; every setting has a default. */
  public static final class Builder extends ImmutableScoringPolicy.Builder {
    Builder() {}

    /**
     * Sets the {@linkplain ScoringPolicy#paceTolerance() pace tolerance}, such as {@code
     * PaceTolerance.ratio(0.95, 0.75)}.
     */
    @com.google.errorprone.annotations.CanIgnoreReturnValue
    public Builder paceTolerance(PaceTolerance tolerance) {
      paceToleranceOverride(tolerance);
      return this;
    }
  }

  /** The default strategy for key results: {@link Strategies#linear()}. */
  @Value.Default
  public ScoringStrategy keyResultStrategy() {
    return Strategies.linear();
  }

  /** The default strategy for KPIs: {@link Strategies#binary()}. */
  @Value.Default
  public ScoringStrategy kpiStrategy() {
    return Strategies.binary();
  }

  /** Strategies for particular key results and KPIs, by id; they win over every other rule. */
  public abstract Map<String, ScoringStrategy> elementStrategies();

  /**
   * Strategies for elements carrying a tag; the first tag in this map's order that applies wins.
   */
  public abstract Map<String, ScoringStrategy> tagStrategies();

  /** Strategies for elements whose owner is at a level. */
  public abstract Map<Level, ScoringStrategy> levelStrategies();

  /**
   * How an objective's key results and contributing objectives combine: weighted mean by default.
   */
  @Value.Default
  public Aggregation objectiveAggregation() {
    return Aggregations.weightedMean();
  }

  /**
   * The weight of each objective that contributes to another, beside key-result weights; 1 by
   * default, 0 to score objectives from their own key results only.
   */
  @Value.Default
  public double childObjectiveWeight() {
    return 1.0;
  }

  /**
   * The share of a key result's score that comes from the KPIs supporting it, from 0 (the default:
   * a key result is judged by its own measure) to 1 (entirely by its KPIs).
   */
  @Value.Default
  public double keyResultKpiShare() {
    return 0.0;
  }

  /** How an owner's KPIs combine into its KPI score: weighted mean by KPI weight by default. */
  @Value.Default
  public Aggregation kpiAggregation() {
    return Aggregations.weightedMean();
  }

  /** How an owner's objectives combine into its OKR score: weighted mean by default. */
  @Value.Default
  public Aggregation okrAggregation() {
    return Aggregations.weightedMean();
  }

  /** The weight of the KPI score in an owner's composite: 0.7 by default. */
  @Value.Default
  public double compositeKpiWeight() {
    return 0.7;
  }

  /** The weight of the OKR score in an owner's composite: 0.3 by default; 0 keeps OKRs out. */
  @Value.Default
  public double compositeOkrWeight() {
    return 0.3;
  }

  /** The colour bands. */
  @Value.Default
  public Bands bands() {
    return Bands.defaults();
  }

  /** What a key result or KPI without a check-in scores: 0 by default. */
  @Value.Default
  public MissingValue missingValue() {
    return MissingValue.ZERO;
  }

  /** Which target a revised key result or KPI is judged against: the one in force, by default. */
  @Value.Default
  public TargetRule targetRule() {
    return TargetRule.IN_FORCE;
  }

  /**
   * How a key result the plan gives no weight is weighed within its objective: 1 by default ({@link
   * UnassignedWeight#ONE}), or what the weighted ones leave of 1 ({@link
   * UnassignedWeight#REMAINDER}).
   */
  @Value.Default
  public UnassignedWeight unassignedWeight() {
    return UnassignedWeight.ONE;
  }

  /** The expected pace of progress over a period: linear by default. */
  @Value.Default
  public Pace pace() {
    return Pace.linear();
  }

  /**
   * Paces for particular elements (objectives, key results, KPIs), by id; they win over {@link
   * #pace()}.
   */
  public abstract Map<String, Pace> elementPaces();

  /**
   * The tolerance set in place of the default difference tolerance, if any: see {@link
   * #paceTolerance()}. Builders also take it as {@link Builder#paceTolerance}.
   */
  public abstract java.util.Optional<PaceTolerance> paceToleranceOverride();

  /**
   * How far behind the pace progress may be and still be on track or at risk: the {@link
   * #paceToleranceOverride()} when set, else the difference tolerance of {@link
   * #onTrackTolerance()} and {@link #atRiskTolerance()}.
   */
  public final PaceTolerance paceTolerance() {
    java.util.Optional<PaceTolerance> set = paceToleranceOverride();
    return set.isPresent()
        ? set.get()
        : PaceTolerance.difference(onTrackTolerance(), atRiskTolerance());
  }

  /**
   * How objectives and owners take their status from their children's: {@link
   * StatusRule#weightedScore()} by default.
   */
  @Value.Default
  public StatusRule statusRule() {
    return StatusRule.weightedScore();
  }

  /**
   * The pace that judges {@code id}: its own from {@link #elementPaces()}, else {@link #pace()}.
   */
  public final Pace paceFor(String id) {
    Pace own = elementPaces().get(requireNonNull(id, "id"));
    return own != null ? own : pace();
  }

  /**
   * How far behind the pace progress may be and still be on track, in the default difference {@link
   * #paceTolerance()}: 0.1 by default.
   */
  @Value.Default
  public double onTrackTolerance() {
    return 0.1;
  }

  /**
   * How far behind the pace progress may be and only be at risk, in the default difference {@link
   * #paceTolerance()}: 0.25 by default.
   */
  @Value.Default
  public double atRiskTolerance() {
    return 0.25;
  }

  /**
   * Scores {@code plan} as of the end of {@code asOf}.
   *
   * @throws PolicyException if the policy names ids or tags the plan does not have
   * @throws IllegalStateException if a host strategy or aggregation breaks its contract, naming it
   */
  public final Scorecard score(Plan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    checkFits(plan);
    return new Scorecard(
        new Engine(CompiledPolicy.of(this, plan.asOf(asOf)), plan, asOf, Map.of()));
  }

  /**
   * This policy compiled for {@code plan}: a handle that scores the plan, and every plan derived
   * from it by appending check-ins, without compiling again. Scoring once, {@link #score} is as
   * fast; a host that scores the same plan often keeps the handle for as long as it scores it, and
   * nothing else keeps it (see {@link CompiledPolicy}).
   *
   * @throws PolicyException if the policy names ids or tags the plan does not have
   */
  public final CompiledPolicy compile(Plan plan) {
    checkFits(requireNonNull(plan, "plan"));
    return CompiledPolicy.of(this, plan);
  }

  /**
   * The strategy that scores {@code element} in {@code plan}, by the rules above.
   *
   * @throws IllegalArgumentException if the element is not part of the plan
   */
  public final ScoringStrategy strategyFor(Plan plan, MeasuredElement element) {
    checkArgument(
        plan.element(element.id()).filter(element::equals).isPresent(),
        "%s '%s' is not part of %s",
        element.elementKind().noun(),
        element.id(),
        plan);
    return resolve(plan, element).strategy;
  }

  /**
   * Checks that every id and tag this policy names exists in {@code plan}, that every pace fits the
   * periods of the elements it judges (a pace's dates lie in them), and that under {@link
   * UnassignedWeight#REMAINDER} every objective's weighted key results leave something for its
   * unweighted ones (checked on the plan with every revision applied; a plan whose weights only
   * break the rule on some earlier day is refused when it is scored on that day).
   *
   * @throws PolicyException naming every unknown id and tag, every pace that does not fit and every
   *     objective whose weights leave nothing
   */
  public final void checkFits(Plan plan) {
    requireNonNull(plan, "plan");
    List<String> unknownIds = new ArrayList<>();
    List<ProblemException> problems = new ArrayList<>();
    PaceFit.check(this, plan, unknownIds, problems);
    KeyResultWeights.check(plan.structure(), this, problems);
    if (elementStrategies().isEmpty() && tagStrategies().isEmpty()) {
      if (!problems.isEmpty()) {
        throw new PolicyException(
            "fit.misfit", Map.of("plan", plan.toString()), problems, unknownIds, List.of());
      }
      return;
    }
    for (String id : elementStrategies().keySet()) {
      if (plan.keyResult(id).isEmpty() && plan.kpi(id).isEmpty()) {
        unknownIds.add(id);
        problems.add(
            PolicyProblems.problem(
                plan.element(id).isPresent() || plan.owner(id).isPresent()
                    ? "fit.notScored"
                    : "fit.unknownId",
                Map.of("id", id)));
      }
    }
    Set<String> used = new HashSet<>();
    for (Element e : plan.objectives()) {
      used.addAll(e.tags());
    }
    for (Element e : plan.keyResults()) {
      used.addAll(e.tags());
    }
    for (Element e : plan.kpis()) {
      used.addAll(e.tags());
    }
    List<String> unknownTags = new ArrayList<>();
    for (String tag : tagStrategies().keySet()) {
      if (!used.contains(tag)) {
        unknownTags.add(tag);
        problems.add(PolicyProblems.problem("fit.unknownTag", Map.of("tag", tag)));
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyException(
          "fit.misfit", Map.of("plan", plan.toString()), problems, unknownIds, unknownTags);
    }
  }

  /**
   * Whether every strategy, aggregation and pace of this policy has a {@linkplain
   * ScoringStrategy#spec() spec}, so that the policy can be written to a file and read back equal,
   * or shipped to another machine as a {@link PolicySpec}.
   */
  public final boolean isPortable() {
    return portabilityProblems().isEmpty();
  }

  /**
   * Checks that this policy can be written and shipped: that every setting holds a built-in or a
   * strategy, aggregation or pace of a registered kind, which has a spec.
   *
   * @throws IllegalArgumentException naming every setting that holds one without a spec (a host's
   *     lambda, say) and what it holds
   */
  public final void checkPortable() {
    List<String> problems = portabilityProblems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the scoring policy cannot be written or shipped: "
              + String.join("; ", problems)
              + "; use a built-in, or give each a spec through a provider (see PolicyExtensions)");
    }
  }

  private List<String> portabilityProblems() {
    List<String> problems = new ArrayList<>();
    noSpec(
        problems, "keyResultStrategy", "strategy", keyResultStrategy(), keyResultStrategy().spec());
    noSpec(problems, "kpiStrategy", "strategy", kpiStrategy(), kpiStrategy().spec());
    for (Map.Entry<String, ScoringStrategy> e : elementStrategies().entrySet()) {
      noSpec(
          problems,
          "elementStrategies." + e.getKey(),
          "strategy",
          e.getValue(),
          e.getValue().spec());
    }
    for (Map.Entry<String, ScoringStrategy> e : tagStrategies().entrySet()) {
      noSpec(
          problems, "tagStrategies." + e.getKey(), "strategy", e.getValue(), e.getValue().spec());
    }
    for (Map.Entry<Level, ScoringStrategy> e : levelStrategies().entrySet()) {
      noSpec(
          problems, "levelStrategies." + e.getKey(), "strategy", e.getValue(), e.getValue().spec());
    }
    noSpec(
        problems,
        "objectiveAggregation",
        "aggregation",
        objectiveAggregation(),
        objectiveAggregation().spec());
    noSpec(problems, "kpiAggregation", "aggregation", kpiAggregation(), kpiAggregation().spec());
    noSpec(problems, "okrAggregation", "aggregation", okrAggregation(), okrAggregation().spec());
    noSpec(problems, "pace", "pace", pace(), pace().spec());
    for (Map.Entry<String, Pace> e : elementPaces().entrySet()) {
      noSpec(problems, "elementPaces." + e.getKey(), "pace", e.getValue(), e.getValue().spec());
    }
    return problems;
  }

  private static void noSpec(
      List<String> problems,
      String setting,
      String what,
      Object value,
      java.util.Optional<?> spec) {
    if (spec.isEmpty()) {
      problems.add(
          setting
              + " is a host "
              + what
              + " without a spec ("
              + value.getClass().getName()
              + ": "
              + value
              + ")");
    }
  }

  /** A resolved strategy and where it came from, for explanations. */
  static final class Choice {
    final ScoringStrategy strategy;
    final Rule.Source source;

    /**
     * What the strategy was set for, as {@link Rule.Strategy#key()} says; empty for the defaults.
     */
    final String key;

    Choice(ScoringStrategy strategy, Rule.Source source, String key) {
      this.strategy = strategy;
      this.source = source;
      this.key = key;
    }
  }

  final Choice resolve(Plan plan, MeasuredElement element) {
    ScoringStrategy byId = elementStrategies().get(element.id());
    if (byId != null) {
      return new Choice(byId, Rule.Source.ELEMENT, element.id());
    }
    if (!element.tags().isEmpty()) {
      for (Map.Entry<String, ScoringStrategy> e : tagStrategies().entrySet()) {
        if (element.tags().contains(e.getKey())) {
          return new Choice(e.getValue(), Rule.Source.TAG, e.getKey());
        }
      }
    }
    if (!levelStrategies().isEmpty()) {
      Level level = plan.ownerOf(element.id()).level();
      ScoringStrategy byLevel = levelStrategies().get(level);
      if (byLevel != null) {
        return new Choice(byLevel, Rule.Source.OWNER_LEVEL, level.name());
      }
    }
    return element instanceof KeyResult
        ? new Choice(keyResultStrategy(), Rule.Source.KEY_RESULT_DEFAULT, "")
        : new Choice(kpiStrategy(), Rule.Source.KPI_DEFAULT, "");
  }

  @Value.Check
  final void check() {
    if (!(childObjectiveWeight() >= 0 && Double.isFinite(childObjectiveWeight()))) {
      throw PolicyProblems.problem(
          "policy.childObjectiveWeight", Map.of("weight", childObjectiveWeight()));
    }
    if (!(keyResultKpiShare() >= 0 && keyResultKpiShare() <= 1)) {
      throw PolicyProblems.problem(
          "policy.keyResultKpiShare", Map.of("share", keyResultKpiShare()));
    }
    if (!(compositeKpiWeight() >= 0
        && compositeOkrWeight() >= 0
        && Double.isFinite(compositeKpiWeight() + compositeOkrWeight())
        && compositeKpiWeight() + compositeOkrWeight() > 0)) {
      throw PolicyProblems.problem(
          "policy.compositeWeights",
          com.google.common.collect.ImmutableMap.of(
              "kpi", compositeKpiWeight(), "okr", compositeOkrWeight()));
    }
    if (!(onTrackTolerance() >= 0
        && onTrackTolerance() <= atRiskTolerance()
        && Double.isFinite(atRiskTolerance()))) {
      throw PolicyProblems.problem(
          "policy.tolerances",
          com.google.common.collect.ImmutableMap.of(
              "onTrack", onTrackTolerance(), "atRisk", atRiskTolerance()));
    }
  }
}

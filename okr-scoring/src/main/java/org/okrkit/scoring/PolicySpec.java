package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Level;

/**
 * A {@link ScoringPolicy} as plain data that can travel where the policy's objects cannot: through
 * Java serialization to another JVM (a Spark executor, say), and back to an equal policy there.
 *
 * <p><b>What travels.</b> Every setting of the policy: the strategies for key results, KPIs, ids,
 * tags (in their order) and levels, the three aggregations, the child-objective weight, the
 * key-result KPI share, the composite weights, the bands, the missing-value, target and
 * unassigned-weight rules, the pace and the elements' own paces, the tolerances, the pace tolerance
 * when one is set and the status rule. Strategies, aggregations and paces travel as their specs
 * ({@link ScoringStrategy#spec()}, {@link Aggregation#spec()}, {@link Pace#spec()}): a built-in as
 * its kind and parameters, one of a kind registered through a provider (a formula, a host's kind)
 * as its {@linkplain StrategySpec.Named named spec}, whose parameters are strings, booleans,
 * doubles and lists of them.
 *
 * <p><b>What does not.</b> A host's strategy, aggregation or pace without a spec (a lambda, say)
 * has no form here: {@link #of} refuses the policy, naming every such setting. Nor do the
 * providers: {@link #policy(PolicyExtensions)} rebuilds each named spec through the providers of
 * the receiving side, so the module or provider of each named kind must be present there too; a
 * spec whose kind is missing is refused, naming the kind.
 *
 * <p>A spec is an immutable value, equal to another when every setting is equal, and safe to share
 * between threads. {@code PolicySpec.of(policy).policy(extensions).equals(policy)} for every
 * portable policy whose named kinds {@code extensions} makes, before and after serialization, as
 * long as each provider makes equal objects of equal specs (the formula module's does). The same
 * policy always serializes to the same bytes.
 *
 * <pre>{@code
 * PolicySpec spec = PolicySpec.of(policy);      // on the driver: refuses a lambda, naming it
 * // ... serialized into a task, read on an executor ...
 * ScoringPolicy same = spec.policy();            // rebuilt with the providers found there
 * }</pre>
 */
public final class PolicySpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Form form;

  private PolicySpec(Form form) {
    this.form = form;
  }

  /**
   * The spec of {@code policy}.
   *
   * @throws IllegalArgumentException as {@link ScoringPolicy#checkPortable()} does, naming every
   *     setting that holds a strategy, aggregation or pace without a spec
   */
  public static PolicySpec of(ScoringPolicy policy) {
    requireNonNull(policy, "policy");
    policy.checkPortable();
    Bands bands = policy.bands();
    return new PolicySpec(
        new Form(
            strategy(policy.keyResultStrategy()),
            strategy(policy.kpiStrategy()),
            specs(policy.elementStrategies(), PolicySpec::strategy),
            specs(policy.tagStrategies(), PolicySpec::strategy),
            specs(policy.levelStrategies(), PolicySpec::strategy),
            aggregation(policy.objectiveAggregation()),
            policy.childObjectiveWeight(),
            policy.keyResultKpiShare(),
            aggregation(policy.kpiAggregation()),
            aggregation(policy.okrAggregation()),
            policy.compositeKpiWeight(),
            policy.compositeOkrWeight(),
            bands.yellowFrom(),
            bands.greenFrom(),
            bands.committedYellowFrom(),
            bands.committedGreenFrom(),
            policy.missingValue(),
            policy.targetRule(),
            policy.unassignedWeight(),
            pace(policy.pace()),
            specs(policy.elementPaces(), PolicySpec::pace),
            policy.paceToleranceOverride().orElse(null),
            policy.statusRule(),
            policy.onTrackTolerance(),
            policy.atRiskTolerance()));
  }

  /**
   * The policy, its named strategies, aggregations and paces rebuilt with the providers found on
   * the class or module path ({@link PolicyExtensions#loaded()}), as the readers of policy files do
   * by default.
   *
   * @throws IllegalArgumentException if a named spec's kind has no provider there, naming the kind,
   *     or its provider refuses its parameters
   */
  public ScoringPolicy policy() {
    return policy(PolicyExtensions.loaded());
  }

  /**
   * The policy, its named strategies, aggregations and paces rebuilt with {@code extensions} only.
   *
   * @throws IllegalArgumentException if a named spec's kind has no provider in {@code extensions},
   *     naming the kind, or its provider refuses its parameters
   */
  public ScoringPolicy policy(PolicyExtensions extensions) {
    requireNonNull(extensions, "extensions");
    Form f = form;
    ScoringPolicy.Builder b = ScoringPolicy.builder();
    b.keyResultStrategy(f.keyResultStrategy.strategy(extensions))
        .kpiStrategy(f.kpiStrategy.strategy(extensions));
    f.elementStrategies.forEach((id, s) -> b.putElementStrategy(id, s.strategy(extensions)));
    f.tagStrategies.forEach((tag, s) -> b.putTagStrategy(tag, s.strategy(extensions)));
    f.levelStrategies.forEach((level, s) -> b.putLevelStrategy(level, s.strategy(extensions)));
    b.objectiveAggregation(f.objectiveAggregation.aggregation(extensions))
        .childObjectiveWeight(f.childObjectiveWeight)
        .keyResultKpiShare(f.keyResultKpiShare)
        .kpiAggregation(f.kpiAggregation.aggregation(extensions))
        .okrAggregation(f.okrAggregation.aggregation(extensions))
        .compositeKpiWeight(f.compositeKpiWeight)
        .compositeOkrWeight(f.compositeOkrWeight)
        .bands(
            Bands.builder()
                .yellowFrom(f.yellowFrom)
                .greenFrom(f.greenFrom)
                .committedYellowFrom(f.committedYellowFrom)
                .committedGreenFrom(f.committedGreenFrom)
                .build())
        .missingValue(f.missingValue)
        .targetRule(f.targetRule)
        .unassignedWeight(f.unassignedWeight)
        .pace(f.pace.pace(extensions));
    f.elementPaces.forEach((id, p) -> b.putElementPace(id, p.pace(extensions)));
    if (f.paceTolerance != null) {
      b.paceTolerance(f.paceTolerance);
    }
    return b.statusRule(f.statusRule)
        .onTrackTolerance(f.onTrackTolerance)
        .atRiskTolerance(f.atRiskTolerance)
        .build();
  }

  private static StrategySpec strategy(ScoringStrategy s) {
    return s.spec().orElseThrow();
  }

  private static AggregationSpec aggregation(Aggregation a) {
    return a.spec().orElseThrow();
  }

  private static PaceSpec pace(Pace p) {
    return p.spec().orElseThrow();
  }

  private static <K, V, S> ImmutableMap<K, S> specs(Map<K, V> values, Function<V, S> spec) {
    ImmutableMap.Builder<K, S> b = ImmutableMap.builderWithExpectedSize(values.size());
    values.forEach((k, v) -> b.put(k, spec.apply(v)));
    return b.buildOrThrow();
  }

  /** Equal when every setting is equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PolicySpec other && form.equals(other.form);
  }

  @Override
  public int hashCode() {
    return form.hashCode();
  }

  /**
   * Every setting with its spec: {@code PolicySpec[keyResultStrategy=linear(cap=1), ...,
   * paceTolerance=default, statusRule=weightedScore, ...]}.
   */
  @Override
  public String toString() {
    String text = form.toString();
    return "PolicySpec" + text.substring(text.indexOf('['));
  }

  private Object writeReplace() {
    return form;
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a PolicySpec is read from its serial form only");
  }

  /**
   * The settings, and the serial form: read back through the canonical constructor, which checks
   * them, and resolved to a spec.
   */
  private record Form(
      StrategySpec keyResultStrategy,
      StrategySpec kpiStrategy,
      ImmutableMap<String, StrategySpec> elementStrategies,
      ImmutableMap<String, StrategySpec> tagStrategies,
      ImmutableMap<Level, StrategySpec> levelStrategies,
      AggregationSpec objectiveAggregation,
      double childObjectiveWeight,
      double keyResultKpiShare,
      AggregationSpec kpiAggregation,
      AggregationSpec okrAggregation,
      double compositeKpiWeight,
      double compositeOkrWeight,
      double yellowFrom,
      double greenFrom,
      double committedYellowFrom,
      double committedGreenFrom,
      MissingValue missingValue,
      TargetRule targetRule,
      UnassignedWeight unassignedWeight,
      PaceSpec pace,
      ImmutableMap<String, PaceSpec> elementPaces,
      @Nullable PaceTolerance paceTolerance,
      StatusRule statusRule,
      double onTrackTolerance,
      double atRiskTolerance)
      implements Serializable {

    Form {
      requireNonNull(keyResultStrategy, "keyResultStrategy");
      requireNonNull(kpiStrategy, "kpiStrategy");
      elementStrategies = ImmutableMap.copyOf(elementStrategies);
      tagStrategies = ImmutableMap.copyOf(tagStrategies);
      levelStrategies = ImmutableMap.copyOf(levelStrategies);
      requireNonNull(objectiveAggregation, "objectiveAggregation");
      requireNonNull(kpiAggregation, "kpiAggregation");
      requireNonNull(okrAggregation, "okrAggregation");
      requireNonNull(missingValue, "missingValue");
      requireNonNull(targetRule, "targetRule");
      requireNonNull(unassignedWeight, "unassignedWeight");
      requireNonNull(pace, "pace");
      elementPaces = ImmutableMap.copyOf(elementPaces);
      requireNonNull(statusRule, "statusRule");
    }

    private Object readResolve() {
      return new PolicySpec(this);
    }

    @Override
    public String toString() {
      return "["
          + "keyResultStrategy="
          + keyResultStrategy
          + ", kpiStrategy="
          + kpiStrategy
          + ", elementStrategies="
          + elementStrategies
          + ", tagStrategies="
          + tagStrategies
          + ", levelStrategies="
          + levelStrategies
          + ", objectiveAggregation="
          + objectiveAggregation
          + ", childObjectiveWeight="
          + org.okrkit.core.Numbers.plain(childObjectiveWeight)
          + ", keyResultKpiShare="
          + org.okrkit.core.Numbers.plain(keyResultKpiShare)
          + ", kpiAggregation="
          + kpiAggregation
          + ", okrAggregation="
          + okrAggregation
          + ", compositeKpiWeight="
          + org.okrkit.core.Numbers.plain(compositeKpiWeight)
          + ", compositeOkrWeight="
          + org.okrkit.core.Numbers.plain(compositeOkrWeight)
          + ", bands=["
          + org.okrkit.core.Numbers.plain(yellowFrom)
          + ", "
          + org.okrkit.core.Numbers.plain(greenFrom)
          + "], committedBands=["
          + org.okrkit.core.Numbers.plain(committedYellowFrom)
          + ", "
          + org.okrkit.core.Numbers.plain(committedGreenFrom)
          + "], missingValue="
          + missingValue
          + ", targetRule="
          + targetRule
          + ", unassignedWeight="
          + unassignedWeight
          + ", pace="
          + pace
          + ", elementPaces="
          + elementPaces
          + ", onTrackTolerance="
          + org.okrkit.core.Numbers.plain(onTrackTolerance)
          + ", atRiskTolerance="
          + org.okrkit.core.Numbers.plain(atRiskTolerance)
          + ", paceTolerance="
          + (paceTolerance == null ? "default" : paceTolerance)
          + ", statusRule="
          + statusRule
          + "]";
    }
  }
}

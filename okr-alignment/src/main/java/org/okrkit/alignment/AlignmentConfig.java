package org.okrkit.alignment;

import static org.okrkit.alignment.Checks.requireArgument;
import static org.okrkit.core.Numbers.plain;

import org.immutables.value.Value;

/**
 * The thresholds of the built-in {@link AlignmentRules}. Every field has a default, so {@link
 * #defaults()} is a complete configuration; change one with {@code
 * AlignmentConfig.defaults().withMaxObjectivesPerOwner(3)} or the {@link #builder()}.
 */
@Value.Immutable
public abstract sealed class AlignmentConfig implements WithAlignmentConfig
    permits ImmutableAlignmentConfig {

  AlignmentConfig() {}

  /**
   * The most objectives one owner should set in a period (rule {@code ALN012}); at least 1, default
   * 5.
   */
  @Value.Default
  public int maxObjectivesPerOwner() {
    return 5;
  }

  /**
   * The most key results one objective should have (rule {@code ALN013}); at least 1, default 5.
   */
  @Value.Default
  public int maxKeyResultsPerObjective() {
    return 5;
  }

  /**
   * The most key results one KPI should support (rule {@code ALN005}); at least 1, default 3. A KPI
   * spread wider supports none of them much.
   */
  @Value.Default
  public int maxKeyResultsPerKpi() {
    return 3;
  }

  /**
   * Whether the contribution weights of the KPIs supporting one key result must sum to 1 (rule
   * {@code ALN004}); default false, since contribution weights are relative by default and only
   * their ratios matter.
   */
  @Value.Default
  public boolean contributionWeightsSumToOne() {
    return false;
  }

  /**
   * Whether the weights of each objective's key results must add up to 1 (rule {@code ALN015}), as
   * they must where weights are shares of the objective; default false. A key result without a
   * weight counts as nothing: then the weights given must leave a share for it, as a policy's
   * {@code UnassignedWeight.REMAINDER} spreads.
   */
  @Value.Default
  public boolean keyResultWeightsSumToOne() {
    return false;
  }

  /**
   * How far from 1 a sum of contribution weights (or, for {@code ALN015}, key-result weights) may
   * lie when they {@linkplain #contributionWeightsSumToOne() must sum to 1}; finite and at least 0,
   * default 0.000001.
   */
  @Value.Default
  public double contributionWeightTolerance() {
    return 1e-6;
  }

  /**
   * The least {@linkplain Coverage coverage} an objective should have (rule {@code ALN003}); in [0,
   * 1], default 0.5; 0 turns the rule off.
   */
  @Value.Default
  public double minimumCoverage() {
    return 0.5;
  }

  /** The default configuration. */
  public static AlignmentConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AlignmentConfig}; unset fields keep their defaults. */
  public static final class Builder extends ImmutableAlignmentConfig.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    atLeastOne(maxObjectivesPerOwner(), "maxObjectivesPerOwner");
    atLeastOne(maxKeyResultsPerObjective(), "maxKeyResultsPerObjective");
    atLeastOne(maxKeyResultsPerKpi(), "maxKeyResultsPerKpi");
    double tolerance = contributionWeightTolerance();
    requireArgument(
        Double.isFinite(tolerance) && tolerance >= 0,
        "contributionWeightTolerance %s must be a finite number of at least 0",
        plain(tolerance));
    double coverage = minimumCoverage();
    requireArgument(
        coverage >= 0 && coverage <= 1, "minimumCoverage %s must lie in [0, 1]", plain(coverage));
  }

  private static void atLeastOne(int value, String name) {
    requireArgument(value >= 1, "%s must be at least 1, got %d", name, value);
  }
}

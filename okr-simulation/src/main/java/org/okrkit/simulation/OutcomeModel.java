package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * How a simulated person's ability, effort and luck turn into the outcome of each element they
 * answer for. Outcomes live in <em>achievement units</em>: 0 at the element's baseline, 1 exactly
 * at its target, above 1 beyond it. The defaults describe a plausible organisation; every number
 * can be set.
 *
 * <h2>The equations</h2>
 *
 * For person {@code i}, element {@code e} of that person, and one trial:
 *
 * <pre>
 *   a_i ~ N(0, 1)                                   latent ability
 *   E_i = exp(η·u_i − η²/2),  u_i ~ N(0, 1)          latent effort level (mean 1)
 *   e_ie ≥ 0,  Σ_e e_ie = n_i·E_i                    effort put into e; n_i elements
 *   g(x) = x^γ                                       effort response, g(1) = 1, concave for γ &lt; 1
 *   d_e = d_class(e) + τ·v_e,  v_e ~ N(0, 1)          target difficulty
 *   z_ie = √ρ_T·T_team(i) + √ρ_P·P_i + √(1 − ρ_T − ρ_P)·V_ie      correlated standard normal
 *   y_ie = 1 − d_e + s_i + α·a_i + β·(g(e_ie) − 1) + noise(z_ie)   outcome
 * </pre>
 *
 * where {@code α} is the {@link #abilityWeight()}, {@code β} the {@link #effortWeight()}, {@code γ}
 * the {@link #effortElasticity()}, {@code η} the {@link #effortSpread()}, {@code τ} the {@link
 * #difficultySpread()}, {@code ρ_T} and {@code ρ_P} the {@link #teamCorrelation()} and {@link
 * #personCorrelation()}, {@code T}, {@code P} and {@code V} independent standard normal draws per
 * team, person and element, and {@code noise} the {@link #noise()} transform. {@code d_class} is
 * {@link #kpiDifficulty()} for a KPI, {@link #committedDifficulty()} for a key result of a
 * committed objective and {@link #aspirationalDifficulty()} for one of an aspirational objective.
 * {@code s_i} is the easing a person negotiated by {@linkplain Sandbagging sandbagging} (0
 * otherwise). Without behaviour rules effort is spread evenly, {@code e_ie = E_i}.
 *
 * <p>Two elements of one person are correlated by {@code ρ_T + ρ_P} in {@code z}; elements of two
 * people of one team by {@code ρ_T}; other elements not at all. A person's team is the owner above
 * them in the plan.
 *
 * <p>A person's <em>latent performance</em>, against which a policy's validity is measured, is what
 * the person contributes independently of targets and luck: {@code L_i = α·a_i + β·mean_e(g(e_ie) −
 * 1)}.
 *
 * <h2>From outcome to actual value</h2>
 *
 * The outcome is mapped onto the element's own measure, monotonically, so that the element's real
 * target and scoring strategy apply: for a value target {@code actual = v + (y − 1)·(v − b)}, with
 * {@code v} the target value and {@code b} the baseline (without a baseline, {@code b} lies {@code
 * |v|}, or 1 for a target value of 0, on the worse side of {@code v}); for a range {@code [low,
 * high]} an outcome below 1 lies outside by {@code (1 − y)} times the baseline's distance (the
 * range's width, or 1, without a baseline outside it), on the baseline's side, and an outcome from
 * 1 lies inside, moving from the edge toward the middle, reached at {@code y = 2}; for milestones
 * the share done is {@code y} clamped to [0, 1]. An outcome of exactly 1 is exactly the target
 * value, so it meets the target.
 */
@Value.Immutable
public abstract sealed class OutcomeModel implements WithOutcomeModel
    permits ImmutableOutcomeModel {

  OutcomeModel() {}

  /** The model with every default. */
  public static OutcomeModel defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeModel}; every setting has a default. */
  public static final class Builder extends ImmutableOutcomeModel.Builder {
    Builder() {}
  }

  /** {@code α}: outcome per standard deviation of ability; 0.2 by default; at least 0. */
  @Value.Default
  public double abilityWeight() {
    return 0.2;
  }

  /** {@code β}: outcome per unit of effort response; 0.2 by default; at least 0. */
  @Value.Default
  public double effortWeight() {
    return 0.2;
  }

  /** {@code γ}: the exponent of the effort response, above 0 and at most 1; 0.5 by default. */
  @Value.Default
  public double effortElasticity() {
    return 0.5;
  }

  /** {@code η}: the spread of effort levels between people; 0.25 by default; at least 0. */
  @Value.Default
  public double effortSpread() {
    return 0.25;
  }

  /** The noise in each outcome: {@code Noise.normal(0.2)} by default. */
  @Value.Default
  public Noise noise() {
    return Noise.normal(0.2);
  }

  /** {@code ρ_P}: the share of noise variance common to one person's elements; 0 by default. */
  @Value.Default
  public double personCorrelation() {
    return 0.0;
  }

  /** {@code ρ_T}: the share of noise variance common to one team; 0 by default. */
  @Value.Default
  public double teamCorrelation() {
    return 0.0;
  }

  /**
   * How far short of a KPI's target an average person lands, in achievement units; 0 by default.
   */
  @Value.Default
  public double kpiDifficulty() {
    return 0.0;
  }

  /** The difficulty of a key result of a committed objective; 0 by default: reachable. */
  @Value.Default
  public double committedDifficulty() {
    return 0.0;
  }

  /**
   * The difficulty of a key result of an aspirational objective; 0.3 by default, so that an average
   * person lands near 0.7, where aspirational OKRs are expected to land.
   */
  @Value.Default
  public double aspirationalDifficulty() {
    return 0.3;
  }

  /** {@code τ}: the spread of difficulty between elements of one class; 0 by default. */
  @Value.Default
  public double difficultySpread() {
    return 0.0;
  }

  @Value.Check
  final void check() {
    nonNegative("abilityWeight", abilityWeight());
    nonNegative("effortWeight", effortWeight());
    nonNegative("effortSpread", effortSpread());
    nonNegative("difficultySpread", difficultySpread());
    ModelProblems.require(
        effortElasticity() > 0 && effortElasticity() <= 1,
        "outcome.effortElasticity",
        "elasticity",
        effortElasticity());
    ModelProblems.require(
        personCorrelation() >= 0
            && teamCorrelation() >= 0
            && personCorrelation() + teamCorrelation() <= 1,
        "outcome.correlations",
        "person",
        personCorrelation(),
        "team",
        teamCorrelation());
    finite("kpiDifficulty", kpiDifficulty());
    finite("committedDifficulty", committedDifficulty());
    finite("aspirationalDifficulty", aspirationalDifficulty());
  }

  static void nonNegative(String name, double value) {
    ModelProblems.require(
        Double.isFinite(value) && value >= 0,
        "outcome.nonNegative",
        "name",
        String.valueOf(name),
        "value",
        value);
  }

  static void finite(String name, double value) {
    ModelProblems.require(
        Double.isFinite(value), "outcome.finite", "name", String.valueOf(name), "value", value);
  }
}

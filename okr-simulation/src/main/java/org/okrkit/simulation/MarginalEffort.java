package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * Effort goes where the marginal score gain is highest. A person splits their effort budget {@code
 * n_i·E_i} into {@code quanta × n_i} equal quanta and gives them out one at a time, each to the
 * element whose expected contribution to the person's composite, {@code ω_e · ES_e(μ_e)}, rises
 * most with it (ties go to the element with less effort so far, then to the first). {@code μ_e} is
 * the element's outcome without noise at the effort given so far. A policy that ignores an element
 * gets no effort put into it; a binary cut-off draws effort to elements just short of it and away
 * from elements far below or safely above it (threshold effects).
 */
@Value.Immutable
public abstract sealed class MarginalEffort implements AgentRule permits ImmutableMarginalEffort {

  MarginalEffort() {}

  /** How many quanta of effort per element a person hands out; 4 by default, from 1 to 64. */
  @Value.Default
  public int quanta() {
    return 4;
  }

  /** The rule with 4 quanta per element. */
  public static MarginalEffort of() {
    return builder().build();
  }

  /**
   * The rule with {@code quanta} quanta per element.
   *
   * @throws IllegalArgumentException unless {@code quanta} lies from 1 to 64
   */
  public static MarginalEffort of(int quanta) {
    return builder().quanta(quanta).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MarginalEffort} rule. */
  public static final class Builder extends ImmutableMarginalEffort.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(quanta() >= 1 && quanta() <= 64, "effort.quanta", "quanta", quanta());
  }
}

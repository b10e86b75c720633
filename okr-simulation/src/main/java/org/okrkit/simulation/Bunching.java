package org.okrkit.simulation;

import org.immutables.value.Value;

/**
 * Threshold effects at binary cut-offs: an outcome that lands within {@link #window()} short of the
 * target, on an element whose score jumps when the target is met, is pushed to exactly the target
 * (a last-minute push, a deal pulled into the quarter, a generous count). The element's score
 * jumps; the person's latent performance does not change. An element's score <em>jumps</em> at the
 * target when its score at the target exceeds its score just short of it by more than 0.001; true
 * of binary scoring, tiers without a threshold, and steps at the target, not of linear grades.
 */
@Value.Immutable
public abstract sealed class Bunching implements AgentRule permits ImmutableBunching {

  Bunching() {}

  /**
   * How far short of the target, in achievement units, a result is still pushed; 0.05 by default.
   */
  @Value.Default
  public double window() {
    return 0.05;
  }

  /** The rule with a window of 0.05. */
  public static Bunching of() {
    return builder().build();
  }

  /**
   * The rule with the given window.
   *
   * @throws IllegalArgumentException unless {@code window} lies above 0 and at most 1
   */
  public static Bunching of(double window) {
    return builder().window(window).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bunching} rule. */
  public static final class Builder extends ImmutableBunching.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    ModelProblems.require(window() > 0 && window() <= 1, "bunching.window", "window", window());
  }
}

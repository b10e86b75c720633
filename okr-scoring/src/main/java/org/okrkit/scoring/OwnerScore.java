package org.okrkit.scoring;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An owner's scorecard: the KPI score, the OKR score and the composite that mixes them by the
 * policy's weights, with the composite's band and status. A part the owner has nothing for is
 * empty.
 */
@Value.Immutable
public abstract sealed class OwnerScore permits ImmutableOwnerScore {

  OwnerScore() {}

  /** The owner's id. */
  public abstract String id();

  /** The aggregate of the owner's KPIs, by KPI weight. */
  public abstract OptionalDouble kpiScore();

  /** The aggregate of the objectives the owner owns. */
  public abstract OptionalDouble okrScore();

  /** The mix of the parts the owner has, by the policy's composite weights. */
  public abstract OptionalDouble composite();

  /** The band of the composite. */
  public abstract Optional<Band> band();

  /** Whether the owner's work keeps pace with the period. */
  public abstract Optional<Status> status();

  /**
   * How confident the owner's reporters are, from 0 to 1: the confidence of its KPIs (by KPI
   * weight) and of the objectives it owns (each by 1, as {@link ElementScore#confidence()} rolls
   * them up), mixed by the policy's composite weights; each mean renormalised over the parts whose
   * confidence is known. Empty when none is known: unknown is never 0.
   */
  public abstract OptionalDouble confidence();
}

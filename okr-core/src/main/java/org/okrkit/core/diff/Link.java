package org.okrkit.core.diff;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okrkit.core.internal.Checks;

/** A tie between two parts of a plan, as a {@link PlanDiff} compares them. */
@Value.Immutable
public abstract sealed class Link permits ImmutableLink {

  Link() {}

  /** The kinds of tie. */
  public enum Kind {
    /** A KPI supports a key result, with a contribution weight. */
    SUPPORTS("supports"),
    /** A key result belongs to an objective. */
    PART_OF("is part of"),
    /** An objective contributes to a parent objective or key result. */
    CONTRIBUTES_TO("contributes to"),
    /** An objective or KPI is owned by an owner. */
    OWNED_BY("is owned by"),
    /** An owner sits below a parent owner. */
    REPORTS_TO("reports to");

    private final String verb;

    Kind(String verb) {
      this.verb = verb;
    }

    /** The tie as text reads it: {@code "supports"}. */
    public String verb() {
      return verb;
    }
  }

  /** The kind. */
  @Value.Parameter
  public abstract Kind kind();

  /** The id the tie starts from: the KPI, key result, objective or owner. */
  @Value.Parameter
  public abstract String sourceId();

  /** The id the tie leads to. */
  @Value.Parameter
  public abstract String destinationId();

  /** The contribution weight of a {@code SUPPORTS} tie. */
  public abstract OptionalDouble weight();

  /** A tie without weight. */
  public static Link of(Kind kind, String from, String to) {
    return ImmutableLink.of(kind, from, to);
  }

  /** A {@code SUPPORTS} tie with its contribution weight. */
  public static Link supports(String kpi, String keyResult, double weight) {
    return ImmutableLink.builder()
        .kind(Kind.SUPPORTS)
        .sourceId(kpi)
        .destinationId(keyResult)
        .weight(weight)
        .build();
  }

  /** {@code K1 supports KR1 (weight 0.5)}. */
  @Override
  public final String toString() {
    return sourceId()
        + " "
        + kind().verb()
        + " "
        + destinationId()
        + (weight().isPresent() ? " (weight " + Checks.number(weight().getAsDouble()) + ")" : "");
  }
}

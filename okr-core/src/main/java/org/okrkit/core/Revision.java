package org.okrkit.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated change to a key result or KPI in the middle of its period: a new target, a new weight, or
 * (for a KPI) new contributions to key results, with the reason and who made it. A {@link Plan}
 * keeps every revision beside the original definitions, so that history is never rewritten: {@link
 * Plan#asOf(LocalDate)} gives the definitions in force on any date, {@link Plan#original()} those
 * before any revision.
 *
 * <p>A revision takes effect from the start of its {@link #date()}: scores as of an earlier date
 * are judged without it. Exactly one of {@link #target()}, {@link #weight()} and {@link
 * #contributions()} is set, as {@link #kind()} says.
 */
@Value.Immutable
public abstract sealed class Revision implements WithRevision permits ImmutableRevision {

  Revision() {}

  /** What a revision changes. */
  public enum Kind {
    /** The element's target. */
    TARGET,
    /**
     * The element's weight: in its objective for a key result, in its owner's scorecard for a KPI.
     */
    WEIGHT,
    /** A KPI's contributions to key results, replaced as a whole. */
    CONTRIBUTIONS
  }

  /** The id of the key result or KPI revised. */
  public abstract String elementId();

  /** The day from which the change applies; inside the plan's period in a valid plan. */
  public abstract LocalDate date();

  /** What changes. */
  public abstract Kind kind();

  /** The new target, for a {@code TARGET} revision. */
  public abstract Optional<Target> target();

  /** The new weight, for a {@code WEIGHT} revision. */
  public abstract OptionalDouble weight();

  /**
   * The new contributions, for a {@code CONTRIBUTIONS} revision; may be empty to detach the KPI.
   */
  public abstract List<Contribution> contributions();

  /** Why the change was made; not blank in a valid plan. */
  public abstract String reason();

  /** Who made the change; not blank in a valid plan. */
  public abstract String author();

  /** A new target from {@code date}. */
  public static Revision target(
      String element, LocalDate date, Target target, String reason, String author) {
    return builder()
        .elementId(element)
        .date(date)
        .kind(Kind.TARGET)
        .target(target)
        .reason(reason)
        .author(author)
        .build();
  }

  /** A new weight from {@code date}. */
  public static Revision weight(
      String element, LocalDate date, double weight, String reason, String author) {
    return builder()
        .elementId(element)
        .date(date)
        .kind(Kind.WEIGHT)
        .weight(weight)
        .reason(reason)
        .author(author)
        .build();
  }

  /** New contributions of a KPI from {@code date}, replacing its previous ones. */
  public static Revision contributions(
      String kpi, LocalDate date, List<Contribution> contributions, String reason, String author) {
    return builder()
        .elementId(kpi)
        .date(date)
        .kind(Kind.CONTRIBUTIONS)
        .contributions(contributions)
        .reason(reason)
        .author(author)
        .build();
  }

  /** A builder; element, date, kind, reason and author are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Revision}. */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}
  }

  /** Applies this revision to {@code element}, which it must name. */
  final MeasuredElement applyTo(MeasuredElement element) {
    return switch (kind()) {
      case TARGET ->
          element instanceof KeyResult kr
              ? kr.withTarget(target().orElseThrow())
              : ((Kpi) element).withTarget(target().orElseThrow());
      case WEIGHT ->
          element instanceof KeyResult kr
              ? kr.withWeight(weight().orElseThrow())
              : ((Kpi) element).withWeight(weight().orElseThrow());
      default -> ((Kpi) element).withContributions(contributions());
    };
  }
}

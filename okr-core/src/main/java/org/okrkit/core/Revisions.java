package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plan's revisions, by date (same-day ones in the order recorded): which apply on a date, the
 * definitions they make of the original ones, and the target of an element in force on a date.
 * Immutable and safe to share between threads.
 */
final class Revisions {
  static final Revisions NONE = new Revisions(ImmutableList.of());

  private final ImmutableList<Revision> byDate;

  /** The ids of the elements whose target was revised. */
  private final ImmutableSet<String> revisedTargets;

  private Revisions(ImmutableList<Revision> byDate) {
    this.byDate = byDate;
    this.revisedTargets =
        byDate.stream()
            .filter(r -> r.kind() == Revision.Kind.TARGET)
            .map(Revision::elementId)
            .collect(ImmutableSet.toImmutableSet());
  }

  /** The revisions given, ordered by date; a stable sort keeps same-day ones as recorded. */
  static Revisions of(List<Revision> revisions) {
    if (revisions.isEmpty()) {
      return NONE;
    }
    return new Revisions(
        revisions.stream()
            .sorted(Comparator.comparing(Revision::date))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Every revision, by date. */
  ImmutableList<Revision> list() {
    return byDate;
  }

  boolean isEmpty() {
    return byDate.isEmpty();
  }

  /** The revisions made on or before {@code date}; these revisions when they all are. */
  Revisions upTo(LocalDate date) {
    int kept = 0;
    while (kept < byDate.size() && !byDate.get(kept).date().isAfter(date)) {
      kept++;
    }
    return kept == byDate.size() ? this : new Revisions(byDate.subList(0, kept));
  }

  /** The revisions of element {@code id}, by date. */
  ImmutableList<Revision> of(String id) {
    return byDate.stream()
        .filter(r -> r.elementId().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the target of element {@code id} was revised. */
  boolean revisedTarget(String id) {
    return !revisedTargets.isEmpty() && revisedTargets.contains(id);
  }

  /**
   * The target of element {@code id}, originally {@code original}, in force at the end of {@code
   * date}.
   */
  Target targetAt(String id, Target original, LocalDate date) {
    if (!revisedTarget(id)) {
      return original;
    }
    Target target = original;
    for (Revision r : byDate) {
      if (r.date().isAfter(date)) {
        break;
      }
      if (r.kind() == Revision.Kind.TARGET && r.elementId().equals(id)) {
        target = r.target().orElseThrow();
      }
    }
    return target;
  }

  /** The structure of {@code base}'s original definitions with these revisions applied. */
  PlanStructure applyTo(PlanStructure base) {
    if (byDate.isEmpty()) {
      return base;
    }
    int from = base.ownerCount() + base.objectiveCount();
    return base.withMeasured(
        revised(base, base.keyResults(), from),
        revised(base, base.kpis(), from + base.keyResultCount()));
  }

  /**
   * The definitions of {@code original}, whose first id has position {@code from} in the index,
   * with the revisions of their ids applied in date order.
   */
  private <T extends MeasuredElement> ImmutableList<T> revised(
      PlanStructure base, ImmutableList<T> original, int from) {
    List<T> current = null;
    for (Revision r : byDate) {
      int i = base.index().find(r.elementId()) - from;
      if (i < 0 || i >= original.size()) {
        continue;
      }
      if (current == null) {
        current = new ArrayList<>(original);
      }
      @SuppressWarnings("unchecked")
      T changed = (T) r.applyTo(current.get(i));
      current.set(i, changed);
    }
    return current == null ? original : ImmutableList.copyOf(current);
  }
}

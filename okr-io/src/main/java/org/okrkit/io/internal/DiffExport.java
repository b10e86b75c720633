package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.function.Function;
import org.okrkit.core.diff.ElementRef;
import org.okrkit.core.diff.FieldChange;
import org.okrkit.core.diff.Link;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.diff.Subject;
import org.okrkit.io.internal.Report.Column;
import org.okrkit.io.internal.Report.Style;
import org.okrkit.io.internal.Report.Table;

/**
 * A {@link PlanDiff} as a {@link Report}: one table with a row per change, in the order of {@link
 * PlanDiff#render()}'s sections.
 */
public final class DiffExport {
  private DiffExport() {}

  /** The report of a diff. */
  public static Report of(PlanDiff diff) {
    return of(diff, Link.Kind::verb, weight -> " (weight " + weight + ")");
  }

  /**
   * The report of a diff, a tie's kind read as {@code verbs} says ({@code supports}) and a tie's
   * weight as {@code weights} writes it after the destination ({@code " (weight 0.5)"}): for
   * Markdown in another language.
   */
  public static Report of(
      PlanDiff diff, Function<Link.Kind, String> verbs, Function<String, String> weights) {
    Table rows =
        Table.of(
            "changes",
            "Changes",
            new Column("change", "Change", Style.TEXT),
            new Column("subject", "Subject", Style.TEXT),
            new Column("id", "Id", Style.TEXT),
            new Column("field", "Field", Style.TEXT),
            new Column("before", "Before", Style.TEXT),
            new Column("after", "After", Style.TEXT));
    for (FieldChange c : diff.plan()) {
      field(rows, "PLAN", c);
    }
    for (ElementRef r : diff.added()) {
      rows.add("ADDED", r.subject().name(), r.id(), null, null, r.title());
    }
    for (ElementRef r : diff.removed()) {
      rows.add("REMOVED", r.subject().name(), r.id(), null, r.title(), null);
    }
    for (FieldChange c : diff.changed()) {
      field(rows, "CHANGED", c);
    }
    for (FieldChange c : diff.weights()) {
      field(rows, "WEIGHT", c);
    }
    for (Link l : diff.linksAdded()) {
      link(rows, "LINK_ADDED", l, false, verbs, weights);
    }
    for (Link l : diff.linksDropped()) {
      link(rows, "LINK_DROPPED", l, true, verbs, weights);
    }
    return new Report("diff", "Plan diff", ImmutableMap.of(), ImmutableList.of(rows), rows);
  }

  private static void field(Table rows, String change, FieldChange c) {
    rows.add(
        change,
        c.subject().name(),
        c.subject() == Subject.PLAN ? null : c.id(),
        c.field(),
        c.before(),
        c.after());
  }

  private static void link(
      Table rows,
      String change,
      Link l,
      boolean dropped,
      Function<Link.Kind, String> verbs,
      Function<String, String> weights) {
    String to =
        l.destinationId()
            + (l.weight().isPresent()
                ? weights.apply(Generators.number(l.weight().getAsDouble()))
                : "");
    rows.add(
        change,
        null,
        l.sourceId(),
        verbs.apply(l.kind()),
        dropped ? to : null,
        dropped ? null : to);
  }
}

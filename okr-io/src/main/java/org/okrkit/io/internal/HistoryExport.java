package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Element;
import org.okrkit.core.Plan;
import org.okrkit.io.internal.Report.Column;
import org.okrkit.io.internal.Report.Style;
import org.okrkit.io.internal.Report.Table;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.ScorePoint;

/** A {@link ScoreHistory} as a {@link Report}: a row per id and day, id by id. */
public final class HistoryExport {
  private HistoryExport() {}

  /** The report of a history. */
  public static Report of(ScoreHistory history) {
    Plan plan = history.plan();
    Table rows =
        Table.of(
            "history",
            "Scores at each check-in",
            new Column("date", "Date", Style.TEXT),
            new Column("kind", "Kind", Style.TEXT),
            new Column("id", "Id", Style.TEXT),
            new Column("title", "Title", Style.TEXT),
            new Column("score", "Score", Style.SCORE),
            new Column("band", "Band", Style.TEXT),
            new Column("status", "Status", Style.TEXT),
            new Column("actual", "Actual", Style.NUMBER),
            new Column("expectedProgress", "Expected", Style.SCORE));
    for (String id : history.ids()) {
      Optional<Element> element = plan.element(id);
      String kind =
          plan.objective(id).isPresent()
              ? "OBJECTIVE"
              : plan.keyResult(id).isPresent()
                  ? "KEY_RESULT"
                  : element.isPresent() ? "KPI" : "OWNER";
      String title =
          element.map(Element::title).orElseGet(() -> plan.owner(id).orElseThrow().name());
      for (ScorePoint p : history.of(id)) {
        rows.add(
            p.date().toString(),
            kind,
            id,
            title,
            value(p.score()),
            p.band().map(Enum::name).orElse(null),
            p.status().map(Enum::name).orElse(null),
            value(p.actual()),
            value(p.expectedProgress()));
      }
    }
    ImmutableMap<String, Optional<String>> header =
        ImmutableMap.of(
            "plan", plan.name(),
            "period", Optional.of(plan.period().toString()),
            "upTo", Optional.of(history.upTo().toString()));
    String title =
        "History: "
            + plan.name().map(n -> n + ", ").orElse("")
            + plan.period()
            + ", up to "
            + history.upTo();
    return new Report("history", title, header, ImmutableList.of(rows), rows);
  }

  private static @Nullable Double value(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }
}

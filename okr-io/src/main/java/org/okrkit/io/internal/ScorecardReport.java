package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.io.internal.Report.Column;
import org.okrkit.io.internal.Report.Style;
import org.okrkit.io.internal.Report.Table;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.Scorecard;

/** A {@link Scorecard} as a {@link Report}: one table of elements, one of owners. */
public final class ScorecardReport {
  private static final Column[] ELEMENT_COLUMNS = {
    new Column("kind", "Kind", Style.TEXT),
    new Column("id", "Id", Style.TEXT),
    new Column("title", "Title", Style.TEXT),
    new Column("owner", "Owner", Style.TEXT),
    new Column("score", "Score", Style.SCORE),
    new Column("band", "Band", Style.TEXT),
    new Column("status", "Status", Style.TEXT),
    new Column("actual", "Actual", Style.NUMBER),
    new Column("progress", "Progress", Style.SCORE),
    new Column("expectedProgress", "Expected", Style.SCORE),
    new Column("signedProgress", "Signed progress", Style.SCORE),
    new Column("confidence", "Confidence", Style.SCORE, "unknown")
  };

  /** The owner columns; the last two, the KPI and OKR parts, also end the table of every row. */
  private static final Column[] OWNER_COLUMNS = {
    new Column("id", "Id", Style.TEXT),
    new Column("name", "Name", Style.TEXT),
    new Column("level", "Level", Style.TEXT),
    new Column("composite", "Composite", Style.SCORE),
    new Column("band", "Band", Style.TEXT),
    new Column("status", "Status", Style.TEXT),
    new Column("kpiScore", "KPI score", Style.SCORE),
    new Column("okrScore", "OKR score", Style.SCORE),
    new Column("confidence", "Confidence", Style.SCORE, "unknown")
  };

  /**
   * The one table CSV writes: the element columns before the new ones, the owners' KPI and OKR
   * parts, then signed progress and confidence, so that the columns of earlier versions keep their
   * places.
   */
  private static final Column[] ALL_COLUMNS = {
    ELEMENT_COLUMNS[0],
    ELEMENT_COLUMNS[1],
    ELEMENT_COLUMNS[2],
    ELEMENT_COLUMNS[3],
    ELEMENT_COLUMNS[4],
    ELEMENT_COLUMNS[5],
    ELEMENT_COLUMNS[6],
    ELEMENT_COLUMNS[7],
    ELEMENT_COLUMNS[8],
    ELEMENT_COLUMNS[9],
    OWNER_COLUMNS[6],
    OWNER_COLUMNS[7],
    ELEMENT_COLUMNS[10],
    ELEMENT_COLUMNS[11]
  };

  private ScorecardReport() {}

  /** The report of a scorecard. */
  public static Report of(Scorecard card) {
    Plan plan = card.plan();
    Table elements = Table.of("elements", "Elements", ELEMENT_COLUMNS);
    Table owners = Table.of("owners", "Owners", OWNER_COLUMNS);
    Table all = Table.of("scores", "Scores", ALL_COLUMNS);
    for (ElementScore e : card.elements()) {
      Object[] row = {
        e.kind().name(),
        e.id(),
        plan.element(e.id()).orElseThrow().title(),
        plan.ownerOf(e.id()).id(),
        value(e.score()),
        name(e.band()),
        name(e.status()),
        value(e.actual()),
        value(e.progress()),
        value(e.expectedProgress()),
        value(e.signedProgress()),
        value(e.confidence())
      };
      elements.add(row);
      all.add(
          row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], null,
          null, row[10], row[11]);
    }
    for (OwnerScore o : card.owners()) {
      Owner owner = plan.owner(o.id()).orElseThrow();
      owners.add(
          o.id(),
          owner.name(),
          owner.level().name(),
          value(o.composite()),
          name(o.band()),
          name(o.status()),
          value(o.kpiScore()),
          value(o.okrScore()),
          value(o.confidence()));
      all.add(
          "OWNER",
          o.id(),
          owner.name(),
          null,
          value(o.composite()),
          name(o.band()),
          name(o.status()),
          null,
          null,
          null,
          value(o.kpiScore()),
          value(o.okrScore()),
          null,
          value(o.confidence()));
    }
    ImmutableMap<String, Optional<String>> header =
        ImmutableMap.of(
            "plan", plan.name(),
            "period", Optional.of(plan.period().toString()),
            "asOf", Optional.of(card.asOf().toString()));
    String title =
        "Scorecard: "
            + plan.name().map(n -> n + ", ").orElse("")
            + plan.period()
            + ", as of "
            + card.asOf();
    return new Report("scorecard", title, header, ImmutableList.of(elements, owners), all);
  }

  private static @Nullable Double value(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static @Nullable String name(Optional<? extends Enum<?>> v) {
    return v.map(Enum::name).orElse(null);
  }
}

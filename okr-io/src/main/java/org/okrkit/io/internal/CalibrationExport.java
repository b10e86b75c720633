package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.okrkit.io.internal.Report.Column;
import org.okrkit.io.internal.Report.Style;
import org.okrkit.io.internal.Report.Table;
import org.okrkit.scoring.lifecycle.CalibrationFlag;

/**
 * Calibration flags as a {@link Report}: a row per flag and period looked at, with the figure of
 * that period (the owner's mean objective score, or the KPI's achievement) and the flag's message.
 */
public final class CalibrationExport {
  private CalibrationExport() {}

  /** The report of the flags found over {@code periods}. */
  public static Report of(List<CalibrationFlag> flags, List<String> periods) {
    Table rows =
        Table.of(
            "flags",
            "Flags",
            new Column("kind", "Kind", Style.TEXT),
            new Column("owner", "Owner", Style.TEXT),
            new Column("kpi", "KPI", Style.TEXT),
            new Column("period", "Period", Style.TEXT),
            new Column("figure", "Figure", Style.SCORE),
            new Column("message", "Message", Style.TEXT));
    for (CalibrationFlag f : flags) {
      for (CalibrationFlag.Figure figure : f.figures()) {
        rows.add(
            f.kind().name(),
            f.ownerId(),
            f.kpiId().orElse(null),
            figure.period(),
            figure.value(),
            f.message());
      }
    }
    ImmutableMap<String, Optional<String>> header =
        ImmutableMap.of("periods", Optional.of(String.join(" ", periods)));
    return new Report(
        "calibration",
        "Calibration over " + String.join(", ", periods),
        header,
        ImmutableList.of(rows),
        rows);
  }
}

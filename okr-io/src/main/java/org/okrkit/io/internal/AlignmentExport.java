package org.okrkit.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.Coverage;
import org.okrkit.alignment.Finding;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.io.internal.Report.Column;
import org.okrkit.io.internal.Report.Style;
import org.okrkit.io.internal.Report.Table;

/**
 * An {@link AlignmentReport} as a {@link Report}: a table of coverage (the plan, then each
 * objective followed by its key results, then each owner that sets objectives) and a table of
 * findings in report order; CSV holds both, coverage rows first, told apart by their {@code kind}.
 */
public final class AlignmentExport {
  /** The {@code kind} of a finding's row in CSV. */
  static final String FINDING = "FINDING";

  private AlignmentExport() {}

  /** The report of an alignment analysis. */
  public static Report of(AlignmentReport report) {
    Plan plan = report.plan();
    Coverage coverage = report.coverage();
    Column[] coverageColumns = {
      new Column("kind", "Kind", Style.TEXT),
      new Column("id", "Id", Style.TEXT),
      new Column("title", "Title", Style.TEXT),
      new Column("coverage", "Coverage", Style.PERCENT)
    };
    Column[] findingColumns = {
      new Column("code", "Code", Style.TEXT),
      new Column("severity", "Severity", Style.TEXT),
      new Column("ids", "Ids", Style.TEXT),
      new Column("message", "Message", Style.TEXT),
      new Column("hint", "Hint", Style.TEXT)
    };
    Table covered = Table.of("coverage", "Coverage", coverageColumns);
    Table findings = Table.of("findings", "Findings", findingColumns);
    Column[] all = new Column[coverageColumns.length + findingColumns.length];
    System.arraycopy(coverageColumns, 0, all, 0, coverageColumns.length);
    System.arraycopy(findingColumns, 0, all, coverageColumns.length, findingColumns.length);
    Table csv = Table.of("alignment", "Alignment", all);

    covered.add("PLAN", null, plan.name().orElse(null), coverage.plan());
    for (Objective o : plan.objectives()) {
      Double share = coverage.objectives().get(o.id());
      if (share == null) {
        continue;
      }
      covered.add("OBJECTIVE", o.id(), o.title(), share);
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        Double kr = coverage.keyResults().get(k.id());
        if (kr != null) {
          covered.add("KEY_RESULT", k.id(), k.title(), kr);
        }
      }
    }
    for (Owner o : plan.owners()) {
      Double share = coverage.owners().get(o.id());
      if (share != null) {
        covered.add("OWNER", o.id(), o.name(), share);
      }
    }
    for (List<@Nullable Object> row : covered.rows()) {
      csv.add(row.get(0), row.get(1), row.get(2), row.get(3), null, null, null, null, null);
    }
    for (Finding f : report.findings()) {
      List<String> ids = ImmutableList.copyOf(f.ids());
      findings.add(f.code(), f.severity().name(), ids, f.message(), f.hint());
      csv.add(FINDING, null, null, null, f.code(), f.severity().name(), ids, f.message(), f.hint());
    }

    ImmutableMap<String, Optional<String>> header =
        ImmutableMap.of("plan", plan.name(), "period", Optional.of(plan.period().toString()));
    String title = "Alignment report: " + plan.name().map(n -> n + ", ").orElse("") + plan.period();
    return new Report("alignment", title, header, ImmutableList.of(covered, findings), csv);
  }
}

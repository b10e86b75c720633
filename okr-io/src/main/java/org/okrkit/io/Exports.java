package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.io.internal.AlignmentExport;
import org.okrkit.io.internal.Report;
import org.okrkit.io.internal.ReportWriter;
import org.okrkit.io.internal.ScorecardReport;
import org.okrkit.scoring.Scorecard;

/**
 * Exports of results for other tools and for people, as {@linkplain ExportFormat JSON, CSV or
 * Markdown}.
 *
 * <p>A scorecard exports as two tables, its elements (objectives, key results and KPIs, in the
 * scorecard's order) and its owners:
 *
 * <ul>
 *   <li>elements: {@code kind, id, title, owner, score, band, status, actual, progress,
 *       expectedProgress};
 *   <li>owners: {@code id, name, level, composite, band, status, kpiScore, okrScore}.
 * </ul>
 *
 * <p>JSON holds {@code report} ({@code "scorecard"}), {@code plan} (the name, or null), {@code
 * period}, {@code asOf}, and the arrays {@code elements} and {@code owners}, one object per row;
 * absent values are {@code null}. CSV is one table, RFC 4180 with CRLF line ends: a row per
 * element, then a row per owner (kind {@code OWNER}, its name as title, its composite as score),
 * under the header {@code
 * kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore, okrScore};
 * absent values are empty. JSON and CSV give numbers in full, so that they read back exactly;
 * Markdown shows scores with at most three decimals, for people.
 *
 * <p>An {@linkplain AlignmentReport alignment report} exports as two tables, the coverage figures
 * and the findings:
 *
 * <ul>
 *   <li>coverage: {@code kind, id, title, coverage}, a row for the plan (kind {@code PLAN}, no id,
 *       the plan's name as title), then for each objective ({@code OBJECTIVE}) followed by its key
 *       results ({@code KEY_RESULT}), then for each owner that sets objectives ({@code OWNER}, its
 *       name as title), all in plan order; coverage is a share from 0 to 1;
 *   <li>findings: {@code code, severity, ids, message, hint}, in report order ({@code ERROR}
 *       first).
 * </ul>
 *
 * <p>JSON holds {@code report} ({@code "alignment"}), {@code plan} (the name, or null), {@code
 * period}, and the arrays {@code coverage} and {@code findings}, where {@code ids} is an array of
 * strings. CSV is one table under the header {@code
 * kind,id,title,coverage,code,severity,ids,message,hint}: the coverage rows, then a row per finding
 * (kind {@code FINDING}, its ids joined by single spaces, which no id holds), the other part's
 * cells left empty. Markdown shows coverage in percent rounded down to one decimal ({@code 33.3
 * %}), as {@link AlignmentReport#render()} does, and the ids joined by commas.
 *
 * <p>Nothing here returns or prints NaN.
 */
public final class Exports {
  private Exports() {}

  /** The scorecard in {@code format}, ending with a line break. */
  public static String scorecard(Scorecard card, ExportFormat format) {
    StringBuilder out = new StringBuilder();
    try {
      scorecard(card, format, out);
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the scorecard in {@code format} to {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  public static void scorecard(Scorecard card, ExportFormat format, Appendable out)
      throws IOException {
    ReportWriter.write(
        ScorecardReport.of(requireNonNull(card, "card")),
        requireNonNull(format, "format"),
        requireNonNull(out, "out"));
  }

  /** The alignment report in {@code format}, ending with a line break. */
  public static String alignment(AlignmentReport report, ExportFormat format) {
    StringBuilder out = new StringBuilder();
    try {
      alignment(report, format, out);
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the alignment report in {@code format} to {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  public static void alignment(AlignmentReport report, ExportFormat format, Appendable out)
      throws IOException {
    write(AlignmentExport.of(requireNonNull(report, "report")), format, out);
  }

  private static void write(Report report, ExportFormat format, Appendable out) throws IOException {
    ReportWriter.write(report, requireNonNull(format, "format"), requireNonNull(out, "out"));
  }
}

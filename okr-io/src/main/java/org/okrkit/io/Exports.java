package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * absent values are {@code null}. CSV is one table, RFC 4180 with CRLF line ends: a row per element,
 * then a row per owner (kind {@code OWNER}, its name as title, its composite as score), under the
 * header {@code kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,
 * okrScore}; absent values are empty. JSON and CSV give numbers in full, so that they read back
 * exactly; Markdown shows scores with at most three decimals, for people.
 *
 * <p>Alignment reports, when alignment analysis lands, are exported through this class in the same
 * three formats. Nothing here returns or prints NaN.
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
}

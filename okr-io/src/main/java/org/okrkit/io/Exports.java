package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.Finding;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.io.internal.AlignmentExport;
import org.okrkit.io.internal.CalibrationExport;
import org.okrkit.io.internal.DiffExport;
import org.okrkit.io.internal.HistoryExport;
import org.okrkit.io.internal.Report;
import org.okrkit.io.internal.ReportWriter;
import org.okrkit.io.internal.ScorecardReport;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.lifecycle.CalibrationFlag;

/**
 * Exports of results for other tools and for people, as {@linkplain ExportFormat JSON, CSV or
 * Markdown}.
 *
 * <p>A scorecard exports as two tables, its elements (objectives, key results and KPIs, in the
 * scorecard's order) and its owners:
 *
 * <ul>
 *   <li>elements: {@code kind, id, title, owner, score, band, status, actual, progress,
 *       expectedProgress, signedProgress, confidence};
 *   <li>owners: {@code id, name, level, composite, band, status, kpiScore, okrScore, confidence}.
 * </ul>
 *
 * <p>{@code progress} is clamped to [0, 1]; {@code signedProgress} is the same progress unclamped,
 * below 0 for a value that fell past the baseline and above 1 beyond the target (see {@link
 * org.okrkit.scoring.ElementScore#signedProgress()}). {@code confidence} is the latest reported
 * confidence of a key result or KPI, rolled up for objectives and owners (see {@link
 * org.okrkit.scoring.ElementScore#confidence()}); an unknown confidence is null in JSON, an empty
 * cell in CSV and {@code unknown} in Markdown, never 0.
 *
 * <p>JSON holds {@code report} ({@code "scorecard"}), {@code plan} (the name, or null), {@code
 * period}, {@code asOf}, and the arrays {@code elements} and {@code owners}, one object per row;
 * absent values are {@code null}. CSV is one table, RFC 4180 with CRLF line ends: a row per
 * element, then a row per owner (kind {@code OWNER}, its name as title, its composite as score),
 * under the header {@code
 * kind,id,title,owner,score,band,status,actual,progress,expectedProgress,kpiScore,okrScore,
 * signedProgress,confidence} (the last two added after the others, so earlier columns keep their
 * places); absent values are empty. JSON and CSV give numbers in full, so that they read back
 * exactly; Markdown shows scores with at most three decimals, for people.
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
 * <p>A {@linkplain #history score history}, a {@linkplain #diff plan diff} and {@linkplain
 * #calibration calibration flags} export as one table each, described on their methods.
 *
 * <p>Each export has an overload taking a {@link Locale}: Markdown, which is for people, then reads
 * in that language (Simplified Chinese for {@code Locale.SIMPLIFIED_CHINESE}: titles, headings,
 * column labels, kinds, bands, statuses, levels, severities and findings; shares as {@code 33.3%});
 * JSON and CSV, which are for tools, are the same in every locale. The overloads without one write
 * English.
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

  /**
   * A {@linkplain ScoreHistory score history} in {@code format}, ending with a line break: one
   * table {@code history} with a row per id and day, id by id ({@code date, kind, id, title, score,
   * band, status, actual, expectedProgress}; kind {@code OWNER} for an owner, whose score is its
   * composite); JSON's header holds {@code plan}, {@code period} and {@code upTo}.
   */
  public static String history(ScoreHistory history, ExportFormat format) {
    return text(HistoryExport.of(requireNonNull(history, "history")), format);
  }

  /**
   * A {@linkplain PlanDiff plan diff} in {@code format}, ending with a line break: one table {@code
   * changes} with a row per change ({@code change, subject, id, field, before, after}), where
   * change is {@code PLAN} (the plan's own fields), {@code ADDED} and {@code REMOVED} (an owner or
   * element, its title as after or before), {@code CHANGED}, {@code WEIGHT}, {@code LINK_ADDED} or
   * {@code LINK_DROPPED} (the tie's verb as field, its destination and any weight as after or
   * before).
   */
  public static String diff(PlanDiff diff, ExportFormat format) {
    return text(DiffExport.of(requireNonNull(diff, "diff")), format);
  }

  /**
   * Calibration flags found over closed periods in {@code format}, ending with a line break: one
   * table {@code flags} with a row per flag and period looked at ({@code kind, owner, kpi, period,
   * figure, message}); JSON's header holds {@code periods}, the labels of the periods given, space
   * separated.
   *
   * @param periods the periods looked over, oldest first, as their labels: {@code 2026-Q1}
   */
  public static String calibration(
      List<CalibrationFlag> flags, List<String> periods, ExportFormat format) {
    return text(CalibrationExport.of(List.copyOf(flags), List.copyOf(periods)), format);
  }

  private static String text(Report report, ExportFormat format) {
    StringBuilder out = new StringBuilder();
    try {
      write(report, format, out);
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(Report report, ExportFormat format, Appendable out) throws IOException {
    ReportWriter.write(report, requireNonNull(format, "format"), requireNonNull(out, "out"));
  }

  // ------------------------------------------------------------ in a locale

  /**
   * The scorecard in {@code format}, with Markdown for people in the language of {@code locale}:
   * its title, headings, column labels, kinds, bands, statuses and levels from the {@code report}
   * bundle (English where a locale has no translation); JSON and CSV are the same in every locale.
   */
  public static String scorecard(Scorecard card, ExportFormat format, Locale locale) {
    return text(ScorecardReport.of(requireNonNull(card, "card")), format, locale);
  }

  /**
   * The alignment report in {@code format}, with Markdown for people in the language of {@code
   * locale}: as {@link #scorecard(Scorecard, ExportFormat, Locale)}, and each finding's message and
   * hint from its template in that language; JSON and CSV are the same in every locale.
   */
  public static String alignment(AlignmentReport report, ExportFormat format, Locale locale) {
    requireNonNull(report, "report");
    Report export = AlignmentExport.of(report);
    ReportText words = ReportText.of(requireNonNull(locale, "locale"));
    if (format == ExportFormat.MARKDOWN && !words.english()) {
      ImmutableList.Builder<Report.Table> tables = ImmutableList.builder();
      for (Report.Table table : export.tables()) {
        if (!table.key().equals("findings")) {
          tables.add(table);
          continue;
        }
        List<List<@Nullable Object>> rows = new ArrayList<>();
        // a row per finding, in the report's order
        for (int i = 0; i < table.rows().size(); i++) {
          Finding f = report.findings().get(i);
          List<@Nullable Object> row = new ArrayList<>(table.rows().get(i));
          row.set(3, words.message(f));
          row.set(4, words.hint(f));
          rows.add(row);
        }
        tables.add(new Report.Table(table.key(), table.heading(), table.columns(), rows));
      }
      export =
          new Report(export.kind(), export.title(), export.header(), tables.build(), export.csv());
    }
    return text(export, format, locale);
  }

  /**
   * The score history in {@code format}, with Markdown for people in the language of {@code
   * locale}; JSON and CSV are the same in every locale.
   */
  public static String history(ScoreHistory history, ExportFormat format, Locale locale) {
    return text(HistoryExport.of(requireNonNull(history, "history")), format, locale);
  }

  /**
   * The plan diff in {@code format}, with Markdown for people in the language of {@code locale}
   * (the ties' kinds and weights too; field names as files write them, titles as the plan writes
   * them); JSON and CSV are the same in every locale.
   */
  public static String diff(PlanDiff diff, ExportFormat format, Locale locale) {
    requireNonNull(diff, "diff");
    ReportText words = ReportText.of(requireNonNull(locale, "locale"));
    if (format == ExportFormat.MARKDOWN && !words.english()) {
      return text(
          DiffExport.of(
              diff,
              kind -> words.t("md.verb." + kind.name()),
              weight -> words.t("md.weight", "weight", weight)),
          format,
          locale);
    }
    return text(DiffExport.of(diff), format, locale);
  }

  /**
   * Calibration flags in {@code format}, with Markdown's title, headings, labels and kinds in the
   * language of {@code locale} (each flag's message as it was written); JSON and CSV are the same
   * in every locale.
   */
  public static String calibration(
      List<CalibrationFlag> flags, List<String> periods, ExportFormat format, Locale locale) {
    return text(CalibrationExport.of(List.copyOf(flags), List.copyOf(periods)), format, locale);
  }

  private static String text(Report report, ExportFormat format, Locale locale) {
    ReportText words = ReportText.of(requireNonNull(locale, "locale"));
    if (requireNonNull(format, "format") != ExportFormat.MARKDOWN || words.english()) {
      return text(report, format);
    }
    StringBuilder out = new StringBuilder();
    try {
      ReportWriter.markdown(words.markdown(report), words.t("md.none"), out);
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

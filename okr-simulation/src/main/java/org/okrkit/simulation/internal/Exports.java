package org.okrkit.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrkit.core.Numbers;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.PlainRating;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;

/**
 * The plain-text tables of results, written by hand in a locale: the wording from the {@code
 * simulation} bundle ({@code simulation.properties}, English, and {@code
 * simulation_zh_CN.properties} beside it, in the package {@code org.okrkit.simulation}), the
 * columns aligned by {@link DisplayWidth}, so that they line up in a terminal whatever the
 * language.
 */
public final class Exports {
  /** The bundle's base name. */
  public static final String BUNDLE = "simulation";

  /** How the bundle's files are opened: from this module, beside {@link SimulationResult}. */
  public static final Phrasebook.Resources RESOURCES = SimulationResult.class::getResourceAsStream;

  private static final PhraseTables PHRASES = PhraseTables.of(BUNDLE, RESOURCES);

  private Exports() {}

  /** The table of phrases of {@code locale}, read once and kept; English where it has none. */
  public static Phrasebook phrases(Locale locale) {
    return PHRASES.in(requireNonNull(locale, "locale"));
  }

  /** See {@link SimulationResult#render(Locale)}. */
  public static String table(SimulationResult result, Locale locale) {
    Phrasebook phrases = phrases(locale);
    List<ArmResult> arms = result.arms();
    String[] header = new String[arms.size() + 1];
    header[0] = phrases.phrase("simulation.metric");
    for (int r = 0; r < arms.size(); r++) {
      header[r + 1] = arms.get(r).name();
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(header);
    for (Metric metric : Metric.values()) {
      boolean any = false;
      String[] row = new String[arms.size() + 1];
      row[0] = metric.label(locale);
      for (int r = 0; r < arms.size(); r++) {
        Estimate e = arms.get(r).metrics().get(metric);
        if (e == null) {
          row[r + 1] = "-";
        } else {
          any = true;
          row[r + 1] = cell(e);
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(summary(result, locale)).append(System.lineSeparator());
    aligned(rows, out);
    return out.toString();
  }

  /** See {@link WorkforceResult#render(Locale)}. */
  public static String workforceTable(WorkforceResult result, Locale locale) {
    Phrasebook phrases = phrases(locale);
    StringBuilder out = new StringBuilder();
    out.append(workforceSummary(result, locale)).append(System.lineSeparator());
    WorkforceMetric[] metrics = WorkforceMetric.values();
    for (WorkforceArmResult arm : result.arms()) {
      out.append('\n')
          .append(
              phrases.fill(
                  "workforce.arm",
                  Arguments.of()
                      .text("name", arm.name())
                      .text("description", describe(arm.arm(), locale))))
          .append('\n');
      List<String[]> rows = new ArrayList<>();
      String[] header = new String[metrics.length + 1];
      header[0] = phrases.phrase("workforce.period");
      for (int m = 0; m < metrics.length; m++) {
        header[m + 1] = metrics[m].label(locale);
      }
      rows.add(header);
      for (PeriodResult period : arm.periods()) {
        String[] row = new String[metrics.length + 1];
        row[0] = Integer.toString(period.period());
        for (int m = 0; m < metrics.length; m++) {
          Estimate e = period.metrics().get(metrics[m]);
          row[m + 1] = e == null ? "-" : cell(e);
        }
        rows.add(row);
      }
      aligned(rows, out);
    }
    return out.toString();
  }

  /** See {@link SimulationResult#summary(Locale)}. */
  public static String summary(SimulationResult result, Locale locale) {
    Phrasebook phrases = phrases(locale);
    return phrases.fill(
        "simulation.summary",
        Arguments.of()
            .text("people", Integer.toString(result.people()))
            .text("elements", Integer.toString(result.elements()))
            .text("trials", Integer.toString(result.trials()))
            .text("seed", Long.toString(result.seed()))
            .text("confidence", percent(phrases, result.confidence())));
  }

  /** See {@link WorkforceResult#summary(Locale)}. */
  public static String workforceSummary(WorkforceResult result, Locale locale) {
    Phrasebook phrases = phrases(locale);
    return phrases.fill(
        "workforce.summary",
        Arguments.of()
            .text("people", Integer.toString(result.people()))
            .text("companies", Integer.toString(result.replications()))
            .text("periods", Integer.toString(result.periods()))
            .text("seed", Long.toString(result.seed()))
            .text("confidence", percent(phrases, result.confidence())));
  }

  /** See {@link WorkforceArm#describe(Locale)}. */
  public static String describe(WorkforceArm arm, Locale locale) {
    Phrasebook phrases = phrases(locale);
    List<String> parts = new ArrayList<>();
    parts.add(
        arm.rating() instanceof PlainRating plain
            ? phrases.fill("arm.rated", Arguments.of().text("rating", plain.toString()))
            : phrases.phrase("arm.rated.policy"));
    parts.add(
        arm.dismissal().kind() == Dismissal.Kind.NONE
            ? phrases.phrase("arm.dismissal.none")
            : phrases.fill(
                "arm.dismissal", Arguments.of().text("dismissal", arm.dismissal().toString())));
    arm.probation().ifPresent(p -> parts.add(p.toString()));
    parts.add(
        arm.turnover().rate() == 0
            ? phrases.phrase("arm.turnover.none")
            : arm.turnover().toString());
    parts.add(arm.selection().toString());
    return String.join(phrases.phrase("arm.separator"), parts);
  }

  private static String percent(Phrasebook phrases, double share) {
    return phrases.fill("percent", Arguments.of().text("p", Numbers.plain(share * 100)));
  }

  private static String cell(Estimate e) {
    return String.format(Locale.US, "%.3f [%.3f, %.3f]", e.mean(), e.lower(), e.upper());
  }

  /**
   * The rows in columns, by display width: the first left-aligned, the others right-aligned; a rule
   * below row 0 as wide as the table.
   */
  private static void aligned(List<String[]> rows, StringBuilder out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], DisplayWidth.of(row[c]));
      }
    }
    for (int k = 0; k < rows.size(); k++) {
      String[] row = rows.get(k);
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        if (c == 0) {
          out.append(DisplayWidth.padRight(cell, width[c]));
        } else {
          out.append("  ").append(DisplayWidth.padLeft(cell, width[c]));
        }
      }
      out.append('\n');
      if (k == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(total - 2)).append('\n');
      }
    }
  }
}

package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;

/** The plain-text tables of results, written by hand. */
public final class Exports {
  private Exports() {}

  /** See {@link SimulationResult#render()}. */
  public static String table(SimulationResult result) {
    List<ArmResult> arms = result.arms();
    String[] header = new String[arms.size() + 1];
    header[0] = "metric";
    for (int r = 0; r < arms.size(); r++) {
      header[r + 1] = arms.get(r).name();
    }
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    rows.add(header);
    for (Metric metric : Metric.values()) {
      boolean any = false;
      String[] row = new String[arms.size() + 1];
      row[0] = metric.label();
      for (int r = 0; r < arms.size(); r++) {
        Estimate e = arms.get(r).metrics().get(metric);
        if (e == null) {
          row[r + 1] = "-";
        } else {
          any = true;
          row[r + 1] =
              String.format(Locale.US, "%.3f [%.3f, %.3f]", e.mean(), e.lower(), e.upper());
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    int[] width = new int[header.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US,
            "%d people, %d elements, %d trials, seed %d; means with %s %% confidence intervals%n",
            result.people(),
            result.elements(),
            result.trials(),
            result.seed(),
            org.okrkit.core.Numbers.plain(result.confidence() * 100)));
    for (int k = 0; k < rows.size(); k++) {
      String[] row = rows.get(k);
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        if (c == 0) {
          out.append(cell).append(" ".repeat(width[c] - cell.length()));
        } else {
          out.append("  ").append(" ".repeat(width[c] - cell.length())).append(cell);
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
    return out.toString();
  }

  /** See {@link WorkforceResult#render()}. */
  public static String workforceTable(WorkforceResult result) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US,
            "%d people, %d companies, %d periods, seed %d; means over companies with %s %%"
                + " confidence intervals; ability in standard deviations of the initial"
                + " workforce%n",
            result.people(),
            result.replications(),
            result.periods(),
            result.seed(),
            org.okrkit.core.Numbers.plain(result.confidence() * 100)));
    WorkforceMetric[] metrics = WorkforceMetric.values();
    for (WorkforceArmResult arm : result.arms()) {
      out.append('\n').append(arm.name()).append(": ").append(arm.arm().describe()).append('\n');
      List<String[]> rows = new ArrayList<>();
      String[] header = new String[metrics.length + 1];
      header[0] = "period";
      for (int m = 0; m < metrics.length; m++) {
        header[m + 1] = metrics[m].label();
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

  private static String cell(Estimate e) {
    return String.format(Locale.US, "%.3f [%.3f, %.3f]", e.mean(), e.lower(), e.upper());
  }

  /** The rows in columns: the first left-aligned, the others right-aligned; a rule below row 0. */
  private static void aligned(List<String[]> rows, StringBuilder out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (int k = 0; k < rows.size(); k++) {
      String[] row = rows.get(k);
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        if (c == 0) {
          out.append(cell).append(" ".repeat(width[c] - cell.length()));
        } else {
          out.append("  ").append(" ".repeat(width[c] - cell.length())).append(cell);
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

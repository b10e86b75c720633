package org.okrkit.simulation.internal;

import java.util.List;
import java.util.Locale;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.SimulationResult;

/** The plain-text table of results, written by hand. */
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
}

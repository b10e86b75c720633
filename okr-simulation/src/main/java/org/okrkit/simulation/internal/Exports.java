package org.okrkit.simulation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.Histogram;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.SimulationResult;

/** The plain-text table and the SVG histograms of results, written by hand. */
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

  /** See {@link Histogram#toSvg}. */
  public static String svg(Histogram h, String title) {
    int w = 640;
    int ht = 360;
    int left = 50;
    int right = 20;
    int top = 40;
    int bottom = 50;
    int plotW = w - left - right;
    int plotH = ht - top - bottom;
    long max = 1;
    for (long c : h.counts()) {
      max = Math.max(max, c);
    }
    int bins = h.counts().size();
    double barW = (double) plotW / bins;
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"")
        .append(ht).append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht).append("\">\n");
    out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out.append("  <text x=\"").append(w / 2).append("\" y=\"24\" text-anchor=\"middle\" font-family=\"sans-serif\""
        + " font-size=\"16\">").append(xml(title)).append("</text>\n");
    for (int k = 0; k < bins; k++) {
      long c = h.counts().get(k);
      double bh = (double) c / max * plotH;
      out.append(String.format(
          Locale.US,
          "  <rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#4a78b0\">"
              + "<title>%s to %s: %d</title></rect>%n",
          left + k * barW + 0.5, top + plotH - bh, Math.max(0, barW - 1), bh,
          fmt(h.lower() + k * h.width()), fmt(h.lower() + (k + 1) * h.width()), c));
    }
    out.append(String.format(
        Locale.US,
        "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
        left, top + plotH, left + plotW, top + plotH));
    for (int k = 0; k <= 4; k++) {
      double x = left + plotW * k / 4.0;
      out.append(String.format(
          Locale.US,
          "  <text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\">%s</text>%n",
          x, top + plotH + 18, fmt(h.lower() + (h.upper() - h.lower()) * k / 4)));
    }
    out.append(String.format(
        Locale.US,
        "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\">"
            + "score (%d people-trials; tallest bar %d)</text>%n",
        left + plotW / 2, ht - 10, h.total(), max));
    out.append("</svg>\n");
    return out.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.US, "%.2f", v);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

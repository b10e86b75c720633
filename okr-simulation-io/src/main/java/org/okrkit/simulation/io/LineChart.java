package org.okrkit.simulation.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrkit.core.text.Arguments;
import org.okrkit.simulation.Estimate;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceResult;

/**
 * A workforce study's metric period by period as a standalone SVG line chart, hand-written as the
 * histograms are: a line per arm through its means, the confidence band around it, a legend.
 */
final class LineChart {
  /** Tableau's ten colours, which stay apart for most colour vision; dashed from the 11th line. */
  private static final String[] COLOURS = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
  };

  private static final int WIDTH = 800;
  private static final int MIN_HEIGHT = 420;
  private static final int LEFT = 60;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;
  private static final int LEGEND = 230;
  private static final int LEGEND_CHARACTERS = 32;

  private LineChart() {}

  /** See {@link SimulationExports#workforceChart}. */
  static String svg(WorkforceResult result, WorkforceMetric metric, String title, Locale locale) {
    // tall enough for a legend line per arm
    int height = Math.max(MIN_HEIGHT, TOP + 16 + 18 * result.arms().size() + BOTTOM);
    int plotW = WIDTH - LEFT - LEGEND;
    int plotH = height - TOP - BOTTOM;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (WorkforceArmResult arm : result.arms()) {
      for (Estimate e : arm.series(metric)) {
        low = Math.min(low, e.lower());
        high = Math.max(high, e.upper());
      }
    }
    if (!(low <= high)) {
      low = 0;
      high = 1;
    }
    if (high - low < 1e-9) {
      low -= 0.5;
      high += 0.5;
    }
    double step = niceStep((high - low) / 6);
    low = Math.floor(low / step) * step;
    high = Math.ceil(high / step) * step;
    int periods = Math.max(1, result.periods());
    Scale x = new Scale(0, periods, LEFT, LEFT + plotW);
    Scale y = new Scale(low, high, TOP + plotH, TOP);

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.US,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\">%n",
            WIDTH,
            height,
            WIDTH,
            height));
    out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out.append(
            String.format(
                Locale.US,
                "  <text x=\"%d\" y=\"24\" text-anchor=\"middle\" font-family=\"sans-serif\""
                    + " font-size=\"16\">",
                WIDTH / 2))
        .append(xml(title))
        .append("</text>\n");
    // the grid and the value axis
    int decimals = decimals(step);
    long ticks = Math.round((high - low) / step);
    for (long i = 0; i <= ticks; i++) {
      double v = (Math.round(low / step) + i) * step + 0.0;
      double py = y.at(v);
      out.append(
          String.format(
              Locale.US,
              "  <line x1=\"%d\" y1=\"%.2f\" x2=\"%d\" y2=\"%.2f\" stroke=\"#dddddd\"/>%n",
              LEFT,
              py,
              LEFT + plotW,
              py));
      out.append(
          String.format(
              Locale.US,
              "  <text x=\"%d\" y=\"%.2f\" text-anchor=\"end\" font-family=\"sans-serif\""
                  + " font-size=\"12\">%s</text>%n",
              LEFT - 6,
              py + 4,
              String.format(Locale.US, "%." + decimals + "f", v)));
    }
    out.append(
        String.format(
            Locale.US,
            "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            LEFT,
            TOP + plotH,
            LEFT + plotW,
            TOP + plotH));
    out.append(
        String.format(
            Locale.US,
            "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            LEFT,
            TOP,
            LEFT,
            TOP + plotH));
    // the period axis: about ten ticks at whole periods
    int every = Math.max(1, (int) niceStep(periods / 10.0));
    for (int t = 0; t <= periods; t += every) {
      out.append(
          String.format(
              Locale.US,
              "  <text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\""
                  + " font-size=\"12\">%d</text>%n",
              x.at(t),
              TOP + plotH + 18,
              t));
    }
    out.append(
        String.format(
            Locale.US,
            "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\""
                + " font-size=\"12\">%s</text>%n",
            LEFT + plotW / 2,
            height - 12,
            xml(
                Words.of(locale)
                    .fill(
                        "chart.axis",
                        Arguments.of()
                            .text("metric", metric.label(locale))
                            .text("companies", Integer.toString(result.replications()))
                            .text("confidence", Words.percent(locale, result.confidence()))))));
    // bands first, then lines over them, then the legend
    List<WorkforceArmResult> arms = result.arms();
    for (int a = 0; a < arms.size(); a++) {
      List<double[]> points = points(arms.get(a), metric);
      if (points.isEmpty()) {
        continue;
      }
      StringBuilder band = new StringBuilder();
      for (double[] p : points) {
        band.append(String.format(Locale.US, "%.2f,%.2f ", x.at(p[0]), y.at(p[3])));
      }
      for (int k = points.size() - 1; k >= 0; k--) {
        double[] p = points.get(k);
        band.append(String.format(Locale.US, "%.2f,%.2f ", x.at(p[0]), y.at(p[2])));
      }
      out.append("  <polygon points=\"")
          .append(band.toString().trim())
          .append("\" fill=\"")
          .append(colour(a))
          .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>\n");
    }
    for (int a = 0; a < arms.size(); a++) {
      List<double[]> points = points(arms.get(a), metric);
      StringBuilder line = new StringBuilder();
      for (double[] p : points) {
        line.append(String.format(Locale.US, "%.2f,%.2f ", x.at(p[0]), y.at(p[1])));
      }
      out.append("  <polyline points=\"")
          .append(line.toString().trim())
          .append("\" fill=\"none\" stroke=\"")
          .append(colour(a))
          .append("\" stroke-width=\"2\"")
          .append(dash(a))
          .append("><title>")
          .append(xml(arms.get(a).name()))
          .append("</title></polyline>\n");
      int ly = TOP + 8 + a * 18;
      int lx = LEFT + plotW + 16;
      out.append(
          String.format(
              Locale.US,
              "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
              lx,
              ly,
              lx + 22,
              ly,
              colour(a),
              dash(a)));
      out.append(
              String.format(
                  Locale.US,
                  "  <text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"12\">",
                  lx + 28,
                  ly + 4))
          .append(xml(shorten(arms.get(a).name())))
          .append("<title>")
          .append(xml(arms.get(a).name()))
          .append("</title></text>\n");
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** The arm's figures as {period, mean, lower, upper}, for the periods that have them. */
  private static List<double[]> points(WorkforceArmResult arm, WorkforceMetric metric) {
    List<double[]> points = new ArrayList<>();
    for (PeriodResult p : arm.periods()) {
      Estimate e = p.metrics().get(metric);
      if (e != null) {
        points.add(new double[] {p.period(), e.mean(), e.lower(), e.upper()});
      }
    }
    return points;
  }

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    if (!(raw > 0) || !Double.isFinite(raw)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * power;
  }

  /** How many decimals show every multiple of {@code step} exactly: 2 for 0.25, 0 for 5. */
  static int decimals(double step) {
    int d = 0;
    double scaled = step;
    while (d < 12 && Math.abs(scaled - Math.rint(scaled)) > 1e-9 * Math.max(1, scaled)) {
      d++;
      scaled *= 10;
    }
    return d;
  }

  private static String colour(int arm) {
    return COLOURS[arm % COLOURS.length];
  }

  private static String dash(int arm) {
    int round = arm / COLOURS.length;
    return round == 0 ? "" : round == 1 ? " stroke-dasharray=\"6 3\"" : " stroke-dasharray=\"2 2\"";
  }

  private static String shorten(String name) {
    return name.length() <= LEGEND_CHARACTERS
        ? name
        : name.substring(0, LEGEND_CHARACTERS - 1) + "\u2026";
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A linear map from values to pixels. */
  private record Scale(double from, double to, double pixelFrom, double pixelTo) {
    double at(double v) {
      return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
    }
  }
}

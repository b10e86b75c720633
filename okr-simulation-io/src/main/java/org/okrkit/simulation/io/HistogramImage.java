package org.okrkit.simulation.io;

import java.util.Locale;
import org.okrkit.core.text.Arguments;
import org.okrkit.simulation.Histogram;

/** A histogram as a standalone SVG image, hand-written: no imaging library needed. */
final class HistogramImage {
  private HistogramImage() {}

  /** See {@link SimulationExports#histogram}. */
  static String svg(Histogram h, String title, Locale locale) {
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
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(ht)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(ht)
        .append("\">\n");
    out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out.append("  <text x=\"")
        .append(w / 2)
        .append(
            "\" y=\"24\" text-anchor=\"middle\" font-family=\"sans-serif\"" + " font-size=\"16\">")
        .append(xml(title))
        .append("</text>\n");
    for (int k = 0; k < bins; k++) {
      long c = h.counts().get(k);
      double bh = (double) c / max * plotH;
      out.append(
          String.format(
              Locale.US,
              "  <rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#4a78b0\">"
                  + "<title>%s</title></rect>%n",
              left + k * barW + 0.5,
              top + plotH - bh,
              Math.max(0, barW - 1),
              bh,
              xml(
                  Words.of(locale)
                      .fill(
                          "histogram.bar",
                          Arguments.of()
                              .text("from", fmt(h.lower() + k * h.width()))
                              .text("to", fmt(h.lower() + (k + 1) * h.width()))
                              .text("count", Long.toString(c))))));
    }
    out.append(
        String.format(
            Locale.US,
            "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            left,
            top + plotH,
            left + plotW,
            top + plotH));
    for (int k = 0; k <= 4; k++) {
      double x = left + plotW * k / 4.0;
      out.append(
          String.format(
              Locale.US,
              "  <text x=\"%.2f\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\">%s</text>%n",
              x,
              top + plotH + 18,
              fmt(h.lower() + (h.upper() - h.lower()) * k / 4)));
    }
    out.append(
        String.format(
            Locale.US,
            "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\">"
                + "%s</text>%n",
            left + plotW / 2,
            ht - 10,
            xml(
                Words.of(locale)
                    .fill(
                        "histogram.axis",
                        Arguments.of()
                            .text("total", Long.toString(h.total()))
                            .text("max", Long.toString(max))))));
    out.append("</svg>\n");
    return out.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.US, "%.2f", v);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

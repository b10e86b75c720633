package org.okrkit.io;

import static org.okrkit.io.HtmlReport.esc;
import static org.okrkit.io.HtmlReport.number;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okrkit.core.Period;
import org.okrkit.core.text.Arguments;
import org.okrkit.scoring.Band;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.CompiledPolicy;
import org.okrkit.scoring.ScorePoint;

/**
 * The trend chart of one key result or KPI as inline SVG: its score at each of its check-ins over
 * the plan's period, the expected-pace line, and the policy's colour bands shaded behind them; a
 * dashed line marks the date scored. Hand-written SVG that draws in a box of its own size and
 * scales with its figure (no script, nothing loaded).
 */
final class TrendChart {
  static final int WIDTH = 320;
  static final int HEIGHT = 172;
  private static final int LEFT = 34;
  private static final int RIGHT = 312;
  private static final int TOP = 10;
  private static final int BOTTOM = 142;
  private static final int PACE_SAMPLES = 30;

  private TrendChart() {}

  /**
   * The chart's SVG.
   *
   * @param points the element's points on its check-in days, by date
   * @param expected the policy compiled for the plan, for the pace line
   */
  static String svg(
      ReportText x,
      String id,
      List<ScorePoint> points,
      Period period,
      LocalDate asOf,
      CompiledPolicy expected,
      Bands bands,
      boolean committed) {
    double top = 1;
    for (ScorePoint p : points) {
      if (p.score().isPresent()) {
        top = Math.max(top, p.score().getAsDouble());
      }
    }
    // a score above 1 (a capped strategy's) widens the scale to the next tenth, at most 2
    top = Math.min(2, Math.ceil(top * 10 - 1e-9) / 10);
    double yellow = committed ? bands.committedYellowFrom() : bands.yellowFrom();
    double green = committed ? bands.committedGreenFrom() : bands.greenFrom();
    Scale s = new Scale(period, top);
    StringBuilder h = new StringBuilder(2048);
    h.append("<svg class=\"trend\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(label(x, id, points)))
        .append("\">");
    // the bands behind everything, from 0 up
    band(h, s, 0, yellow, "zone-red");
    band(h, s, yellow, green, "zone-yellow");
    band(h, s, green, top, "zone-green");
    h.append("<rect class=\"frame\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(RIGHT - LEFT)
        .append("\" height=\"")
        .append(BOTTOM - TOP)
        .append("\"/>");
    // the axes' labels: scores on the left, the period's first and last days below
    for (double tick : ticks(yellow, green, top)) {
      h.append("<text class=\"tick\" x=\"")
          .append(LEFT - 4)
          .append("\" y=\"")
          .append(f(s.y(tick) + 4))
          .append("\" text-anchor=\"end\">")
          .append(number(tick))
          .append("</text>");
    }
    h.append("<text class=\"tick\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(BOTTOM + 16)
        .append("\">")
        .append(period.start())
        .append("</text><text class=\"tick\" x=\"")
        .append(RIGHT)
        .append("\" y=\"")
        .append(BOTTOM + 16)
        .append("\" text-anchor=\"end\">")
        .append(period.end())
        .append("</text>");
    // the pace the policy expects, sampled over the period
    StringBuilder pace = new StringBuilder();
    long days = period.lengthInDays();
    for (int i = 0; i <= PACE_SAMPLES; i++) {
      LocalDate day = period.start().plusDays(Math.round((days - 1) * (double) i / PACE_SAMPLES));
      double e = expected.expectedProgress(id, day);
      pace.append(i == 0 ? "" : " ").append(f(s.x(day))).append(',').append(f(s.y(e)));
    }
    h.append("<polyline class=\"pace\" points=\"").append(pace).append("\"/>");
    if (!asOf.isBefore(period.start()) && !asOf.isAfter(period.end())) {
      h.append("<line class=\"asof\" x1=\"")
          .append(f(s.x(asOf)))
          .append("\" y1=\"")
          .append(TOP)
          .append("\" x2=\"")
          .append(f(s.x(asOf)))
          .append("\" y2=\"")
          .append(BOTTOM)
          .append("\"/>");
    }
    // the scores at each check-in, joined
    List<ScorePoint> scored = new ArrayList<>();
    for (ScorePoint p : points) {
      if (p.score().isPresent()) {
        scored.add(p);
      }
    }
    if (scored.size() > 1) {
      h.append("<polyline class=\"line\" points=\"");
      for (int i = 0; i < scored.size(); i++) {
        ScorePoint p = scored.get(i);
        h.append(i == 0 ? "" : " ")
            .append(f(s.x(p.date())))
            .append(',')
            .append(f(s.y(p.score().getAsDouble())));
      }
      h.append("\"/>");
    }
    for (ScorePoint p : scored) {
      h.append("<circle class=\"point ")
          .append(p.band().map(Band::name).orElse("none"))
          .append("\" cx=\"")
          .append(f(s.x(p.date())))
          .append("\" cy=\"")
          .append(f(s.y(p.score().getAsDouble())))
          .append("\" r=\"3.5\"><title>")
          .append(esc(describe(x, p)))
          .append("</title></circle>");
    }
    if (scored.isEmpty()) {
      h.append("<text class=\"empty\" x=\"")
          .append((LEFT + RIGHT) / 2)
          .append("\" y=\"")
          .append((TOP + BOTTOM) / 2)
          .append("\" text-anchor=\"middle\">")
          .append(x.t("trend.empty"))
          .append("</text>");
    }
    return h.append("</svg>").toString();
  }

  private static void band(StringBuilder h, Scale s, double from, double to, String zone) {
    if (to <= from) {
      return;
    }
    double y1 = s.y(Math.min(to, s.top));
    double y0 = s.y(from);
    h.append("<rect class=\"")
        .append(zone)
        .append("\" x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(f(y1))
        .append("\" width=\"")
        .append(RIGHT - LEFT)
        .append("\" height=\"")
        .append(f(y0 - y1))
        .append("\"/>");
  }

  private static List<Double> ticks(double yellow, double green, double top) {
    List<Double> ticks = new ArrayList<>(List.of(0.0));
    for (double t : new double[] {yellow, green, 1.0, top}) {
      if (t > 0 && t <= top && ticks.stream().noneMatch(x -> Math.abs(x - t) < 0.05)) {
        ticks.add(t);
      }
    }
    return ticks;
  }

  /** What a point says to a person hovering over it. */
  private static String describe(ReportText x, ScorePoint p) {
    return x.t(
            "trend.point",
            Arguments.of()
                .text("date", p.date().toString())
                .text("score", HtmlReport.shown(p.score())))
        + p.band().map(b -> x.t("trend.point.band", "band", x.constant("band", b))).orElse("")
        + p.status()
            .map(st -> x.t("trend.point.status", "status", x.constant("status", st)))
            .orElse("")
        + (p.actual().isPresent()
            ? x.t("trend.point.actual", "actual", number(p.actual().getAsDouble()))
            : "");
  }

  private static String label(ReportText x, String id, List<ScorePoint> points) {
    StringBuilder text = new StringBuilder(x.t("trend.label", "id", id));
    for (ScorePoint p : points) {
      text.append(
          x.t(
              "trend.label.point",
              Arguments.of()
                  .text("date", p.date().toString())
                  .text("score", HtmlReport.shown(p.score()))));
    }
    return text.toString();
  }

  /** A coordinate with one decimal, the same on every machine. */
  private static String f(double v) {
    return String.format(Locale.US, "%.1f", v);
  }

  /** Days and scores to the chart's coordinates. */
  private static final class Scale {
    final LocalDate start;
    final double days;
    final double top;

    Scale(Period period, double top) {
      this.start = period.start();
      this.days = Math.max(1, period.lengthInDays() - 1);
      this.top = top;
    }

    double x(LocalDate day) {
      double d = ChronoUnit.DAYS.between(start, day);
      return LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(1, d / days));
    }

    double y(double score) {
      return BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(1, score / top));
    }
  }
}

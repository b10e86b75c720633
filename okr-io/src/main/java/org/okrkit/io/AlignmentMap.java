package org.okrkit.io;

import static org.okrkit.io.HtmlReport.esc;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.okrkit.core.Contributor;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.scoring.Band;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.Scorecard;

/**
 * The alignment map of some objectives as inline SVG, in four columns: the owners who set them, the
 * objectives, their key results, and the KPIs that support those; each box coloured by its score's
 * band, and joined to what it serves. A key result no KPI reaches and a KPI that supports no key
 * result are drawn dashed and say so; a support-only link (counted in no score) is dotted.
 * Hand-written SVG that scales with its box (no script, nothing loaded).
 */
final class AlignmentMap {
  private static final int COLUMN = 230;
  private static final int BOX_WIDTH = 200;
  private static final int BOX_HEIGHT = 40;
  private static final int PITCH = 50;
  private static final int HEAD = 26;
  private static final int TITLE_CHARS = 30;
  private static final int NARROW_WIDTH = 320;
  private static final int INDENT = 18;

  /** The columns' headings: the phrases {@code map.column.*}. */
  private static final String[] HEADINGS = {"owners", "objectives", "keyResults", "kpis"};

  /** A box: an owner or element, with what it shows. */
  private record Box(
      String id, String title, Optional<Band> band, OptionalDouble score, String mark) {}

  private AlignmentMap() {}

  /**
   * The map of {@code objectives}, with {@code orphans} (KPIs that support nothing) at the foot of
   * the KPI column.
   *
   * @param unsupported the key results no KPI reaches (the alignment report's ALN002)
   * @param orphanIds the KPIs that support no key result (ALN001)
   */
  static String svg(
      ReportText words,
      String label,
      Plan plan,
      Scorecard card,
      List<Objective> objectives,
      List<Kpi> orphans,
      Set<String> unsupported,
      Set<String> orphanIds) {
    return wide(words, label, plan, card, objectives, orphans, unsupported, orphanIds)
        + narrow(words, label, plan, card, objectives, orphans, unsupported, orphanIds);
  }

  /** Four columns side by side, for a wide screen. */
  private static String wide(
      ReportText words,
      String label,
      Plan plan,
      Scorecard card,
      List<Objective> objectives,
      List<Kpi> orphans,
      Set<String> unsupported,
      Set<String> orphanIds) {
    List<List<Box>> columns =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Map<String, int[]> at = new LinkedHashMap<>();
    List<String[]> edges = new ArrayList<>();
    for (Objective o : objectives) {
      if (!at.containsKey(o.ownerId())) {
        add(columns, at, 0, owner(plan, card, o.ownerId()));
      }
      add(columns, at, 1, box(card, o.id(), o.title(), ""));
      edges.add(new String[] {o.ownerId(), o.id()});
    }
    for (Objective o : objectives) {
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        add(columns, at, 2, keyResult(words, card, k, unsupported));
        edges.add(new String[] {o.id(), k.id()});
      }
    }
    for (Objective o : objectives) {
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        for (Contributor c : plan.contributorsTo(k.id())) {
          Kpi kpi = c.kpi();
          if (!at.containsKey(kpi.id())) {
            add(columns, at, 3, kpi(words, card, kpi, orphanIds));
          }
          edges.add(
              c.supportOnly()
                  ? new String[] {k.id(), kpi.id(), "support"}
                  : new String[] {k.id(), kpi.id()});
        }
      }
    }
    for (Kpi kpi : orphans) {
      if (!at.containsKey(kpi.id())) {
        add(columns, at, 3, kpi(words, card, kpi, orphanIds));
      }
    }
    int rows = 1;
    for (List<Box> column : columns) {
      rows = Math.max(rows, column.size());
    }
    int width = COLUMN * 3 + BOX_WIDTH;
    int height = HEAD + rows * PITCH;
    StringBuilder h = new StringBuilder(4096);
    open(h, "map wide", width, height, label);
    for (int c = 0; c < HEADINGS.length; c++) {
      h.append("<text class=\"heading\" x=\"")
          .append(c * COLUMN)
          .append("\" y=\"16\">")
          .append(words.t("map.column." + HEADINGS[c]))
          .append("</text>");
    }
    // the ties first, so that the boxes sit on top of them
    for (String[] e : edges) {
      int[] from = at.get(e[0]);
      int[] to = at.get(e[1]);
      if (from == null || to == null) {
        continue;
      }
      double x1 = from[0] * COLUMN + BOX_WIDTH;
      double y1 = y(columns, from) + BOX_HEIGHT / 2.0;
      double x2 = to[0] * COLUMN;
      double y2 = y(columns, to) + BOX_HEIGHT / 2.0;
      double mid = (x1 + x2) / 2;
      // a support-only link shows the relation but counts in no score: drawn dotted
      h.append(e.length > 2 ? "<path class=\"edge support\" d=\"M" : "<path class=\"edge\" d=\"M")
          .append(f(x1))
          .append(' ')
          .append(f(y1))
          .append(" C")
          .append(f(mid))
          .append(' ')
          .append(f(y1))
          .append(' ')
          .append(f(mid))
          .append(' ')
          .append(f(y2))
          .append(' ')
          .append(f(x2))
          .append(' ')
          .append(f(y2))
          .append("\"/>");
    }
    for (int c = 0; c < columns.size(); c++) {
      for (int r = 0; r < columns.get(c).size(); r++) {
        box(words, h, columns.get(c).get(r), c * COLUMN, y(columns, new int[] {c, r}), BOX_WIDTH);
      }
    }
    return h.append("</svg>").toString();
  }

  /**
   * The same map as an indented tree, one box a row (owner, its objectives, their key results, the
   * KPIs under each), for a narrow screen: a phone shows it at its own size.
   */
  private static String narrow(
      ReportText words,
      String label,
      Plan plan,
      Scorecard card,
      List<Objective> objectives,
      List<Kpi> orphans,
      Set<String> unsupported,
      Set<String> orphanIds) {
    List<Box> rows = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    Map<String, Integer> owners = new LinkedHashMap<>();
    for (Objective o : objectives) {
      Integer ownerRow = owners.get(o.ownerId());
      if (ownerRow == null) {
        ownerRow = row(rows, depths, parents, owner(plan, card, o.ownerId()), 0, -1);
        owners.put(o.ownerId(), ownerRow);
      }
      int objectiveRow = row(rows, depths, parents, box(card, o.id(), o.title(), ""), 1, ownerRow);
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        int keyResultRow =
            row(rows, depths, parents, keyResult(words, card, k, unsupported), 2, objectiveRow);
        for (Contributor c : plan.contributorsTo(k.id())) {
          row(rows, depths, parents, kpi(words, card, c.kpi(), orphanIds), 3, keyResultRow);
        }
      }
    }
    for (Kpi kpi : orphans) {
      row(rows, depths, parents, kpi(words, card, kpi, orphanIds), 0, -1);
    }
    int width = NARROW_WIDTH;
    int height = Math.max(1, rows.size()) * PITCH;
    StringBuilder h = new StringBuilder(4096);
    open(h, "map narrow", width, height, label);
    for (int i = 0; i < rows.size(); i++) {
      int p = parents.get(i);
      if (p >= 0) {
        double x = depths.get(p) * INDENT + INDENT / 2.0;
        double y0 = p * PITCH + BOX_HEIGHT;
        double y1 = i * PITCH + BOX_HEIGHT / 2.0;
        h.append("<path class=\"edge\" d=\"M")
            .append(f(x))
            .append(' ')
            .append(f(y0))
            .append(" V")
            .append(f(y1))
            .append(" H")
            .append(f(depths.get(i) * INDENT))
            .append("\"/>");
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      int depth = depths.get(i);
      box(words, h, rows.get(i), depth * INDENT, i * PITCH, width - depth * INDENT - 1);
    }
    return h.append("</svg>").toString();
  }

  @CanIgnoreReturnValue
  private static int row(
      List<Box> rows, List<Integer> depths, List<Integer> parents, Box box, int depth, int parent) {
    rows.add(box);
    depths.add(depth);
    parents.add(parent);
    return rows.size() - 1;
  }

  private static void open(StringBuilder h, String cls, int width, int height, String label) {
    h.append("<svg class=\"")
        .append(cls)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(label))
        .append("\">");
  }

  private static Box owner(Plan plan, Scorecard card, String id) {
    Owner owner = plan.owner(id).orElseThrow();
    OwnerScore os = card.owner(id).orElseThrow();
    return new Box(owner.id(), owner.name(), os.band(), os.composite(), "");
  }

  private static Box keyResult(
      ReportText words, Scorecard card, KeyResult k, Set<String> unsupported) {
    return box(
        card, k.id(), k.title(), unsupported.contains(k.id()) ? words.t("map.mark.noKpi") : "");
  }

  private static Box kpi(ReportText words, Scorecard card, Kpi k, Set<String> orphanIds) {
    return box(
        card,
        k.id(),
        k.title(),
        orphanIds.contains(k.id()) || k.contributions().isEmpty()
            ? words.t("map.mark.supportsNothing")
            : "");
  }

  private static Box box(Scorecard card, String id, String title, String mark) {
    ElementScore s = card.element(id).orElseThrow();
    return new Box(id, title, s.band(), s.score(), mark);
  }

  private static void add(List<List<Box>> columns, Map<String, int[]> at, int column, Box box) {
    at.put(box.id(), new int[] {column, columns.get(column).size()});
    columns.get(column).add(box);
  }

  /** The top of a box: each column's boxes centred on the tallest column. */
  private static double y(List<List<Box>> columns, int[] place) {
    int rows = 1;
    for (List<Box> column : columns) {
      rows = Math.max(rows, column.size());
    }
    double offset = (rows - columns.get(place[0]).size()) * PITCH / 2.0;
    return HEAD + offset + place[1] * PITCH;
  }

  private static void box(
      ReportText words, StringBuilder h, Box b, double x, double y, double boxWidth) {
    String band = b.band().map(Band::name).orElse("none");
    // cut by display width: a Chinese character is as wide as two Latin ones
    String title = DisplayWidth.truncate(b.title(), TITLE_CHARS, "\u2026");
    h.append("<g class=\"box ")
        .append(band)
        .append(b.mark().isEmpty() ? "" : " marked")
        .append("\"><title>")
        .append(
            esc(
                words.t("map.box", Arguments.of().text("id", b.id()).text("title", b.title()))
                    + (b.score().isPresent()
                        ? words.t("map.box.score", "score", HtmlReport.shown(b.score()))
                        : "")
                    + b.band()
                        .map(z -> words.t("map.box.band", "band", words.constant("band", z)))
                        .orElse("")
                    + (b.mark().isEmpty() ? "" : words.t("map.box.mark", "mark", b.mark()))))
        .append("</title><rect x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" width=\"")
        .append(f(boxWidth))
        .append("\" height=\"")
        .append(BOX_HEIGHT)
        .append("\" rx=\"6\"/><text x=\"")
        .append(f(x + 8))
        .append("\" y=\"")
        .append(f(y + 16))
        .append("\"><tspan class=\"mid\">")
        .append(esc(b.id()))
        .append("</tspan>");
    if (b.score().isPresent()) {
      h.append(" ").append(HtmlReport.shown(b.score()));
    }
    if (!b.mark().isEmpty()) {
      h.append(" <tspan class=\"mark\">").append(esc(b.mark())).append("</tspan>");
    }
    h.append("</text><text x=\"")
        .append(f(x + 8))
        .append("\" y=\"")
        .append(f(y + 32))
        .append("\">")
        .append(esc(title))
        .append("</text></g>");
  }

  private static String f(double v) {
    return String.format(Locale.US, "%.1f", v);
  }
}

package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.Severity;
import org.okrkit.core.Contribution;
import org.okrkit.core.Contributor;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.scoring.Band;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.CompiledPolicy;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.Status;

/**
 * A scorecard and its plan's alignment report as one self-contained HTML document with its CSS
 * inline, no script, no external resource of any kind (a Content-Security-Policy forbids loading
 * one), so that it opens the same from a mail, a file share or an archive years later.
 *
 * <p>It shows the plan's summary and coverage; every objective with a score bar and its key results
 * and their supporting KPIs; a trend chart per key result and KPI (its score at each of its
 * check-ins over the plan's period, the progress the policy expects by each day, the colour bands
 * shaded behind, the date scored marked; from {@link org.okrkit.scoring.ScoreHistory}); an
 * alignment map (owners, their objectives, the key results and the KPIs that support them, each box
 * coloured by its band, a key result no KPI reaches and a KPI that supports no key result drawn
 * dashed; one map for a small plan, one per objective otherwise, and a tree of the same for a
 * phone's width); every owner's composite score; every KPI; and the alignment findings. Pictures
 * are inline SVG written here, scaled to their box: nothing overflows at a desktop's or a phone's
 * width.
 *
 * <p>A plan of more than {@link #WHOLE_PLAN_LIMIT} owners, key results and KPIs is shown in full
 * for the owners of the top two levels of its org chart only, or for those of {@link
 * #withOwners(Collection)}: their objectives, key results, KPIs, charts and maps, the owners
 * themselves and the findings that concern them, the summary still counting the whole plan; so a
 * plan of 100,000 people gives a page a browser opens at once. At most {@link #MAX_PICTURES} charts
 * and maps, and {@link #MAX_FINDINGS} findings, are drawn. The charts cost one scoring of the plan
 * per day with a check-in, up to the card's date. A score bar's track is coloured in the policy's
 * bands (red, yellow, green, with the committed thresholds for committed OKRs), so a person sees
 * how far each score is from the next band; the filled part has the colour of the score's band.
 * Bars run from 0 to 1; a score above 1 fills the bar and its figure says by how much. Key results
 * and KPIs show their progress signed (a value fallen below its baseline reads as negative, though
 * it scores the floor) and their latest confidence; objectives and owners their rolled-up
 * confidence; an unknown confidence reads {@code unknown}, never 0 %. Every text from the plan is
 * escaped. The page is in English, or in the language of {@link #withLocale(Locale)} (Simplified
 * Chinese with {@code Locale.SIMPLIFIED_CHINESE}), with its {@code lang} attribute and a font stack
 * that has Chinese glyphs.
 *
 * <pre>{@code
 * Scorecard card = policy.score(plan, asOf);
 * AlignmentReport alignment = AlignmentAnalyzer.defaults().analyze(plan);
 * String page = HtmlReport.of(card, alignment)
 *     .withPolicyNote("marketing.policy.yaml")          // optional: shown beside the date
 *     .withAsOfNote("the plan's latest check-in")       // optional: why this date
 *     .render();
 * }</pre>
 *
 * <p>The plan shown is the card's, with the definitions in force on the card's date (titles and
 * targets as they were then); the alignment report should be of the same plan, and its findings and
 * coverage are shown as they are. {@code okr report --html} writes this page.
 *
 * <p>Immutable and safe to share between threads; rendering reads only its arguments, so the same
 * report renders the same page every time.
 */
public final class HtmlReport {
  private final Scorecard card;
  private final AlignmentReport alignment;
  private final String policyNote;
  private final String asOfNote;
  private final String generator;
  private final Locale locale;

  /** The owners whose elements the page shows, or null for the default. */
  private final @Nullable ImmutableList<String> owners;

  /**
   * The most owners, key results and KPIs together that a page shows in full by default; a larger
   * plan's page shows the elements of the top two levels of its org chart, or of the owners given.
   */
  public static final int WHOLE_PLAN_LIMIT = 400;

  /** The most trend charts, and the most alignment maps, one page draws. */
  public static final int MAX_PICTURES = 200;

  /** The most findings one page lists. */
  public static final int MAX_FINDINGS = 500;

  private HtmlReport(
      Scorecard card,
      AlignmentReport alignment,
      String policyNote,
      String asOfNote,
      String generator,
      @Nullable ImmutableList<String> owners,
      Locale locale) {
    this.card = card;
    this.alignment = alignment;
    this.policyNote = policyNote;
    this.asOfNote = asOfNote;
    this.generator = generator;
    this.owners = owners;
    this.locale = locale;
  }

  /** The report of {@code card} and {@code alignment}, with no notes, written by "okrkit". */
  public static HtmlReport of(Scorecard card, AlignmentReport alignment) {
    return new HtmlReport(
        requireNonNull(card, "card"),
        requireNonNull(alignment, "alignment"),
        "",
        "",
        "okrkit",
        null,
        Locale.ROOT);
  }

  /**
   * This report showing in full the elements of these owners only: their objectives with their key
   * results, their KPIs, the trend charts and alignment maps of those, the owners themselves, and
   * the findings that concern them; the summary still counts the whole plan. For a page of a large
   * plan that a browser opens at once: a plan of 100,000 people is too large to show whole.
   *
   * @throws org.okrkit.core.UnknownIdException if the card's plan has no such owner
   * @throws IllegalArgumentException if no owner is given
   */
  public HtmlReport withOwners(Collection<String> ownerIds) {
    if (ownerIds.isEmpty()) {
      throw new IllegalArgumentException("an HTML report shows the elements of at least one owner");
    }
    for (String id : ownerIds) {
      if (card.plan().owner(requireNonNull(id, "ownerId")).isEmpty()) {
        throw new org.okrkit.core.UnknownIdException(id, "owner");
      }
    }
    return new HtmlReport(
        card,
        alignment,
        policyNote,
        asOfNote,
        generator,
        ImmutableList.copyOf(new LinkedHashSet<>(ownerIds)),
        locale);
  }

  /**
   * This report with {@code note} saying which policy scored the plan (a file name, a policy's
   * name), shown in the header and the footer; empty for none.
   */
  public HtmlReport withPolicyNote(String note) {
    return new HtmlReport(
        card, alignment, requireNonNull(note, "note"), asOfNote, generator, owners, locale);
  }

  /**
   * This report with {@code note} saying why the scores are taken at the card's date; empty for
   * none.
   */
  public HtmlReport withAsOfNote(String note) {
    return new HtmlReport(
        card, alignment, policyNote, requireNonNull(note, "note"), generator, owners, locale);
  }

  /**
   * This report naming {@code generator} (an application and its version, for example {@code "okr
   * 0.1.0"}) as what wrote it, in the page's generator meta tag and its footer; "okrkit" by
   * default.
   *
   * @throws IllegalArgumentException if {@code generator} is blank
   */
  public HtmlReport withGenerator(String generator) {
    if (generator.isBlank()) {
      throw new IllegalArgumentException("an HTML report's generator must not be blank");
    }
    return new HtmlReport(card, alignment, policyNote, asOfNote, generator, owners, locale);
  }

  /**
   * This report in the language of {@code locale}: every heading, label, legend, status and
   * picture's text from the {@code report} bundle ({@code report_zh_CN.properties} for {@code
   * Locale.SIMPLIFIED_CHINESE}), the findings' messages and hints from their templates, and the
   * page's {@code lang} attribute; English ({@link Locale#ROOT}) by default. A locale without a
   * translation reads in English; the JVM's default locale is never consulted. Texts from the plan
   * (names, titles, notes) are shown as written.
   */
  public HtmlReport withLocale(Locale locale) {
    return new HtmlReport(
        card, alignment, policyNote, asOfNote, generator, owners, requireNonNull(locale, "locale"));
  }

  /** The page, in this report's locale ({@link #withLocale(Locale)}; English by default). */
  public String render() {
    return render(ReportText.of(locale), card, alignment, policyNote, asOfNote, generator, owners);
  }

  /**
   * The page in the language of {@code locale}, whatever this report's own locale: the same as
   * {@code withLocale(locale).render()}.
   */
  public String render(Locale locale) {
    return withLocale(locale).render();
  }

  /** Writes the page to {@code out}. */
  public void renderTo(Appendable out) throws IOException {
    out.append(render());
  }

  private static final String CSS =
      """
      :root{--red:#cf222e;--yellow:#d4a72c;--green:#2da44e;--ink:#1f2328;--muted:#59636e;\
      --line:#d1d9e0;--zone-red:#ffebe9;--zone-yellow:#fff8c5;--zone-green:#dafbe1}
      *{box-sizing:border-box}
      body{margin:0;background:#f6f8fa;color:var(--ink);font:15px/1.45 system-ui,-apple-system,\
      "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      main{max-width:1120px;margin:0 auto;padding:24px}
      header h1{margin:0 0 4px;font-size:26px}
      .sub,.meta,.detail,.hint{color:var(--muted)}
      .meta{font-size:13px;margin:2px 0 8px}
      .detail{font-size:12.5px}
      section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}
      h2{font-size:18px;margin:0 0 12px}
      h3{font-size:16px;margin:0}
      .tiles{display:flex;flex-wrap:wrap;gap:12px}
      .tile{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
      .tile b{display:block;font-size:20px}
      table{border-collapse:collapse;width:100%}
      th,td{text-align:left;padding:6px 8px;border-top:1px solid #eef1f4;vertical-align:middle}
      td.num{white-space:nowrap}
      th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-top:0}
      .objective{border-top:1px solid var(--line);padding:14px 0}
      .objective:first-of-type{border-top:0;padding-top:0}
      .headline{display:flex;flex-wrap:wrap;align-items:center;gap:10px}
      .headline h3{flex:1 1 320px}
      .bar{display:inline-block;position:relative;width:180px;height:14px;border-radius:7px;\
      overflow:hidden;vertical-align:middle;border:1px solid #c8d1da}
      .fill{position:absolute;left:0;top:0;bottom:0;border-radius:6px 0 0 6px}
      .fill.RED{background:var(--red)}.fill.YELLOW{background:var(--yellow)}.fill.GREEN{background:var(--green)}
      .score{display:inline-block;min-width:3.2em;font-weight:600;font-variant-numeric:tabular-nums}
      .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
      .band-RED{background:var(--zone-red);color:#a40e26}
      .band-YELLOW{background:var(--zone-yellow);color:#7d4e00}
      .band-GREEN{background:var(--zone-green);color:#116329}
      .status-ON_TRACK{background:#ddf4ff;color:#0550ae}
      .status-AT_RISK{background:#fff1e5;color:#953800}
      .status-OFF_TRACK{background:#ffebe9;color:#a40e26}
      .none{background:#eef1f4;color:var(--muted)}
      .sev-ERROR{background:#ffebe9;color:#a40e26}
      .sev-WARNING{background:#fff8c5;color:#7d4e00}
      .sev-INFO{background:#ddf4ff;color:#0550ae}
      .id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;color:var(--muted)}
      .legend{font-size:13px;color:var(--muted)}
      .legend .bar{width:120px}
      footer{font-size:12px;color:var(--muted);margin:8px 0 24px}
      .scope{background:#ddf4ff;border:1px solid #b6e3ff;border-radius:6px;padding:8px 12px;font-size:13px}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,280px),1fr));gap:14px}
      figure{margin:0;min-width:0}
      figure svg{display:block;width:100%;height:auto}
      .maps figure{margin:0 0 18px;max-width:920px}
      figcaption{font-size:13px;margin-top:4px;overflow-wrap:anywhere}
      svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
      .trend .zone-red{fill:var(--zone-red)}.trend .zone-yellow{fill:var(--zone-yellow)}\
      .trend .zone-green{fill:var(--zone-green)}
      .trend .frame{fill:none;stroke:#c8d1da}
      .trend .pace{fill:none;stroke:#59636e;stroke-width:1.5;stroke-dasharray:5 4}
      .trend .line{fill:none;stroke:var(--ink);stroke-width:1.5}
      .trend .asof{stroke:#0550ae;stroke-width:1.2;stroke-dasharray:2 3}
      .trend .point{stroke:#fff;stroke-width:1}
      .point.RED{fill:var(--red)}.point.YELLOW{fill:var(--yellow)}.point.GREEN{fill:var(--green)}\
      .point.none{fill:#8c959f}
      .trend .tick{fill:var(--muted);font-size:10px}
      .trend .empty{fill:var(--muted)}
      .map .edge{fill:none;stroke:#8c959f;stroke-width:1.2}
      .map .edge.support{stroke-dasharray:2 3}
      .map .box rect{fill:#f6f8fa;stroke:#8c959f;stroke-width:1.5}
      .map .box.RED rect{fill:var(--zone-red);stroke:var(--red)}
      .map .box.YELLOW rect{fill:var(--zone-yellow);stroke:var(--yellow)}
      .map .box.GREEN rect{fill:var(--zone-green);stroke:var(--green)}
      .map .box.marked rect{stroke:var(--red);stroke-width:2;stroke-dasharray:6 3}
      .map .mid{font-weight:600}
      .map .mark{fill:#a40e26;font-weight:600}
      .map .heading{fill:var(--muted);font-size:12px;letter-spacing:.04em}
      .maps svg.narrow{display:none;max-width:420px}
      .id{overflow-wrap:anywhere}
      @media (max-width:640px){main{padding:12px}section{padding:12px}\
      table,tbody,tr,td{display:block}tr:first-child{display:none}\
      tr{border-top:1px solid #eef1f4;padding:6px 0}td{border:0;padding:2px 0}\
      td.num{display:inline-block;margin-right:10px}.bar{width:120px}.headline h3{flex-basis:100%}\
      .maps svg.wide{display:none}.maps svg.narrow{display:block}}
      @media print{body{background:#fff}section{border:0;padding:0}}""";

  /**
   * The fonts of a page in Chinese, after the English page's own: the common Chinese system fonts
   * (Noto Sans CJK and Source Han Sans on Linux, PingFang on Apple's systems, Microsoft YaHei on
   * Windows), so that Chinese text has real glyphs wherever one of them is installed.
   */
  static final String CJK_FONTS =
      "system-ui,-apple-system,\"Segoe UI\",\"Noto Sans CJK SC\",\"Source Han Sans SC\","
          + "\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",sans-serif";

  private static String render(
      ReportText x,
      Scorecard card,
      AlignmentReport alignment,
      String policySource,
      String asOfSource,
      String generator,
      @Nullable List<String> owners) {
    // the definitions in force on the date scored: titles and targets as they were then
    Plan plan = card.plan().asOf(card.asOf());
    Focus focus = Focus.of(plan, owners);
    Bands bands = card.policy().bands();
    String name = plan.name().orElse(x.t("plan.default"));
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(x.t("html.lang"))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"")
        .append(esc(generator))
        .append("\">\n")
        .append("<title>")
        .append(
            x.t(
                "title",
                Arguments.of()
                    .text("name", esc(name))
                    .text("period", plan.period().toString())
                    .text("asOf", card.asOf().toString())))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS);
    if (!x.english()) {
      h.append("\nbody{font-family:")
          .append(CJK_FONTS)
          .append("}\nsvg text{font-family:")
          .append(CJK_FONTS)
          .append("}\nth{text-transform:none;letter-spacing:0}");
    }
    h.append("\n</style>\n</head>\n<body>\n<main>\n");

    header(x, h, plan, card, alignment, policySource, asOfSource, name);
    focus.note(x, h, plan);
    objectives(x, h, plan, card, alignment, bands, focus);
    trends(x, h, plan, card, bands, focus);
    maps(x, h, plan, card, alignment, focus);
    owners(x, h, plan, card, bands, focus);
    kpis(x, h, plan, card, bands, focus);
    findings(x, h, alignment, plan, focus);
    legend(x, h, bands);

    String written =
        x.t(
            generator.startsWith("okrkit") ? "footer.written" : "footer.written.host",
            "generator",
            esc(generator));
    Arguments scores =
        Arguments.of()
            .text("asOf", card.asOf().toString())
            .text("note", note(x, asOfSource))
            .text("policy", esc(policySource));
    h.append("<footer>")
        .append(
            x.t(
                "footer",
                Arguments.of()
                    .text("written", written)
                    .text(
                        "scores",
                        x.t(policySource.isEmpty() ? "footer.asOf" : "footer.policy", scores))))
        .append("</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(
      ReportText x,
      StringBuilder h,
      Plan plan,
      Scorecard card,
      AlignmentReport alignment,
      String policySource,
      String asOfSource,
      String name) {
    h.append("<header>\n<h1>")
        .append(esc(name))
        .append("</h1>\n<p class=\"sub\">")
        .append(
            x.t(
                "header.sub",
                Arguments.of()
                    .text("period", plan.period().toString())
                    .text("start", plan.period().start().toString())
                    .text("end", plan.period().end().toString())
                    .text("asOf", card.asOf().toString())
                    .text("note", note(x, asOfSource))
                    .text(
                        "policy",
                        policySource.isEmpty()
                            ? ""
                            : x.t("header.policy", "policy", esc(policySource)))))
        .append("</p>\n</header>\n");

    h.append("<section id=\"summary\">\n<h2>")
        .append(x.t("summary.heading"))
        .append("</h2>\n<div class=\"tiles\">\n");
    tile(h, x.t("summary.objectives"), Integer.toString(plan.objectives().size()));
    tile(h, x.t("summary.keyResults"), Integer.toString(plan.keyResults().size()));
    tile(h, x.t("summary.kpis"), Integer.toString(plan.kpis().size()));
    tile(h, x.t("summary.owners"), Integer.toString(plan.owners().size()));
    tile(h, x.t("summary.coverage"), x.percent(alignment.coverage().plan()));
    tile(
        h,
        x.t("summary.findings"),
        x.count(alignment.findings(Severity.ERROR).size(), "count.error")
            + " \u00b7 "
            + x.count(alignment.findings(Severity.WARNING).size(), "count.warning")
            + " \u00b7 "
            + x.count(alignment.findings(Severity.INFO).size(), "count.info"));
    tile(
        h,
        x.t("summary.status"),
        x.t(
            "summary.status.counts",
            Arguments.of()
                .text("onTrack", Long.toString(statusCount(card, Status.ON_TRACK)))
                .text("atRisk", Long.toString(statusCount(card, Status.AT_RISK)))
                .text("offTrack", Long.toString(statusCount(card, Status.OFF_TRACK)))));
    h.append("</div>\n</section>\n");
  }

  private static void objectives(
      ReportText x,
      StringBuilder h,
      Plan plan,
      Scorecard card,
      AlignmentReport alignment,
      Bands bands,
      Focus focus) {
    h.append("<section id=\"objectives\">\n<h2>")
        .append(x.t("objectives.heading"))
        .append("</h2>\n");
    List<Objective> shown = focus.objectives(plan);
    if (shown.isEmpty()) {
      h.append("<p class=\"meta\">")
          .append(x.t(plan.objectives().isEmpty() ? "objectives.none" : "objectives.noneShown"))
          .append("</p>\n");
    }
    for (Objective o : shown) {
      boolean committed = o.kind() == ObjectiveKind.COMMITTED;
      ElementScore s = card.element(o.id()).orElseThrow();
      h.append("<div class=\"objective\" id=\"")
          .append(esc(o.id()))
          .append("\">\n<div class=\"headline\">")
          .append("<h3><span class=\"id\">")
          .append(esc(o.id()))
          .append("</span> ")
          .append(esc(o.title()))
          .append("</h3>");
      scoreCells(x, h, s.score(), s.band(), s.status(), bands, committed, "span");
      h.append("</div>\n<p class=\"meta\">")
          .append(esc(plan.owner(o.ownerId()).map(Owner::name).orElse(o.ownerId())))
          .append(" \u00b7 ")
          .append(x.constant("kind", o.kind()))
          .append(" \u00b7 ")
          .append(
              x.t(
                  "objective.coverage",
                  "share",
                  x.percent(alignment.coverage().objective(o.id()).orElseThrow())))
          .append(" \u00b7 ")
          .append(x.t("objective.confidence", "value", x.confidence(s.confidence())));
      o.parentId()
          .ifPresent(
              p ->
                  h.append(" \u00b7 ")
                      .append(
                          x.t(
                              "objective.parent",
                              "id",
                              "<span class=\"id\">" + esc(p) + "</span>")));
      h.append("</p>\n");
      List<KeyResult> krs = plan.keyResultsOf(o.id());
      if (!krs.isEmpty()) {
        h.append("<table>\n<tr>")
            .append(headings(x, "keyResult", "score", "band", "status"))
            .append("</tr>\n");
        for (KeyResult kr : krs) {
          ElementScore ks = card.element(kr.id()).orElseThrow();
          h.append("<tr><td><span class=\"id\">")
              .append(esc(kr.id()))
              .append("</span> ")
              .append(esc(kr.title()))
              .append(weight(x, kr.weight()))
              .append("<div class=\"detail\">")
              .append(figures(x, kr, ks))
              .append("</div>");
          List<Contributor> kpis = plan.contributorsTo(kr.id());
          if (!kpis.isEmpty()) {
            h.append("<div class=\"detail\">")
                .append(
                    x.t(
                        "supportedBy",
                        "kpis",
                        x.join(
                            kpis.stream()
                                .map(
                                    c ->
                                        "<span class=\"id\">"
                                            + esc(c.kpi().id())
                                            + "</span> "
                                            + shown(
                                                card.element(c.kpi().id()).orElseThrow().score())
                                            + (c.supportOnly() ? x.t("supportOnly") : ""))
                                .collect(Collectors.toList()))))
                .append("</div>");
          }
          h.append("</td>");
          scoreCells(x, h, ks.score(), ks.band(), ks.status(), bands, committed, "td");
          h.append("</tr>\n");
        }
        h.append("</table>\n");
      }
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  /** Table headings: the {@code column.*} phrases, each a {@code th}. */
  private static String headings(ReportText x, String... columns) {
    StringBuilder row = new StringBuilder();
    for (String c : columns) {
      row.append("<th>").append(x.t("column." + c)).append("</th>");
    }
    return row.toString();
  }

  private static void owners(
      ReportText x, StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
    h.append("<section id=\"owners\">\n<h2>")
        .append(x.t("owners.heading"))
        .append("</h2>\n<table>\n<tr>")
        .append(
            headings(
                x, "owner", "composite", "band", "status", "kpiScore", "okrScore", "confidence"))
        .append("</tr>\n");
    for (Owner o : plan.owners()) {
      if (!focus.owns(o.id())) {
        continue;
      }
      OwnerScore s = card.owner(o.id()).orElseThrow();
      h.append("<tr><td>")
          .append(esc(o.name()))
          .append(" <span class=\"id\">")
          .append(esc(o.id()))
          .append("</span><div class=\"detail\">")
          .append(x.constant("level", o.level()))
          .append(
              o.parentId()
                  .map(
                      p -> x.t("owner.in", "parent", esc(plan.owner(p).map(Owner::name).orElse(p))))
                  .orElse(""))
          .append("</div></td>");
      scoreCells(x, h, s.composite(), s.band(), s.status(), bands, false, "td");
      h.append("<td>")
          .append(shown(s.kpiScore()))
          .append("</td><td>")
          .append(shown(s.okrScore()))
          .append("</td><td>")
          .append(x.confidence(s.confidence()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void kpis(
      ReportText x, StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
    h.append("<section id=\"kpis\">\n<h2>").append(x.t("kpis.heading")).append("</h2>\n");
    List<Kpi> shown = focus.kpis(plan);
    if (shown.isEmpty()) {
      h.append("<p class=\"meta\">")
          .append(x.t(plan.kpis().isEmpty() ? "kpis.none" : "kpis.noneShown"))
          .append("</p>\n</section>\n");
      return;
    }
    h.append("<table>\n<tr>")
        .append(headings(x, "kpi", "score", "band", "status"))
        .append("</tr>\n");
    for (Kpi k : shown) {
      ElementScore s = card.element(k.id()).orElseThrow();
      h.append("<tr><td><span class=\"id\">")
          .append(esc(k.id()))
          .append("</span> ")
          .append(esc(k.title()))
          .append("<div class=\"detail\">")
          .append(esc(plan.owner(k.ownerId()).map(Owner::name).orElse(k.ownerId())))
          .append(" \u00b7 ")
          .append(x.constant("frequency", k.frequency()))
          .append(" \u00b7 ")
          .append(figures(x, k, s))
          .append("</div><div class=\"detail\">")
          .append(
              k.contributions().isEmpty()
                  ? x.t("kpi.supportsNothing")
                  : x.t(
                      "kpi.supports",
                      "keyResults",
                      x.join(
                          k.contributions().stream()
                              .map(Contribution::keyResultId)
                              .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                              .collect(Collectors.toList()))))
          .append("</div></td>");
      scoreCells(x, h, s.score(), s.band(), s.status(), bands, false, "td");
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void findings(
      ReportText x, StringBuilder h, AlignmentReport alignment, Plan plan, Focus focus) {
    h.append("<section id=\"findings\">\n<h2>").append(x.t("findings.heading")).append("</h2>\n");
    if (alignment.findings().isEmpty()) {
      h.append("<p>").append(x.t("findings.none")).append("</p>\n</section>\n");
      return;
    }
    List<Finding> shown = new ArrayList<>();
    for (Finding f : alignment.findings()) {
      if (focus.whole || f.ids().stream().anyMatch(id -> focus.concerns(plan, id))) {
        shown.add(f);
      }
    }
    if (shown.size() < alignment.findings().size()) {
      int listed = Math.min(shown.size(), MAX_FINDINGS);
      h.append("<p class=\"meta\">")
          .append(
              x.t(
                  "findings.some",
                  Arguments.of()
                      .text("listed", Integer.toString(listed))
                      .text("total", Integer.toString(alignment.findings().size()))
                      .text(
                          "more",
                          shown.size() > MAX_FINDINGS
                              ? x.t("findings.first", "max", Integer.toString(MAX_FINDINGS))
                              : "")))
          .append("</p>\n");
    }
    if (shown.isEmpty()) {
      h.append("</section>\n");
      return;
    }
    h.append("<table>\n<tr>")
        .append(headings(x, "severity", "code", "finding", "elements"))
        .append("</tr>\n");
    for (Finding f : shown.subList(0, Math.min(shown.size(), MAX_FINDINGS))) {
      h.append("<tr><td><span class=\"badge sev-")
          .append(f.severity().name())
          .append("\">")
          .append(x.constant("severity", f.severity()))
          .append("</span></td><td class=\"id\">")
          .append(esc(f.code()))
          .append("</td><td>")
          .append(esc(x.message(f)))
          .append("<div class=\"hint\">")
          .append(x.t("findings.fix", "hint", esc(x.hint(f))))
          .append("</div></td><td>")
          .append(
              f.ids().stream()
                  .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                  .collect(Collectors.joining(" ")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void legend(ReportText x, StringBuilder h, Bands bands) {
    h.append("<section id=\"legend\" class=\"legend\">\n<h2>")
        .append(x.t("legend.heading"))
        .append("</h2>\n<p>")
        .append(
            x.t(
                "legend.bands",
                Arguments.of()
                    .text("yellow", number(bands.yellowFrom()))
                    .text("green", number(bands.greenFrom()))))
        .append(' ');
    bar(x, h, OptionalDouble.empty(), Optional.empty(), bands, false);
    h.append(
            x.t(
                "legend.committed",
                Arguments.of()
                    .text("yellow", number(bands.committedYellowFrom()))
                    .text("green", number(bands.committedGreenFrom()))))
        .append(' ');
    bar(x, h, OptionalDouble.empty(), Optional.empty(), bands, true);
    h.append(x.t("legend.end")).append("</p>\n</section>\n");
  }

  private static void trends(
      ReportText x, StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
    List<MeasuredElement> charted = new ArrayList<>();
    Set<String> committed = new HashSet<>();
    for (Objective o : focus.objectives(plan)) {
      for (KeyResult k : plan.keyResultsOf(o.id())) {
        charted.add(k);
        if (o.kind() == ObjectiveKind.COMMITTED) {
          committed.add(k.id());
        }
      }
    }
    charted.addAll(focus.kpis(plan));
    if (charted.isEmpty()) {
      return;
    }
    h.append("<section id=\"trends\">\n<h2>")
        .append(x.t("trends.heading"))
        .append("</h2>\n<p class=\"meta\">")
        .append(x.t("trends.meta"));
    if (charted.size() > MAX_PICTURES) {
      h.append(
          x.t(
              "trends.first",
              Arguments.of()
                  .text("max", Integer.toString(MAX_PICTURES))
                  .text("total", Integer.toString(charted.size()))));
    }
    h.append("</p>\n<div class=\"charts\">\n");
    charted = charted.subList(0, Math.min(charted.size(), MAX_PICTURES));
    List<String> ids = charted.stream().map(MeasuredElement::id).collect(Collectors.toList());
    ScoreHistory history = ScoreHistory.of(card.policy(), card.plan(), card.asOf(), ids);
    CompiledPolicy compiled = card.policy().compile(card.plan());
    for (MeasuredElement e : charted) {
      ElementScore s = card.element(e.id()).orElseThrow();
      h.append("<figure id=\"trend-")
          .append(esc(e.id()))
          .append("\">")
          .append(
              TrendChart.svg(
                  x,
                  e.id(),
                  history.atCheckInsOf(e.id()),
                  plan.period(),
                  card.asOf(),
                  compiled,
                  bands,
                  committed.contains(e.id())))
          .append("<figcaption><span class=\"id\">")
          .append(esc(e.id()))
          .append("</span> ")
          .append(esc(e.title()))
          .append(" \u00b7 ")
          .append(shown(s.score()))
          .append(s.band().map(b -> " " + x.constant("band", b)).orElse(""))
          .append("</figcaption></figure>\n");
    }
    h.append("</div>\n</section>\n");
  }

  private static void maps(
      ReportText x,
      StringBuilder h,
      Plan plan,
      Scorecard card,
      AlignmentReport alignment,
      Focus focus) {
    List<Objective> objectives = focus.objectives(plan);
    List<Kpi> orphans = new ArrayList<>();
    Set<String> unsupported = new HashSet<>();
    Set<String> orphanIds = new HashSet<>();
    for (Finding f : alignment.findings()) {
      if (f.code().equals("ALN002")) {
        unsupported.add(f.ids().get(0));
      } else if (f.code().equals("ALN001")) {
        orphanIds.add(f.ids().get(0));
      }
    }
    for (Kpi k : focus.kpis(plan)) {
      if (k.contributions().isEmpty() || orphanIds.contains(k.id())) {
        orphans.add(k);
      }
    }
    if (objectives.isEmpty() && orphans.isEmpty()) {
      return;
    }
    int keyResults = 0;
    for (Objective o : objectives) {
      keyResults += plan.keyResultsOf(o.id()).size();
    }
    boolean one = keyResults <= 12 && objectives.size() <= 5;
    h.append("<section id=\"map\">\n<h2>")
        .append(x.t("map.heading"))
        .append("</h2>\n<p class=\"meta\">")
        .append(x.t("map.meta"))
        .append(one ? "" : x.t("map.perObjective"));
    int maps = one ? 1 : objectives.size() + (orphans.isEmpty() ? 0 : 1);
    if (maps > MAX_PICTURES) {
      h.append(
          x.t(
              "map.first",
              Arguments.of()
                  .text("max", Integer.toString(MAX_PICTURES))
                  .text("total", Integer.toString(maps))));
    }
    h.append("</p>\n<div class=\"maps\">\n");
    if (one) {
      h.append("<figure>")
          .append(
              AlignmentMap.svg(
                  x,
                  x.t("map.label.plan"),
                  plan,
                  card,
                  objectives,
                  orphans,
                  unsupported,
                  orphanIds))
          .append("</figure>\n");
    } else {
      int drawn = 0;
      for (Objective o : objectives) {
        if (drawn++ >= MAX_PICTURES) {
          break;
        }
        h.append("<figure id=\"map-")
            .append(esc(o.id()))
            .append("\">")
            .append(
                AlignmentMap.svg(
                    x,
                    x.t("map.label.objective", "id", o.id()),
                    plan,
                    card,
                    List.of(o),
                    List.of(),
                    unsupported,
                    orphanIds))
            .append("<figcaption><span class=\"id\">")
            .append(esc(o.id()))
            .append("</span> ")
            .append(esc(o.title()))
            .append("</figcaption></figure>\n");
      }
      if (!orphans.isEmpty() && drawn < MAX_PICTURES) {
        h.append("<figure id=\"map-orphans\">")
            .append(
                AlignmentMap.svg(
                    x, x.t("map.orphans"), plan, card, List.of(), orphans, unsupported, orphanIds))
            .append("<figcaption>")
            .append(x.t("map.orphans"))
            .append("</figcaption></figure>\n");
      }
    }
    h.append("</div>\n</section>\n");
  }

  /**
   * What the page shows in full: the whole plan, or the elements of some owners (those given, else
   * the top two levels of the org chart of a plan too large to show whole).
   */
  private static final class Focus {
    final boolean whole;
    final Set<String> owners;

    /** The phrase that says why these owners: {@code scope.chosen} or {@code scope.top}. */
    final String why;

    private Focus(boolean whole, Set<String> owners, String why) {
      this.whole = whole;
      this.owners = owners;
      this.why = why;
    }

    static Focus of(Plan plan, @Nullable List<String> given) {
      if (given != null) {
        return new Focus(false, new LinkedHashSet<>(given), "scope.chosen");
      }
      int size = plan.owners().size() + plan.keyResults().size() + plan.kpis().size();
      if (size <= WHOLE_PLAN_LIMIT) {
        return new Focus(true, Set.of(), "");
      }
      Set<String> roots = new HashSet<>();
      for (Owner o : plan.owners()) {
        if (o.parentId().isEmpty()) {
          roots.add(o.id());
        }
      }
      Set<String> top = new LinkedHashSet<>();
      for (Owner o : plan.owners()) {
        if (o.parentId().isEmpty() || roots.contains(o.parentId().get())) {
          top.add(o.id());
        }
      }
      return new Focus(false, top, "scope.top");
    }

    boolean owns(String ownerId) {
      return whole || owners.contains(ownerId);
    }

    /** Whether a finding's id is an owner shown, or an element one of them owns. */
    boolean concerns(Plan plan, String id) {
      if (plan.owner(id).isPresent()) {
        return owns(id);
      }
      return plan.element(id).isPresent() && owns(plan.ownerOf(id).id());
    }

    ImmutableList<Objective> objectives(Plan plan) {
      if (whole) {
        return plan.objectives();
      }
      ImmutableList.Builder<Objective> result = ImmutableList.builder();
      for (String owner : owners) {
        result.addAll(plan.objectivesOf(owner));
      }
      return result.build();
    }

    ImmutableList<Kpi> kpis(Plan plan) {
      if (whole) {
        return plan.kpis();
      }
      ImmutableList.Builder<Kpi> result = ImmutableList.builder();
      for (String owner : owners) {
        result.addAll(plan.kpisOf(owner));
      }
      return result.build();
    }

    void note(ReportText x, StringBuilder h, Plan plan) {
      if (whole) {
        return;
      }
      h.append("<p class=\"scope\">")
          .append(
              x.t(
                  "scope.note",
                  Arguments.of()
                      .text("owners", x.count(owners.size(), "scope.owners"))
                      .text("total", Integer.toString(plan.owners().size()))
                      .text("why", x.t(why))
                      .text(
                          "list",
                          x.join(
                                  owners.stream()
                                      .limit(20)
                                      .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                                      .collect(Collectors.toList()))
                              + (owners.size() > 20 ? x.t("scope.more") : ""))))
          .append("</p>\n");
    }
  }

  // ------------------------------------------------------------------ parts

  private static void scoreCells(
      ReportText x,
      StringBuilder h,
      OptionalDouble score,
      Optional<Band> band,
      Optional<Status> status,
      Bands bands,
      boolean committed,
      String cell) {
    String open = "<" + cell + " class=\"num\">";
    String close = "</" + cell + ">";
    h.append(open);
    bar(x, h, score, band, bands, committed);
    h.append(" <span class=\"score\">").append(shown(score)).append("</span>").append(close);
    h.append(open)
        .append(
            band.map(b -> badge("band-" + b.name(), x.constant("band", b)))
                .orElse(badge("none", x.t("band.none"))))
        .append(close);
    h.append(open)
        .append(
            status
                .map(s -> badge("status-" + s.name(), x.constant("status", s)))
                .orElse(badge("none", x.t("status.none"))))
        .append(close);
  }

  private static void bar(
      ReportText x,
      StringBuilder h,
      OptionalDouble score,
      Optional<Band> band,
      Bands bands,
      boolean committed) {
    double yellow = committed ? bands.committedYellowFrom() : bands.yellowFrom();
    double green = committed ? bands.committedGreenFrom() : bands.greenFrom();
    String y = pct(yellow);
    String g = pct(green);
    h.append("<span class=\"bar\" role=\"img\" aria-label=\"")
        .append(
            score.isPresent()
                ? x.t("bar.score", "score", shown(score))
                    + band.map(b -> x.t("bar.band", "band", x.constant("band", b))).orElse("")
                : x.t("bar.unscored"))
        .append("\" style=\"background:linear-gradient(to right,var(--zone-red) 0 ")
        .append(y)
        .append(",var(--zone-yellow) ")
        .append(y)
        .append(' ')
        .append(g)
        .append(",var(--zone-green) ")
        .append(g)
        .append(" 100%)\">");
    if (score.isPresent()) {
      h.append("<span class=\"fill ")
          .append(band.map(Band::name).orElse(""))
          .append("\" style=\"width:")
          .append(pct(score.getAsDouble()))
          .append("\"></span>");
    }
    h.append("</span>");
  }

  private static String figures(ReportText x, MeasuredElement e, ElementScore s) {
    List<String> parts = new ArrayList<>();
    parts.add(
        s.actual().isPresent()
            ? x.t("figures.actual", "value", number(s.actual().getAsDouble()))
            : x.t("figures.noCheckIn"));
    parts.add(
        x.t(
            "figures.target",
            Arguments.of()
                .text("target", esc(x.target(e.target())))
                .text("measure", esc(e.measure().name()))));
    if (s.signedProgress().isPresent() && s.expectedProgress().isPresent()) {
      // signed: a value that fell below its baseline reads as negative progress, not as none
      parts.add(
          x.t(
              "figures.progress",
              Arguments.of()
                  .text("progress", x.percent(s.signedProgress().getAsDouble()))
                  .text("expected", x.percent(s.expectedProgress().getAsDouble()))));
    }
    parts.add(x.t("figures.confidence", "value", x.confidence(s.confidence())));
    return String.join(x.t("figures.separator"), parts);
  }

  /** {@code " (note)"}, escaped, as the {@code note} phrase says; nothing for an empty note. */
  private static String note(ReportText x, String note) {
    return note.isEmpty() ? "" : x.t("note", "note", esc(note));
  }

  private static void tile(StringBuilder h, String label, String value) {
    h.append("<div class=\"tile\"><b>")
        .append(esc(value))
        .append("</b>")
        .append(label)
        .append("</div>\n");
  }

  private static String badge(String cls, String text) {
    return "<span class=\"badge " + cls + "\">" + text + "</span>";
  }

  private static String weight(ReportText x, double weight) {
    return weight == 1
        ? ""
        : " <span class=\"detail\">" + x.t("weight", "weight", number(weight)) + "</span>";
  }

  private static long statusCount(Scorecard card, Status status) {
    return card.elements().stream().filter(e -> e.status().equals(Optional.of(status))).count();
  }

  /** A share of the bar's width, clamped to [0 %, 100 %]. */
  private static String pct(double value) {
    double clamped = Math.max(0, Math.min(1, value));
    return String.format(Locale.US, "%.1f%%", clamped * 100);
  }

  /** A score as the text reports show it, with at most three decimals; a dash when unscored. */
  static String shown(OptionalDouble score) {
    return score.isPresent() ? number(score.getAsDouble()) : "\u2013";
  }

  /**
   * {@code 0.4833} as {@code 0.483}, {@code 1.0} as {@code 1}, as the text reports show numbers.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value)
        .setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Text as HTML content or attribute value. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

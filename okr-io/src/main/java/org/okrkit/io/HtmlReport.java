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
 * escaped. The page is in English.
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
      @Nullable ImmutableList<String> owners) {
    this.card = card;
    this.alignment = alignment;
    this.policyNote = policyNote;
    this.asOfNote = asOfNote;
    this.generator = generator;
    this.owners = owners;
  }

  /** The report of {@code card} and {@code alignment}, with no notes, written by "okrkit". */
  public static HtmlReport of(Scorecard card, AlignmentReport alignment) {
    return new HtmlReport(
        requireNonNull(card, "card"),
        requireNonNull(alignment, "alignment"),
        "",
        "",
        "okrkit",
        null);
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
        ImmutableList.copyOf(new LinkedHashSet<>(ownerIds)));
  }

  /**
   * This report with {@code note} saying which policy scored the plan (a file name, a policy's
   * name), shown in the header and the footer; empty for none.
   */
  public HtmlReport withPolicyNote(String note) {
    return new HtmlReport(
        card, alignment, requireNonNull(note, "note"), asOfNote, generator, owners);
  }

  /**
   * This report with {@code note} saying why the scores are taken at the card's date; empty for
   * none.
   */
  public HtmlReport withAsOfNote(String note) {
    return new HtmlReport(
        card, alignment, policyNote, requireNonNull(note, "note"), generator, owners);
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
    return new HtmlReport(card, alignment, policyNote, asOfNote, generator, owners);
  }

  /** The page. */
  public String render() {
    return render(card, alignment, policyNote, asOfNote, generator, owners);
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

  private static String render(
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
    String name = plan.name().orElse("Plan");
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"")
        .append(esc(generator))
        .append("\">\n")
        .append("<title>")
        .append(esc(name))
        .append(' ')
        .append(plan.period())
        .append(" \u2013 OKR report as of ")
        .append(card.asOf())
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n<main>\n");

    header(h, plan, card, alignment, policySource, asOfSource, name);
    focus.note(h, plan);
    objectives(h, plan, card, alignment, bands, focus);
    trends(h, plan, card, bands, focus);
    maps(h, plan, card, alignment, focus);
    owners(h, plan, card, bands, focus);
    kpis(h, plan, card, bands, focus);
    findings(h, alignment, plan, focus);
    legend(h, bands);

    h.append("<footer>Written by ")
        .append(esc(generator))
        .append(generator.startsWith("okrkit") ? "." : " (okrkit).")
        .append(
            policySource.isEmpty()
                ? " Scores as of "
                : " Scores: " + esc(policySource) + ", as of ")
        .append(card.asOf())
        .append(note(asOfSource))
        .append(".</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(
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
        .append(plan.period())
        .append(" (")
        .append(plan.period().start())
        .append(" to ")
        .append(plan.period().end())
        .append(") \u00b7 scored as of <b>")
        .append(card.asOf())
        .append("</b>")
        .append(note(asOfSource))
        .append(policySource.isEmpty() ? "" : " \u00b7 policy: " + esc(policySource))
        .append("</p>\n</header>\n");

    h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">\n");
    tile(h, "Objectives", Integer.toString(plan.objectives().size()));
    tile(h, "Key results", Integer.toString(plan.keyResults().size()));
    tile(h, "KPIs", Integer.toString(plan.kpis().size()));
    tile(h, "Owners", Integer.toString(plan.owners().size()));
    tile(h, "Alignment coverage", percent(alignment.coverage().plan()));
    tile(
        h,
        "Findings",
        count(alignment.findings(Severity.ERROR).size(), "error")
            + " \u00b7 "
            + count(alignment.findings(Severity.WARNING).size(), "warning")
            + " \u00b7 "
            + count(alignment.findings(Severity.INFO).size(), "note"));
    long onTrack = statusCount(card, Status.ON_TRACK);
    long atRisk = statusCount(card, Status.AT_RISK);
    long offTrack = statusCount(card, Status.OFF_TRACK);
    tile(
        h,
        "Status of elements",
        onTrack + " on track \u00b7 " + atRisk + " at risk \u00b7 " + offTrack + " off track");
    h.append("</div>\n</section>\n");
  }

  private static void objectives(
      StringBuilder h,
      Plan plan,
      Scorecard card,
      AlignmentReport alignment,
      Bands bands,
      Focus focus) {
    h.append("<section id=\"objectives\">\n<h2>Objectives</h2>\n");
    List<Objective> shown = focus.objectives(plan);
    if (shown.isEmpty()) {
      h.append(
          plan.objectives().isEmpty()
              ? "<p class=\"meta\">The plan has no objectives.</p>\n"
              : "<p class=\"meta\">The owners shown set no objectives.</p>\n");
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
      scoreCells(h, s.score(), s.band(), s.status(), bands, committed, "span");
      h.append("</div>\n<p class=\"meta\">")
          .append(esc(plan.owner(o.ownerId()).map(Owner::name).orElse(o.ownerId())))
          .append(" \u00b7 ")
          .append(committed ? "committed (judged against 1.0)" : "aspirational")
          .append(" \u00b7 alignment coverage ")
          .append(percent(alignment.coverage().objective(o.id()).orElseThrow()))
          .append(" \u00b7 confidence ")
          .append(confidence(s.confidence()));
      o.parentId()
          .ifPresent(
              p ->
                  h.append(" \u00b7 contributes to <span class=\"id\">")
                      .append(esc(p))
                      .append("</span>"));
      h.append("</p>\n");
      List<KeyResult> krs = plan.keyResultsOf(o.id());
      if (!krs.isEmpty()) {
        h.append(
            "<table>\n<tr><th>Key result</th><th>Score</th><th>Band</th><th>Status</th></tr>\n");
        for (KeyResult kr : krs) {
          ElementScore ks = card.element(kr.id()).orElseThrow();
          h.append("<tr><td><span class=\"id\">")
              .append(esc(kr.id()))
              .append("</span> ")
              .append(esc(kr.title()))
              .append(weight(kr.weight()))
              .append("<div class=\"detail\">")
              .append(figures(kr, ks))
              .append("</div>");
          List<Contributor> kpis = plan.contributorsTo(kr.id());
          if (!kpis.isEmpty()) {
            h.append("<div class=\"detail\">supported by ")
                .append(
                    kpis.stream()
                        .map(
                            c ->
                                "<span class=\"id\">"
                                    + esc(c.kpi().id())
                                    + "</span> "
                                    + shown(card.element(c.kpi().id()).orElseThrow().score())
                                    + (c.supportOnly() ? " (support only, not counted)" : ""))
                        .collect(Collectors.joining(", ")))
                .append("</div>");
          }
          h.append("</td>");
          scoreCells(h, ks.score(), ks.band(), ks.status(), bands, committed, "td");
          h.append("</tr>\n");
        }
        h.append("</table>\n");
      }
      h.append("</div>\n");
    }
    h.append("</section>\n");
  }

  private static void owners(StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
    h.append(
            "<section id=\"owners\">\n<h2>Owners</h2>\n<table>\n<tr><th>Owner</th><th>Composite</th>")
        .append("<th>Band</th><th>Status</th><th>KPI score</th><th>OKR score</th>")
        .append("<th>Confidence</th></tr>\n");
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
          .append(o.level().name().toLowerCase(Locale.ROOT))
          .append(
              o.parentId()
                  .map(p -> " in " + esc(plan.owner(p).map(Owner::name).orElse(p)))
                  .orElse(""))
          .append("</div></td>");
      scoreCells(h, s.composite(), s.band(), s.status(), bands, false, "td");
      h.append("<td>")
          .append(shown(s.kpiScore()))
          .append("</td><td>")
          .append(shown(s.okrScore()))
          .append("</td><td>")
          .append(confidence(s.confidence()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void kpis(StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
    h.append("<section id=\"kpis\">\n<h2>KPIs</h2>\n");
    List<Kpi> shown = focus.kpis(plan);
    if (shown.isEmpty()) {
      h.append(
          plan.kpis().isEmpty()
              ? "<p class=\"meta\">The plan has no KPIs.</p>\n</section>\n"
              : "<p class=\"meta\">The owners shown have no KPIs.</p>\n</section>\n");
      return;
    }
    h.append("<table>\n<tr><th>KPI</th><th>Score</th><th>Band</th><th>Status</th></tr>\n");
    for (Kpi k : shown) {
      ElementScore s = card.element(k.id()).orElseThrow();
      h.append("<tr><td><span class=\"id\">")
          .append(esc(k.id()))
          .append("</span> ")
          .append(esc(k.title()))
          .append("<div class=\"detail\">")
          .append(esc(plan.owner(k.ownerId()).map(Owner::name).orElse(k.ownerId())))
          .append(" \u00b7 ")
          .append(k.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append(" \u00b7 ")
          .append(figures(k, s))
          .append("</div><div class=\"detail\">")
          .append(
              k.contributions().isEmpty()
                  ? "supports no key result"
                  : "supports "
                      + k.contributions().stream()
                          .map(Contribution::keyResultId)
                          .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                          .collect(Collectors.joining(", ")))
          .append("</div></td>");
      scoreCells(h, s.score(), s.band(), s.status(), bands, false, "td");
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void findings(StringBuilder h, AlignmentReport alignment, Plan plan, Focus focus) {
    h.append("<section id=\"findings\">\n<h2>Alignment findings</h2>\n");
    if (alignment.findings().isEmpty()) {
      h.append("<p>No findings: every rule passed.</p>\n</section>\n");
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
          .append(listed)
          .append(" of the plan's ")
          .append(alignment.findings().size())
          .append(" findings: those that concern the owners shown")
          .append(shown.size() > MAX_FINDINGS ? ", the first " + MAX_FINDINGS + " of them" : "")
          .append(".</p>\n");
    }
    if (shown.isEmpty()) {
      h.append("</section>\n");
      return;
    }
    h.append("<table>\n<tr><th>Severity</th><th>Code</th><th>Finding</th><th>Elements</th></tr>\n");
    for (Finding f : shown.subList(0, Math.min(shown.size(), MAX_FINDINGS))) {
      h.append("<tr><td><span class=\"badge sev-")
          .append(f.severity().name())
          .append("\">")
          .append(f.severity().name())
          .append("</span></td><td class=\"id\">")
          .append(esc(f.code()))
          .append("</td><td>")
          .append(esc(f.message()))
          .append("<div class=\"hint\">fix: ")
          .append(esc(f.hint()))
          .append("</div></td><td>")
          .append(
              f.ids().stream()
                  .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                  .collect(Collectors.joining(" ")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void legend(StringBuilder h, Bands bands) {
    h.append("<section id=\"legend\" class=\"legend\">\n<h2>How to read the bars</h2>\n<p>")
        .append("A bar runs from 0 to 1. Its track shows the colour bands: red below ")
        .append(number(bands.yellowFrom()))
        .append(", yellow from ")
        .append(number(bands.yellowFrom()))
        .append(", green from ")
        .append(number(bands.greenFrom()))
        .append(' ');
    bar(h, OptionalDouble.empty(), Optional.empty(), bands, false);
    h.append("; committed objectives and their key results are judged against 1.0: yellow from ")
        .append(number(bands.committedYellowFrom()))
        .append(", green from ")
        .append(number(bands.committedGreenFrom()))
        .append(' ');
    bar(h, OptionalDouble.empty(), Optional.empty(), bands, true);
    h.append(
        ". The filled part is the score, in the colour of its band. The status compares"
            + " progress with the pace expected by the date scored.</p>\n</section>\n");
  }

  private static void trends(StringBuilder h, Plan plan, Scorecard card, Bands bands, Focus focus) {
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
    h.append("<section id=\"trends\">\n<h2>Progress over time</h2>\n<p class=\"meta\">")
        .append(
            "Each key result's and KPI's score at each of its check-ins, over the plan's period;")
        .append(" the dashed grey line is the progress the policy expects by each day, the blue")
        .append(" one the date scored, and the shading the colour bands.");
    if (charted.size() > MAX_PICTURES) {
      h.append(" The first ")
          .append(MAX_PICTURES)
          .append(" of ")
          .append(charted.size())
          .append(" are drawn; choose owners to see others.");
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
          .append(s.band().map(b -> " " + b.name()).orElse(""))
          .append("</figcaption></figure>\n");
    }
    h.append("</div>\n</section>\n");
  }

  private static void maps(
      StringBuilder h, Plan plan, Scorecard card, AlignmentReport alignment, Focus focus) {
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
    h.append("<section id=\"map\">\n<h2>Alignment map</h2>\n<p class=\"meta\">")
        .append("Owners, their objectives, the key results of those and the KPIs that support")
        .append(" them, each coloured by its band; a dashed box is a key result no KPI reaches or")
        .append(" a KPI that supports no key result.")
        .append(one ? "" : " One map per objective.");
    int maps = one ? 1 : objectives.size() + (orphans.isEmpty() ? 0 : 1);
    if (maps > MAX_PICTURES) {
      h.append(" The first ").append(MAX_PICTURES).append(" of ").append(maps).append(" maps.");
    }
    h.append("</p>\n<div class=\"maps\">\n");
    if (one) {
      h.append("<figure>")
          .append(
              AlignmentMap.svg(
                  "alignment map of the plan",
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
                    "alignment map of " + o.id(),
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
                    "KPIs that support no key result",
                    plan,
                    card,
                    List.of(),
                    orphans,
                    unsupported,
                    orphanIds))
            .append("<figcaption>KPIs that support no key result</figcaption></figure>\n");
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
    final String why;

    private Focus(boolean whole, Set<String> owners, String why) {
      this.whole = whole;
      this.owners = owners;
      this.why = why;
    }

    static Focus of(Plan plan, @Nullable List<String> given) {
      if (given != null) {
        return new Focus(false, new LinkedHashSet<>(given), "the owners chosen");
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
      return new Focus(false, top, "the top two levels of the org chart");
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

    void note(StringBuilder h, Plan plan) {
      if (whole) {
        return;
      }
      h.append("<p class=\"scope\">This page shows in full the elements of ")
          .append(owners.size())
          .append(owners.size() == 1 ? " owner" : " owners")
          .append(" of the plan's ")
          .append(plan.owners().size())
          .append(", ")
          .append(why)
          .append(": ")
          .append(
              owners.stream()
                  .limit(20)
                  .map(id -> "<span class=\"id\">" + esc(id) + "</span>")
                  .collect(Collectors.joining(", ")))
          .append(owners.size() > 20 ? ", \u2026" : "")
          .append(". The summary counts the whole plan.</p>\n");
    }
  }

  // ------------------------------------------------------------------ parts

  private static void scoreCells(
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
    bar(h, score, band, bands, committed);
    h.append(" <span class=\"score\">").append(shown(score)).append("</span>").append(close);
    h.append(open)
        .append(band.map(b -> badge("band-" + b.name(), b.name())).orElse(badge("none", "no band")))
        .append(close);
    h.append(open)
        .append(
            status
                .map(
                    s ->
                        badge(
                            "status-" + s.name(),
                            s.name().replace('_', ' ').toLowerCase(Locale.ROOT)))
                .orElse(badge("none", "no status")))
        .append(close);
  }

  private static void bar(
      StringBuilder h, OptionalDouble score, Optional<Band> band, Bands bands, boolean committed) {
    double yellow = committed ? bands.committedYellowFrom() : bands.yellowFrom();
    double green = committed ? bands.committedGreenFrom() : bands.greenFrom();
    String y = pct(yellow);
    String g = pct(green);
    h.append("<span class=\"bar\" role=\"img\" aria-label=\"")
        .append(
            score.isPresent()
                ? "score " + shown(score) + band.map(b -> ", " + b.name()).orElse("")
                : "unscored")
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

  private static String figures(MeasuredElement e, ElementScore s) {
    StringBuilder text = new StringBuilder();
    text.append(
            s.actual().isPresent()
                ? "actual " + number(s.actual().getAsDouble())
                : "no check-in yet")
        .append(" \u00b7 target ")
        .append(esc(e.target().describe()))
        .append(' ')
        .append(esc(e.measure().name()));
    if (s.signedProgress().isPresent() && s.expectedProgress().isPresent()) {
      // signed: a value that fell below its baseline reads as negative progress, not as none
      text.append(" \u00b7 progress ")
          .append(percent(s.signedProgress().getAsDouble()))
          .append(", expected ")
          .append(percent(s.expectedProgress().getAsDouble()));
    }
    text.append(" \u00b7 confidence ").append(confidence(s.confidence()));
    return text.toString();
  }

  /** A confidence in percent, as shares are shown; {@code unknown} when there is none. */
  private static String confidence(OptionalDouble confidence) {
    return confidence.isPresent() ? percent(confidence.getAsDouble()) : "unknown";
  }

  /** {@code " (note)"}, escaped; nothing for an empty note. */
  private static String note(String note) {
    return note.isEmpty() ? "" : " (" + esc(note) + ")";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void tile(StringBuilder h, String label, String value) {
    h.append("<div class=\"tile\"><b>")
        .append(esc(value))
        .append("</b>")
        .append(esc(label))
        .append("</div>\n");
  }

  private static String badge(String cls, String text) {
    return "<span class=\"badge " + cls + "\">" + esc(text) + "</span>";
  }

  private static String weight(double weight) {
    return weight == 1 ? "" : " <span class=\"detail\">(weight " + number(weight) + ")</span>";
  }

  private static long statusCount(Scorecard card, Status status) {
    return card.elements().stream().filter(e -> e.status().equals(Optional.of(status))).count();
  }

  /** A share of the bar's width, clamped to [0 %, 100 %]. */
  private static String pct(double value) {
    double clamped = Math.max(0, Math.min(1, value));
    return String.format(Locale.US, "%.1f%%", clamped * 100);
  }

  /**
   * A share for people, rounded down to one decimal as the alignment report does: 33.3 %, 100 %.
   */
  private static String percent(double share) {
    return BigDecimal.valueOf(Math.floor(share * 1000 + 1e-9) / 10)
            .stripTrailingZeros()
            .toPlainString()
        + " %";
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

package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
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
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.OwnerScore;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.Status;

/**
 * A scorecard and its plan's alignment report as one self-contained HTML document with its CSS
 * inline, no script, no external resource of any kind (a Content-Security-Policy forbids loading
 * one), so that it opens the same from a mail, a file share or an archive years later.
 *
 * <p>It shows the plan's summary and coverage; every objective with a score bar and its key results
 * and their supporting KPIs; every owner's composite score; every KPI; and the alignment findings.
 * A score bar's track is coloured in the policy's bands (red, yellow, green, with the committed
 * thresholds for committed OKRs), so a person sees how far each score is from the next band; the
 * filled part has the colour of the score's band. Bars run from 0 to 1; a score above 1 fills the
 * bar and its figure says by how much. Every text from the plan is escaped. The page is in English.
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

  private HtmlReport(
      Scorecard card,
      AlignmentReport alignment,
      String policyNote,
      String asOfNote,
      String generator) {
    this.card = card;
    this.alignment = alignment;
    this.policyNote = policyNote;
    this.asOfNote = asOfNote;
    this.generator = generator;
  }

  /** The report of {@code card} and {@code alignment}, with no notes, written by "okrkit". */
  public static HtmlReport of(Scorecard card, AlignmentReport alignment) {
    return new HtmlReport(
        requireNonNull(card, "card"), requireNonNull(alignment, "alignment"), "", "", "okrkit");
  }

  /**
   * This report with {@code note} saying which policy scored the plan (a file name, a policy's
   * name), shown in the header and the footer; empty for none.
   */
  public HtmlReport withPolicyNote(String note) {
    return new HtmlReport(card, alignment, requireNonNull(note, "note"), asOfNote, generator);
  }

  /**
   * This report with {@code note} saying why the scores are taken at the card's date; empty for
   * none.
   */
  public HtmlReport withAsOfNote(String note) {
    return new HtmlReport(card, alignment, policyNote, requireNonNull(note, "note"), generator);
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
    return new HtmlReport(card, alignment, policyNote, asOfNote, generator);
  }

  /** The page. */
  public String render() {
    return render(card, alignment, policyNote, asOfNote, generator);
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
      @media print{body{background:#fff}section{border:0;padding:0}}""";

  private static String render(
      Scorecard card,
      AlignmentReport alignment,
      String policySource,
      String asOfSource,
      String generator) {
    // the definitions in force on the date scored: titles and targets as they were then
    Plan plan = card.plan().asOf(card.asOf());
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
    objectives(h, plan, card, alignment, bands);
    owners(h, plan, card, bands);
    kpis(h, plan, card, bands);
    findings(h, alignment);
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
      StringBuilder h, Plan plan, Scorecard card, AlignmentReport alignment, Bands bands) {
    h.append("<section id=\"objectives\">\n<h2>Objectives</h2>\n");
    if (plan.objectives().isEmpty()) {
      h.append("<p class=\"meta\">The plan has no objectives.</p>\n");
    }
    for (Objective o : plan.objectives()) {
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
          .append(percent(alignment.coverage().objective(o.id()).orElseThrow()));
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
                                    + shown(card.element(c.kpi().id()).orElseThrow().score()))
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

  private static void owners(StringBuilder h, Plan plan, Scorecard card, Bands bands) {
    h.append(
            "<section id=\"owners\">\n<h2>Owners</h2>\n<table>\n<tr><th>Owner</th><th>Composite</th>")
        .append("<th>Band</th><th>Status</th><th>KPI score</th><th>OKR score</th></tr>\n");
    for (Owner o : plan.owners()) {
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
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void kpis(StringBuilder h, Plan plan, Scorecard card, Bands bands) {
    h.append("<section id=\"kpis\">\n<h2>KPIs</h2>\n");
    if (plan.kpis().isEmpty()) {
      h.append("<p class=\"meta\">The plan has no KPIs.</p>\n</section>\n");
      return;
    }
    h.append("<table>\n<tr><th>KPI</th><th>Score</th><th>Band</th><th>Status</th></tr>\n");
    for (Kpi k : plan.kpis()) {
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

  private static void findings(StringBuilder h, AlignmentReport alignment) {
    h.append("<section id=\"findings\">\n<h2>Alignment findings</h2>\n");
    if (alignment.findings().isEmpty()) {
      h.append("<p>No findings: every rule passed.</p>\n</section>\n");
      return;
    }
    h.append("<table>\n<tr><th>Severity</th><th>Code</th><th>Finding</th><th>Elements</th></tr>\n");
    for (Finding f : alignment.findings()) {
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
    if (s.progress().isPresent() && s.expectedProgress().isPresent()) {
      text.append(" \u00b7 progress ")
          .append(percent(s.progress().getAsDouble()))
          .append(", expected ")
          .append(percent(s.expectedProgress().getAsDouble()));
    }
    return text.toString();
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

package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;

/** The page's source: self-contained, escaped, and with bars as wide as their scores. */
class HtmlReportTest {

  private static String render(Plan plan, ScoringPolicy policy, LocalDate asOf) {
    Scorecard card = policy.score(plan, asOf);
    return HtmlReport.of(card, AlignmentAnalyzer.defaults().analyze(plan))
        .withPolicyNote("the policy")
        .withAsOfNote("the date")
        .withGenerator("okr 1.2.3")
        .render();
  }

  @Test
  void nothingIsLoadedFromOutsideAndNothingRuns() {
    String html = render(SeedPlans.internetCompany(), ScoringPolicy.defaults(), SeedPlans.AS_OF);
    for (String outside :
        new String[] {
          "<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http:",
          "https:", "//"
        }) {
      assertFalse(html.contains(outside), () -> "the page holds " + outside);
    }
    assertTrue(
        html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">"));
  }

  @Test
  void textFromThePlanIsEscaped() {
    String hostile = "<script>alert(\"x\")</script> & 'friends'";
    Plan plan =
        Plan.builder()
            .name(hostile)
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("o", hostile, Level.TEAM))
            .addObjectives(Objective.of("O1", hostile, "o"))
            .addKeyResults(
                KeyResult.of(
                    "KR1",
                    "O1",
                    hostile,
                    Measure.increasing(hostile, Unit.COUNT),
                    Target.increase(0, 10)))
            .addCheckIns(CheckIn.of("KR1", LocalDate.of(2026, 5, 1), 5))
            .build();
    String html = render(plan, ScoringPolicy.defaults(), LocalDate.of(2026, 5, 1));
    assertFalse(html.contains("<script"));
    assertTrue(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;"));
    assertEquals("&lt;a href=&quot;x&quot;&gt;", HtmlReport.esc("<a href=\"x\">"));
  }

  @Test
  void aBarIsAsWideAsItsScoreAndFullAboveOne() {
    Plan plan =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("o", "Team", Level.TEAM))
            .addObjectives(
                Objective.builder()
                    .id("O1")
                    .title("Committed")
                    .ownerId("o")
                    .kind(ObjectiveKind.COMMITTED)
                    .build())
            .addKeyResults(
                KeyResult.of(
                    "KR1",
                    "O1",
                    "Over",
                    Measure.increasing("a", Unit.COUNT),
                    Target.increase(0, 10)),
                KeyResult.of(
                    "KR2",
                    "O1",
                    "Under",
                    Measure.increasing("b", Unit.COUNT),
                    Target.increase(0, 10)))
            .addCheckIns(
                CheckIn.of("KR1", LocalDate.of(2026, 5, 1), 15),
                CheckIn.of("KR2", LocalDate.of(2026, 5, 1), 2.5))
            .build();
    String html =
        render(
            plan,
            ScoringPolicy.builder().keyResultStrategy(Strategies.linear(1.5, false)).build(),
            LocalDate.of(2026, 5, 1));
    assertTrue(html.contains("aria-label=\"score 1.5, GREEN\""), html);
    assertTrue(
        html.contains(
            "<span class=\"fill GREEN\" style=\"width:100.0%\"></span></span> <span class=\"score\">1.5</span>"),
        html);
    assertTrue(
        html.contains(
            "<span class=\"fill RED\" style=\"width:25.0%\"></span></span> <span class=\"score\">0.25</span>"),
        html);
    // a committed objective's track shows the committed bands: yellow from 0.7, green from 1
    assertTrue(
        html.contains(
            "var(--zone-red) 0 70.0%,var(--zone-yellow) 70.0% 100.0%,var(--zone-green) 100.0% 100%"),
        html);
  }

  @Test
  void theMarketingPageShowsEveryObjectiveKeyResultKpiAndOwnerWithItsScore() {
    String page = render(SeedPlans.marketing(), ScoringPolicy.defaults(), SeedPlans.AS_OF);
    // the tables, without the pictures' captions
    String html =
        page.substring(0, page.indexOf("<section id=\"trends\">"))
            + page.substring(page.indexOf("<section id=\"owners\">"));
    for (String[] row :
        new String[][] {
          {"O-influence</span> Raise", "0.55"},
          {"KR-partners</span> Add", "0.65"},
          {"KR-mentions</span> Brand", "0.6"},
          {"KR-forums</span> Run", "0.4"},
          {"K-campaigns</span> Run", "0"}
        }) {
      Matcher m =
          Pattern.compile(
                  Pattern.quote(row[0]) + ".*?<span class=\"score\">([^<]*)</span>", Pattern.DOTALL)
              .matcher(html);
      assertTrue(m.find(), row[0]);
      assertEquals(row[1], m.group(1), row[0]);
    }
    assertTrue(html.contains("Marketing manager <span class=\"id\">marketing-manager</span>"));
    assertTrue(html.contains("<td class=\"id\">ALN003</td>"));
    assertEquals("\u2013", HtmlReport.shown(OptionalDouble.empty()));
  }

  @Test
  void notesAndTheGeneratorShowInTheHeaderAndFooterAndAreLeftOutWhenNotGiven() {
    Scorecard card = ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    AlignmentReport alignment = AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing());
    String plain = HtmlReport.of(card, alignment).render();
    assertTrue(plain.contains("<meta name=\"generator\" content=\"okrkit\">"));
    assertTrue(plain.contains("scored as of <b>2026-05-31</b></p>"), plain);
    assertTrue(
        plain.contains("<footer>Written by okrkit. Scores as of 2026-05-31.</footer>"), plain);
    String noted =
        HtmlReport.of(card, alignment)
            .withPolicyNote("p.yaml")
            .withAsOfNote("<latest>")
            .withGenerator("HR suite 7")
            .render();
    assertTrue(noted.contains("<meta name=\"generator\" content=\"HR suite 7\">"));
    assertTrue(
        noted.contains("scored as of <b>2026-05-31</b> (&lt;latest&gt;) \u00b7 policy: p.yaml</p>"),
        noted);
    assertTrue(
        noted.contains(
            "<footer>Written by HR suite 7 (okrkit). Scores: p.yaml, as of 2026-05-31 (&lt;latest&gt;).</footer>"),
        noted);
    assertEquals(
        noted,
        HtmlReport.of(card, alignment)
            .withPolicyNote("p.yaml")
            .withAsOfNote("<latest>")
            .withGenerator("HR suite 7")
            .render(),
        "the same report renders the same page");
  }

  @Test
  void aBlankGeneratorIsRefused() {
    HtmlReport report =
        HtmlReport.of(
            ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF),
            AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> report.withGenerator(" "));
    assertEquals("an HTML report's generator must not be blank", e.getMessage());
  }

  @Test
  void renderToWritesThePage() throws Exception {
    HtmlReport report =
        HtmlReport.of(
            ScoringPolicy.defaults().score(SeedPlans.marketing(), SeedPlans.AS_OF),
            AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing()));
    StringBuilder out = new StringBuilder();
    report.renderTo(out);
    assertEquals(report.render(), out.toString());
  }

  @Test
  void theReportShowsSignedProgressAndConfidence() throws IOException {
    Scorecard card = ExportsTest.customerSuccess();
    String html = HtmlReport.of(card, AlignmentAnalyzer.defaults().analyze(card.plan())).render();
    // KR-health fell from 20 to 0 on the way to 100: -25 %, though it scores 0
    assertTrue(
        html.contains(
            "actual 0 \u00b7 target 20 -&gt; 100 healthy accounts \u00b7 progress -25 %, expected"
                + " 67 % \u00b7 confidence 30 %"),
        html);
    // O-retention: (2 * 0.7 + 0.6 + 0.3) / 4 with O-onboarding unknown
    assertTrue(html.contains("\u00b7 confidence 57.5 %"), html);
    assertTrue(html.contains("<td>95 %</td></tr>"), html);
    assertTrue(html.contains("<td>unknown</td></tr>"), html);
  }
}

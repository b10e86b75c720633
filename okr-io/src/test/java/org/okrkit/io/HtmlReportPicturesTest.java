package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The report's pictures: a trend chart per key result and KPI with a point per check-in, the pace
 * line and the bands; an alignment map that marks unsupported key results and orphan KPIs; and, for
 * a plan too large to show whole, a page of the chosen owners that a browser opens at once.
 */
class HtmlReportPicturesTest {

  private static String page(Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
    return HtmlReport.of(card, AlignmentAnalyzer.defaults().analyze(plan)).render();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** The SVG of one element's trend chart. */
  private static String chart(String html, String id) {
    Matcher m =
        Pattern.compile(
                "<figure id=\"trend-" + Pattern.quote(id) + "\">(<svg class=\"trend\".*?</svg>)",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), () -> "no chart of " + id);
    return m.group(1);
  }

  @Test
  void everyKeyResultAndKpiHasATrendChartWithAPointPerCheckIn() {
    Plan plan = SeedPlans.marketing();
    String html = page(plan);
    assertEquals(plan.keyResults().size() + plan.kpis().size(), count(html, "<figure id=\"trend-"));
    // KR-partners was reported on 30 April (6 of 20) and 31 May (13 of 20)
    String partners = chart(html, "KR-partners");
    assertEquals(2, count(partners, "<circle "));
    assertTrue(
        partners.contains("<title>2026-04-30: 0.3, RED, on track (actual 6)</title>"), partners);
    assertTrue(partners.contains("<title>2026-05-31: 0.65, YELLOW, on track (actual 13)</title>"));
    // the points sit at their dates and scores: the period runs from x 34 to 312 over 90 days,
    // scores from y 142 (0) to 10 (1); 31 May is day 60
    assertTrue(partners.contains("cx=\"219.3\" cy=\"56.2\""), partners);
    // the bands, the pace line (0 at the start, 1 at the end) and the date scored
    assertTrue(
        partners.contains(
            "<rect class=\"zone-red\" x=\"34\" y=\"89.2\" width=\"278\" height=\"52.8\"/>"),
        partners);
    assertTrue(partners.contains("<polyline class=\"pace\" points=\"34.0,140.5 "), partners);
    assertTrue(partners.contains(" 312.0,10.0\"/>"), partners);
    assertTrue(partners.contains("<line class=\"asof\" x1=\"219.3\""), partners);
    // a KPI reported monthly in a quarter is expected to meet its target in each report
    String campaigns = chart(html, "K-campaigns");
    assertTrue(campaigns.contains("<polyline class=\"pace\" points=\"34.0,10.0 "), campaigns);
  }

  @Test
  void theAlignmentMapMarksUnsupportedKeyResultsAndOrphanKpis() {
    Plan plan =
        SeedPlans.marketing()
            .withKpi(
                Kpi.builder()
                    .id("K-posts")
                    .ownerId("marketing-manager")
                    .title("Write 3 blog posts a week")
                    .measure(Measure.increasing("posts", Unit.COUNT))
                    .target(Target.increase(0, 3))
                    .build());
    String html = page(plan);
    assertEquals(1, count(html, "<section id=\"map\">"));
    // one map for a small plan, drawn wide and as a tree for a phone
    assertEquals(1, count(html, "<svg class=\"map wide\""));
    assertEquals(1, count(html, "<svg class=\"map narrow\""));
    String wide = html.substring(html.indexOf("<svg class=\"map wide\""));
    wide = wide.substring(0, wide.indexOf("</svg>"));
    assertTrue(wide.contains("<g class=\"box YELLOW\"><title>O-influence Raise the company"), wide);
    assertTrue(
        wide.contains(
            "<g class=\"box YELLOW marked\"><title>KR-forums Run at least 5 high-quality industry"
                + " forums: 0.4, YELLOW; no KPI</title>"),
        wide);
    assertTrue(
        wide.contains(
            "<g class=\"box RED marked\"><title>K-posts Write 3 blog posts a week: 0, RED;"
                + " supports nothing</title>"),
        wide);
    // KR-mentions, which K-campaigns supports, is not marked
    assertTrue(wide.contains("<g class=\"box YELLOW\"><title>KR-mentions "), wide);
    // a tie from the owner to the objective, the objective to each key result, a KPI to its own
    assertEquals(1 + 3 + 1, count(wide, "<path class=\"edge\""));
  }

  @Test
  void aLargerPlanGetsAMapPerObjective() {
    Plan.Builder b =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("co", "Company", Level.COMPANY));
    for (int o = 0; o < 4; o++) {
      b.addObjectives(Objective.of("O" + o, "Objective " + o, "co"));
      for (int k = 0; k < 4; k++) {
        b.addKeyResults(
            KeyResult.of(
                "KR" + o + "-" + k,
                "O" + o,
                "Key result",
                Measure.increasing("m", Unit.COUNT),
                Target.increase(0, 10)));
      }
    }
    String html = page(b.build());
    assertEquals(4, count(html, "<svg class=\"map wide\""));
    assertTrue(html.contains("<figure id=\"map-O3\">"));
  }

  @Test
  void aHundredThousandPersonPlanGivesAPageOfItsTopLevels() {
    Plan plan = organisation(100_000);
    Scorecard card = ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 5, 31));
    AlignmentReport alignment = AlignmentAnalyzer.defaults().analyze(card);
    String html = HtmlReport.of(card, alignment).render();
    // the company and its ten departments: their objectives, key results and charts
    assertTrue(html.length() < 2_000_000, () -> "a page of " + html.length() + " characters");
    assertTrue(
        html.contains(
            "<p class=\"scope\">This page shows in full the elements of 11 owners of the plan's"
                + " 101011, the top two levels of the org chart: <span class=\"id\">co</span>,"),
        () -> html.substring(0, 3000));
    assertEquals(11, count(html, "<div class=\"objective\" id=\""));
    // the top levels own key results and no KPI
    assertEquals(11, count(html, "<figure id=\"trend-"));
    assertEquals(11, count(html, "<svg class=\"map wide\""));
    // the summary still counts the whole plan
    assertTrue(
        html.contains("<div class=\"tile\"><b>100000</b>KPIs</div>"),
        () -> html.substring(0, 5000));
    assertFalse(html.contains("id=\"K-99999\""));

    // a team of the chosen owner's
    String team = HtmlReport.of(card, alignment).withOwners(List.of("t-3-7")).render();
    assertTrue(team.contains("<div class=\"objective\" id=\"O-t-3-7\">"), team);
    assertEquals(1, count(team, "<figure id=\"trend-"));
    assertEquals(
        "unknown owner 't-nope'",
        assertThrows(
                UnknownIdException.class,
                () -> HtmlReport.of(card, alignment).withOwners(List.of("t-nope")))
            .getMessage());
  }

  /**
   * A company, ten departments, a hundred teams each and people in them: every unit has an
   * objective with one key result aligned with the one above; every person one KPI of the team's
   * key result. A tenth of the KPIs and every key result are reported on twice.
   */
  private static Plan organisation(int people) {
    Plan.Builder b = Plan.builder().name("Org").period(Period.quarter(2026, 2));
    List<CheckIn> checkIns = new ArrayList<>();
    b.addOwners(Owner.of("co", "Company", Level.COMPANY));
    unit(b, checkIns, "co", null);
    int teams = 1000;
    int perTeam = people / teams;
    for (int d = 0; d < 10; d++) {
      String dep = "d-" + d;
      b.addOwners(Owner.of(dep, "Department " + d, Level.DEPARTMENT, "co"));
      unit(b, checkIns, dep, "KR-co");
      for (int t = 0; t < teams / 10; t++) {
        String team = "t-" + d + "-" + t;
        b.addOwners(Owner.of(team, "Team " + d + "-" + t, Level.TEAM, dep));
        unit(b, checkIns, team, "KR-" + dep);
        for (int p = 0; p < perTeam; p++) {
          int n = (d * (teams / 10) + t) * perTeam + p;
          String person = "p-" + n;
          b.addOwners(Owner.of(person, "Person " + n, Level.INDIVIDUAL, team));
          b.addKpis(
              Kpi.builder()
                  .id("K-" + n)
                  .ownerId(person)
                  .title("Calls")
                  .measure(Measure.increasing("calls", Unit.COUNT))
                  .target(Target.increase(0, 10))
                  .addContribution(Contribution.to("KR-" + team))
                  .build());
          if (n % 10 == 0) {
            checkIns.add(CheckIn.of("K-" + n, LocalDate.of(2026, 4, 30), n % 12));
            checkIns.add(CheckIn.of("K-" + n, LocalDate.of(2026, 5, 31), n % 13));
          }
        }
      }
    }
    return b.addAllCheckIns(checkIns).build();
  }

  private static void unit(Plan.Builder b, List<CheckIn> checkIns, String owner, String parent) {
    Objective.Builder o = Objective.builder().id("O-" + owner).title("Do well").ownerId(owner);
    if (parent != null) {
      o.parentId(parent);
    }
    b.addObjectives(o.build());
    b.addKeyResults(
        KeyResult.of(
            "KR-" + owner,
            "O-" + owner,
            "Grow",
            Measure.increasing("growth", Unit.COUNT),
            Target.increase(0, 100)));
    checkIns.add(CheckIn.of("KR-" + owner, LocalDate.of(2026, 4, 30), 30));
    checkIns.add(CheckIn.of("KR-" + owner, LocalDate.of(2026, 5, 31), 60));
  }
}

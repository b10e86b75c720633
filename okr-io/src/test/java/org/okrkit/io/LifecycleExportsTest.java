package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Kpi;
import org.okrkit.core.Plan;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.ScoreHistory;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.lifecycle.Calibration;
import org.okrkit.scoring.lifecycle.CalibrationFlag;

/** The exports of a score history, a plan diff and calibration flags. */
class LifecycleExportsTest {
  private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

  @Test
  void aHistoryExportsARowPerIdAndDay() {
    ScoreHistory history =
        ScoreHistory.of(
            ScoringPolicy.defaults(),
            SeedPlans.marketing(),
            MAY_20,
            List.of("KR-partners", "acme"));
    assertEquals(
        "date,kind,id,title,score,band,status,actual,expectedProgress\r\n"
            + "2026-04-30,KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,0.3,"
            + "RED,ON_TRACK,6,0.32967032967032966\r\n"
            + "2026-05-20,KEY_RESULT,KR-partners,Add 20 partner companies within the quarter,0.3,"
            + "RED,AT_RISK,6,0.5494505494505495\r\n"
            + "2026-04-30,OWNER,acme,Acme,,,,,\r\n"
            + "2026-05-20,OWNER,acme,Acme,,,,,\r\n",
        Exports.history(history, ExportFormat.CSV));
    String json = Exports.history(history, ExportFormat.JSON);
    assertTrue(
        json.startsWith(
            "{\n  \"report\": \"history\",\n  \"plan\": \"Marketing\",\n  \"period\": \"2026-Q2\",\n"
                + "  \"upTo\": \"2026-05-20\",\n  \"history\": [\n    {\n      \"date\":"
                + " \"2026-04-30\",\n      \"kind\": \"KEY_RESULT\","),
        json);
  }

  @Test
  void aDiffExportsARowPerChange() {
    Plan before = SeedPlans.marketing();
    Kpi campaigns = before.kpi("K-campaigns").orElseThrow();
    Plan after =
        before.withKpi(campaigns.withWeight(2).withContributions(List.of())).without("KR-forums");
    assertEquals(
        "change,subject,id,field,before,after\r\n"
            + "PLAN,PLAN,,check-ins,7,6\r\n"
            + "REMOVED,KEY_RESULT,KR-forums,,Run at least 5 high-quality industry forums,\r\n"
            + "WEIGHT,KPI,K-campaigns,weight,1,2\r\n"
            + "LINK_DROPPED,,K-campaigns,supports,KR-mentions (weight 1),\r\n",
        Exports.diff(PlanDiff.between(before, after), ExportFormat.CSV));
    assertTrue(
        Exports.diff(PlanDiff.between(before, after), ExportFormat.MARKDOWN)
            .contains("| Change | Subject | Id | Field | Before | After |\n"));
    assertEquals(
        "{\n  \"report\": \"diff\",\n  \"changes\": []\n}\n",
        Exports.diff(PlanDiff.between(before, before), ExportFormat.JSON));
  }

  @Test
  void calibrationFlagsExportARowPerFlagAndPeriod() {
    Plan q2 = SeedPlans.marketing();
    List<Scorecard> closed =
        List.of(
            ScoringPolicy.defaults().score(q2, q2.period().end()),
            ScoringPolicy.defaults().score(q2, q2.period().end()));
    List<CalibrationFlag> flags = Calibration.builder().periods(2).build().flags(closed);
    String csv = Exports.calibration(flags, List.of("2026-Q1", "2026-Q2"), ExportFormat.CSV);
    assertEquals("kind,owner,kpi,period,figure,message", csv.lines().findFirst().orElseThrow());
    assertEquals(
        1 + flags.stream().mapToInt(f -> f.figures().size()).sum(), csv.lines().count(), csv);
    assertTrue(
        Exports.calibration(flags, List.of("2026-Q1", "2026-Q2"), ExportFormat.JSON)
            .contains("\"periods\": \"2026-Q1 2026-Q2\""));
  }
}

package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Format;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.PeriodResult;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceArmResult;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceResult;
import org.okrkit.simulation.WorkforceSimulation;
import org.okrkit.simulation.WorkforceSpec;

class WorkforceExportsTest {
  private static final ScoringPolicy GRADED =
      ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build();

  static WorkforceResult result(int arms) {
    WorkforceSpec.Builder spec =
        WorkforceSpec.builder()
            .population(GeneratedPopulation.builder().teams(2).peoplePerTeam(5).build())
            .periods(3)
            .replications(12)
            .seed(9);
    spec.addArms(
        WorkforceArm.builder()
            .name("plain, \"10 %\"")
            .rating(WorkforceRating.plain(0.5))
            .dismissal(Dismissal.lowestShare(0.1))
            .turnover(Turnover.of(0.1))
            .build());
    for (int a = 1; a < arms; a++) {
      spec.addArms(
          WorkforceArm.builder()
              .name("graded <" + a + ">")
              .rating(WorkforceRating.policy(GRADED))
              .dismissal(Dismissal.belowScore(0.1 * a))
              .build());
    }
    return WorkforceSimulation.run(spec.build());
  }

  @Test
  void jsonHoldsEveryArmAsASpecWritesItAndItsPeriods() {
    WorkforceResult result = result(2);
    String json = SimulationExports.workforce(result, ExportFormat.JSON);
    assertTrue(
        json.startsWith(
            "{\n  \"kind\": \"workforce\",\n  \"seed\": 9,\n  \"replications\": 12,\n"
                + "  \"periods\": 3,\n  \"people\": 10,\n  \"confidence\": 0.95,\n"),
        json);
    assertTrue(json.contains("\"name\": \"plain, \\\"10 %\\\"\""), json);
    assertTrue(json.contains("\"dismissal\": {\n        \"lowestShare\": 0.1\n      },"), json);
    assertTrue(json.contains("\"dismissal\": {\n        \"belowScore\": 0.1\n      },"), json);
    // the policy as a policy file holds it
    int start = json.indexOf("\"policy\": ") + "\"policy\": ".length();
    int depth = 0;
    int end = start;
    do {
      char c = json.charAt(end++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    } while (depth > 0);
    assertEquals(GRADED, PolicyFiles.read(json.substring(start, end), Format.JSON));
    // a block of figures per arm and period, validity from period 1 only
    assertEquals(2 * 4, count(json, "\"period\": "));
    assertEquals(2 * 3, count(json, "\"validity\": {"));
    assertEquals(2 * 4, count(json, "\"mean_ability\": "));
    double mean =
        result.arm("graded <1>").estimate(2, WorkforceMetric.MEAN_ABILITY).orElseThrow().mean();
    assertTrue(json.contains("\"mean\": " + mean + ","), json);
    assertTrue(!json.contains("NaN"), json);
  }

  @Test
  void csvHasARowPerArmPeriodAndMetric() {
    WorkforceResult result = result(3);
    String csv = SimulationExports.workforce(result, ExportFormat.CSV);
    String[] lines = csv.split("\n");
    assertEquals("arm,period,metric,mean,lower,upper,sd,replications", lines[0]);
    int rows = 0;
    for (WorkforceArmResult arm : result.arms()) {
      for (PeriodResult p : arm.periods()) {
        rows += p.metrics().size();
      }
    }
    assertEquals(3 * (5 + 3 * 7), rows);
    assertEquals(rows + 1, lines.length);
    assertTrue(csv.contains("\n\"plain, \"\"10 %\"\"\",0,mean_ability,"), csv);
    assertTrue(csv.contains("\ngraded <2>,3,validity,"), csv);
    assertTrue(csv.endsWith(",12\n"), csv);
  }

  @Test
  void markdownIsATablePerArm() {
    String md = SimulationExports.workforce(result(2), ExportFormat.MARKDOWN);
    assertTrue(md.startsWith("10 people, 12 companies, 3 periods, seed 9; "), md);
    assertTrue(md.contains("\n### graded &lt;1>\n\nrated by its policy; dismissal"), md);
    assertTrue(
        md.contains(
            "\n| period | mean ability | sd of ability | gain since period 0 | dismissed above"
                + " median | dismissals so far | departures so far | validity |\n"),
        md);
    assertTrue(md.contains("\n| 0 | "), md);
    assertTrue(md.contains(" | - | 0.000 [0.000, 0.000] | 0.000 [0.000, 0.000] | - |\n"), md);
  }

  @Test
  void theChartHasALineAndABandPerArmAndALegend() {
    WorkforceResult result = result(3);
    String svg =
        SimulationExports.workforceChart(result, WorkforceMetric.MEAN_ABILITY, "ability & co");
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\""), svg);
    assertTrue(svg.endsWith("</svg>\n"), svg);
    assertTrue(svg.contains(">ability &amp; co</text>"), svg);
    assertEquals(3, count(svg, "<polyline "));
    assertEquals(3, count(svg, "<polygon "));
    assertTrue(svg.contains(">graded &lt;2&gt;<title>graded &lt;2&gt;</title></text>"), svg);
    // four points per line: periods 0 to 3, inside the plot
    Matcher line = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(svg);
    while (line.find()) {
      String[] points = line.group(1).split(" ");
      assertEquals(4, points.length, line.group(1));
      for (String p : points) {
        String[] xy = p.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        assertTrue(x >= 60 && x <= 570 && y >= 40 && y <= 370, p);
      }
    }
    assertTrue(!svg.contains("NaN") && !svg.contains("Infinity"), svg);
    // validity is measured from period 1: three points
    String validity = SimulationExports.workforceChart(result, WorkforceMetric.VALIDITY, "v");
    Matcher first = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(validity);
    assertTrue(first.find());
    assertEquals(3, first.group(1).split(" ").length);
  }

  @Test
  void aFlatMetricStillHasAnAxis() {
    // nobody is dismissed under a cut-off below every score: the dismissals stay 0
    WorkforceResult result =
        WorkforceSimulation.run(
            WorkforceSpec.builder()
                .population(GeneratedPopulation.builder().teams(1).peoplePerTeam(3).build())
                .addArms(WorkforceArm.of("still", WorkforceRating.plain(1)))
                .periods(2)
                .replications(2)
                .build());
    String svg =
        SimulationExports.workforceChart(result, WorkforceMetric.CUMULATIVE_DISMISSALS, "none");
    assertTrue(svg.contains(">0.0<"), svg);
    assertTrue(!svg.contains("NaN") && !svg.contains("Infinity"), svg);
  }

  @Test
  void manyArmsMakeATallerChartAndDashedLines() {
    String svg =
        SimulationExports.workforceChart(result(25), WorkforceMetric.GAIN, "twenty-five arms");
    assertTrue(svg.contains("height=\"" + (40 + 16 + 18 * 25 + 50) + "\""), svg);
    assertEquals(10 * 2, count(svg, "stroke-dasharray=\"6 3\""));
    assertEquals(5 * 2, count(svg, "stroke-dasharray=\"2 2\""));
  }

  @Test
  void niceStepsAndDecimals() {
    assertEquals(0.25, LineChart.niceStep(0.22), 1e-12);
    assertEquals(0.5, LineChart.niceStep(0.3), 1e-12);
    assertEquals(10, LineChart.niceStep(7), 1e-12);
    assertEquals(1, LineChart.niceStep(0));
    assertEquals(2, LineChart.decimals(0.25));
    assertEquals(1, LineChart.decimals(0.5));
    assertEquals(0, LineChart.decimals(5));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

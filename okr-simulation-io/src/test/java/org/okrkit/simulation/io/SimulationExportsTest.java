package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Format;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.ArmResult;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;

class SimulationExportsTest {
  private static final ScoringPolicy TIERED =
      ScoringPolicy.builder().kpiStrategy(Strategies.tiered(0.5, 1.5)).build();

  static SimulationResult result() {
    return Simulation.run(
        SimulationSpec.builder()
            .population(GeneratedPopulation.builder().teams(3).peoplePerTeam(4).build())
            .trials(20)
            .seed(5)
            .addArms(
                Arm.of("binary", ScoringPolicy.defaults()),
                Arm.rated("tiered", TIERED, ForcedDistribution.of(0.2, 0.7, 0.1)))
            .build());
  }

  @Test
  void aHistogramIsAnSvgImageWithABarPerBin() {
    SimulationResult result = result();
    org.okrkit.simulation.Histogram h = result.arm("binary").histogram();
    String svg = SimulationExports.histogram(h, "binary <KPIs>");
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertTrue(svg.contains("binary &lt;KPIs&gt;"), svg);
    assertEquals(h.counts().size(), svg.split("<rect x=").length - 1);
    assertTrue(svg.contains("score (" + h.total() + " people-trials; tallest bar "), svg);
  }

  @Test
  void jsonHoldsEachPolicyAsData() {
    SimulationResult result = result();
    String json = SimulationExports.result(result, ExportFormat.JSON);
    assertTrue(json.startsWith("{\n  \"seed\": 5,\n  \"trials\": 20,"), json);
    assertTrue(json.contains("\"name\": \"tiered\""), json);
    assertTrue(
        json.contains("\"rating\": [\n        0.2,\n        0.7,\n        0.1\n      ],"), json);
    // the policy as a policy file holds it: reading it back gives the arm's policy
    int start =
        json.indexOf("\"policy\": ", json.indexOf("\"name\": \"tiered\""))
            + "\"policy\": ".length();
    int depth = 0;
    int end = start;
    do {
      char c = json.charAt(end++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    } while (depth > 0);
    assertEquals(TIERED, PolicyFiles.read(json.substring(start, end), Format.JSON));
  }

  @Test
  void csvHasARowPerArmAndMetric() {
    SimulationResult result = result();
    String csv = SimulationExports.result(result, ExportFormat.CSV);
    String[] lines = csv.split("\n");
    assertEquals("arm,metric,mean,lower,upper,sd,trials", lines[0]);
    int metrics = 0;
    for (ArmResult arm : result.arms()) {
      metrics += arm.metrics().size();
    }
    assertEquals(metrics + 1, lines.length);
    assertTrue(csv.contains("\ntiered,misclassified,"), csv);
  }

  @Test
  void markdownIsATableForPeople() {
    String md = SimulationExports.result(result(), ExportFormat.MARKDOWN);
    assertTrue(md.startsWith("12 people, "), md);
    assertTrue(md.contains("\n| metric | binary | tiered |\n| --- | ---: | ---: |\n"), md);
    assertTrue(md.contains("\n| share misclassified | - | "), md);
  }

  @Test
  void aHostPolicyCannotBeWrittenAsData() {
    SimulationResult result =
        Simulation.run(
            SimulationSpec.builder()
                .population(GeneratedPopulation.builder().teams(1).peoplePerTeam(2).build())
                .trials(2)
                .addArms(Arm.of("host", ScoringPolicy.builder().kpiStrategy(in -> 1.0).build()))
                .build());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> SimulationExports.result(result, ExportFormat.JSON))
            .getMessage()
            .startsWith(
                "the scoring policy cannot be written or shipped: kpiStrategy is a host strategy"));
  }
}

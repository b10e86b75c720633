package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ScoringPolicy;

/** The examples in FORMAT.md are valid files. */
class FormatDocTest {

  private static List<String> yamlBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(Path.of("FORMAT.md"))) {
      if (block == null && line.equals("```yaml")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void theCompletePlanReadsAndRoundTrips() throws IOException {
    Plan plan = PlanFiles.read(yamlBlocks().get(0), Format.YAML);
    assertEquals(3, plan.keyResults().size());
    assertEquals(5, plan.checkIns().size());
    assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, Format.JSON), Format.JSON));
  }

  @Test
  void thePolicyReads() throws IOException {
    ScoringPolicy policy = PolicyFiles.read(yamlBlocks().get(1), Format.YAML);
    assertEquals(0.3, policy.keyResultKpiShare());
  }
}

package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.io.Format;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.SimulationSpec;

/**
 * The simulation spec in okr-io's FORMAT.md, where every okrkit file format is described, is valid.
 */
class FormatDocTest {
  private static final Path FORMAT = Path.of("..", "okr-io", "FORMAT.md");

  private static List<String> yamlBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(FORMAT)) {
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
  void theSimulationSpecReads() throws IOException {
    String block = yamlBlocks().stream().filter(b -> b.contains("arms:")).findFirst().orElseThrow();
    SimulationSpec spec =
        SimulationFiles.read(block, Format.YAML, Path.of("..", "okr-examples", "plans"));
    assertEquals(
        10_000,
        spec.population().plan().owners().stream()
            .filter(o -> o.level() == Level.INDIVIDUAL)
            .count());
    assertEquals(3, spec.rules().size());
    assertEquals(
        List.of("binary KPIs", "company policy", "tiered payout"),
        spec.arms().stream().map(Arm::name).collect(Collectors.toList()));
    assertEquals(1000, spec.trials());
    assertEquals(2026, spec.seed());
  }
}

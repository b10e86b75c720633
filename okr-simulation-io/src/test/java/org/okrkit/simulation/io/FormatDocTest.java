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
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.WorkforceSweep;

/**
 * The simulation specs in okr-io's FORMAT.md, where every okrkit file format is described, are
 * valid: the policy comparison and the workforce study.
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

  @Test
  void theWorkforceStudyReads() throws IOException {
    String block =
        yamlBlocks().stream().filter(b -> b.contains("kind: workforce")).findFirst().orElseThrow();
    assertEquals(SpecKind.WORKFORCE, SimulationFiles.kind(block, Format.YAML));
    WorkforceSpec spec =
        WorkforceFiles.read(block, Format.YAML, Path.of("..", "okr-examples", "plans"));
    assertEquals(
        List.of("plain, 10 %", "OKR/KPI, 10 %"),
        spec.arms().stream().map(WorkforceArm::name).collect(Collectors.toList()));
    assertEquals(Dismissal.lowestShare(0.1), spec.arms().get(0).dismissal());
    assertEquals(Probation.of(1, 0.2), spec.arms().get(0).probation().orElseThrow());
    assertEquals(Selection.of(0.3, 0.5), spec.arms().get(0).selection());
    assertEquals(30, spec.periods());
    assertEquals(100, spec.replications());
  }

  @Test
  void theSweepReads() throws IOException {
    String block =
        yamlBlocks().stream().filter(b -> b.contains("kind: sweep")).findFirst().orElseThrow();
    assertEquals(SpecKind.SWEEP, SimulationFiles.kind(block, Format.YAML));
    Sweep sweep = SweepFiles.read(block, Format.YAML, Path.of("..", "okr-examples", "plans"));
    assertEquals(
        List.of("base", "noisy", "able, noisy"),
        sweep.settings().stream().map(SweepSetting::name).collect(Collectors.toList()));
    assertEquals(sweep.spec().model(), sweep.setting("base").model());
    assertEquals(0.4, sweep.setting("able, noisy").model().abilityWeight());
    assertEquals(0.4, sweep.setting("noisy").model().noise().scale());
    assertEquals(0.2, sweep.setting("noisy").model().abilityWeight());
    assertEquals(List.of(1L, 2L, 3L), sweep.seeds());
    assertEquals(9, sweep.cells().size());
    assertEquals(500, sweep.spec().trials());
  }

  @Test
  void theWorkforceSweepReads() throws IOException {
    String block =
        yamlBlocks().stream().filter(b -> b.contains("study: workforce")).findFirst().orElseThrow();
    assertEquals(SpecKind.SWEEP, SimulationFiles.kind(block, Format.YAML));
    assertEquals(SpecKind.WORKFORCE, SweepFiles.study(block, Format.YAML));
    WorkforceSweep sweep =
        SweepFiles.readWorkforce(block, Format.YAML, Path.of("..", "okr-examples", "plans"));
    assertEquals(
        List.of("base", "noisy", "harsh"),
        sweep.settings().stream().map(SweepSetting::name).collect(Collectors.toList()));
    assertEquals(List.of(), sweep.setting("noisy").arms());
    assertEquals(0.5, sweep.setting("noisy").model().noise().scale());
    assertEquals(Dismissal.lowestShare(0.2), sweep.setting("harsh").arms().get(0).dismissal());
    assertEquals(
        List.of("plain, 10 %", "OKR/KPI, 10 %"),
        sweep.spec().arms().stream().map(WorkforceArm::name).collect(Collectors.toList()));
    assertEquals(List.of(1L, 2L), sweep.seeds());
    assertEquals(6, sweep.cells().size());
    assertEquals(50, sweep.spec().replications());
  }
}

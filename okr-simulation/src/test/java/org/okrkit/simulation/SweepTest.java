package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.ProblemException;

/** A sweep's cells, its checks, its results cell by cell and pooled across seeds. */
class SweepTest {
  static final SweepSetting CALM =
      SweepSetting.of("calm", OutcomeModel.builder().noise(Noise.normal(0.1)).build());
  static final SweepSetting NOISY =
      SweepSetting.of(
          "noisy", OutcomeModel.builder().abilityWeight(0.4).noise(Noise.normal(0.5)).build());

  static SimulationSpec small() {
    return SimulationTest.everything(1)
        .withPopulation(GeneratedPopulation.builder().teams(2).peoplePerTeam(6).build())
        .withTrials(20);
  }

  static Sweep sweep() {
    return Sweep.builder().spec(small()).addSettings(CALM, NOISY).addSeeds(5, 3, 9).build();
  }

  @Test
  void cellsAreEverySettingWithEverySeedSettingBySetting() {
    Sweep sweep = sweep();
    List<String> cells = new ArrayList<>();
    for (SweepCell cell : sweep.cells()) {
      cells.add(cell.toString());
    }
    assertEquals(
        List.of(
            "calm × seed 5",
            "calm × seed 3",
            "calm × seed 9",
            "noisy × seed 5",
            "noisy × seed 3",
            "noisy × seed 9"),
        cells);
    assertEquals("Sweep[2 settings × 3 seeds, 3 arms, 20 trials]", sweep.toString());
  }

  @Test
  void aCellRunsTheSpecWithItsModelAndSeed() {
    Sweep sweep = sweep();
    SimulationSpec spec = sweep.spec(SweepCell.of(NOISY, 3));
    assertEquals(NOISY.model(), spec.model());
    assertEquals(3, spec.seed());
    assertEquals(small().arms(), spec.arms());
    assertEquals(small().withModel(NOISY.model()).withSeed(3), spec);
  }

  @Test
  void theSpecsSeedBecomesTheFirstSeed() {
    assertEquals(5, sweep().spec().seed());
    assertEquals(
        sweep(),
        Sweep.builder()
            .spec(small().withSeed(77))
            .addSettings(CALM, NOISY)
            .addSeeds(5, 3, 9)
            .build());
  }

  @Test
  void eachCellIsBitForBitItsSpecRunAlone() {
    Sweep sweep = sweep();
    SweepResult result = sweep.run(2);
    assertEquals(sweep.cells(), List.copyOf(result.results().keySet()));
    for (SweepCell cell : sweep.cells()) {
      assertEquals(Simulation.run(sweep.spec(cell)), result.results().get(cell));
    }
    assertEquals(
        Simulation.run(small().withModel(CALM.model()).withSeed(9)), result.result("calm", 9));
    assertEquals(
        result.result("noisy", 3).arm("linear").estimate(Metric.VALIDITY),
        result.estimate("noisy", 3, "linear", Metric.VALIDITY));
    assertNotEquals(result.result("noisy", 3), result.result("calm", 3));
  }

  @Test
  void pooledEstimatesTakeEverySeedsTrialsAsOneSample() {
    SweepResult result = sweep().run(1);
    Estimate pooled = result.pooled("noisy", "binary", Metric.MEAN_SCORE).orElseThrow();
    List<Double> means = new ArrayList<>();
    double sumOfSquares = 0;
    double sum = 0;
    for (long seed : List.of(5L, 3L, 9L)) {
      Estimate e = result.estimate("noisy", seed, "binary", Metric.MEAN_SCORE).orElseThrow();
      means.add(e.mean());
      // the cell's per-trial values back from its mean and sd: Σx = n·mean, Σx² = (n−1)·sd² +
      // n·mean²
      sum += 20 * e.mean();
      sumOfSquares += 19 * e.sd() * e.sd() + 20 * e.mean() * e.mean();
    }
    double mean = sum / 60;
    double sd = Math.sqrt((sumOfSquares - 60 * mean * mean) / 59);
    assertEquals(60, pooled.trials());
    assertEquals((means.get(0) + means.get(1) + means.get(2)) / 3, pooled.mean(), 1e-12);
    assertEquals(sd, pooled.sd(), 1e-9);
    double half = 1.959963984540054 * sd / Math.sqrt(60);
    assertEquals(pooled.mean() - half, pooled.lower(), 1e-8);
    assertEquals(pooled.mean() + half, pooled.upper(), 1e-8);
    // a metric the arm does not report pools to nothing
    assertTrue(result.pooled("noisy", "binary", Metric.MISCLASSIFIED).isEmpty());
    assertTrue(result.pooled("noisy", "tiered", Metric.MISCLASSIFIED).isPresent());
  }

  @Test
  void badSweepsAreRefusedSayingWhy() {
    ProblemException noSeeds =
        assertThrows(
            ProblemException.class, () -> Sweep.builder().spec(small()).addSettings(CALM).build());
    assertEquals("a sweep needs at least one seed", noSeeds.getMessage());
    assertEquals("扫描至少需要一个随机种子", noSeeds.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "a sweep needs at least one setting of the outcome model",
        assertThrows(
                ProblemException.class, () -> Sweep.builder().spec(small()).addSeeds(1).build())
            .getMessage());
    assertEquals(
        "seeds must be different: 3 appears twice",
        assertThrows(
                ProblemException.class,
                () -> Sweep.builder().spec(small()).addSettings(CALM).addSeeds(3, 4, 3).build())
            .getMessage());
    assertEquals(
        "setting names must be unique: 'calm' appears twice",
        assertThrows(
                ProblemException.class,
                () ->
                    Sweep.builder()
                        .spec(small())
                        .addSettings(CALM, SweepSetting.of("calm", NOISY.model()))
                        .addSeeds(1)
                        .build())
            .getMessage());
    assertEquals(
        "a sweep setting's name must not be blank",
        assertThrows(ProblemException.class, () -> SweepSetting.of(" ", CALM.model()))
            .getMessage());
    assertEquals(
        "parallelism must be 0 (all processors) or more, got -1",
        assertThrows(IllegalArgumentException.class, () -> sweep().run(-1)).getMessage());
  }

  @Test
  void unknownSettingsAndSeedsAreNamed() {
    SweepResult result =
        Sweep.builder().spec(small().withTrials(2)).addSettings(CALM).addSeeds(1).build().run(1);
    assertEquals(
        "no setting named 'loud'; the settings are 'calm'",
        assertThrows(IllegalArgumentException.class, () -> result.result("loud", 1)).getMessage());
    assertEquals(
        "no seed 2 in the sweep; the seeds are [1]",
        assertThrows(IllegalArgumentException.class, () -> result.result("calm", 2)).getMessage());
  }
}

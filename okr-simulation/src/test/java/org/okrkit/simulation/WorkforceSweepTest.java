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

/**
 * A workforce sweep's cells, what each runs, its checks, its results cell by cell and pooled across
 * seeds; and the policy sweep's refusal of settings with arms.
 */
class WorkforceSweepTest {
  static WorkforceSpec small() {
    return WorkforceSimulationTest.everything(1)
        .withPopulation(GeneratedPopulation.builder().teams(2).peoplePerTeam(5).build())
        .withPeriods(3)
        .withReplications(10);
  }

  /** The study's own arms, under a noisier outcome model. */
  static final SweepSetting NOISY =
      SweepSetting.of("noisy", small().model().withNoise(Noise.normal(0.5)));

  /** Two arms of its own, dismissing a fifth of the lowest-rated. */
  static final SweepSetting HARSH =
      SweepSetting.of(
          "harsh",
          small().model(),
          List.of(
              WorkforceArm.builder()
                  .name("plain")
                  .rating(WorkforceRating.plain(0.6))
                  .dismissal(Dismissal.lowestShare(0.2))
                  .build(),
              WorkforceArm.builder()
                  .name("graded")
                  .rating(WorkforceRating.policy(WorkforceSimulationTest.GRADED))
                  .dismissal(Dismissal.lowestShare(0.2))
                  .build()));

  static WorkforceSweep sweep() {
    return WorkforceSweep.builder()
        .spec(small())
        .addSettings(NOISY, HARSH)
        .addSeeds(5, 3, 9)
        .build();
  }

  @Test
  void cellsAreEverySettingWithEverySeedSettingBySetting() {
    WorkforceSweep sweep = sweep();
    List<String> cells = new ArrayList<>();
    for (SweepCell cell : sweep.cells()) {
      cells.add(cell.toString());
    }
    assertEquals(
        List.of(
            "noisy × seed 5",
            "noisy × seed 3",
            "noisy × seed 9",
            "harsh × seed 5",
            "harsh × seed 3",
            "harsh × seed 9"),
        cells);
    assertEquals(
        "WorkforceSweep[2 settings × 3 seeds, 3 arms, 3 periods, 10 companies]", sweep.toString());
    assertEquals(HARSH, sweep.setting("harsh"));
  }

  @Test
  void aCellRunsTheStudyWithItsModelItsArmsAndItsSeed() {
    WorkforceSweep sweep = sweep();
    assertEquals(small().withModel(NOISY.model()).withSeed(3), sweep.spec(SweepCell.of(NOISY, 3)));
    WorkforceSpec harsh = sweep.spec(SweepCell.of(HARSH, 9));
    assertEquals(HARSH.arms(), harsh.arms());
    assertEquals(9, harsh.seed());
    assertEquals(small().withArms(HARSH.arms()).withSeed(9), harsh);
  }

  @Test
  void theStudysSeedBecomesTheFirstSeed() {
    assertEquals(5, sweep().spec().seed());
    assertEquals(
        sweep(),
        WorkforceSweep.builder()
            .spec(small().withSeed(77))
            .addSettings(NOISY, HARSH)
            .addSeeds(5, 3, 9)
            .build());
  }

  @Test
  void eachCellIsBitForBitItsStudyRunAlone() {
    WorkforceSweep sweep = sweep();
    WorkforceSweepResult result = sweep.run(2);
    assertEquals(sweep.cells(), List.copyOf(result.results().keySet()));
    for (SweepCell cell : sweep.cells()) {
      assertEquals(WorkforceSimulation.run(sweep.spec(cell)), result.results().get(cell));
    }
    assertEquals(result, sweep.run(1));
    assertEquals(
        result.result("harsh", 3).arm("graded").estimate(2, WorkforceMetric.GAIN),
        result.estimate("harsh", 3, "graded", 2, WorkforceMetric.GAIN));
    assertNotEquals(result.result("harsh", 3), result.result("noisy", 3));
    assertEquals(
        List.of("plain", "graded"),
        result.result("harsh", 5).arms().stream().map(WorkforceArmResult::name).toList());
  }

  @Test
  void pooledEstimatesTakeEverySeedsCompaniesAsOneSample() {
    WorkforceSweepResult result = sweep().run(1);
    Estimate pooled = result.pooled("harsh", "plain", 3, WorkforceMetric.GAIN).orElseThrow();
    double sum = 0;
    double sumOfSquares = 0;
    for (long seed : List.of(5L, 3L, 9L)) {
      Estimate e = result.estimate("harsh", seed, "plain", 3, WorkforceMetric.GAIN).orElseThrow();
      // the cell's per-company values back from its mean and sd
      sum += 10 * e.mean();
      sumOfSquares += 9 * e.sd() * e.sd() + 10 * e.mean() * e.mean();
    }
    double mean = sum / 30;
    double sd = Math.sqrt((sumOfSquares - 30 * mean * mean) / 29);
    assertEquals(30, pooled.trials());
    assertEquals(mean, pooled.mean(), 1e-12);
    assertEquals(sd, pooled.sd(), 1e-9);
    double half = 1.959963984540054 * sd / Math.sqrt(30);
    assertEquals(mean - half, pooled.lower(), 1e-9);
    assertEquals(mean + half, pooled.upper(), 1e-9);
    // not measured in period 0
    assertTrue(result.pooled("harsh", "plain", 0, WorkforceMetric.VALIDITY).isEmpty());
    assertTrue(result.pooled("harsh", "plain", 1, WorkforceMetric.VALIDITY).isPresent());
    assertEquals(
        "no arm named 'binary'; the arms are 'plain', 'graded'",
        assertThrows(
                IllegalArgumentException.class,
                () -> result.pooled("harsh", "binary", 1, WorkforceMetric.GAIN))
            .getMessage());
  }

  @Test
  void badSweepsAreRefusedSayingWhy() {
    ProblemException noSeeds =
        assertThrows(
            ProblemException.class,
            () -> WorkforceSweep.builder().spec(small()).addSettings(NOISY).build());
    assertEquals("a sweep needs at least one seed", noSeeds.getMessage());
    assertEquals(
        "setting names must be unique: 'noisy' appears twice",
        assertThrows(
                ProblemException.class,
                () ->
                    WorkforceSweep.builder()
                        .spec(small())
                        .addSettings(NOISY, SweepSetting.of("noisy", small().model()))
                        .addSeeds(1)
                        .build())
            .getMessage());
    WorkforceArm arm = WorkforceArm.of("twin", WorkforceRating.plain(0.5));
    assertEquals(
        "arm names must be unique: 'twin' appears twice",
        assertThrows(
                ProblemException.class,
                () -> SweepSetting.of("twins", small().model(), List.of(arm, arm)))
            .getMessage());
    ProblemException armsInAPolicySweep =
        assertThrows(
            ProblemException.class,
            () -> Sweep.builder().spec(SweepTest.small()).addSettings(HARSH).addSeeds(1).build());
    assertEquals(
        "a policy sweep's settings change the outcome model only; setting 'harsh' gives arms,"
            + " which only a workforce sweep's settings may",
        armsInAPolicySweep.getMessage());
    assertEquals(
        "策略扫描的设置只改变结果模型；设置“harsh”给出了方案（arms），只有人员研究的扫描设置可以给出方案",
        armsInAPolicySweep.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "parallelism must be 0 (all processors) or more, got -1",
        assertThrows(IllegalArgumentException.class, () -> sweep().run(-1)).getMessage());
  }

  @Test
  void unknownSettingsSeedsAndCellsAreNamed() {
    WorkforceSweep sweep =
        WorkforceSweep.builder()
            .spec(small().withReplications(2))
            .addSettings(NOISY)
            .addSeeds(1)
            .build();
    WorkforceSweepResult result = sweep.run(1);
    assertEquals(
        "no setting named 'loud'; the settings are 'noisy'",
        assertThrows(IllegalArgumentException.class, () -> result.result("loud", 1)).getMessage());
    assertEquals(
        "no seed 2 in the sweep; the seeds are [1]",
        assertThrows(IllegalArgumentException.class, () -> result.result("noisy", 2)).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> WorkforceSweepResult.of(sweep, java.util.Map.of()));
  }
}

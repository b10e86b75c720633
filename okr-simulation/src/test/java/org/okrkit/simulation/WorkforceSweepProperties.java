package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The laws of a workforce sweep: a run is deterministic whatever the parallelism, each cell is bit
 * for bit its own study run alone, and a cell's result does not depend on the order of settings and
 * seeds or on which other cells the sweep holds.
 */
class WorkforceSweepProperties {
  private static final WorkforceSpec STUDY = WorkforceSweepTest.small().withReplications(4);

  /** Settings of generated arms (the study's own for every third) and noise. */
  private static List<SweepSetting> settings(List<Long> draws) {
    List<SweepSetting> settings = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      Random r = new Random(draws.get(i));
      OutcomeModel model = STUDY.model().withNoise(Noise.normal(r.nextDouble()));
      List<WorkforceArm> arms = new ArrayList<>();
      if (i % 3 != 0) {
        for (int a = 0; a <= r.nextInt(2); a++) {
          arms.add(WorkforceProperties.arm("arm " + a, r));
        }
      }
      settings.add(SweepSetting.of("s" + i, model, arms));
    }
    return settings;
  }

  @Property(tries = 8)
  void aSweepRunsTheSameWhateverTheParallelismAndEachCellAsItsStudyAlone(
      @ForAll @Size(min = 1, max = 3) List<Long> draws,
      @ForAll @Size(min = 1, max = 2) Set<Long> seeds,
      @ForAll @IntRange(min = 1, max = 3) int parallelism) {
    WorkforceSweep sweep =
        WorkforceSweep.builder().spec(STUDY).settings(settings(draws)).seeds(seeds).build();
    WorkforceSweepResult one = sweep.run(1);
    assertEquals(one, sweep.run(parallelism));
    for (SweepCell cell : sweep.cells()) {
      assertEquals(WorkforceSimulation.compile(sweep.spec(cell)).run(1), one.results().get(cell));
    }
  }

  @Property(tries = 8)
  void aCellsResultDoesNotDependOnTheOrderOrTheOtherCells(
      @ForAll @Size(min = 1, max = 3) List<Long> draws,
      @ForAll @Size(min = 1, max = 3) Set<Long> seeds,
      @ForAll long shuffle) {
    List<SweepSetting> settings = settings(draws);
    WorkforceSweep sweep =
        WorkforceSweep.builder().spec(STUDY).settings(settings).seeds(seeds).build();
    List<SweepSetting> shuffledSettings = new ArrayList<>(settings);
    List<Long> shuffledSeeds = new ArrayList<>(seeds);
    Random random = new Random(shuffle);
    Collections.shuffle(shuffledSettings, random);
    Collections.shuffle(shuffledSeeds, random);
    WorkforceSweepResult result = sweep.run(1);
    WorkforceSweepResult again =
        WorkforceSweep.builder()
            .spec(STUDY)
            .settings(shuffledSettings)
            .seeds(shuffledSeeds)
            .build()
            .run(1);
    for (SweepCell cell : sweep.cells()) {
      assertEquals(result.results().get(cell), again.results().get(cell));
    }
    SweepCell last = sweep.cells().get(sweep.cells().size() - 1);
    WorkforceSweepResult alone =
        WorkforceSweep.builder()
            .spec(STUDY)
            .addSettings(last.setting())
            .addSeeds(last.seed())
            .build()
            .run(1);
    assertEquals(result.results().get(last), alone.results().get(last));
  }
}

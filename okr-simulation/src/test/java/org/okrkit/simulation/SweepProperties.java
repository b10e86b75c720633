package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The laws of a sweep: a run is deterministic whatever the parallelism, each cell is bit for bit
 * its own spec run alone, and a cell's result does not depend on the order of settings and seeds or
 * on which other cells the sweep holds.
 */
class SweepProperties {
  private static final SimulationSpec SPEC = SweepTest.small().withTrials(6);

  private static List<SweepSetting> settings(List<Double> noises) {
    List<SweepSetting> settings = new ArrayList<>();
    for (int i = 0; i < noises.size(); i++) {
      settings.add(
          SweepSetting.of(
              "s" + i, SPEC.model().withNoise(Noise.normal(noises.get(i))).withAbilityWeight(i)));
    }
    return settings;
  }

  @Property(tries = 8)
  void aSweepRunsTheSameWhateverTheParallelismAndEachCellAsItsSpecAlone(
      @ForAll @Size(min = 1, max = 2) List<@DoubleRange(min = 0, max = 1) Double> noises,
      @ForAll @Size(min = 1, max = 2) Set<Long> seeds,
      @ForAll @IntRange(min = 1, max = 3) int parallelism) {
    Sweep sweep = Sweep.builder().spec(SPEC).settings(settings(noises)).seeds(seeds).build();
    SweepResult one = sweep.run(1);
    assertEquals(one, sweep.run(parallelism));
    for (SweepCell cell : sweep.cells()) {
      assertEquals(Simulation.compile(sweep.spec(cell)).run(1), one.results().get(cell));
    }
  }

  @Property(tries = 8)
  void aCellsResultDoesNotDependOnTheOrderOrTheOtherCells(
      @ForAll @Size(min = 1, max = 3) List<@DoubleRange(min = 0, max = 1) Double> noises,
      @ForAll @Size(min = 1, max = 3) Set<Long> seeds,
      @ForAll long shuffle) {
    List<SweepSetting> settings = settings(noises);
    Sweep sweep = Sweep.builder().spec(SPEC).settings(settings).seeds(seeds).build();
    List<SweepSetting> shuffledSettings = new ArrayList<>(settings);
    List<Long> shuffledSeeds = new ArrayList<>(seeds);
    Random random = new Random(shuffle);
    Collections.shuffle(shuffledSettings, random);
    Collections.shuffle(shuffledSeeds, random);
    Sweep reordered =
        Sweep.builder().spec(SPEC).settings(shuffledSettings).seeds(shuffledSeeds).build();
    SweepResult result = sweep.run(1);
    SweepResult again = reordered.run(1);
    for (SweepCell cell : sweep.cells()) {
      assertEquals(result.results().get(cell), again.results().get(cell));
    }
    // one setting and one seed alone
    SweepCell last = sweep.cells().get(sweep.cells().size() - 1);
    SweepResult alone =
        Sweep.builder().spec(SPEC).addSettings(last.setting()).addSeeds(last.seed()).build().run(1);
    assertEquals(result.results().get(last), alone.results().get(last));
  }
}

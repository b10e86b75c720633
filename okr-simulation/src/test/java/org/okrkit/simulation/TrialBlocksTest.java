package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A run split into trial blocks ({@link Simulation#runTrials}) and put together again ({@link
 * Simulation#combine}) is bit for bit the run in one go, however it is split, in whatever order the
 * blocks come, and after the blocks travelled as serialized objects or as plain arrays.
 */
class TrialBlocksTest {
  private static final Simulation SIMULATION =
      Simulation.compile(SimulationTest.everything(5).withTrials(60));

  @Property(tries = 30)
  void blocksOfAnySplitCombineToTheRunInOneGo(
      @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 59) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll long shuffle) {
    TreeSet<Integer> points = new TreeSet<>(cuts);
    points.add(0);
    points.add(60);
    List<TrialBlock> blocks = new ArrayList<>();
    Integer from = null;
    for (int to : points) {
      if (from != null) {
        blocks.add(SIMULATION.runTrials(from, to, threads));
      }
      from = to;
    }
    Collections.shuffle(blocks, new Random(shuffle));
    assertEquals(RUN, SIMULATION.combine(blocks));
  }

  private static final SimulationResult RUN = SIMULATION.run(1);

  @Test
  void aBlockMeasuresWhatTheRunMeasuresOfItsTrials() {
    TrialBlock all = SIMULATION.runTrials(0, 60, 2);
    TrialBlock part = SIMULATION.runTrials(20, 30, 1);
    assertEquals(20, part.firstTrial());
    assertEquals(30, part.endTrial());
    for (int arm = 0; arm < part.arms(); arm++) {
      for (Metric metric : Metric.values()) {
        for (int t = 20; t < 30; t++) {
          assertEquals(all.value(arm, metric, t), part.value(arm, metric, t));
        }
      }
    }
    assertEquals(RUN, SIMULATION.combine(List.of(all)));
  }

  @Test
  void blocksTravelAsSerializedObjectsAndAsPlainArrays() throws Exception {
    TrialBlock block = SIMULATION.runTrials(0, 60, 1);
    assertEquals(block, roundTrip(block));
    TrialBlock rebuilt =
        TrialBlock.of(
            block.firstTrial(),
            block.trials(),
            block.arms(),
            block.bins(),
            block.values(),
            block.histogram());
    assertEquals(block, rebuilt);
    assertEquals(RUN, SIMULATION.combine(List.of(rebuilt)));
  }

  @Test
  void missingOverlappingOrForeignBlocksAreRefused() {
    TrialBlock low = SIMULATION.runTrials(0, 30, 1);
    TrialBlock high = SIMULATION.runTrials(30, 60, 1);
    TrialBlock middle = SIMULATION.runTrials(20, 40, 1);
    assertEquals(
        "the blocks hold trials 0 to 29; expected trials 0 to 59 once each",
        assertThrows(IllegalArgumentException.class, () -> SIMULATION.combine(List.of(low)))
            .getMessage());
    assertEquals(
        "trials overlap: TrialBlock[trials 20..40, 3 arms, 20 bins] follows trials up to 30;"
            + " expected blocks that hold trials 0 to 59 once each",
        assertThrows(
                IllegalArgumentException.class,
                () -> SIMULATION.combine(List.of(low, middle, high)))
            .getMessage());
    assertEquals(
        "trials are missing: TrialBlock[trials 30..60, 3 arms, 20 bins] follows trials up to 0;"
            + " expected blocks that hold trials 0 to 59 once each",
        assertThrows(IllegalArgumentException.class, () -> SIMULATION.combine(List.of(high)))
            .getMessage());
    Simulation other =
        Simulation.compile(SimulationTest.everything(5).withTrials(60).withHistogramBins(7));
    assertEquals(
        "TrialBlock[trials 0..30, 3 arms, 20 bins] does not come from this simulation: expected 3"
            + " arms and 7 bins",
        assertThrows(IllegalArgumentException.class, () -> other.combine(List.of(low, high)))
            .getMessage());
    assertEquals(
        "trials 50 to 61 are not a range within the spec's trials; expected 0 <= first < end <= 60",
        assertThrows(IllegalArgumentException.class, () -> SIMULATION.runTrials(50, 61, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> SIMULATION.runTrials(5, 5, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> TrialBlock.of(0, 2, 1, 1, new double[3], new long[1]));
  }

  private static TrialBlock roundTrip(TrialBlock block) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(block);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (TrialBlock) in.readObject();
    }
  }
}

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
 * A workforce study split into blocks of companies ({@link WorkforceSimulation#runTrials}) and put
 * together again ({@link WorkforceSimulation#combine}) is bit for bit the study run in one go,
 * however it is split, on however many threads, in whatever order the blocks come, and after the
 * blocks travelled as serialized objects or as plain arrays.
 */
class WorkforceBlocksTest {
  private static final WorkforceSimulation STUDY =
      WorkforceSimulation.compile(WorkforceSimulationTest.everything(11).withReplications(24));

  private static final WorkforceResult RUN = STUDY.run(1);

  @Property(tries = 25)
  void blocksOfAnySplitCombineToTheRunInOneGo(
      @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 23) Integer> cuts,
      @ForAll @IntRange(min = 0, max = 3) int threads,
      @ForAll long shuffle) {
    TreeSet<Integer> points = new TreeSet<>(cuts);
    points.add(0);
    points.add(24);
    List<WorkforceBlock> blocks = new ArrayList<>();
    Integer from = null;
    for (int to : points) {
      if (from != null) {
        blocks.add(STUDY.runTrials(from, to, threads));
      }
      from = to;
    }
    Collections.shuffle(blocks, new Random(shuffle));
    assertEquals(RUN, STUDY.combine(blocks));
  }

  @Property(tries = 15)
  void generatedStudiesSplitAnywhereCombineToTheirRun(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int people,
      @ForAll @IntRange(min = 1, max = 3) int periods,
      @ForAll @IntRange(min = 1, max = 6) int companies,
      @ForAll @IntRange(min = 1, max = 3) int arms,
      @ForAll @IntRange(min = 0, max = 6) int cut,
      @ForAll @IntRange(min = 1, max = 2) int threads) {
    WorkforceSimulation study =
        WorkforceSimulation.compile(
            WorkforceProperties.study(seed, people, periods, companies, arms));
    int at = Math.min(cut, companies);
    List<WorkforceBlock> blocks = new ArrayList<>();
    if (at > 0) {
      blocks.add(study.runTrials(0, at, threads));
    }
    if (at < companies) {
      blocks.add(study.runTrials(at, companies, threads));
    }
    assertEquals(study.run(), study.combine(blocks));
  }

  @Test
  void aBlockMeasuresWhatTheRunMeasuresOfItsCompanies() {
    WorkforceBlock all = STUDY.runTrials(0, 24, 2);
    WorkforceBlock part = STUDY.runTrials(10, 15, 1);
    assertEquals(10, part.firstTrial());
    assertEquals(15, part.endTrial());
    assertEquals(5, part.trials());
    assertEquals(3, part.arms());
    assertEquals(6, part.periods());
    for (int arm = 0; arm < part.arms(); arm++) {
      for (int period = 0; period <= part.periods(); period++) {
        for (WorkforceMetric metric : WorkforceMetric.values()) {
          for (int c = 10; c < 15; c++) {
            assertEquals(all.value(arm, period, metric, c), part.value(arm, period, metric, c));
          }
        }
      }
    }
    assertEquals(0.0, part.value(0, 0, WorkforceMetric.VALIDITY, 12), "not measured in period 0");
    assertEquals(RUN, STUDY.combine(List.of(all)));
    assertEquals("WorkforceBlock[companies 10..15, 3 arms, 6 periods]", part.toString());
  }

  @Test
  void blocksTravelAsSerializedObjectsAndAsPlainArrays() throws Exception {
    WorkforceBlock block = STUDY.runTrials(0, 24, 1);
    assertEquals(block, roundTrip(block));
    WorkforceBlock rebuilt =
        WorkforceBlock.of(
            block.firstTrial(), block.trials(), block.arms(), block.periods(), block.values());
    assertEquals(block, rebuilt);
    assertEquals(block.hashCode(), rebuilt.hashCode());
    assertEquals(RUN, STUDY.combine(List.of(rebuilt)));
  }

  @Test
  void missingOverlappingOrForeignBlocksAreRefused() {
    WorkforceBlock low = STUDY.runTrials(0, 12, 1);
    WorkforceBlock high = STUDY.runTrials(12, 24, 1);
    WorkforceBlock middle = STUDY.runTrials(8, 16, 1);
    assertEquals(
        "the blocks hold companies 0 to 11; expected companies 0 to 23 once each",
        assertThrows(IllegalArgumentException.class, () -> STUDY.combine(List.of(low)))
            .getMessage());
    assertEquals(
        "companies overlap: WorkforceBlock[companies 8..16, 3 arms, 6 periods] follows companies"
            + " up to 12; expected blocks that hold companies 0 to 23 once each",
        assertThrows(
                IllegalArgumentException.class, () -> STUDY.combine(List.of(low, middle, high)))
            .getMessage());
    assertEquals(
        "companies are missing: WorkforceBlock[companies 12..24, 3 arms, 6 periods] follows"
            + " companies up to 0; expected blocks that hold companies 0 to 23 once each",
        assertThrows(IllegalArgumentException.class, () -> STUDY.combine(List.of(high)))
            .getMessage());
    WorkforceSimulation other =
        WorkforceSimulation.compile(
            WorkforceSimulationTest.everything(11).withReplications(24).withPeriods(2));
    assertEquals(
        "WorkforceBlock[companies 0..12, 3 arms, 6 periods] does not come from this study:"
            + " expected 3 arms and 2 periods",
        assertThrows(IllegalArgumentException.class, () -> other.combine(List.of(low, high)))
            .getMessage());
    assertEquals(
        "companies 20 to 25 are not a range within the spec's replications; expected 0 <= first"
            + " < end <= 24",
        assertThrows(IllegalArgumentException.class, () -> STUDY.runTrials(20, 25, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> STUDY.runTrials(5, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> STUDY.runTrials(0, 5, -1));
    assertEquals(
        "a workforce block of 2 companies, 1 arms and 1 periods holds 3 values; expected 28",
        assertThrows(
                IllegalArgumentException.class, () -> WorkforceBlock.of(0, 2, 1, 1, new double[3]))
            .getMessage());
  }

  private static WorkforceBlock roundTrip(WorkforceBlock block)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(block);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (WorkforceBlock) in.readObject();
    }
  }
}

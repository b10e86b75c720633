package org.okrkit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;

class CompiledBatchTest {
  static final Measure UP = Measure.increasing("m", Unit.COUNT);
  static final Measure BAND = Measure.range("m", Unit.COUNT);

  /** A host's strategy: the actual value itself, whatever the target, up to 2. */
  static final ScoringStrategy ITSELF =
      new ScoringStrategy() {
        @Override
        public double score(org.okrkit.scoring.ScoringInput in) {
          return in.actual();
        }

        @Override
        public double maxScore() {
          return 2;
        }

        @Override
        public String toString() {
          return "itself";
        }
      };

  @Test
  void elementsOfOneStrategyAndOneTargetShapeFormOneRun() {
    List<Measure> ups = Collections.nCopies(5, UP);
    List<Target> values = Collections.nCopies(5, Target.increase(0, 10));
    assertEquals(
        1, CompiledBatch.compile(Collections.nCopies(5, Strategies.linear()), ups, values).runs());
    // a host strategy's elements run together too
    CompiledBatch host = CompiledBatch.compile(Collections.nCopies(5, ITSELF), ups, values);
    assertEquals(1, host.runs());
    assertFalse(host.isCompiled());
    // each change of strategy or shape starts a run
    CompiledBatch mixed =
        CompiledBatch.compile(
            List.of(Strategies.linear(), Strategies.linear(), ITSELF, ITSELF, Strategies.linear()),
            List.of(UP, BAND, UP, UP, UP),
            List.of(
                Target.increase(0, 10),
                Target.range(1, 2),
                Target.of(1),
                Target.of(1),
                Target.increase(0, 10)));
    assertEquals(4, mixed.runs());
    double[] scores = new double[5];
    mixed.score(new double[] {5, 1.5, 0.25, 2, 10}, scores);
    assertArrayEquals(new double[] {0.5, 1, 0.25, 2, 1}, scores);
  }

  @Test
  void aHostStrategysScoresFromZeroToItsMaximumAreAccepted() {
    CompiledBatch batch =
        CompiledBatch.compile(
            Collections.nCopies(3, ITSELF),
            Collections.nCopies(3, UP),
            Collections.nCopies(3, Target.of(1)));
    double[] scores = new double[3];
    batch.score(new double[] {0, 2, 1}, scores);
    assertArrayEquals(new double[] {0, 2, 1}, scores);
    IllegalStateException above =
        assertThrows(
            IllegalStateException.class, () -> batch.score(new double[] {0, 2.5, 1}, scores));
    assertEquals(
        "strategy itself scored 2.5 for element 1 (actual 2.5); a strategy must return a finite"
            + " score from 0 to its maxScore 2",
        above.getMessage());
    assertThrows(IllegalStateException.class, () -> batch.score(new double[] {-0.5, 1, 1}, scores));
  }

  @Test
  void aBuilderGrowsPastItsHintAndCompilesAsTheListsDo() {
    List<ScoringStrategy> strategies =
        List.of(
            Strategies.linear(),
            Strategies.binary(),
            ITSELF,
            Strategies.linear(),
            Strategies.range(1));
    List<Measure> measures = List.of(UP, UP, UP, BAND, UP);
    List<Target> targets =
        List.of(
            Target.increase(0, 10), Target.of(5), Target.of(1), Target.range(2, 4), Target.of(6));
    CompiledBatch.Builder builder = CompiledBatch.builderChecked(1);
    for (int i = 0; i < strategies.size(); i++) {
      assertTrue(builder == builder.add(strategies.get(i), measures.get(i), targets.get(i)));
    }
    CompiledBatch built = builder.build();
    double[] actuals = {4, 5, 1.5, 5, 5.5};
    double[] fromBuilder = new double[5];
    double[] fromLists = new double[5];
    double[] checked = new double[5];
    built.score(actuals, fromBuilder);
    CompiledBatch.compile(strategies, measures, targets).score(actuals, fromLists);
    CompiledBatch.compileChecked(strategies, measures, targets).score(actuals, checked);
    assertArrayEquals(new double[] {0.4, 1, 1.5, 0, 0.5}, fromBuilder);
    assertArrayEquals(fromBuilder, fromLists);
    assertArrayEquals(fromBuilder, checked);
    assertEquals(5, built.size());
  }
}

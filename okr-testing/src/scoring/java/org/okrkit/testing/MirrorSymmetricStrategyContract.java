package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.scoring.ScoringInput;

/**
 * The laws of a {@link org.okrkit.scoring.ScoringStrategy} that works on differences, as every
 * built-in but percent of target does: besides {@link ScoringStrategyContract}'s, a {@code
 * DECREASE} measure scores exactly like an {@code INCREASE} one on negated numbers.
 */
public interface MirrorSymmetricStrategyContract extends ScoringStrategyContract {

  @Property
  default void decreasingMeasuresMirrorIncreasingOnes(
      @ForAll("decreasing") ScoringArbitraries.Case c, @ForAll("positions") double x) {
    Target t = c.target;
    Target.Builder mirrored = Target.builder().kind(t.kind()).value(-t.value().getAsDouble());
    t.baseline().ifPresent(b -> mirrored.baseline(-b));
    t.threshold().ifPresent(v -> mirrored.threshold(-v));
    t.stretch().ifPresent(v -> mirrored.stretch(-v));
    double a = c.near(x);
    double down = strategy().score(c.at(a));
    double up =
        strategy()
            .score(ScoringInput.of(Measure.increasing("m", Unit.COUNT), mirrored.build(), -a));
    assertEquals(down, up, () -> c + " at " + a);
  }
}

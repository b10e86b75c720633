package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Direction;
import org.okrkit.core.Measure;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.testing.AggregationContract;
import org.okrkit.testing.MirrorSymmetricStrategyContract;
import org.okrkit.testing.ScoringArbitraries;
import org.okrkit.testing.ScoringStrategyContract;

/**
 * Every built-in strategy and aggregation checked against the contract kits, plus their own laws.
 */
class BuiltInContractsProperties {

  @Group
  class BinaryLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.binary();
    }
  }

  @Group
  class LinearLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.linear();
    }
  }

  @Group
  class CappedRoundedLinearLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.linear(1.25, true);
    }
  }

  @Group
  class TieredLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.tiered(0.3, 1.8);
    }
  }

  @Group
  class SteppedLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.stepped(
          Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1), Point.of(1.2, 1.1));
    }
  }

  @Group
  class CurveLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.curve(Point.of(0, 0), Point.of(0.7, 0.5), Point.of(1, 1), Point.of(1.5, 2));
    }
  }

  @Group
  class RangeLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.range(2.5);
    }
  }

  @Group
  class MilestonesLaws implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.milestones();
    }
  }

  @Group
  class PercentOfTargetLaws implements ScoringStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return Strategies.percentOfTarget(1.5);
    }

    // a ratio, not a difference: not mirror-symmetric; its own symmetry is reciprocal, checked
    // below

    @Provide
    Arbitrary<Double> positives() {
      return net.jqwik.api.Arbitraries.doubles().between(0.01, 10_000).ofScale(2);
    }

    @Property
    void decreasingMeasuresMirrorIncreasingOnesOnReciprocals(
        @ForAll("positives") double target, @ForAll("positives") double actual) {
      double down =
          strategy()
              .score(
                  ScoringInput.of(Measure.decreasing("m", Unit.COUNT), Target.of(target), actual));
      double up =
          strategy()
              .score(
                  ScoringInput.of(
                      Measure.increasing("m", Unit.COUNT), Target.of(1 / target), 1 / actual));
      assertEquals(down, up, 1e-9);
    }
  }

  @Provide
  Arbitrary<ScoringArbitraries.Case> values() {
    return net.jqwik.api.Arbitraries.oneOf(
        ScoringArbitraries.absolute(Direction.INCREASE),
        ScoringArbitraries.absolute(Direction.DECREASE));
  }

  @Property
  void binaryEqualsTieredWithAZeroWidthBand(
      @ForAll("values") ScoringArbitraries.Case c, @ForAll double x) {
    Target bare =
        Target.builder()
            .from(c.target)
            .threshold(java.util.OptionalDouble.empty())
            .stretch(java.util.OptionalDouble.empty())
            .build();
    ScoringInput in = ScoringInput.of(c.measure, bare, c.near(Math.max(-5, Math.min(5, x))));
    assertEquals(Strategies.binary().score(in), Strategies.tiered(0.5, 1.5).score(in));
    assertEquals(Strategies.binary().score(in), Strategies.range(0).score(in));
  }

  @Group
  class WeightedMeanLaws implements AggregationContract {
    @Override
    public Aggregation aggregation() {
      return Aggregations.weightedMean();
    }
  }

  @Group
  class MinimumLaws implements AggregationContract {
    @Override
    public Aggregation aggregation() {
      return Aggregations.minimum();
    }
  }

  @Group
  class GeometricMeanLaws implements AggregationContract {
    @Override
    public Aggregation aggregation() {
      return Aggregations.geometricMean();
    }
  }

  @Group
  class AllMustPassLaws implements AggregationContract {
    @Override
    public Aggregation aggregation() {
      return Aggregations.allMustPass(0.7);
    }
  }

  @Group
  class CappedWeightedSumLaws implements AggregationContract {
    @Override
    public Aggregation aggregation() {
      return Aggregations.cappedWeightedSum(1.0);
    }

    @Override
    public double cap() {
      return 1.0;
    }
  }
}

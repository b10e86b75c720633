package org.okrkit.scoring;

import java.util.Optional;

/**
 * A strategy, an aggregation and a pace of host kinds registered through providers, each carrying
 * its spec as a host's own would: {@code share} scores its parameter {@code share}, {@code top} is
 * the largest score, {@code late} the square of the time elapsed.
 */
final class HostKinds {
  private HostKinds() {}

  /** A strategy of kind {@code share}: scores its parameter {@code share}, whatever the input. */
  record Share(StrategySpec.Named named) implements ScoringStrategy {
    @Override
    public double score(ScoringInput input) {
      return (Double) named.parameters().get("share");
    }

    @Override
    public Optional<StrategySpec> spec() {
      return Optional.of(named);
    }
  }

  /** An aggregation of kind {@code top}: the largest score. */
  record Top(AggregationSpec.Named named) implements Aggregation {
    @Override
    public double aggregate(double[] scores, double[] weights) {
      double max = 0;
      for (double s : scores) {
        max = Math.max(max, s);
      }
      return max;
    }

    @Override
    public Optional<AggregationSpec> spec() {
      return Optional.of(named);
    }
  }

  /** A pace of kind {@code late}: the square of the share elapsed. */
  record Late(PaceSpec.Named named) implements Pace {
    @Override
    public double expected(double elapsed) {
      return elapsed * elapsed;
    }

    @Override
    public Optional<PaceSpec> spec() {
      return Optional.of(named);
    }
  }

  /** A provider of strategies of {@code kind}, each a {@link Share}. */
  static StrategyProvider strategies(String kind) {
    return new StrategyProvider() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public ScoringStrategy strategy(StrategySpec.Named spec) {
        return new Share(spec);
      }
    };
  }

  static final AggregationProvider TOP =
      new AggregationProvider() {
        @Override
        public String kind() {
          return "top";
        }

        @Override
        public Aggregation aggregation(AggregationSpec.Named spec) {
          return new Top(spec);
        }
      };

  static final PaceProvider LATE =
      new PaceProvider() {
        @Override
        public String kind() {
          return "late";
        }

        @Override
        public Pace pace(PaceSpec.Named spec) {
          return new Late(spec);
        }
      };

  /** The providers of {@code share}, {@code top} and {@code late}. */
  static final PolicyExtensions ALL =
      PolicyExtensions.builder().add(strategies("share")).add(TOP).add(LATE).build();
}

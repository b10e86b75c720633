package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.scoring.Aggregation;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.MissingValue;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.simulation.AgentRule;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PlanPopulation;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.testing.PlanArbitraries;

/**
 * A spec written and read back is equal, in either notation: generated or real populations (plans
 * with every kind of target, hierarchies, revisions and check-ins), every outcome model setting at
 * full precision, every behaviour rule, arms with awkward names, policies and ratings, and seeds
 * over the whole range of a long.
 */
class SimulationFilesProperties {
  /** Where the spec would sit; a written spec names no file, so nothing is read from here. */
  private static final Path NOWHERE = Path.of("no-such-folder");

  @Property(tries = 200)
  void aSpecWrittenAndReadBackIsEqual(@ForAll("specs") SimulationSpec spec) {
    for (Format format : Format.values()) {
      String text = SimulationFiles.write(spec, format);
      assertEquals(spec, SimulationFiles.read(text, format, NOWHERE), text);
    }
  }

  /** One to {@code most} different names, none blank, of up to 12 characters. */
  static Arbitrary<List<String>> names(int most) {
    return Arbitraries.strings()
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(n -> !n.isBlank())
        .list()
        .ofMinSize(1)
        .ofMaxSize(most)
        .uniqueElements();
  }

  @Provide
  Arbitrary<SimulationSpec> specs() {
    Arbitrary<List<String>> names = names(3);
    return Combinators.combine(
            Arbitraries.longs(), Arbitraries.of(false, true), PlanArbitraries.plans(20), names)
        .as(SimulationFilesProperties::spec);
  }

  private static SimulationSpec spec(long seed, boolean real, Plan plan, List<String> names) {
    Random r = new Random(seed);
    Population population = real ? PlanPopulation.of(plan) : generated(r);
    SimulationSpec.Builder b =
        SimulationSpec.builder()
            .population(population)
            .model(model(r))
            .addAllRules(rules(r))
            .trials(1 + r.nextInt(10_000_000))
            .seed(r.nextLong())
            .parallelism(r.nextInt(SimulationDecoder.MAX_PARALLELISM + 1))
            .confidence(above0(r.nextDouble()))
            .histogramBins(1 + r.nextInt(1000))
            .effortProbe(above0(r.nextDouble()))
            .sandbagProbe(above0(r.nextDouble() * 3));
    for (String name : names) {
      ScoringPolicy policy =
          r.nextInt(4) == 0 ? ScoringPolicy.defaults() : policy(r, population.plan());
      b.addArms(r.nextBoolean() ? Arm.of(name, policy) : Arm.rated(name, policy, rating(r)));
    }
    if (r.nextBoolean()) {
      b.statusAt(1 - r.nextDouble());
    }
    return b.build();
  }

  static GeneratedPopulation generated(Random r) {
    int kpis = r.nextInt(4);
    return GeneratedPopulation.builder()
        .teams(1 + r.nextInt(4))
        .peoplePerTeam(1 + r.nextInt(4))
        .kpisPerPerson(kpis)
        .keyResultsPerPerson((kpis == 0 ? 1 : 0) + r.nextInt(3))
        .committedShare(r.nextDouble())
        .depth(r.nextInt(3))
        .teamsPerDepartment(1 + r.nextInt(3))
        .build();
  }

  static OutcomeModel model(Random r) {
    double person = r.nextDouble() / 2;
    return OutcomeModel.builder()
        .abilityWeight(r.nextDouble())
        .effortWeight(r.nextDouble() * 2)
        .effortElasticity(1 - r.nextDouble())
        .effortSpread(r.nextDouble())
        .noise(
            r.nextBoolean()
                ? Noise.normal(r.nextDouble())
                : Noise.lognormal(r.nextDouble(), above0(r.nextDouble() * 2)))
        .personCorrelation(person)
        .teamCorrelation((1 - person) * r.nextDouble())
        .kpiDifficulty(r.nextGaussian())
        .committedDifficulty(r.nextGaussian())
        .aspirationalDifficulty(r.nextGaussian())
        .difficultySpread(r.nextDouble())
        .build();
  }

  /** Each kind of rule or not, in any order. */
  static List<AgentRule> rules(Random r) {
    List<AgentRule> rules = new ArrayList<>();
    if (r.nextBoolean()) {
      rules.add(MarginalEffort.of(1 + r.nextInt(64)));
    }
    if (r.nextBoolean()) {
      rules.add(Sandbagging.of(above0(r.nextDouble()), r.nextDouble()));
    }
    if (r.nextBoolean()) {
      rules.add(Bunching.of(1 - r.nextDouble()));
    }
    Collections.shuffle(rules, r);
    return rules;
  }

  /**
   * A policy of built-in strategies with overrides naming ids, tags and levels of {@code plan}; the
   * aggregations are built-ins too, since a host's own has no form in a file.
   */
  static ScoringPolicy policy(Random r, Plan plan) {
    ScoringPolicy random = RandomPolicies.generate(r, plan);
    return ScoringPolicy.builder()
        .from(random)
        .objectiveAggregation(aggregation(r))
        .kpiAggregation(aggregation(r))
        .okrAggregation(aggregation(r))
        .missingValue(MissingValue.values()[r.nextInt(MissingValue.values().length)])
        .build();
  }

  private static Aggregation aggregation(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return Aggregations.weightedMean();
      case 1:
        return Aggregations.minimum();
      case 2:
        return Aggregations.geometricMean();
      case 3:
        return Aggregations.allMustPass(r.nextDouble());
      default:
        return Aggregations.cappedWeightedSum(above0(r.nextDouble() * 2));
    }
  }

  /** Two to five shares above 0 that add up to 1. */
  static ForcedDistribution rating(Random r) {
    int n = 2 + r.nextInt(4);
    double[] shares = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      shares[i] = 0.05 + r.nextDouble();
      sum += shares[i];
    }
    for (int i = 0; i < n; i++) {
      shares[i] /= sum;
    }
    return ForcedDistribution.of(shares);
  }

  static double above0(double value) {
    return value > 0 ? value : 0.5;
  }
}

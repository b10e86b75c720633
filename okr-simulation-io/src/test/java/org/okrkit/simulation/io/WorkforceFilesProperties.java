package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.PlanPopulation;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.testing.PlanArbitraries;

/**
 * A workforce spec written and read back is equal, in either notation: generated or real
 * populations, every outcome model setting and behaviour rule, plain and policy ratings, every kind
 * of dismissal, probations, turnovers and selections at full precision, and seeds over the whole
 * range of a long.
 */
class WorkforceFilesProperties {
  private static final Path NOWHERE = Path.of("no-such-folder");

  @Property(tries = 200)
  void aSpecWrittenAndReadBackIsEqual(@ForAll("specs") WorkforceSpec spec) {
    for (Format format : Format.values()) {
      String text = WorkforceFiles.write(spec, format);
      assertEquals(spec, WorkforceFiles.read(text, format, NOWHERE), text);
      assertEquals(SpecKind.WORKFORCE, SimulationFiles.kind(text, format));
    }
  }

  @Provide
  Arbitrary<WorkforceSpec> specs() {
    Arbitrary<List<String>> names = SimulationFilesProperties.names(4);
    return Combinators.combine(
            Arbitraries.longs(), Arbitraries.of(false, true), PlanArbitraries.plans(20), names)
        .as(WorkforceFilesProperties::spec);
  }

  static WorkforceSpec spec(long seed, boolean real, Plan plan, List<String> names) {
    Random r = new Random(seed);
    Population population = real ? PlanPopulation.of(plan) : SimulationFilesProperties.generated(r);
    WorkforceSpec.Builder b =
        WorkforceSpec.builder()
            .population(population)
            .model(SimulationFilesProperties.model(r))
            .addAllRules(SimulationFilesProperties.rules(r))
            .periods(1 + r.nextInt(1000))
            .replications(1 + r.nextInt(10_000_000))
            .seed(r.nextLong())
            .parallelism(r.nextInt(SimulationDecoder.MAX_PARALLELISM + 1))
            .confidence(SimulationFilesProperties.above0(r.nextDouble()));
    for (String name : names) {
      WorkforceArm.Builder arm =
          WorkforceArm.builder()
              .name(name)
              .rating(
                  r.nextBoolean()
                      ? WorkforceRating.plain(r.nextDouble())
                      : WorkforceRating.policy(
                          SimulationFilesProperties.policy(r, population.plan())));
      switch (r.nextInt(4)) {
        case 0 -> arm.dismissal(Dismissal.lowestShare(above0Below1(r.nextDouble())));
        case 1 -> arm.dismissal(Dismissal.forced(SimulationFilesProperties.rating(r)));
        case 2 -> arm.dismissal(Dismissal.belowScore(r.nextGaussian()));
        default -> {
          // none
        }
      }
      if (r.nextBoolean()) {
        arm.probation(Probation.of(1 + r.nextInt(1000), r.nextDouble()));
      }
      if (r.nextBoolean()) {
        arm.turnover(Turnover.of(r.nextDouble(), r.nextGaussian() * 3));
      }
      if (r.nextBoolean()) {
        arm.selection(Selection.of(r.nextDouble(), 1 - r.nextDouble()));
      }
      b.addArms(arm.build());
    }
    return b.build();
  }

  private static double above0Below1(double value) {
    return value > 0 && value < 1 ? value : 0.5;
  }
}

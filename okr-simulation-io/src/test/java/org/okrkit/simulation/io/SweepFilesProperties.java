package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.io.Format;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;

/**
 * A sweep written and read back is equal, in either notation: any spec a simulation spec file
 * holds, settings with awkward names and every outcome-model setting at full precision, and seeds
 * over the whole range of a long.
 */
class SweepFilesProperties {
  private static final Path NOWHERE = Path.of("no-such-folder");

  @Property(tries = 100)
  void aSweepWrittenAndReadBackIsEqual(@ForAll("sweeps") Sweep sweep) {
    for (Format format : Format.values()) {
      String text = SweepFiles.write(sweep, format);
      assertEquals(sweep, SweepFiles.read(text, format, NOWHERE), text);
      assertEquals(SpecKind.SWEEP, SimulationFiles.kind(text, format));
    }
  }

  /** One to five different seeds over the whole range of a long. */
  static Arbitrary<Set<Long>> seeds() {
    return Arbitraries.longs().set().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Sweep> sweeps() {
    Arbitrary<List<String>> names = SimulationFilesProperties.names(4);
    Arbitrary<Set<Long>> seeds = seeds();
    return Combinators.combine(Arbitraries.longs(), names, seeds).as(SweepFilesProperties::sweep);
  }

  private static Sweep sweep(long seed, List<String> names, Set<Long> seeds) {
    Random r = new Random(seed);
    SimulationSpec.Builder spec =
        SimulationSpec.builder()
            .population(SimulationFilesProperties.generated(r))
            .model(SimulationFilesProperties.model(r))
            .addAllRules(SimulationFilesProperties.rules(r))
            .trials(1 + r.nextInt(10_000))
            .seed(r.nextLong())
            .parallelism(r.nextInt(SimulationDecoder.MAX_PARALLELISM + 1))
            .confidence(SimulationFilesProperties.above0(r.nextDouble()))
            .addArms(Arm.of("default", ScoringPolicy.defaults()));
    if (r.nextBoolean()) {
      spec.addArms(
          Arm.rated("rated", ScoringPolicy.defaults(), SimulationFilesProperties.rating(r)));
    }
    List<SweepSetting> settings = new ArrayList<>();
    for (String name : names) {
      settings.add(SweepSetting.of(name, SimulationFilesProperties.model(r)));
    }
    return Sweep.builder()
        .spec(spec.build())
        .settings(settings)
        .seeds(new LinkedHashSet<>(seeds))
        .build();
  }
}

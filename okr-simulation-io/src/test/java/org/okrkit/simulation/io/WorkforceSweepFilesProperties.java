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
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.WorkforceSweep;
import org.okrkit.testing.PlanArbitraries;

/**
 * A workforce sweep written and read back is equal, in either notation: any study a workforce spec
 * file holds, settings with awkward names, every outcome-model setting at full precision, settings
 * with arms of their own (every kind of rating and personnel rule) and without, and seeds over the
 * whole range of a long.
 */
class WorkforceSweepFilesProperties {
  private static final Path NOWHERE = Path.of("no-such-folder");

  @Property(tries = 100)
  void aWorkforceSweepWrittenAndReadBackIsEqual(@ForAll("sweeps") WorkforceSweep sweep) {
    for (Format format : Format.values()) {
      String text = SweepFiles.write(sweep, format);
      assertEquals(sweep, SweepFiles.readWorkforce(text, format, NOWHERE), text);
      assertEquals(SpecKind.SWEEP, SimulationFiles.kind(text, format));
      assertEquals(SpecKind.WORKFORCE, SweepFiles.study(text, format));
    }
  }

  @Provide
  Arbitrary<WorkforceSweep> sweeps() {
    Arbitrary<List<String>> names = SimulationFilesProperties.names(4);
    Arbitrary<Set<Long>> seeds = SweepFilesProperties.seeds();
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.of(false, true),
            PlanArbitraries.plans(20),
            names,
            names,
            seeds)
        .as(WorkforceSweepFilesProperties::sweep);
  }

  private static WorkforceSweep sweep(
      long seed,
      boolean real,
      Plan plan,
      List<String> armNames,
      List<String> settingNames,
      Set<Long> seeds) {
    Random r = new Random(seed);
    WorkforceSpec study = WorkforceFilesProperties.spec(r.nextLong(), real, plan, armNames);
    List<SweepSetting> settings = new ArrayList<>();
    for (String name : settingNames) {
      // arms of the same kinds as the study's, over the same population
      WorkforceSpec other = WorkforceFilesProperties.spec(r.nextLong(), real, plan, armNames);
      settings.add(
          SweepSetting.of(
              name,
              SimulationFilesProperties.model(r),
              r.nextBoolean() ? other.arms() : List.of()));
    }
    return WorkforceSweep.builder()
        .spec(study)
        .settings(settings)
        .seeds(new LinkedHashSet<>(seeds))
        .build();
  }
}

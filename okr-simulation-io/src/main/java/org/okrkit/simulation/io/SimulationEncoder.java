package org.okrkit.simulation.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.okrkit.core.Numbers;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.simulation.AgentRule;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PlanPopulation;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.SimulationSpec;

/**
 * Writes a {@link SimulationSpec} in the file format {@link SimulationDecoder} reads, every setting
 * by its name in the order the format lists them. A plan population's plan and every arm's policy
 * are written in place (the default policy left out, as a file may), so that the spec names no
 * file. What the format cannot hold is refused, by its path, before anything is written.
 */
final class SimulationEncoder {
  private SimulationEncoder() {}

  /**
   * The spec as a document.
   *
   * @throws IllegalArgumentException if the spec holds what a file cannot
   */
  static String encode(SimulationSpec spec, Format format) {
    check(spec);
    return DocumentWriter.write(format, out -> spec(out, spec));
  }

  /** Refuses what a spec file cannot hold, naming where it is. */
  static void check(SimulationSpec spec) {
    checkModel(spec.model());
    checkParallelism(spec.parallelism());
    List<Arm> arms = spec.arms();
    for (int i = 0; i < arms.size(); i++) {
      try {
        arms.get(i).policy().checkPortable();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("arms[" + i + "].policy: " + e.getMessage(), e);
      }
    }
  }

  /** Refuses an outcome model whose noise a spec file cannot hold. */
  static void checkModel(OutcomeModel model) {
    Noise noise = model.noise();
    checkArgument(
        noise.kind() != Noise.Kind.HOST,
        "model.noise: a host's own noise shape (%s) cannot be written in a spec file; expected"
            + " NORMAL or LOGNORMAL noise, or keep the spec in code",
        noise);
    checkArgument(
        noise.kind() != Noise.Kind.NORMAL || noise.shape() == 1.0,
        "model.noise: normal noise with a shape (%s) cannot be written in a spec file; only"
            + " LOGNORMAL noise takes a shape",
        Numbers.plain(noise.shape()));
    // "host" is the name every noise has unless one is set, as a file's noise has
    checkArgument(
        noise.name().equals("host"),
        "model.noise: a name ('%s') is kept for a host's noise shape only; a spec file cannot hold"
            + " it",
        noise.name());
  }

  /** Refuses a parallelism above what a spec file may ask for. */
  static void checkParallelism(int parallelism) {
    checkArgument(
        parallelism <= SimulationDecoder.MAX_PARALLELISM,
        "parallelism: %s threads cannot be written in a spec file; expected 0 (one per processor)"
            + " to %s",
        parallelism,
        SimulationDecoder.MAX_PARALLELISM);
  }

  private static void spec(DocumentWriter out, SimulationSpec spec) {
    out.startObject();
    out.name("version");
    out.number(Format.VERSION);
    fields(out, spec, true);
    out.endObject();
  }

  /**
   * Every setting of a spec but its version, in the format's order; the seed only {@code withSeed}
   * (a sweep's spec takes its seeds from the sweep).
   */
  static void fields(DocumentWriter out, SimulationSpec spec, boolean withSeed) {
    out.name("population");
    population(out, spec.population());
    out.name("model");
    model(out, spec.model());
    out.name("rules");
    out.startList();
    for (AgentRule rule : spec.rules()) {
      rule(out, rule);
    }
    out.endList();
    out.name("arms");
    out.startList();
    for (Arm arm : spec.arms()) {
      arm(out, arm);
    }
    out.endList();
    integer(out, "trials", spec.trials());
    if (withSeed) {
      integer(out, "seed", spec.seed());
    }
    integer(out, "parallelism", spec.parallelism());
    number(out, "confidence", spec.confidence());
    integer(out, "histogramBins", spec.histogramBins());
    number(out, "effortProbe", spec.effortProbe());
    number(out, "sandbagProbe", spec.sandbagProbe());
    if (spec.statusAt().isPresent()) {
      number(out, "statusAt", spec.statusAt().getAsDouble());
    }
  }

  /** A population: a plan population's plan in place, or generated sizes. */
  static void population(DocumentWriter out, Population population) {
    if (population instanceof PlanPopulation) {
      out.startObject();
      out.name("plan");
      PlanFiles.write(population.plan(), out);
      out.endObject();
    } else {
      generated(out, (GeneratedPopulation) population);
    }
  }

  private static void generated(DocumentWriter out, GeneratedPopulation p) {
    out.startObject();
    integer(out, "teams", p.teams());
    integer(out, "peoplePerTeam", p.peoplePerTeam());
    integer(out, "kpisPerPerson", p.kpisPerPerson());
    integer(out, "keyResultsPerPerson", p.keyResultsPerPerson());
    number(out, "committedShare", p.committedShare());
    integer(out, "depth", p.depth());
    integer(out, "teamsPerDepartment", p.teamsPerDepartment());
    out.endObject();
  }

  /** An outcome model, every setting. */
  static void model(DocumentWriter out, OutcomeModel m) {
    out.startObject();
    number(out, "abilityWeight", m.abilityWeight());
    number(out, "effortWeight", m.effortWeight());
    number(out, "effortElasticity", m.effortElasticity());
    number(out, "effortSpread", m.effortSpread());
    out.name("noise");
    out.startObject();
    out.name("kind");
    out.text(m.noise().kind().name());
    number(out, "scale", m.noise().scale());
    if (m.noise().kind() == Noise.Kind.LOGNORMAL) {
      number(out, "shape", m.noise().shape());
    }
    out.endObject();
    number(out, "personCorrelation", m.personCorrelation());
    number(out, "teamCorrelation", m.teamCorrelation());
    number(out, "kpiDifficulty", m.kpiDifficulty());
    number(out, "committedDifficulty", m.committedDifficulty());
    number(out, "aspirationalDifficulty", m.aspirationalDifficulty());
    number(out, "difficultySpread", m.difficultySpread());
    out.endObject();
  }

  /** A rule as an object with its type and every parameter. */
  static void rule(DocumentWriter out, AgentRule rule) {
    out.startObject();
    out.name("type");
    if (rule instanceof MarginalEffort marginalEffort) {
      out.text("marginalEffort");
      integer(out, "quanta", marginalEffort.quanta());
    } else if (rule instanceof Sandbagging sandbagging) {
      out.text("sandbagging");
      number(out, "ease", sandbagging.ease());
      number(out, "cost", sandbagging.cost());
    } else {
      out.text("bunching");
      number(out, "window", ((Bunching) rule).window());
    }
    out.endObject();
  }

  private static void arm(DocumentWriter out, Arm arm) {
    out.startObject();
    out.name("name");
    out.text(arm.name());
    if (!arm.policy().equals(ScoringPolicy.defaults())) {
      out.name("policy");
      PolicyFiles.write(arm.policy(), out);
    }
    if (arm.rating().isPresent()) {
      out.name("rating");
      out.startList();
      for (double share : arm.rating().get().shares()) {
        out.number(share);
      }
      out.endList();
    }
    out.endObject();
  }

  static void integer(DocumentWriter out, String name, long value) {
    out.name(name);
    out.number(value);
  }

  private static void number(DocumentWriter out, String name, double value) {
    out.name(name);
    out.number(value);
  }
}

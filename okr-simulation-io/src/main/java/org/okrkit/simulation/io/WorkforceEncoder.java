package org.okrkit.simulation.io;

import java.util.List;
import org.okrkit.io.Format;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.simulation.AgentRule;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.PlainRating;
import org.okrkit.simulation.PolicyRating;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceSpec;

/**
 * Writes a {@link WorkforceSpec} in the file format {@link WorkforceDecoder} reads, every setting
 * by its name in the order the format lists them; the population, model and rules as {@link
 * SimulationEncoder} writes them, and every policy in place, so that the spec names no file. What
 * the format cannot hold is refused, by its path, before anything is written.
 */
final class WorkforceEncoder {
  private WorkforceEncoder() {}

  /**
   * The spec as a document.
   *
   * @throws IllegalArgumentException if the spec holds what a file cannot
   */
  static String encode(WorkforceSpec spec, Format format) {
    check(spec);
    return DocumentWriter.write(format, out -> spec(out, spec));
  }

  /** Refuses what a spec file cannot hold, naming where it is. */
  static void check(WorkforceSpec spec) {
    SimulationEncoder.checkModel(spec.model());
    SimulationEncoder.checkParallelism(spec.parallelism());
    checkArms(spec.arms(), "arms");
  }

  /** Refuses arms whose policy a file cannot hold, naming where it is ({@code path[i]}). */
  static void checkArms(List<WorkforceArm> arms, String path) {
    for (int i = 0; i < arms.size(); i++) {
      if (arms.get(i).rating() instanceof PolicyRating rating) {
        try {
          rating.policy().checkPortable();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              path + "[" + i + "].rating.policy: " + e.getMessage(), e);
        }
      }
    }
  }

  private static void spec(DocumentWriter out, WorkforceSpec spec) {
    out.startObject();
    out.name("version");
    out.number(Format.VERSION);
    out.name("kind");
    out.text(SpecKind.WORKFORCE.key());
    fields(out, spec, true);
    out.endObject();
  }

  /**
   * The spec's fields after {@code kind}, inside an object the caller opened: the population,
   * model, rules, arms, periods, replications, the seed unless {@code withSeed} is false (a sweep's
   * study, whose seeds are the sweep's), parallelism and confidence.
   */
  static void fields(DocumentWriter out, WorkforceSpec spec, boolean withSeed) {
    out.name("population");
    SimulationEncoder.population(out, spec.population());
    out.name("model");
    SimulationEncoder.model(out, spec.model());
    out.name("rules");
    out.startList();
    for (AgentRule rule : spec.rules()) {
      SimulationEncoder.rule(out, rule);
    }
    out.endList();
    out.name("arms");
    arms(out, spec.arms());
    integer(out, "periods", spec.periods());
    integer(out, "replications", spec.replications());
    if (withSeed) {
      integer(out, "seed", spec.seed());
    }
    integer(out, "parallelism", spec.parallelism());
    number(out, "confidence", spec.confidence());
  }

  /** The arms, as a list of objects. */
  static void arms(DocumentWriter out, List<WorkforceArm> arms) {
    out.startList();
    for (WorkforceArm arm : arms) {
      out.startObject();
      arm(out, arm);
      out.endObject();
    }
    out.endList();
  }

  /**
   * An arm's fields, inside an object the caller opened: its name, rating, dismissal (left out for
   * none), probation (when it has one), turnover and selection. A forced distribution of two
   * categories whose first is {@code 1 − p} is written as {@code lowestShare: p}.
   *
   * @throws IllegalArgumentException if the arm's policy holds a host's strategy, aggregation or
   *     pace without a spec
   */
  static void arm(DocumentWriter out, WorkforceArm arm) {
    out.name("name");
    out.text(arm.name());
    out.name("rating");
    out.startObject();
    if (arm.rating() instanceof PlainRating plain) {
      number(out, "plain", plain.validity());
    } else {
      out.name("policy");
      PolicyFiles.write(((PolicyRating) arm.rating()).policy(), out);
    }
    out.endObject();
    Dismissal d = arm.dismissal();
    if (d.kind() != Dismissal.Kind.NONE) {
      out.name("dismissal");
      out.startObject();
      if (d.kind() == Dismissal.Kind.BELOW_SCORE) {
        number(out, "belowScore", d.score().orElseThrow());
      } else {
        List<Double> shares = d.distribution().orElseThrow().shares();
        if (shares.size() == 2 && d.equals(lowestShare(shares.get(1)))) {
          number(out, "lowestShare", shares.get(1));
        } else {
          out.name("forcedDistribution");
          out.startList();
          for (double share : shares) {
            out.number(share);
          }
          out.endList();
        }
      }
      out.endObject();
    }
    if (arm.probation().isPresent()) {
      Probation p = arm.probation().get();
      out.name("probation");
      out.startObject();
      integer(out, "periods", p.periods());
      number(out, "share", p.share());
      out.endObject();
    }
    out.name("turnover");
    out.startObject();
    number(out, "rate", arm.turnover().rate());
    number(out, "ratingEffect", arm.turnover().ratingEffect());
    out.endObject();
    out.name("selection");
    out.startObject();
    number(out, "validity", arm.selection().validity());
    number(out, "ratio", arm.selection().ratio());
    out.endObject();
  }

  /** {@code Dismissal.lowestShare(p)}, or {@code none()} where {@code p} is no such share. */
  private static Dismissal lowestShare(double p) {
    return p > 0 && p < 1 ? Dismissal.lowestShare(p) : Dismissal.none();
  }

  private static void integer(DocumentWriter out, String name, long value) {
    out.name(name);
    out.number(value);
  }

  private static void number(DocumentWriter out, String name, double value) {
    out.name(name);
    out.number(value);
  }
}

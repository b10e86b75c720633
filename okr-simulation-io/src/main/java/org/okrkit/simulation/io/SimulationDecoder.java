package org.okrkit.simulation.io;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.document.Fields;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Texts;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringPolicy;
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

/**
 * Turns a document tree into a {@link SimulationSpec}. The population is a plan file, a plan
 * written in place or generated sizes; each arm's policy is a policy file, a policy written in
 * place, or the defaults; behaviour rules are named by type with their parameters. Files named in
 * the spec are read where a {@link SpecFileResolver} says, or refused. Every problem is collected;
 * a value a builder refuses is reported at the object that gave it.
 */
final class SimulationDecoder {
  static final List<String> ROOT =
      Fields.names(
          "$schema",
          "version",
          "kind",
          "population",
          "model",
          "rules",
          "arms",
          "trials",
          "seed",
          "parallelism",
          "confidence",
          "histogramBins",
          "effortProbe",
          "sandbagProbe",
          "statusAt");
  static final List<String> GENERATED =
      Fields.names(
          "teams",
          "peoplePerTeam",
          "kpisPerPerson",
          "keyResultsPerPerson",
          "committedShare",
          "depth",
          "teamsPerDepartment");
  static final List<String> MODEL =
      Fields.names(
          "abilityWeight",
          "effortWeight",
          "effortElasticity",
          "effortSpread",
          "noise",
          "personCorrelation",
          "teamCorrelation",
          "kpiDifficulty",
          "committedDifficulty",
          "aspirationalDifficulty",
          "difficultySpread");
  static final List<String> NOISE = Fields.names("kind", "scale", "shape");
  static final List<String> RULES = Fields.names("marginalEffort", "sandbagging", "bunching");
  static final List<String> ARM = Fields.names("name", "policy", "rating");

  /** The most threads a file may ask for; a spec built in code may ask for more. */
  static final int MAX_PARALLELISM = 4096;

  private final Problems problems;
  private final SpecFileResolver files;

  SimulationDecoder(Problems problems, SpecFileResolver files) {
    this.problems = problems;
    this.files = files;
  }

  /**
   * The spec a document describes.
   *
   * @param root the document, or null when it is empty
   * @param files where the plan and policy files the spec names are read from
   * @throws PlanFileException listing every problem, when there is any
   */
  static SimulationSpec decode(@Nullable Node root, Problems problems, SpecFileResolver files) {
    if (root == null) {
      problems.add(0, 0, "", SimulationProblems.TEMPLATES, "simulation.empty", Map.of());
      throw problems.exception();
    }
    SimulationSpec spec = new SimulationDecoder(problems, files).document(root);
    problems.throwIfAny();
    if (spec == null) {
      throw problems.exception();
    }
    return spec;
  }

  private @Nullable SimulationSpec document(Node node) {
    Fields f = Fields.of(node, "", problems, "a simulation spec", ROOT);
    if (f == null) {
      return null;
    }
    return spec(f, SpecKind.COMPARISON);
  }

  /**
   * The spec the fields of a document of {@code kind} describe, or null with a problem: a policy
   * comparison's, or the spec of a sweep, which has no {@code seed} of its own.
   */
  @Nullable SimulationSpec spec(Fields f, SpecKind kind) {
    Node node = f.node();
    f.version();
    kind(f, kind);
    SimulationSpec.Builder b = SimulationSpec.builder();
    Node population = f.value("population");
    if (population != null) {
      Population p = population(population, f.path("population"));
      if (p != null) {
        b.population(p);
      }
    }
    Node model = f.value("model");
    if (model != null) {
      OutcomeModel m = model(model, f.path("model"));
      if (m != null) {
        b.model(m);
      }
    }
    List<Node> rules = f.list("rules");
    if (rules != null) {
      for (int i = 0; i < rules.size(); i++) {
        AgentRule rule = rule(rules.get(i), f.path("rules") + "[" + i + "]");
        if (rule != null) {
          b.addRules(rule);
        }
      }
    }
    Node armsNode = f.required("arms");
    List<Node> arms = f.list("arms");
    if (armsNode != null && arms != null && arms.isEmpty()) {
      problems.add(
          armsNode, f.path("arms"), SimulationProblems.TEMPLATES, "simulation.noArms", Map.of());
    }
    if (arms != null) {
      for (int i = 0; i < arms.size(); i++) {
        Arm arm = arm(arms.get(i), f.path("arms") + "[" + i + "]");
        if (arm != null) {
          b.addArms(arm);
        }
      }
    }
    integer(f, "trials", 1, 10_000_000, b::trials);
    if (kind == SpecKind.COMPARISON) {
      seed(f, b::seed);
    }
    integer(f, "parallelism", 0, MAX_PARALLELISM, b::parallelism);
    f.number("confidence", b::confidence);
    integer(f, "histogramBins", 1, 1000, b::histogramBins);
    f.number("effortProbe", b::effortProbe);
    f.number("sandbagProbe", b::sandbagProbe);
    f.number("statusAt", t -> b.statusAt(t));
    if (!f.ok()) {
      return null;
    }
    return build(node, "", b::build);
  }

  /**
   * Checks the document's {@code kind}: one of the {@link SpecKind}s, which must be {@code
   * expected}; a comparison may leave it out, a workforce study may not.
   */
  static void kind(Fields f, SpecKind expected) {
    Node at = f.value("kind");
    if (at == null && expected != SpecKind.COMPARISON) {
      f.missing("kind");
      return;
    }
    SpecKind kind = at == null ? SpecKind.COMPARISON : kindOf(at, f.path("kind"), f.problems());
    if (at != null && kind != null && kind != expected) {
      f.problems()
          .add(
              at,
              f.path("kind"),
              "this spec is "
                  + kind.noun()
                  + "; expected "
                  + expected.noun()
                  + " here ("
                  + (expected == SpecKind.COMPARISON
                      ? "kind: comparison, or no kind"
                      : "kind: " + expected.key())
                  + "); "
                  + (kind == SpecKind.WORKFORCE
                      ? "read it with WorkforceFiles"
                      : kind == SpecKind.SWEEP
                          ? "read it with SweepFiles"
                          : "read it with SimulationFiles"));
    }
  }

  /** The kind a {@code kind} value names, or null with a problem. */
  static @Nullable SpecKind kindOf(Node at, String path, Problems problems) {
    String text = Fields.text(at, path, problems);
    if (text == null) {
      return null;
    }
    for (SpecKind k : SpecKind.values()) {
      if (k.key().equals(text)) {
        return k;
      }
    }
    List<String> keys = Fields.names("comparison", "workforce", "sweep");
    String hint = Texts.suggest(text, keys);
    problems.add(
        at,
        path,
        SimulationProblems.TEMPLATES,
        hint == null ? "simulation.unknownKind" : "simulation.unknownKindHint",
        hint == null
            ? ImmutableMap.of("kind", Texts.shorten(text), "known", Texts.list(keys))
            : ImmutableMap.of(
                "kind", Texts.shorten(text), "hint", hint, "known", Texts.list(keys)));
    return null;
  }

  // ---------------------------------------------------------------- population

  /** The population a {@code population} value describes, or null with a problem. */
  @Nullable Population population(Node node, String path) {
    if (node.type() == Node.Type.OBJECT && node.value("plan") != null) {
      Fields f = Fields.of(node, path, problems, "a population from a plan", Fields.names("plan"));
      if (f == null) {
        return null;
      }
      Node at = f.required("plan");
      Plan plan = null;
      if (at != null && at.type() == Node.Type.OBJECT) {
        plan = PlanFiles.decode(at, f.path("plan"), problems);
      } else if (at != null && at.isText()) {
        plan = plan(at.text(), at, f.path("plan"));
      } else if (at != null) {
        problems.add(
            at,
            f.path("plan"),
            SimulationProblems.TEMPLATES,
            "simulation.notPlan",
            Map.of("got", Problems.got(at)));
      }
      return plan == null ? null : PlanPopulation.of(plan);
    }
    List<String> allowed = new ArrayList<>(GENERATED);
    allowed.add("plan");
    Fields f =
        Fields.of(node, path, problems, "a population (a plan, or generated sizes)", allowed);
    if (f == null) {
      return null;
    }
    GeneratedPopulation.Builder b = GeneratedPopulation.builder();
    integer(f, "teams", 1, Integer.MAX_VALUE, b::teams);
    integer(f, "peoplePerTeam", 1, Integer.MAX_VALUE, b::peoplePerTeam);
    integer(f, "kpisPerPerson", 0, Integer.MAX_VALUE, b::kpisPerPerson);
    integer(f, "keyResultsPerPerson", 0, Integer.MAX_VALUE, b::keyResultsPerPerson);
    f.number("committedShare", b::committedShare);
    integer(f, "depth", 0, 2, b::depth);
    integer(f, "teamsPerDepartment", 1, Integer.MAX_VALUE, b::teamsPerDepartment);
    return f.ok() ? build(node, path, b::build) : null;
  }

  private @Nullable Plan plan(String file, Node at, String path) {
    return named(file, at, path, "plan", PlanFiles::read);
  }

  // ---------------------------------------------------------------- model

  /** The outcome model a {@code model} value describes, or null with a problem. */
  @Nullable OutcomeModel model(Node node, String path) {
    return model(node, path, OutcomeModel.defaults());
  }

  /**
   * The outcome model a {@code model} value describes, every setting it leaves out that of {@code
   * base}; null with a problem.
   */
  @Nullable OutcomeModel model(Node node, String path, OutcomeModel base) {
    Fields f = Fields.of(node, path, problems, "an outcome model", MODEL);
    if (f == null) {
      return null;
    }
    OutcomeModel.Builder b = OutcomeModel.builder();
    b.from(base);
    f.number("abilityWeight", b::abilityWeight);
    f.number("effortWeight", b::effortWeight);
    f.number("effortElasticity", b::effortElasticity);
    f.number("effortSpread", b::effortSpread);
    f.number("personCorrelation", b::personCorrelation);
    f.number("teamCorrelation", b::teamCorrelation);
    f.number("kpiDifficulty", b::kpiDifficulty);
    f.number("committedDifficulty", b::committedDifficulty);
    f.number("aspirationalDifficulty", b::aspirationalDifficulty);
    f.number("difficultySpread", b::difficultySpread);
    Node noise = f.value("noise");
    if (noise != null) {
      Noise n = noise(noise, f.path("noise"));
      if (n != null) {
        b.noise(n);
      }
    }
    return f.ok() ? build(node, path, b::build) : null;
  }

  private @Nullable Noise noise(Node node, String path) {
    Fields f = Fields.of(node, path, problems, "noise", NOISE);
    if (f == null) {
      return null;
    }
    Noise.Kind kind = f.choice("kind", Noise.Kind.class, true);
    Double scale = f.number("scale", true);
    Double shape = f.number("shape", false);
    if (kind == Noise.Kind.HOST) {
      problems.add(
          present(f, "kind"),
          f.path("kind"),
          SimulationProblems.TEMPLATES,
          "simulation.hostNoise",
          Map.of());
      return null;
    }
    if (kind == Noise.Kind.NORMAL && shape != null) {
      problems.add(
          present(f, "shape"),
          f.path("shape"),
          SimulationProblems.TEMPLATES,
          "simulation.normalShape",
          Map.of());
    }
    if (!f.ok() || kind == null || scale == null) {
      return null;
    }
    return build(
        node,
        path,
        () ->
            kind == Noise.Kind.NORMAL
                ? Noise.normal(scale)
                : shape == null
                    ? Noise.builder().kind(kind).scale(scale).build()
                    : Noise.lognormal(scale, shape));
  }

  // ---------------------------------------------------------------- rules

  /** The behaviour rule an item of {@code rules} describes, or null with a problem. */
  @Nullable AgentRule rule(Node node, String path) {
    String type;
    /* where the type is written: the value itself, or an object's type field */
    Node typeNode = node;
    Fields f = null;
    if (node.isText()) {
      type = node.text();
    } else if (node.type() == Node.Type.OBJECT) {
      Node t = node.value("type");
      if (t == null || !t.isText()) {
        problems.add(
            node,
            path,
            SimulationProblems.TEMPLATES,
            "simulation.ruleType",
            Map.of("rules", Texts.list(RULES)));
        return null;
      }
      type = t.text();
      typeNode = t;
      List<String> allowed =
          type.equals("marginalEffort")
              ? Fields.names("type", "quanta")
              : type.equals("sandbagging")
                  ? Fields.names("type", "ease", "cost")
                  : Fields.names("type", "window");
      f = Fields.of(node, path, problems, "a '" + type + "' rule", allowed);
    } else {
      problems.add(
          node,
          path,
          SimulationProblems.TEMPLATES,
          "simulation.notRule",
          ImmutableMap.of("rules", Texts.list(RULES), "got", Problems.got(node)));
      return null;
    }
    if (!RULES.contains(type)) {
      String hint = Texts.suggest(type, RULES);
      problems.add(
          typeNode,
          node.isText() ? path : path + ".type",
          SimulationProblems.TEMPLATES,
          hint == null ? "simulation.unknownRule" : "simulation.unknownRuleHint",
          hint == null
              ? ImmutableMap.of("rule", Texts.shorten(type), "rules", Texts.list(RULES))
              : ImmutableMap.of(
                  "rule", Texts.shorten(type), "hint", hint, "rules", Texts.list(RULES)));
      return null;
    }
    if (f == null) {
      return type.equals("marginalEffort")
          ? MarginalEffort.of()
          : type.equals("sandbagging") ? Sandbagging.of() : Bunching.of();
    }
    Fields p = f;
    switch (type) {
      case "marginalEffort" -> {
        MarginalEffort.Builder b = MarginalEffort.builder();
        integer(p, "quanta", 1, 64, b::quanta);
        return p.ok() ? build(node, path, b::build) : null;
      }
      case "sandbagging" -> {
        Sandbagging.Builder b = Sandbagging.builder();
        p.number("ease", b::ease);
        p.number("cost", b::cost);
        return p.ok() ? build(node, path, b::build) : null;
      }
      default -> {
        Bunching.Builder b = Bunching.builder();
        p.number("window", b::window);
        return p.ok() ? build(node, path, b::build) : null;
      }
    }
  }

  // ---------------------------------------------------------------- arms

  private @Nullable Arm arm(Node node, String path) {
    Fields f = Fields.of(node, path, problems, "an arm", ARM);
    if (f == null) {
      return null;
    }
    String name = f.text("name", true);
    Node p = f.value("policy");
    ScoringPolicy policy = p == null ? ScoringPolicy.defaults() : policy(p, f.path("policy"));
    ForcedDistribution rating = null;
    List<Node> shares = f.list("rating");
    if (shares != null && !shares.isEmpty()) {
      double[] values = new double[shares.size()];
      boolean numbers = true;
      for (int i = 0; i < shares.size(); i++) {
        Double v = Fields.number(shares.get(i), f.path("rating") + "[" + i + "]", problems);
        numbers &= v != null;
        values[i] = v == null ? 0 : v;
      }
      if (numbers) {
        rating = build(present(f, "rating"), f.path("rating"), () -> ForcedDistribution.of(values));
      }
    }
    if (!f.ok() || name == null || policy == null) {
      return null;
    }
    ScoringPolicy chosen = policy;
    ForcedDistribution ranks = rating;
    return build(
        node, path, () -> ranks == null ? Arm.of(name, chosen) : Arm.rated(name, chosen, ranks));
  }

  /**
   * The policy a {@code policy} value gives: a policy written in place (an object) or the name of a
   * policy file; null with a problem.
   */
  @Nullable ScoringPolicy policy(Node p, String path) {
    if (p.type() == Node.Type.OBJECT) {
      return PolicyFiles.decode(p, path, problems, PolicyExtensions.loaded());
    }
    String file = Fields.text(p, path, problems);
    return file == null ? null : named(file, p, path, "policy", PolicyFiles::read);
  }

  /** Reads a file the spec names, reporting at the naming field why it cannot be used. */
  private <T> @Nullable T named(
      String file, Node at, String path, String what, FileReader<T> read) {
    Path resolved;
    try {
      resolved = files.resolve(file);
    } catch (IllegalArgumentException e) {
      problems.add(
          at,
          path,
          SimulationProblems.TEMPLATES,
          "simulation.fileNotAllowed",
          ImmutableMap.of(
              "what", SimulationProblems.file(what), "detail", String.valueOf(e.getMessage())));
      return null;
    }
    try {
      return read.read(resolved);
    } catch (PlanFileException e) {
      problems.add(
          at,
          path,
          SimulationProblems.TEMPLATES,
          e.problems().size() > 1 ? "simulation.invalidFileMore" : "simulation.invalidFile",
          ImmutableMap.of(
              "what",
              SimulationProblems.file(what),
              "file",
              file,
              "first",
              // a problem of the file, worded in the language the spec's problem is read in
              e.problems().isEmpty() ? String.valueOf(e.getMessage()) : e.problems().get(0),
              "more",
              Math.max(0, e.problems().size() - 1)));
    } catch (IOException | RuntimeException e) {
      problems.add(
          at,
          path,
          SimulationProblems.TEMPLATES,
          e instanceof java.nio.file.NoSuchFileException
              ? "simulation.noSuchFile"
              : "simulation.unreadableFile",
          ImmutableMap.of(
              "what",
              SimulationProblems.file(what),
              "file",
              file,
              "detail",
              e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    return null;
  }

  /** {@code PlanFiles::read} or {@code PolicyFiles::read}. */
  private interface FileReader<T> {
    T read(Path file) throws IOException;
  }

  // ---------------------------------------------------------------- values

  /**
   * The seed: any whole number of 64 bits, read from its digits so that none is rounded; a number
   * written otherwise ({@code 1e3}, {@code 2026.0}) within 2^53, where doubles hold every whole
   * number.
   */
  void seed(Fields f, LongConsumer set) {
    Double seed = f.number("seed", false);
    Node v = f.value("seed");
    if (seed == null || v == null) {
      return;
    }
    seed(v, seed, f.path("seed"), set);
  }

  /** A seed written as {@code v}, which reads as the number {@code seed}; see above. */
  void seed(Node v, double seed, String path, LongConsumer set) {
    try {
      long exact = Long.parseLong(v.text());
      // the same number the parser read (YAML 1.1 reads 010 as octal, say), only not rounded
      if ((double) exact == seed) {
        set.accept(exact);
        return;
      }
    } catch (NumberFormatException e) {
      // not plain digits: the value as a double decides
    }
    if (seed == Math.rint(seed) && Math.abs(seed) <= 0x1p53) {
      set.accept((long) seed);
    } else {
      problems.add(
          v,
          path,
          SimulationProblems.TEMPLATES,
          "simulation.wholeNumber",
          ImmutableMap.of("min", Long.MIN_VALUE, "max", Long.MAX_VALUE, "value", v.text()));
    }
  }

  /** A whole-number field from {@code min} to {@code max}, given to {@code set} when it is one. */
  void integer(Fields f, String name, long min, long max, IntConsumer set) {
    Double v = f.number(name, false);
    if (v == null) {
      return;
    }
    if (v != Math.rint(v) || v < min || v > max) {
      Node at = present(f, name);
      problems.add(
          at,
          f.path(name),
          SimulationProblems.TEMPLATES,
          "simulation.wholeNumber",
          ImmutableMap.of("min", min, "max", max, "value", at.text()));
      return;
    }
    set.accept((int) v.doubleValue());
  }

  /** The value of a field that was just read from {@code f}, so is present. */
  static Node present(Fields f, String name) {
    return Objects.requireNonNull(f.value(name), () -> "field '" + name + "', read just before");
  }

  /** Builds a value, reporting what its checks refuse at {@code node}; null when they refuse. */
  <T> @Nullable T build(Node node, String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.refused(node, path, SimulationProblems.TEMPLATES, "simulation.refused", e);
      return null;
    }
  }
}

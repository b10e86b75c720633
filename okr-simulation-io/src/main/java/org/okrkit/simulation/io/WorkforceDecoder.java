package org.okrkit.simulation.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.document.Fields;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Texts;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.simulation.AgentRule;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.Population;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceSpec;

/**
 * Turns a document tree into a {@link WorkforceSpec}: the population, outcome model and behaviour
 * rules as a policy comparison writes them (read by {@link SimulationDecoder}'s own code), and the
 * arms, each a rating with its personnel rule. Every problem is collected; a value a builder
 * refuses is reported at the object that gave it.
 */
final class WorkforceDecoder {
  static final List<String> ROOT =
      Fields.names(
          "$schema",
          "version",
          "kind",
          "population",
          "model",
          "rules",
          "arms",
          "periods",
          "replications",
          "seed",
          "parallelism",
          "confidence");
  static final List<String> ARM =
      Fields.names("name", "rating", "dismissal", "probation", "turnover", "selection");
  static final List<String> RATING = Fields.names("plain", "policy");
  static final List<String> DISMISSAL =
      Fields.names("lowestShare", "forcedDistribution", "belowScore");
  static final List<String> PROBATION = Fields.names("periods", "share");
  static final List<String> TURNOVER = Fields.names("rate", "ratingEffect");
  static final List<String> SELECTION = Fields.names("validity", "ratio");

  private final Problems problems;
  private final SimulationDecoder shared;

  WorkforceDecoder(Problems problems, SimulationDecoder shared) {
    this.problems = problems;
    this.shared = shared;
  }

  /**
   * The study a document describes.
   *
   * @param root the document, or null when it is empty
   * @param files where the plan and policy files the spec names are read from
   * @throws org.okrkit.io.PlanFileException listing every problem, when there is any
   */
  static WorkforceSpec decode(@Nullable Node root, Problems problems, SpecFileResolver files) {
    if (root == null) {
      problems.add(0, 0, "", SimulationProblems.TEMPLATES, "workforce.empty", Map.of());
      throw problems.exception();
    }
    WorkforceSpec spec =
        new WorkforceDecoder(problems, new SimulationDecoder(problems, files)).document(root);
    problems.throwIfAny();
    if (spec == null) {
      throw problems.exception();
    }
    return spec;
  }

  private @Nullable WorkforceSpec document(Node node) {
    Fields f = Fields.of(node, "", problems, "a workforce study", ROOT);
    if (f == null) {
      return null;
    }
    return spec(f, SpecKind.WORKFORCE);
  }

  /**
   * The study the fields of a document of {@code kind} describe, or null with a problem: a
   * workforce study's, or the study of a workforce sweep, which has no {@code seed} of its own.
   */
  @Nullable WorkforceSpec spec(Fields f, SpecKind kind) {
    Node node = f.node();
    f.version();
    SimulationDecoder.kind(f, kind);
    WorkforceSpec.Builder b = WorkforceSpec.builder();
    Node population = f.value("population");
    if (population != null) {
      Population p = shared.population(population, f.path("population"));
      if (p != null) {
        b.population(p);
      }
    }
    Node model = f.value("model");
    if (model != null) {
      OutcomeModel m = shared.model(model, f.path("model"));
      if (m != null) {
        b.model(m);
      }
    }
    List<Node> rules = f.list("rules");
    if (rules != null) {
      for (int i = 0; i < rules.size(); i++) {
        AgentRule rule = shared.rule(rules.get(i), f.path("rules") + "[" + i + "]");
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
        WorkforceArm arm = arm(arms.get(i), f.path("arms") + "[" + i + "]");
        if (arm != null) {
          b.addArms(arm);
        }
      }
    }
    shared.integer(f, "periods", 1, 1000, b::periods);
    shared.integer(f, "replications", 1, 10_000_000, b::replications);
    if (kind == SpecKind.WORKFORCE) {
      shared.seed(f, b::seed);
    }
    shared.integer(f, "parallelism", 0, SimulationDecoder.MAX_PARALLELISM, b::parallelism);
    f.number("confidence", b::confidence);
    if (!f.ok()) {
      return null;
    }
    return shared.build(node, "", b::build);
  }

  // ---------------------------------------------------------------- arms

  /** The arm a node describes, or null with a problem. */
  @Nullable WorkforceArm arm(Node node, String path) {
    Fields f = Fields.of(node, path, problems, "an arm", ARM);
    if (f == null) {
      return null;
    }
    String name = f.text("name", true);
    Node ratingNode = f.required("rating");
    WorkforceRating rating = ratingNode == null ? null : rating(ratingNode, f.path("rating"));
    WorkforceArm.Builder b = WorkforceArm.builder();
    Node dismissal = f.value("dismissal");
    if (dismissal != null) {
      Dismissal d = dismissal(dismissal, f.path("dismissal"));
      if (d != null) {
        b.dismissal(d);
      }
    }
    Node probation = f.value("probation");
    if (probation != null) {
      Fields p = Fields.of(probation, f.path("probation"), problems, "a probation", PROBATION);
      if (p != null) {
        Double periods = p.number("periods", true);
        Double share = p.number("share", true);
        if (periods != null && (periods != Math.rint(periods) || periods < 1 || periods > 1000)) {
          problems.add(
              SimulationDecoder.present(p, "periods"),
              p.path("periods"),
              SimulationProblems.TEMPLATES,
              "simulation.wholeNumber",
              ImmutableMap.of(
                  "min", 1, "max", 1000, "value", SimulationDecoder.present(p, "periods").text()));
        } else if (periods != null && share != null) {
          Probation value =
              shared.build(probation, p.path(), () -> Probation.of(periods.intValue(), share));
          if (value != null) {
            b.probation(value);
          }
        }
      }
    }
    Node turnover = f.value("turnover");
    if (turnover != null) {
      Fields t = Fields.of(turnover, f.path("turnover"), problems, "a turnover", TURNOVER);
      if (t != null) {
        Double rate = t.number("rate", true);
        Double effect = t.number("ratingEffect", false);
        if (rate != null) {
          Turnover value =
              shared.build(
                  turnover, t.path(), () -> Turnover.of(rate, effect == null ? 0 : effect));
          if (value != null) {
            b.turnover(value);
          }
        }
      }
    }
    Node selection = f.value("selection");
    if (selection != null) {
      Fields s = Fields.of(selection, f.path("selection"), problems, "a selection", SELECTION);
      if (s != null) {
        Double validity = s.number("validity", false);
        Double ratio = s.number("ratio", false);
        if (s.ok()) {
          Selection value =
              shared.build(
                  selection,
                  s.path(),
                  () -> Selection.of(validity == null ? 0 : validity, ratio == null ? 1 : ratio));
          if (value != null) {
            b.selection(value);
          }
        }
      }
    }
    if (!f.ok() || name == null || rating == null) {
      return null;
    }
    return shared.build(node, path, () -> b.name(name).rating(rating).build());
  }

  /** {@code {plain: 0.5}} or {@code {policy: FILE}} or {@code {policy: {...}}}. */
  private @Nullable WorkforceRating rating(Node node, String path) {
    Fields f = Fields.of(node, path, problems, "a rating (plain, or policy)", RATING);
    if (f == null) {
      return null;
    }
    Node plain = f.value("plain");
    Node policy = f.value("policy");
    if ((plain == null) == (policy == null)) {
      problems.add(
          node,
          path,
          SimulationProblems.TEMPLATES,
          plain == null ? "workforce.noRating" : "workforce.twoRatings",
          Map.of());
      return null;
    }
    if (plain != null) {
      Double rho = f.number("plain", true);
      return rho == null
          ? null
          : shared.build(plain, f.path("plain"), () -> WorkforceRating.plain(rho));
    }
    ScoringPolicy p = shared.policy(policy, f.path("policy"));
    return p == null ? null : WorkforceRating.policy(p);
  }

  /**
   * {@code {lowestShare: 0.1}}, {@code {forcedDistribution: [0.2, 0.7, 0.1]}} or {@code
   * {belowScore: 0.4}}.
   */
  private @Nullable Dismissal dismissal(Node node, String path) {
    Fields f =
        Fields.of(
            node,
            path,
            problems,
            "a dismissal (lowestShare, forcedDistribution or belowScore)",
            DISMISSAL);
    if (f == null) {
      return null;
    }
    int given = 0;
    for (String name : DISMISSAL) {
      given += f.value(name) != null ? 1 : 0;
    }
    if (given != 1) {
      problems.add(
          node,
          path,
          SimulationProblems.TEMPLATES,
          given == 0 ? "workforce.noDismissal" : "workforce.severalDismissals",
          Map.of("choices", Texts.list(DISMISSAL)));
      return null;
    }
    Node share = f.value("lowestShare");
    if (share != null) {
      Double p = f.number("lowestShare", true);
      return p == null
          ? null
          : shared.build(share, f.path("lowestShare"), () -> Dismissal.lowestShare(p));
    }
    Node score = f.value("belowScore");
    if (score != null) {
      Double s = f.number("belowScore", true);
      return s == null
          ? null
          : shared.build(score, f.path("belowScore"), () -> Dismissal.belowScore(s));
    }
    List<Node> shares = f.list("forcedDistribution");
    if (shares == null) {
      return null;
    }
    double[] values = new double[shares.size()];
    boolean numbers = true;
    for (int i = 0; i < shares.size(); i++) {
      Double v =
          Fields.number(shares.get(i), f.path("forcedDistribution") + "[" + i + "]", problems);
      numbers &= v != null;
      values[i] = v == null ? 0 : v;
    }
    if (!numbers) {
      return null;
    }
    return shared.build(
        SimulationDecoder.present(f, "forcedDistribution"),
        f.path("forcedDistribution"),
        () -> Dismissal.forced(ForcedDistribution.of(values)));
  }
}

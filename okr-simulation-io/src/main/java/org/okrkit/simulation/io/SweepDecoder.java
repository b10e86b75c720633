package org.okrkit.simulation.io;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.document.Fields;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Texts;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceSpec;
import org.okrkit.simulation.WorkforceSweep;

/**
 * Turns a document tree into a {@link Sweep} or a {@link WorkforceSweep}: {@code kind: sweep}, the
 * {@code study} each cell runs ({@code comparison}, the default, or {@code workforce}), the fields
 * of that study's spec (read by {@link SimulationDecoder} or {@link WorkforceDecoder}, without
 * {@code seed}), {@code settings} and {@code seeds}. Each setting's model is the spec's {@code
 * model} with the fields the setting gives; a workforce sweep's setting may give its own {@code
 * arms}. Every problem is collected, at its place.
 */
final class SweepDecoder {
  static final List<String> ROOT = root(SimulationDecoder.ROOT);
  static final List<String> WORKFORCE_ROOT = root(WorkforceDecoder.ROOT);

  private static List<String> root(List<String> spec) {
    List<String> root = new ArrayList<>(spec);
    root.remove("seed");
    root.add("study");
    root.add("settings");
    root.add("seeds");
    return List.copyOf(root);
  }

  /** A setting's fields; a policy sweep's setting is told that only a workforce one has arms. */
  static final List<String> SETTING = Fields.names("name", "model", "arms");

  /** The studies a sweep's {@code study} names: those of {@link SpecKind} but sweeps. */
  static final List<String> STUDIES = Fields.names("comparison", "workforce");

  private SweepDecoder() {}

  /**
   * The policy sweep a document describes.
   *
   * @param root the document, or null when it is empty
   * @throws PlanFileException listing every problem, when there is any
   */
  static Sweep decode(@Nullable Node root, Problems problems, SpecFileResolver files) {
    return decode(root, problems, files, SpecKind.COMPARISON, Sweep.class);
  }

  /**
   * The workforce sweep a document describes.
   *
   * @param root the document, or null when it is empty
   * @throws PlanFileException listing every problem, when there is any
   */
  static WorkforceSweep decodeWorkforce(
      @Nullable Node root, Problems problems, SpecFileResolver files) {
    return decode(root, problems, files, SpecKind.WORKFORCE, WorkforceSweep.class);
  }

  private static <T> T decode(
      @Nullable Node root,
      Problems problems,
      SpecFileResolver files,
      SpecKind study,
      Class<T> type) {
    if (root == null) {
      problems.add(0, 0, "", SimulationProblems.TEMPLATES, "sweep.empty", Map.of());
      throw problems.exception();
    }
    SimulationDecoder simulation = new SimulationDecoder(problems, files);
    Object sweep =
        study == SpecKind.WORKFORCE
            ? workforce(root, problems, simulation)
            : document(root, problems, simulation);
    problems.throwIfAny();
    if (sweep == null) {
      throw problems.exception();
    }
    return type.cast(sweep);
  }

  /**
   * The study a sweep document's {@code study} names: {@link SpecKind#COMPARISON} without one, or
   * null with a problem.
   */
  static @Nullable SpecKind study(Node root, Problems problems) {
    Node at = root.type() == Node.Type.OBJECT ? root.value("study") : null;
    if (at == null || at.type() == Node.Type.NULL) {
      return SpecKind.COMPARISON;
    }
    String text = Fields.text(at, "study", problems);
    if (text == null) {
      return null;
    }
    if (text.equals(SpecKind.COMPARISON.key())) {
      return SpecKind.COMPARISON;
    }
    if (text.equals(SpecKind.WORKFORCE.key())) {
      return SpecKind.WORKFORCE;
    }
    problems.add(
        at,
        "study",
        SimulationProblems.TEMPLATES,
        "sweep.unknownStudy",
        ImmutableMap.of("study", Texts.shorten(text), "known", Texts.list(STUDIES)));
    return null;
  }

  /**
   * Whether the document's study is {@code expected}, with a problem saying how to read it if not.
   */
  private static boolean studyIs(Node node, Problems problems, SpecKind expected) {
    SpecKind study = study(node, problems);
    if (study == null) {
      return false;
    }
    if (study != expected) {
      Node at = node.value("study");
      problems.add(
          at == null ? node : at,
          "study",
          SimulationProblems.TEMPLATES,
          study == SpecKind.WORKFORCE ? "sweep.workforceStudy" : "sweep.comparisonStudy",
          Map.of());
      return false;
    }
    return true;
  }

  private static @Nullable Sweep document(
      Node node, Problems problems, SimulationDecoder simulation) {
    if (node.type() == Node.Type.OBJECT && !studyIs(node, problems, SpecKind.COMPARISON)) {
      // another study's fields would only add noise to the one problem that matters
      return null;
    }
    Fields f = Fields.of(node, "", problems, "a sweep", allowed(node, problems, ROOT));
    if (f == null) {
      return null;
    }
    SimulationSpec spec = simulation.spec(f, SpecKind.SWEEP);
    OutcomeModel base = spec == null ? OutcomeModel.defaults() : spec.model();
    List<SweepSetting> settings = settings(f, problems, simulation, base, null);
    List<Long> seeds = seeds(f, problems, simulation);
    if (!f.ok() || spec == null || settings == null || seeds == null) {
      return null;
    }
    return simulation.build(
        node, "", () -> Sweep.builder().spec(spec).settings(settings).seeds(seeds).build());
  }

  private static @Nullable WorkforceSweep workforce(
      Node node, Problems problems, SimulationDecoder simulation) {
    if (node.type() == Node.Type.OBJECT && !studyIs(node, problems, SpecKind.WORKFORCE)) {
      // another study's fields would only add noise to the one problem that matters
      return null;
    }
    Fields f =
        Fields.of(node, "", problems, "a workforce sweep", allowed(node, problems, WORKFORCE_ROOT));
    if (f == null) {
      return null;
    }
    WorkforceDecoder workforce = new WorkforceDecoder(problems, simulation);
    WorkforceSpec spec = workforce.spec(f, SpecKind.SWEEP);
    OutcomeModel base = spec == null ? OutcomeModel.defaults() : spec.model();
    List<SweepSetting> settings = settings(f, problems, simulation, base, workforce);
    List<Long> seeds = seeds(f, problems, simulation);
    if (!f.ok() || spec == null || settings == null || seeds == null) {
      return null;
    }
    return simulation.build(
        node,
        "",
        () -> WorkforceSweep.builder().spec(spec).settings(settings).seeds(seeds).build());
  }

  /** The root's fields, with {@code seed} allowed once it has been reported. */
  private static List<String> allowed(Node node, Problems problems, List<String> root) {
    Node seed = node.type() == Node.Type.OBJECT ? node.value("seed") : null;
    if (seed == null) {
      return root;
    }
    problems.add(seed, "seed", SimulationProblems.TEMPLATES, "sweep.seed", Map.of());
    List<String> allowed = new ArrayList<>(root);
    // reported above, with what to write instead
    allowed.add("seed");
    return allowed;
  }

  /**
   * The settings, or null with a problem; with {@code workforce} (a workforce sweep's) a setting's
   * {@code arms} are read as a workforce study's, else they are refused.
   */
  private static @Nullable List<SweepSetting> settings(
      Fields f,
      Problems problems,
      SimulationDecoder simulation,
      OutcomeModel base,
      @Nullable WorkforceDecoder workforce) {
    Node at = f.required("settings");
    List<Node> items = f.list("settings");
    if (at == null || items == null) {
      return null;
    }
    if (items.isEmpty()) {
      problems.add(
          at, f.path("settings"), SimulationProblems.TEMPLATES, "sweep.noSettings", Map.of());
      return null;
    }
    List<SweepSetting> settings = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String path = f.path("settings") + "[" + i + "]";
      Fields s = Fields.of(items.get(i), path, problems, "a setting", SETTING);
      if (s == null) {
        ok = false;
        continue;
      }
      String name = s.text("name", true);
      if (name != null && !names.add(name)) {
        problems.add(
            SimulationDecoder.present(s, "name"),
            s.path("name"),
            SimulationProblems.TEMPLATES,
            "sweep.settingTwice",
            ImmutableMap.of("setting", name));
        name = null;
      }
      Node m = s.value("model");
      OutcomeModel model = m == null ? base : simulation.model(m, s.path("model"), base);
      List<WorkforceArm> arms = arms(s, problems, workforce);
      if (!s.ok() || name == null || model == null || arms == null) {
        ok = false;
        continue;
      }
      String named = name;
      SweepSetting setting =
          simulation.build(items.get(i), path, () -> SweepSetting.of(named, model, arms));
      if (setting == null) {
        ok = false;
      } else {
        settings.add(setting);
      }
    }
    return ok ? settings : null;
  }

  /** A setting's arms: none without {@code arms}; null with a problem. */
  private static @Nullable List<WorkforceArm> arms(
      Fields s, Problems problems, @Nullable WorkforceDecoder workforce) {
    Node at = s.value("arms");
    if (at == null) {
      return List.of();
    }
    if (workforce == null) {
      problems.add(at, s.path("arms"), SimulationProblems.TEMPLATES, "sweep.settingArms", Map.of());
      return null;
    }
    List<Node> items = s.list("arms");
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      problems.add(
          at, s.path("arms"), SimulationProblems.TEMPLATES, "sweep.noSettingArms", Map.of());
      return null;
    }
    List<WorkforceArm> arms = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      WorkforceArm arm = workforce.arm(items.get(i), s.path("arms") + "[" + i + "]");
      if (arm == null) {
        ok = false;
      } else {
        arms.add(arm);
      }
    }
    return ok ? arms : null;
  }

  private static @Nullable List<Long> seeds(
      Fields f, Problems problems, SimulationDecoder simulation) {
    Node at = f.required("seeds");
    List<Node> items = f.list("seeds");
    if (at == null || items == null) {
      return null;
    }
    if (items.isEmpty()) {
      problems.add(at, f.path("seeds"), SimulationProblems.TEMPLATES, "sweep.noSeeds", Map.of());
      return null;
    }
    List<Long> seeds = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String path = f.path("seeds") + "[" + i + "]";
      Double number = Fields.number(item, path, problems);
      if (number == null) {
        ok = false;
        continue;
      }
      long[] read = {0};
      boolean[] whole = {false};
      simulation.seed(
          item,
          number,
          path,
          s -> {
            read[0] = s;
            whole[0] = true;
          });
      if (!whole[0]) {
        ok = false;
      } else if (!seen.add(read[0])) {
        problems.add(
            item,
            path,
            SimulationProblems.TEMPLATES,
            "sweep.seedTwice",
            ImmutableMap.of("seed", read[0]));
        ok = false;
      } else {
        seeds.add(read[0]);
      }
    }
    return ok ? seeds : null;
  }
}

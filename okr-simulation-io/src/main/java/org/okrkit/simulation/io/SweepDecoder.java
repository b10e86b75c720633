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
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.SimulationSpec;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;

/**
 * Turns a document tree into a {@link Sweep}: the fields of a simulation spec (read by {@link
 * SimulationDecoder}, without {@code seed}) and {@code kind: sweep}, {@code settings} and {@code
 * seeds}. Each setting's model is the spec's {@code model} with the fields the setting gives. Every
 * problem is collected, at its place.
 */
final class SweepDecoder {
  static final List<String> ROOT;

  static {
    List<String> root = new ArrayList<>(SimulationDecoder.ROOT);
    root.remove("seed");
    root.add("settings");
    root.add("seeds");
    ROOT = List.copyOf(root);
  }

  static final List<String> SETTING = Fields.names("name", "model");

  private SweepDecoder() {}

  /**
   * The sweep a document describes.
   *
   * @param root the document, or null when it is empty
   * @throws PlanFileException listing every problem, when there is any
   */
  static Sweep decode(@Nullable Node root, Problems problems, SpecFileResolver files) {
    if (root == null) {
      problems.add(0, 0, "", SimulationProblems.TEMPLATES, "sweep.empty", Map.of());
      throw problems.exception();
    }
    Sweep sweep = document(root, problems, new SimulationDecoder(problems, files));
    problems.throwIfAny();
    if (sweep == null) {
      throw problems.exception();
    }
    return sweep;
  }

  private static @Nullable Sweep document(
      Node node, Problems problems, SimulationDecoder simulation) {
    Node seed = node.type() == Node.Type.OBJECT ? node.value("seed") : null;
    if (seed != null) {
      problems.add(seed, "seed", SimulationProblems.TEMPLATES, "sweep.seed", Map.of());
    }
    List<String> allowed = new ArrayList<>(ROOT);
    if (seed != null) {
      // reported above, with what to write instead
      allowed.add("seed");
    }
    Fields f = Fields.of(node, "", problems, "a sweep", allowed);
    if (f == null) {
      return null;
    }
    SimulationSpec spec = simulation.spec(f, SpecKind.SWEEP);
    OutcomeModel base = spec == null ? OutcomeModel.defaults() : spec.model();
    List<SweepSetting> settings = settings(f, problems, simulation, base);
    List<Long> seeds = seeds(f, problems, simulation);
    if (!f.ok() || spec == null || settings == null || seeds == null) {
      return null;
    }
    return simulation.build(
        node, "", () -> Sweep.builder().spec(spec).settings(settings).seeds(seeds).build());
  }

  private static @Nullable List<SweepSetting> settings(
      Fields f, Problems problems, SimulationDecoder simulation, OutcomeModel base) {
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
      if (!s.ok() || name == null || model == null) {
        ok = false;
        continue;
      }
      String named = name;
      SweepSetting setting =
          simulation.build(items.get(i), path, () -> SweepSetting.of(named, model));
      if (setting == null) {
        ok = false;
      } else {
        settings.add(setting);
      }
    }
    return ok ? settings : null;
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

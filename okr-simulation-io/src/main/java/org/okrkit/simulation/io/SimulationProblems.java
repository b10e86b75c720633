package org.okrkit.simulation.io;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.okrkit.core.ProblemTemplates;

/**
 * The messages of the problems of simulation and workforce spec files: the bundle {@code
 * org/okrkit/simulation/io/problems} (English at the root, {@code problems_zh_CN.properties} beside
 * it). The problems of the plans and policies a spec names or holds keep the tables of okr-io and
 * okr-core.
 */
final class SimulationProblems {
  /** The table. */
  static final ProblemTemplates TEMPLATES =
      ProblemTemplates.load("problems", name -> SimulationProblems.class.getResourceAsStream(name));

  private SimulationProblems() {}

  /** The kind of file a spec names, {@code plan} or {@code policy}, as a problem's argument. */
  static Map<String, Object> file(String what) {
    return ImmutableMap.of(ProblemTemplates.PHRASE, "file." + what);
  }
}

package org.okrkit.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.okrkit.core.ProblemException;
import org.okrkit.core.ProblemTemplates;

/**
 * The messages of the settings a simulation's specs, arms, outcome models and workforce rules
 * refuse: the bundle {@code org/okrkit/simulation/problems} (English at the root, {@code
 * problems_zh_CN.properties} beside it). A reader of simulation files reports a refused setting
 * from the code and arguments of the {@link ProblemException} thrown, so that it reads in the
 * reader's language.
 */
final class ModelProblems {
  /** The table. */
  static final ProblemTemplates TEMPLATES =
      ProblemTemplates.load("problems", name -> ModelProblems.class.getResourceAsStream(name));

  private ModelProblems() {}

  /**
   * Throws the problem {@code code} unless {@code ok}, filled with the arguments given as names and
   * values in turn ({@code "rate", 1.5}).
   */
  static void require(boolean ok, String code, Object... namesAndValues) {
    if (!ok) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      throw new ProblemException(TEMPLATES, code, arguments);
    }
  }
}

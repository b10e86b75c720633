package org.okrkit.scoring;

import java.util.Map;
import org.okrkit.core.ProblemException;
import org.okrkit.core.ProblemTemplates;

/**
 * The messages of the settings a scoring policy refuses: the bundle {@code
 * org/okrkit/scoring/problems} (English at the root, {@code problems_zh_CN.properties} beside it).
 * A policy file's reader reports a refused setting from the code and arguments of the {@link
 * ProblemException} thrown, so that it reads in the reader's language.
 */
final class PolicyProblems {
  /** The table. */
  static final ProblemTemplates TEMPLATES =
      ProblemTemplates.load("problems", name -> PolicyProblems.class.getResourceAsStream(name));

  private PolicyProblems() {}

  /** The exception of the problem {@code code} with {@code arguments}. */
  static ProblemException problem(String code, Map<String, ?> arguments) {
    return new ProblemException(TEMPLATES, code, arguments);
  }
}

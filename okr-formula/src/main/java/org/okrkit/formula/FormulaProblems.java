package org.okrkit.formula;

import java.util.Map;
import org.okrkit.core.ProblemException;
import org.okrkit.core.ProblemTemplates;
import org.okrkit.scoring.ParameterException;

/**
 * The messages of the formulas refused: the bundle {@code org/okrkit/formula/problems} (English at
 * the root, {@code problems_zh_CN.properties} beside it). A refused formula is a {@link
 * ParameterException} whose cause is the {@link ProblemException}, so that a reader of policy files
 * reports it in its language; what CEL says of an expression stays CEL's own text, as an argument.
 */
final class FormulaProblems {
  /** The table. */
  static final ProblemTemplates TEMPLATES =
      ProblemTemplates.load("problems", name -> FormulaProblems.class.getResourceAsStream(name));

  private FormulaProblems() {}

  /** The formula's parameter {@code parameter} refused, with the problem {@code code}. */
  static ParameterException refused(String parameter, String code, Map<String, ?> arguments) {
    return new ParameterException(
        FormulaStrategies.KIND, parameter, new ProblemException(TEMPLATES, code, arguments));
  }
}

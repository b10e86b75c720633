package org.okrkit.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Throws the problem {@code code} unless {@code ok}, filled with the arguments given as names and
   * values in turn ({@code "cap", 0.5}).
   */
  static void require(boolean ok, String code, Object... namesAndValues) {
    if (!ok) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      throw problem(code, arguments);
    }
  }

  /**
   * What {@code e} says, as an argument of another problem: a record of its code and arguments when
   * it is a problem of this table with plain arguments, so that it reads in any language; its
   * English message otherwise (a host's own exception, say).
   */
  static Object detail(RuntimeException e) {
    Optional<ProblemException> problem = ProblemException.of(e);
    if (problem.isPresent() && problem.get().templates() == TEMPLATES) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put(ProblemTemplates.PHRASE, problem.get().code());
      boolean plain = true;
      for (Map.Entry<String, Object> a : problem.get().arguments().entrySet()) {
        plain &= !(a.getValue() instanceof Map || a.getValue() instanceof List);
        record.put(a.getKey(), a.getValue());
      }
      if (plain && !problem.get().arguments().containsKey(ProblemTemplates.PHRASE)) {
        return record;
      }
    }
    return String.valueOf(e.getMessage());
  }
}

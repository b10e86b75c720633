package org.okrkit.alignment;

import java.util.List;
import java.util.Map;

/**
 * A built-in structural rule: one class per rule, one instance per class, one finding code per
 * rule, its findings written from {@link AlignmentRules#templates()}. An instance compares by
 * identity, which for a singleton is comparing by value.
 */
abstract class BuiltInRule implements AlignmentRule {
  private final String factory;
  private final String code;

  BuiltInRule(String factory, String code) {
    this.factory = factory;
    this.code = code;
  }

  /** The one code this rule reports. */
  final String code() {
    return code;
  }

  /** A finding of this rule's code in its one wording. */
  final Finding finding(Severity severity, List<String> ids, Map<String, ?> arguments) {
    return AlignmentRules.templates().finding(code, severity, ids, arguments);
  }

  /** A finding of this rule's code in its wording {@code variant}. */
  final Finding finding(
      String variant, Severity severity, List<String> ids, Map<String, ?> arguments) {
    return AlignmentRules.templates().finding(code, variant, severity, ids, arguments);
  }

  /** The factory that returns the rule: {@code AlignmentRules.orphanKpis()}. */
  @Override
  public final String toString() {
    return "AlignmentRules." + factory + "()";
  }
}

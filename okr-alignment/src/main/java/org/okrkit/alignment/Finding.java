package org.okrkit.alignment;

import static org.okrkit.alignment.Checks.requireArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One thing an {@link AlignmentRule} found in a plan: a stable {@linkplain #code() code}, a
 * {@linkplain #severity() severity}, the {@linkplain #ids() ids} of the elements and owners
 * involved, a {@linkplain #message() message} saying what is wrong and where, and a {@linkplain
 * #hint() hint} on how to fix it.
 *
 * <p>The built-in rules make their findings from {@link FindingTemplates}, one table of message and
 * hint templates keyed by code: such a finding also carries the {@linkplain #template() template}
 * it was written from and its {@linkplain #arguments() arguments} as data, so a host can show it in
 * its own words or another language ({@link FindingTemplates#message(Finding, java.util.Locale)}).
 * A host's rule may do the same with a table of its own, or write its message and hint directly
 * ({@link #of}).
 *
 * <p>Codes {@code ALN000} to {@code ALN099} belong to the structural rules (see {@link
 * AlignmentRules} for the table), {@code ALN100} to {@code ALN199} to the score-aware rules (see
 * {@link ScoreAwareRules}). A host's own rules should use codes of their own, such as {@code
 * ACME001}.
 */
@Value.Immutable
public abstract sealed class Finding permits ImmutableFinding {
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,31}");

  /**
   * The order of a report: by severity ({@code ERROR} first), then code, then ids (element by
   * element, a list before its extensions), then message and hint. Consistent with {@code equals}.
   */
  private static final Comparator<Finding> REPORT_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::ids, Finding::compareIds)
          .thenComparing(Finding::message)
          .thenComparing(Finding::hint);

  Finding() {}

  /**
   * The finding's stable code: a letter, then up to 31 letters, digits or {@code _ . -}, such as
   * {@code ALN001}. The same condition always has the same code, in every release.
   */
  public abstract String code();

  /** How much the finding matters. */
  public abstract Severity severity();

  /**
   * The ids of the elements and owners involved, the subject first; each code documents its order
   * (see {@link AlignmentRules}). Empty for a finding about the analysis itself.
   */
  public abstract List<String> ids();

  /** What is wrong, where, and what was expected; one or more sentences, not blank. */
  public abstract String message();

  /** How to fix it; not blank. */
  public abstract String hint();

  /**
   * The template the message and hint were written from: the code, or the code and a variant such
   * as {@code ALN003.unfed} when one code has two wordings; empty for a finding whose rule wrote
   * its words directly.
   */
  public abstract Optional<String> template();

  /**
   * The names and figures the template was filled with, by name, in the order the rule gave them:
   * each value a {@code String}, a {@code Double}, an enum constant (such as a {@link
   * org.okrkit.core.Level}), a {@link org.okrkit.core.Period}, a {@link org.okrkit.core.Target}, or
   * an immutable list of texts, numbers or records (maps of the same kinds of value). Each code
   * documents its arguments in the templates file; empty for a finding without a template.
   */
  public abstract ImmutableMap<String, Object> arguments();

  /**
   * A finding.
   *
   * @throws IllegalArgumentException if the code is malformed or the message or hint is blank
   */
  public static Finding of(
      String code, Severity severity, List<String> ids, String message, String hint) {
    return builder().code(code).severity(severity).ids(ids).message(message).hint(hint).build();
  }

  /** A builder; every field but the ids, the template and the arguments is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * The order in which reports list findings: by severity ({@code ERROR} first), then code, then
   * ids (compared element by element), then message and hint. Consistent with {@code equals}.
   */
  public static Comparator<Finding> reportOrder() {
    return REPORT_ORDER;
  }

  @Value.Check
  final void check() {
    requireArgument(
        CODE.matcher(code()).matches(),
        "finding code '%s' is invalid; expected a letter, then up to 31 letters, digits, '_', '.'"
            + " or '-', such as ALN001",
        code());
    requireArgument(!message().isBlank(), "finding %s has a blank message", code());
    requireArgument(!hint().isBlank(), "finding %s has a blank hint", code());
    requireArgument(
        template().isEmpty()
            || template().get().equals(code())
            || template().get().startsWith(code() + "."),
        "finding %s has the template '%s'; expected its code, or its code, a dot and a variant",
        code(),
        template().orElse(""));
  }

  /** {@code WARNING ALN001 [K1]: KPI 'K1' supports no key result}. */
  @Override
  public final String toString() {
    return severity() + " " + code() + " " + ids() + ": " + message();
  }

  private static int compareIds(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.core.ProblemException;

/**
 * Thrown when a {@link ScoringPolicy} does not fit the plan it is asked to score: it names element
 * ids that are not key results or KPIs of the plan, or tags no element of the plan carries.
 *
 * <p>Each reason is a {@link ProblemException} of its own ({@link #reasons()}), with a code and
 * arguments, so that a reader can show them in any language ({@link #message(Locale)}); the
 * exception's own message is the English one. The reasons are not serialized.
 */
public final class PolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * The {@linkplain #code() code} of a policy that names what the plan lacks or whose paces do not
   * fit it: {@code the scoring policy does not fit PLAN: REASONS}.
   */
  public static final String MISFIT = "fit.misfit";

  private final ImmutableList<String> unknownIds;
  private final ImmutableList<String> unknownTags;
  private final transient String code;
  private final transient ImmutableMap<String, Object> arguments;
  private final transient ImmutableList<ProblemException> reasons;

  /**
   * The problem {@code code} of the scoring problems, filled with {@code arguments} and, as the
   * list {@code reasons}, the reasons' messages.
   */
  PolicyException(
      String code,
      Map<String, ?> arguments,
      List<ProblemException> reasons,
      List<String> unknownIds,
      List<String> unknownTags) {
    super(message(code, arguments, reasons, Locale.ROOT));
    this.code = code;
    this.arguments = ImmutableMap.copyOf(arguments);
    this.reasons = ImmutableList.copyOf(reasons);
    this.unknownIds = ImmutableList.copyOf(unknownIds);
    this.unknownTags = ImmutableList.copyOf(unknownTags);
  }

  /** The element ids the policy names that are not key results or KPIs of the plan. */
  public ImmutableList<String> unknownIds() {
    return unknownIds;
  }

  /** The tags the policy names that no element of the plan carries. */
  public ImmutableList<String> unknownTags() {
    return unknownTags;
  }

  /**
   * The key of the message in the scoring problems: {@link #MISFIT}, or {@code fit.remainder} for
   * objectives whose weighted key results leave nothing for the unweighted ones.
   */
  public String code() {
    return code;
  }

  /**
   * Why the policy does not fit, one problem each (an unknown id, a pace that does not fit, an
   * objective whose weights leave nothing), in the order the message lists them.
   */
  public ImmutableList<ProblemException> reasons() {
    return reasons;
  }

  /**
   * The message in {@code locale}: the reasons after the sentence that frames them; {@link
   * #getMessage()} is the English.
   */
  public String message(Locale locale) {
    return message(code, arguments, reasons, requireNonNull(locale, "locale"));
  }

  private static String message(
      String code, Map<String, ?> arguments, List<ProblemException> reasons, Locale locale) {
    List<String> why = new ArrayList<>();
    for (ProblemException reason : reasons) {
      why.add(reason.message(locale));
    }
    Map<String, Object> filled = new LinkedHashMap<>(arguments);
    filled.put("reasons", why);
    return PolicyProblems.TEMPLATES.message(code, filled, locale);
  }
}

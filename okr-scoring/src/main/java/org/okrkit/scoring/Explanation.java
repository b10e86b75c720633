package org.okrkit.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Why an element or owner got its score, as data: the {@linkplain #rule() rule} applied (strategy
 * or aggregation, and where the policy set it), the {@linkplain #formula() formula} with its
 * numbers, the {@linkplain #inputs() inputs}, and the same for each child with its weight. {@link
 * #render()} writes it as plain English text a manager can show to the person scored; a host that
 * shows it in its own words reads the data instead. Made by {@link Scorecard#explain}; immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract sealed class Explanation permits ImmutableExplanation {

  Explanation() {}

  /** What an explanation is about. */
  public enum Kind {
    /** An objective. */
    OBJECTIVE,
    /** A key result. */
    KEY_RESULT,
    /** A KPI. */
    KPI,
    /** An owner's composite. */
    OWNER,
    /** The KPI part of an owner's scorecard. */
    OWNER_KPIS,
    /** The OKR part of an owner's scorecard: the objectives it owns. */
    OWNER_OKRS
  }

  /** What the explanation is about. */
  public abstract Kind kind();

  /** The id of the element or owner explained; for a part of an owner's scorecard, the owner's. */
  public abstract String id();

  /** The element's title or the owner's name; empty for a part of an owner's scorecard. */
  public abstract String title();

  /** The score; empty when unscored. */
  public abstract OptionalDouble score();

  /** The band of the score. */
  public abstract Optional<Band> band();

  /** The status. */
  public abstract Optional<Status> status();

  /** The weight of this node in its parent; empty at the root. */
  public abstract OptionalDouble weight();

  /** The date the scores are taken at, as of its end: the scorecard's date. */
  public abstract LocalDate asOf();

  /** The rule applied. */
  public abstract Rule rule();

  /** The formula with its numbers. */
  public abstract Formula formula();

  /** The inputs, in the order the text shows them. */
  public abstract List<Input> inputs();

  /** The explanations of the children, in the plan's order. */
  public abstract List<Explanation> children();

  /**
   * The explanation as indented plain English text, one block per node; levels deeper than ten keep
   * the tenth level's indentation and are labelled {@code [level n]}. Operands and intermediate
   * results read as {@link org.okrkit.core.Numbers#readable} writes them, scores, weights and
   * progress rounded to three decimals. The text does not depend on the JVM's default locale.
   *
   * <pre>
   * KR-partners "Add 20 partner companies within the quarter": 0.65, YELLOW, ON_TRACK
   *   rule: linear(cap=1), the default for key results
   *   formula: (13 - 0) / (20 - 0) = 0.65
   *   inputs: actual 13 on 2026-05-31; target 0 -&gt; 20 new partner companies
   * </pre>
   */
  public final String render() {
    return Renderer.english().explanation(this);
  }

  /**
   * The explanation as {@link #render()} writes it, in the words of {@code locale}: the {@code
   * explanation} bundle's translation for that locale ({@code zh_CN}: {@code 规则：}, {@code 正常}),
   * falling back key by key to English. {@link java.util.Locale#ROOT} and {@link
   * java.util.Locale#ENGLISH} read English, exactly as {@link #render()}; a locale without a
   * translation reads English too. The JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public final String render(java.util.Locale locale) {
    return Renderer.of(java.util.Objects.requireNonNull(locale, "locale")).explanation(this);
  }
}

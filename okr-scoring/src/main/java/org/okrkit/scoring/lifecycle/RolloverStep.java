package org.okrkit.scoring.lifecycle;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;

/** One thing a {@link Rollover} did to make the next period's plan, for the record. */
@Value.Immutable
public abstract sealed class RolloverStep permits ImmutableRolloverStep {

  RolloverStep() {}

  /** The kinds of step. */
  public enum Kind {
    /** The plan moved to the next period; check-ins and revisions were left behind. */
    NEXT_PERIOD,
    /** An objective or key result was closed: it is not in the next plan. */
    CLOSED,
    /** An objective (with its key results) carried on into the next plan. */
    KEPT,
    /** An owner, objective, key result or KPI was added. */
    ADDED,
    /** A KPI was retired. */
    RETIRED,
    /** A KPI's target was given a new baseline, its last value. */
    REBASELINED,
    /** A KPI's own period was dropped: it takes the next plan's. */
    PERIOD_DROPPED,
    /** A KPI's weight was set to the proposed one, or to one given. */
    REWEIGHTED,
    /** A tie was dropped because what it led to was closed, or the KPI was relinked. */
    LINK_DROPPED,
    /** A KPI was linked to a key result. */
    LINK_ADDED,
    /** A KPI's contribution weight to a key result changed. */
    LINK_REWEIGHTED
  }

  /** The kind. */
  @Value.Parameter
  public abstract Kind kind();

  /** The id of the owner, objective, key result or KPI concerned; for a link, its source. */
  @Value.Parameter
  public abstract String id();

  /** What happened, for people: {@code target 0 -> 5 => 4 -> 5}. */
  @Value.Parameter
  public abstract String detail();

  /**
   * How {@link Rollover.Result#render(java.util.Locale)} words the detail in another language;
   * empty for a step made elsewhere, whose detail reads as written. Not part of {@code equals}: it
   * says the same as {@link #detail()}.
   */
  @Value.Auxiliary
  abstract Optional<Wording> wording();

  /** A step. */
  public static RolloverStep of(Kind kind, String id, String detail) {
    return ImmutableRolloverStep.of(kind, id, detail);
  }

  /** A step whose detail is the {@code lifecycle} phrase of {@code wording}, in English. */
  static RolloverStep worded(Kind kind, String id, Wording wording) {
    return ImmutableRolloverStep.builder()
        .kind(kind)
        .id(id)
        .detail(wording.fill(LifecyclePhrases.of(Locale.ROOT)))
        .wording(wording)
        .build();
  }

  /**
   * The step as {@link #toString()} writes it, in the words of {@code locale} ({@link Locale#ROOT}
   * for English, exactly {@link #toString()}); the JVM's default locale is never consulted.
   */
  public String render(Locale locale) {
    return render(LifecyclePhrases.of(java.util.Objects.requireNonNull(locale, "locale")));
  }

  /** The step as {@link #toString()} writes it, in {@code words}. */
  String render(Phrasebook words) {
    Arguments line =
        Arguments.of()
            .text("kind", words.phrase("rollover.kind." + kind().name()))
            .text("id", id())
            .text("detail", wording().map(w -> w.fill(words)).orElse(detail()));
    if (wording().isEmpty() && detail().isEmpty()) {
      return id().isEmpty()
          ? words.fill("rollover.step.bare", line)
          : words.fill("rollover.step.bare.id", line);
    }
    return id().isEmpty()
        ? words.fill("rollover.step", line)
        : words.fill("rollover.step.id", line);
  }

  /**
   * A detail as the {@code lifecycle} phrase {@code key} filled with named texts and named targets,
   * each target as {@link Target#describe(Locale)} words it in the phrase's language.
   */
  record Wording(
      String key, ImmutableMap<String, String> texts, ImmutableMap<String, Target> targets) {
    Wording(String key, ImmutableMap<String, String> texts) {
      this(key, texts, ImmutableMap.of());
    }

    /** The detail in {@code words}. */
    String fill(Phrasebook words) {
      Arguments arguments = Arguments.of();
      texts.forEach(arguments::text);
      targets.forEach((name, target) -> arguments.text(name, target.describe(words.locale())));
      return words.fill(key, arguments);
    }
  }

  /**
   * {@code REBASELINED K1: target 0 -> 5 => 4 -> 5}; a step of the plan as a whole has no id:
   * {@code NEXT_PERIOD: 2026-Q2 => 2026-Q3; …}.
   */
  @Override
  public final String toString() {
    return kind()
        + (id().isEmpty() ? "" : " " + id())
        + (detail().isEmpty() ? "" : ": " + detail());
  }
}

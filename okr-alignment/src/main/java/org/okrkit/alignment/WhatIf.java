package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.okrkit.core.Numbers;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * How every objective's score would change if one KPI were met (scored 1) or missed (scored 0),
 * everything else as it is: the answer of {@link #of}. Beside each objective stands the KPI's
 * structural weight in it (its {@linkplain AlignmentGraph#impactOf impact}), which says how much
 * the objective leans on the KPI whatever the policy.
 *
 * <p>Under a policy whose key results ignore their KPIs ({@link ScoringPolicy#keyResultKpiShare()}
 * 0, the default), objective scores do not depend on KPIs at all, so the scores do not move and
 * only the impact weights tell the story.
 */
@Value.Immutable
public abstract sealed class WhatIf permits ImmutableWhatIf {

  WhatIf() {}

  /**
   * What meeting or missing KPI {@code kpiId} would do to every objective of the scorecard's plan:
   * the scores of {@code scorecard} beside those of {@link Scorecard#withKpiScore
   * scorecard.withKpiScore(kpiId, 1)} and {@code (kpiId, 0)}, with the KPI's {@linkplain
   * AlignmentGraph#impactOf impact} weight in each objective.
   *
   * @throws UnknownIdException if the plan has no KPI {@code kpiId}
   */
  public static WhatIf of(Scorecard scorecard, String kpiId) {
    requireNonNull(scorecard, "scorecard");
    requireNonNull(kpiId, "kpiId");
    if (scorecard.plan().kpi(kpiId).isEmpty()) {
      throw new UnknownIdException(kpiId, "KPI");
    }
    Scorecard met = scorecard.withKpiScore(kpiId, 1.0);
    Scorecard missed = scorecard.withKpiScore(kpiId, 0.0);
    Impact impact = AlignmentGraph.of(scorecard.plan()).impactOf(kpiId);
    PlanStructure s = scorecard.plan().structure();
    ImmutableWhatIf.Builder b = ImmutableWhatIf.builder().kpiId(kpiId);
    for (int o = 0; o < s.objectiveCount(); o++) {
      String id = s.objectiveId(o);
      b.addObjectives(
          ImmutableEffect.builder()
              .objectiveId(id)
              .now(scorecard.score(id))
              .ifMet(met.score(id))
              .ifMissed(missed.score(id))
              .impactWeight(impact.weightIn(id).orElse(0))
              .build());
    }
    return b.build();
  }

  /** The KPI whose result is changed. */
  public abstract String kpiId();

  /** Every objective of the plan, in plan order. */
  public abstract List<Effect> objectives();

  /** One objective's scores now, with the KPI met, and with it missed. */
  @Value.Immutable
  public abstract static sealed class Effect permits ImmutableEffect {

    Effect() {}

    /** The objective's id. */
    public abstract String objectiveId();

    /** Its score as the scorecard has it. */
    public abstract OptionalDouble now();

    /** Its score if the KPI were met. */
    public abstract OptionalDouble ifMet();

    /** Its score if the KPI were missed. */
    public abstract OptionalDouble ifMissed();

    /** The KPI's structural weight in the objective; 0 when the KPI does not reach it. */
    public abstract double impactWeight();

    /** Whether meeting or missing the KPI moves this objective's score. */
    public final boolean moves() {
      return !ifMet().equals(now()) || !ifMissed().equals(now());
    }
  }

  /**
   * The objectives the KPI reaches or moves, one line each: {@code O-growth: 0.567 now, 0.65 if
   * K-features is met, 0.5 if missed; impact weight 0.3}. In English whatever the JVM's default
   * locale: the same as {@code render(Locale.ROOT)}.
   */
  public final String render() {
    return render(Locale.ROOT);
  }

  /**
   * The lines of {@link #render()} in the words of {@code locale} ({@code zh_CN}: {@code
   * O-growth：当前 0.567，达成时 0.65，未达成时 0.5；影响权重 0.3}), from the {@code findings} bundle, falling back
   * key by key to English; {@link Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link
   * #render()}. The JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public final String render(Locale locale) {
    Phrasebook words = Text.phrases(requireNonNull(locale, "locale"));
    String unscored = words.phrase("whatIf.unscored");
    StringBuilder out =
        new StringBuilder(words.fill("whatIf.heading", Arguments.of().text("kpi", kpiId())))
            .append('\n');
    int shown = 0;
    for (Effect e : objectives()) {
      if (e.impactWeight() == 0 && !e.moves()) {
        continue;
      }
      shown++;
      out.append("  ")
          .append(
              words.fill(
                  "whatIf.effect",
                  Arguments.of()
                      .text("objective", e.objectiveId())
                      .text("now", shown(e.now(), unscored))
                      .text("met", shown(e.ifMet(), unscored))
                      .text("missed", shown(e.ifMissed(), unscored))
                      .text("impact", Numbers.rounded(e.impactWeight(), 3))))
          .append('\n');
    }
    if (shown == 0) {
      out.append("  ").append(words.phrase("whatIf.none")).append('\n');
    }
    return out.toString();
  }

  private static String shown(OptionalDouble score, String unscored) {
    return score.isPresent() ? Numbers.rounded(score.getAsDouble(), 3) : unscored;
  }
}

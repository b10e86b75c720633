package org.okrkit.scoring.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.okrkit.core.Direction;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.ElementScore;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.internal.Achievement;
import org.okrkit.scoring.internal.Display;

/**
 * Looks back over closed periods for targets set too easy or too hard, per owner and kind:
 *
 * <ul>
 *   <li>an owner's aspirational objectives scoring on average at or above {@link #tooEasyFrom()}
 *       (0.9) in each of its last {@link #periods()} (3) periods with aspirational objectives:
 *       targets too easy, or sandbagged;
 *   <li>the same at or below {@link #tooHardUpTo()} (0.3): targets too hard;
 *   <li>an owner's committed objectives scoring on average below 1.0 in each of its last periods
 *       with committed objectives: commitments that keep being missed;
 *   <li>a KPI (the same id in each period) met in each of its last periods with an achievement of
 *       at least {@code 1 + }{@link #ratchetMargin()} (1.2): raise its target. Achievement is
 *       measured from the baseline as scoring grades it; a target without a baseline uses {@code
 *       actual / target} ({@code target / actual} for a decreasing measure) for positive values
 *       instead.
 * </ul>
 *
 * <p>Scorecards are given oldest first, one per closed period, normally each taken on its period's
 * last day. An owner or KPI with fewer periods than needed is not judged.
 */
@Value.Immutable
public abstract sealed class Calibration permits ImmutableCalibration {

  Calibration() {}

  /** The calibration with every default. */
  public static Calibration defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Calibration}. */
  public static final class Builder extends ImmutableCalibration.Builder {
    Builder() {}
  }

  /** The mean score of aspirational objectives from which they count as too easy: 0.9. */
  @Value.Default
  public double tooEasyFrom() {
    return 0.9;
  }

  /** The mean score of aspirational objectives up to which they count as too hard: 0.3. */
  @Value.Default
  public double tooHardUpTo() {
    return 0.3;
  }

  /** How many of the latest periods must all show the pattern: 3. */
  @Value.Default
  public int periods() {
    return 3;
  }

  /** How far beyond the target a KPI must land, in achievement, to be a ratchet candidate: 0.2. */
  @Value.Default
  public double ratchetMargin() {
    return 0.2;
  }

  @Value.Check
  final void check() {
    checkArgument(periods() >= 1, "calibration needs at least 1 period, got %s", periods());
    checkArgument(
        tooHardUpTo() >= 0 && tooHardUpTo() < tooEasyFrom() && Double.isFinite(tooEasyFrom()),
        "calibration needs 0 <= tooHardUpTo < tooEasyFrom, both finite, got %s and %s",
        plain(tooHardUpTo()),
        plain(tooEasyFrom()));
    checkArgument(
        ratchetMargin() >= 0 && Double.isFinite(ratchetMargin()),
        "the ratchet margin must be a finite number of at least 0, got %s",
        plain(ratchetMargin()));
  }

  /**
   * The flags found in {@code closedPeriods}, oldest first: owners in order of appearance, kinds in
   * order.
   */
  public final List<CalibrationFlag> flags(List<Scorecard> closedPeriods) {
    List<String> owners = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Scorecard card : closedPeriods) {
      card.plan()
          .owners()
          .forEach(
              o -> {
                if (seen.add(o.id())) {
                  owners.add(o.id());
                }
              });
    }
    ImmutableList.Builder<CalibrationFlag> flags = ImmutableList.builder();
    for (String owner : owners) {
      objectives(closedPeriods, owner, ObjectiveKind.ASPIRATIONAL, flags);
      objectives(closedPeriods, owner, ObjectiveKind.COMMITTED, flags);
    }
    ratchets(closedPeriods, flags);
    return flags.build();
  }

  /**
   * The flags as text, one per line with its figures, in English whatever the JVM's default locale:
   * the same as {@code render(closedPeriods, Locale.ROOT)}.
   */
  public final String render(List<Scorecard> closedPeriods) {
    return render(closedPeriods, Locale.ROOT);
  }

  /**
   * The flags of {@link #render(List)} in the words of {@code locale}: each flag's kind and message
   * from the {@code lifecycle} bundle's translation ({@code zh_CN}: {@code 承诺型目标未达成}), falling back
   * key by key to English; {@link Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link
   * #render(List)}, whose messages are the flags' own {@link CalibrationFlag#message()}. The JVM's
   * default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public final String render(List<Scorecard> closedPeriods, Locale locale) {
    Phrasebook words = LifecyclePhrases.of(requireNonNull(locale, "locale"));
    List<CalibrationFlag> flags = flags(closedPeriods);
    if (flags.isEmpty()) {
      return words.fill("calibration.none", Arguments.of().number("count", closedPeriods.size()))
          + "\n";
    }
    StringBuilder out = new StringBuilder();
    for (CalibrationFlag f : flags) {
      Arguments line =
          Arguments.of()
              .text("kind", words.phrase("calibration.kind." + f.kind().name()))
              .text("owner", f.ownerId())
              .text(
                  "message",
                  message(words, f.kind(), f.ownerId(), f.kpiId().orElse(""), f.figures()));
      out.append(
              f.kpiId().isPresent()
                  ? words.fill("calibration.flag.kpi", line.text("kpi", f.kpiId().get()))
                  : words.fill("calibration.flag", line))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * The flags of {@link #flags(List)}, each message in the words of {@code locale} as {@link
   * #render(List, Locale)} writes it: for a host that shows the flags to people in their language
   * (a Markdown export, a page). {@link Locale#ROOT} gives exactly {@link #flags(List)}; the JVM's
   * default locale is never consulted.
   *
   * @param locale the language of the messages, not null
   */
  public final List<CalibrationFlag> flags(List<Scorecard> closedPeriods, Locale locale) {
    Phrasebook words = LifecyclePhrases.of(requireNonNull(locale, "locale"));
    List<CalibrationFlag> flags = flags(closedPeriods);
    List<CalibrationFlag> worded = new ArrayList<>(flags.size());
    for (CalibrationFlag f : flags) {
      worded.add(
          ImmutableCalibrationFlag.builder()
              .from(f)
              .message(message(words, f.kind(), f.ownerId(), f.kpiId().orElse(""), f.figures()))
              .build());
    }
    return List.copyOf(worded);
  }

  /** A flag's message in {@code words}, from its kind, owner, KPI and figures and this policy. */
  private String message(
      Phrasebook words,
      CalibrationFlag.Kind kind,
      String owner,
      String kpi,
      List<CalibrationFlag.Figure> figures) {
    List<String> shown = new ArrayList<>(figures.size());
    for (CalibrationFlag.Figure f : figures) {
      shown.add(
          words.fill(
              "calibration.figure",
              Arguments.of().text("score", Display.score(f.value())).text("period", f.period())));
    }
    return words.fill(
        "calibration.message." + kind.name(),
        Arguments.of()
            .text("owner", owner)
            .text("kpi", kpi)
            .list("figures", shown)
            .text(
                "limit",
                plain(
                    kind == CalibrationFlag.Kind.ASPIRATIONAL_TOO_EASY
                        ? tooEasyFrom()
                        : tooHardUpTo()))
            .text("margin", Display.score(ratchetMargin() * 100)));
  }

  /** A flag's message in English, as {@link CalibrationFlag#message()} keeps it. */
  private String english(
      CalibrationFlag.Kind kind, String owner, String kpi, List<CalibrationFlag.Figure> figures) {
    return message(LifecyclePhrases.of(Locale.ROOT), kind, owner, kpi, figures);
  }

  private void objectives(
      List<Scorecard> cards,
      String owner,
      ObjectiveKind kind,
      ImmutableList.Builder<CalibrationFlag> flags) {
    List<CalibrationFlag.Figure> figures = new ArrayList<>();
    for (Scorecard card : cards) {
      Plan plan = card.plan();
      if (plan.owner(owner).isEmpty()) {
        continue;
      }
      double sum = 0;
      int n = 0;
      for (Objective o : plan.objectivesOf(owner)) {
        ElementScore s = card.element(o.id()).orElseThrow();
        if (o.kind() == kind && s.score().isPresent()) {
          sum += s.score().getAsDouble();
          n++;
        }
      }
      if (n > 0) {
        figures.add(CalibrationFlag.Figure.of(plan.period().toString(), sum / n));
      }
    }
    if (figures.size() < periods()) {
      return;
    }
    List<CalibrationFlag.Figure> last = figures.subList(figures.size() - periods(), figures.size());
    if (kind == ObjectiveKind.ASPIRATIONAL) {
      if (last.stream().allMatch(f -> f.value() >= tooEasyFrom() - Bands.MARGIN)) {
        flags.add(
            flag(
                CalibrationFlag.Kind.ASPIRATIONAL_TOO_EASY,
                owner,
                last,
                english(CalibrationFlag.Kind.ASPIRATIONAL_TOO_EASY, owner, "", last)));
      } else if (last.stream().allMatch(f -> f.value() <= tooHardUpTo() + Bands.MARGIN)) {
        flags.add(
            flag(
                CalibrationFlag.Kind.ASPIRATIONAL_TOO_HARD,
                owner,
                last,
                english(CalibrationFlag.Kind.ASPIRATIONAL_TOO_HARD, owner, "", last)));
      }
    } else if (last.stream().allMatch(f -> f.value() < 1 - Bands.MARGIN)) {
      flags.add(
          flag(
              CalibrationFlag.Kind.COMMITTED_MISSED,
              owner,
              last,
              english(CalibrationFlag.Kind.COMMITTED_MISSED, owner, "", last)));
    }
  }

  private void ratchets(List<Scorecard> cards, ImmutableList.Builder<CalibrationFlag> flags) {
    Map<String, List<CalibrationFlag.Figure>> byKpi = new LinkedHashMap<>();
    Map<String, String> ownerOf = new LinkedHashMap<>();
    for (Scorecard card : cards) {
      Plan definitions = card.plan().asOf(card.asOf());
      for (Kpi k : definitions.kpis()) {
        ElementScore s = card.element(k.id()).orElseThrow();
        List<CalibrationFlag.Figure> figures =
            byKpi.computeIfAbsent(k.id(), id -> new ArrayList<>());
        ownerOf.put(k.id(), k.ownerId());
        double achievement =
            s.actual().isPresent() ? achievement(k, s.actual().getAsDouble()) : Double.NaN;
        // a period without a value breaks the run: only consecutive periods with values count
        figures.add(CalibrationFlag.Figure.of(definitions.period().toString(), achievement));
      }
    }
    for (Map.Entry<String, List<CalibrationFlag.Figure>> e : byKpi.entrySet()) {
      List<CalibrationFlag.Figure> figures = e.getValue();
      if (figures.size() < periods()) {
        continue;
      }
      List<CalibrationFlag.Figure> last =
          figures.subList(figures.size() - periods(), figures.size());
      if (last.stream().allMatch(f -> f.value() >= 1 + ratchetMargin() - Bands.MARGIN)) {
        flags.add(
            ImmutableCalibrationFlag.builder()
                .kind(CalibrationFlag.Kind.KPI_RATCHET)
                .ownerId(requireNonNull(ownerOf.get(e.getKey()), e.getKey()))
                .kpiId(e.getKey())
                .figures(last)
                .message(
                    english(
                        CalibrationFlag.Kind.KPI_RATCHET,
                        requireNonNull(ownerOf.get(e.getKey()), e.getKey()),
                        e.getKey(),
                        last))
                .build());
      }
    }
  }

  /** How far a KPI got: 1 at the target, graded from the baseline or, without one, as a ratio. */
  private static double achievement(Kpi k, double actual) {
    Target t = k.target();
    ScoringInput in =
        ScoringInput.of(
            k.measure(),
            t,
            t.kind() == Target.Kind.MILESTONES ? Math.max(0, Math.min(1, actual)) : actual);
    if (Achievement.graded(in) || t.kind() != Target.Kind.ABSOLUTE) {
      return Achievement.of(in);
    }
    double v = t.absoluteValue().getAsDouble();
    if (v <= 0 || actual <= 0) {
      return Achievement.met(in) ? 1.0 : 0.0;
    }
    return k.measure().direction() == Direction.DECREASE ? v / actual : actual / v;
  }

  private static CalibrationFlag flag(
      CalibrationFlag.Kind kind,
      String owner,
      List<CalibrationFlag.Figure> figures,
      String message) {
    return ImmutableCalibrationFlag.builder()
        .kind(kind)
        .ownerId(owner)
        .figures(figures)
        .message(message)
        .build();
  }
}
